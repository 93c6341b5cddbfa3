//! The same spec gives the same bytes: across runs, and whatever the order
//! of keys in its maps.

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
fn key_order_does_not_change_output() {
    let text = pinterest_spec();
    let original: serde_yaml::Value = serde_yaml::from_str(&text).expect("valid YAML");
    let reversed = serde_yaml::to_string(&reverse_keys(original.clone())).expect("serializes");
    assert_ne!(
        reversed,
        serde_yaml::to_string(&original).expect("serializes"),
        "the reordering changes the text"
    );
    assert_eq!(generate(&text), generate(&reversed));
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
        for module in [None, Some(String::from("client"))] {
            let options = openapi_emit::Options {
                preamble: vec![String::from("header")],
                module,
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
