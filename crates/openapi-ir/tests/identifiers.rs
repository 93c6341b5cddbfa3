//! Property tests: whatever a spec calls things, the Rust names made from
//! them are valid identifiers (as `syn` judges, keywords refused) and
//! unique within their namespace.

use openapi_ir::naming::{UniqueNames, type_name, value_name};
use proptest::prelude::*;

fn is_identifier(name: &str) -> bool {
    syn::parse_str::<syn::Ident>(name).is_ok()
}

/// rustc's `non_camel_case_types` rule.
fn is_camel_case(name: &str) -> bool {
    let name = name.trim_matches('_');
    let chars: Vec<char> = name.chars().collect();
    !name.starts_with(char::is_lowercase)
        && !name.contains("__")
        && !chars.windows(2).any(|pair| {
            let has_case = |c: char| c.is_lowercase() || c.is_uppercase();
            has_case(pair[0]) && pair[1] == '_' || has_case(pair[1]) && pair[0] == '_'
        })
}

/// rustc's `non_snake_case` rule.
fn is_snake_case(name: &str) -> bool {
    let name = name.trim_matches('_');
    !name.contains("__") && !name.chars().any(char::is_uppercase)
}

/// Names as specs write them: anything at all, and the troublesome corners
/// (keywords, digits first, sigils, punctuation-only differences,
/// non-ASCII, control characters) given extra weight.
fn spec_name() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ -~]{0,12}",
        "[a-zA-Z0-9 é-]{200,400}",
        proptest::sample::select(vec![
            "",
            "_",
            "__",
            "type",
            "self",
            "Self",
            "super",
            "crate",
            "r#type",
            "1",
            "$",
            "@",
            "+1",
            "-1",
            "é",
            "日本",
            "\u{0}",
            "\u{202e}",
            "Etc/GMT+1",
            "Etc/GMT-1",
        ])
        .prop_map(str::to_owned),
        ("[0-9$@+-]", "[a-zA-Z_ ]{0,6}").prop_map(|(a, b)| format!("{a}{b}")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn type_names_are_identifiers(name in spec_name()) {
        let ident = type_name(&name);
        prop_assert!(is_identifier(&ident), "{name:?} → {ident:?}");
        prop_assert!(ident.starts_with(|c: char| c.is_ascii_uppercase()), "{name:?} → {ident:?}");
        prop_assert!(ident.len() <= 255, "{name:?} → {ident:?}");
        prop_assert!(is_camel_case(&ident), "{name:?} → {ident:?}");
    }

    #[test]
    fn value_names_are_identifiers(name in spec_name()) {
        let ident = value_name(&name);
        prop_assert!(is_identifier(&ident), "{name:?} → {ident:?}");
        prop_assert!(is_snake_case(&ident), "{name:?} → {ident:?}");
        prop_assert!(ident.len() <= 255, "{name:?} → {ident:?}");
    }

    #[test]
    fn claimed_names_are_unique_identifiers(names in proptest::collection::vec(spec_name(), 0..40)) {
        let cases = [
            (type_name as fn(&str) -> String, is_camel_case as fn(&str) -> bool),
            (value_name, is_snake_case),
        ];
        for (make, follows_case_rule) in cases {
            let mut namespace = UniqueNames::new();
            let claimed: Vec<String> = names.iter().map(|n| namespace.claim(make(n))).collect();
            let distinct: std::collections::BTreeSet<_> = claimed.iter().collect();
            prop_assert_eq!(distinct.len(), claimed.len(), "{:?} → {:?}", names, claimed);
            for ident in &claimed {
                prop_assert!(is_identifier(ident), "{ident:?}");
                prop_assert!(follows_case_rule(ident), "{ident:?}");
            }
        }
    }

}
