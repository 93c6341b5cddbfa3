//! A test file that decodes every example a spec carries into the type the
//! generator gave its schema, encodes it again and compares the JSON: the
//! check that the generated types hold real data, not only that they
//! compile. `cargo xtask check-corpus` writes it into each corpus crate.

use openapi_ir::{Api, Example};
use quote::{format_ident, quote};

use crate::types::{Scope, type_tokens};

/// The test file for `examples` (a subset of `api.examples`, say those that
/// hold to their own schema) in a crate whose library is `library`.
///
/// # Errors
///
/// [`crate::Error::InvalidOutput`] if the generated tokens do not parse,
/// which is a generator bug.
pub fn example_checks(
    api: &Api,
    examples: &[&Example],
    library: &str,
    preamble: &[String],
) -> Result<String, crate::Error> {
    // A crate may be named like a keyword (`box`): then it is `r#box`.
    let library =
        syn::parse_str::<syn::Ident>(library).unwrap_or_else(|_| format_ident!("r#{}", library));
    let checks = examples.iter().map(|example| {
        let ty = type_tokens(api, &example.ty, Scope::Client);
        let pointer = &example.pointer;
        // Compact JSON of any spec value serialises; nothing to report.
        let text = serde_json::to_string(&example.value).unwrap_or_default();
        quote!(tally.check::<#ty>(#pointer, #text);)
    });
    let tokens = quote! {
        //! Every example of the spec, decoded into its generated type and
        //! encoded again.

        use #library::types;
        use ::openapi_client_runtime::serde_json::{self, Value};

        #[derive(Default)]
        struct Tally {
            decoded: usize,
            changed: Vec<String>,
            failed: Vec<String>,
        }

        /// JSON equality up to how a number is spelt (`1` and `1.0`) and how
        /// an instant is (`-00:00` and `Z`): what a typed value keeps.
        fn same(a: &Value, b: &Value) -> bool {
            let instant = |text: &str| {
                ::openapi_client_runtime::chrono::DateTime::parse_from_rfc3339(text).ok()
            };
            match (a, b) {
                (Value::String(x), Value::String(y)) if x != y => {
                    instant(x).is_some() && instant(x) == instant(y)
                }
                (Value::Number(x), Value::Number(y)) => {
                    x == y || x.as_f64().zip(y.as_f64()).is_some_and(|(x, y)| x == y)
                }
                (Value::Array(x), Value::Array(y)) => {
                    x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
                }
                (Value::Object(x), Value::Object(y)) => {
                    x.len() == y.len()
                        && x.iter().all(|(key, value)| y.get(key).is_some_and(|other| same(value, other)))
                }
                _ => a == b,
            }
        }

        /// Where two JSON values first differ, and how.
        fn difference(a: &Value, b: &Value, at: String) -> Option<String> {
            let short = |value: Option<&Value>| match value {
                None => String::from("absent"),
                Some(value) => {
                    let text = value.to_string();
                    if text.chars().count() > 80 {
                        format!("{}…", text.chars().take(80).collect::<String>())
                    } else {
                        text
                    }
                }
            };
            match (a, b) {
                (Value::Object(x), Value::Object(y)) => x
                    .keys()
                    .chain(y.keys())
                    .find_map(|key| {
                        let here = format!("{at}/{key}");
                        match (x.get(key), y.get(key)) {
                            (Some(p), Some(q)) => difference(p, q, here),
                            (p, q) => Some(format!("at {here}: {} became {}", short(p), short(q))),
                        }
                    }),
                (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
                    .iter()
                    .zip(y)
                    .enumerate()
                    .find_map(|(index, (p, q))| difference(p, q, format!("{at}/{index}"))),
                _ if same(a, b) => None,
                _ => Some(format!("at {at}: {} became {}", short(Some(a)), short(Some(b)))),
            }
        }

        impl Tally {
            fn check<T>(&mut self, pointer: &str, text: &str)
            where
                T: ::openapi_client_runtime::serde::de::DeserializeOwned + ::openapi_client_runtime::serde::Serialize,
            {
                let original: Value = match serde_json::from_str(text) {
                    Ok(value) => value,
                    Err(error) => {
                        self.failed.push(format!("{pointer}: not JSON: {error}"));
                        return;
                    }
                };
                let decoded: T = match serde_json::from_str(text) {
                    Ok(decoded) => decoded,
                    Err(error) => {
                        self.failed.push(format!("{pointer}: {error}"));
                        return;
                    }
                };
                self.decoded += 1;
                match serde_json::to_value(&decoded) {
                    Ok(again) if same(&original, &again) => {}
                    Ok(again) => {
                        let at = difference(&original, &again, String::new()).unwrap_or_default();
                        self.changed.push(format!("{pointer}: {at}"));
                    }
                    Err(error) => self.failed.push(format!("{pointer}: does not encode: {error}")),
                }
            }
        }

        #[test]
        fn every_example_decodes_and_encodes_back_unchanged() {
            let mut tally = Tally::default();
            #(#checks)*
            for line in tally.failed.iter() {
                println!("failed: {line}");
            }
            for line in tally.changed.iter() {
                println!("changed: {line}");
            }
            println!(
                "examples: {} decoded, {} changed, {} failed",
                tally.decoded,
                tally.changed.len(),
                tally.failed.len()
            );
        }
    };
    crate::format_file(tokens, preamble)
}
