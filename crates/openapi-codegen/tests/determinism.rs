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
