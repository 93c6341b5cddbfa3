//! The same spec gives the same bytes: across runs, and in JSON or YAML.
//! The spec's own order (of properties, mapping entries) is the output's.

use std::path::Path;

use openapi_codegen::generate_source;

fn pinterest_spec() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs/pinterest-v5.yaml");
    std::fs::read_to_string(path).expect("the spec is in the repository")
}

fn generate(text: &str) -> String {
    generate_source(text, "spec", None)
        .expect("the spec generates")
        .source
}

#[test]
fn two_runs_give_identical_bytes() {
    let text = pinterest_spec();
    assert_eq!(generate(&text), generate(&text));
}

/// Rebuilds every mapping with its keys in reverse order.
fn reverse_keys(value: serde_yaml::Value) -> serde_yaml::Value {
    match value {
        serde_yaml::Value::Mapping(mapping) => {
            let mut entries: Vec<_> = mapping.into_iter().collect();
            entries.reverse();
            serde_yaml::Value::Mapping(
                entries
                    .into_iter()
                    .map(|(k, v)| (k, reverse_keys(v)))
                    .collect(),
            )
        }
        serde_yaml::Value::Sequence(items) => {
            serde_yaml::Value::Sequence(items.into_iter().map(reverse_keys).collect())
        }
        other => other,
    }
}

#[test]
fn fields_and_variants_follow_the_order_of_the_spec() {
    let text = pinterest_spec();
    let original: serde_yaml::Value = serde_yaml::from_str(&text).expect("valid YAML");
    let reversed = serde_yaml::to_string(&reverse_keys(original)).expect("serializes");
    let (forward, backward) = (generate(&text), generate(&reversed));
    assert_ne!(forward, backward, "the order shows in the output");
    // `Error` lists `code` then `message`; reversed, `message` comes first.
    let position = |source: &str, needle: &str| {
        source
            .find(needle)
            .unwrap_or_else(|| panic!("{needle} is generated"))
    };
    assert!(position(&forward, "pub code: i64") < position(&forward, "pub message:"));
    assert!(position(&backward, "pub code: i64") > position(&backward, "pub message:"));
    // The mapping lists `authorization_code` before `refresh_token`.
    let (code, refresh) = (
        "AuthorizationCode(OauthAccessTokenRequestCode)",
        "RefreshToken(OauthAccessTokenRequestRefresh)",
    );
    assert!(position(&forward, code) < position(&forward, refresh));
    assert!(position(&backward, code) > position(&backward, refresh));
    // Reordered, it is still the same API: the same items, rearranged.
    let mut forward_lines: Vec<&str> = forward.lines().collect();
    let mut backward_lines: Vec<&str> = backward.lines().collect();
    forward_lines.sort_unstable();
    backward_lines.sort_unstable();
    assert_eq!(forward_lines, backward_lines);
}

#[test]
fn json_and_yaml_of_one_document_give_identical_output() {
    let text = pinterest_spec();
    let value: serde_json::Value = serde_yaml::from_str(&text).expect("valid YAML");
    let json = serde_json::to_string_pretty(&value).expect("serializes");
    assert_eq!(generate(&text), generate(&json));
}

/// `emit` formats the types in chunks on several threads; the spliced result
/// must be the bytes one whole-file pass gives, for every spec we have and
/// however many chunks there are.
#[test]
fn chunked_formatting_equals_one_pass() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut specs = vec![root.join("../../specs/pinterest-v5.yaml")];
    let mut small: Vec<_> = std::fs::read_dir(root.join("tests/specs"))
        .expect("the small specs are in the repository")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    small.sort();
    specs.extend(small);
    // The official spec, when it is beside the repository: many chunks.
    let official = root.join("../../../shared/specs/pinterest/openapi-5.23.0.json");
    if official.exists() {
        specs.push(official);
    }
    for path in specs {
        let text = std::fs::read_to_string(&path).expect("readable spec");
        let api =
            openapi_ir::load(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        for (module, tag_features) in [
            (None, false),
            (Some(String::from("client")), false),
            (None, true),
        ] {
            let options = openapi_emit::Options {
                preamble: vec![String::from("header")],
                module,
                tag_features,
            };
            let chunked = openapi_emit::emit(&api, &options).expect("emits");
            let whole =
                openapi_emit::format(openapi_emit::emit_tokens(&api, &options), &options.preamble)
                    .expect("formats");
            assert!(
                chunked == whole,
                "{}: chunked output differs",
                path.display()
            );
        }
    }
}
