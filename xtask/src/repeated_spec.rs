//! A spec repeated under new names, for showing how generation cost grows
//! with spec size on the same kind of content.
//!
//! Specs of the corpus differ in more than size (how much of them is prose,
//! how many types a megabyte yields), so their cost per megabyte varies.
//! Repeating one spec `n` times keeps the content the same and multiplies
//! the size: if generation is linear, its time per megabyte stays flat.

use serde_json::{Map, Value};

/// The component sections whose entries are copied under new names.
/// Security schemes are not: requirements name them, and the copies share
/// them.
const RENAMED_SECTIONS: &[&str] = &[
    "schemas",
    "parameters",
    "responses",
    "requestBodies",
    "headers",
    "examples",
    "links",
    "callbacks",
];

/// `spec` with `copies - 1` more copies of its paths and components: copy
/// `i` (from 2) has its paths under `/copy{i}`, its component names ending
/// in `Copy{i}`, its `operationId`s ending in `_copy{i}`, and every `$ref`
/// and discriminator mapping renamed to match.
pub fn repeated(spec: &Value, copies: usize) -> Value {
    let mut out = spec.clone();
    for copy in 2..=copies {
        let mut renamed = spec.clone();
        rename(&mut renamed, copy);
        if let (Some(paths), Some(Value::Object(more))) = (
            section(&mut out, &["paths"]),
            renamed.get_mut("paths").map(Value::take),
        ) {
            for (path, item) in more {
                paths.insert(format!("/copy{copy}{path}"), item);
            }
        }
        for name in RENAMED_SECTIONS {
            let Some(Value::Object(more)) = renamed
                .get_mut("components")
                .and_then(|components| components.get_mut(*name))
                .map(Value::take)
            else {
                continue;
            };
            if let Some(entries) = section(&mut out, &["components", name]) {
                for (key, value) in more {
                    entries.insert(format!("{key}Copy{copy}"), value);
                }
            }
        }
    }
    out
}

/// The object at `keys`, created empty where missing; `None` when something
/// on the way is not an object.
fn section<'v>(value: &'v mut Value, keys: &[&str]) -> Option<&'v mut Map<String, Value>> {
    let mut value = value;
    for key in keys {
        value = value
            .as_object_mut()?
            .entry(*key)
            .or_insert_with(|| Value::Object(Map::new()));
    }
    value.as_object_mut()
}

/// Renames, throughout one copy, what names a component or an operation.
fn rename(value: &mut Value, copy: usize) {
    match value {
        Value::Object(object) => {
            for (key, value) in object.iter_mut() {
                match (key.as_str(), &mut *value) {
                    ("$ref", Value::String(reference)) => *reference = renamed_ref(reference, copy),
                    ("operationId", Value::String(id)) => *id = format!("{id}_copy{copy}"),
                    ("mapping", Value::Object(mapping)) => {
                        for target in mapping.values_mut() {
                            if let Value::String(target) = target {
                                *target = if target.starts_with('#') {
                                    renamed_ref(target, copy)
                                } else {
                                    format!("{target}Copy{copy}")
                                };
                            }
                        }
                    }
                    _ => rename(value, copy),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| rename(item, copy)),
        _ => {}
    }
}

/// `#/components/schemas/Pin/properties/id` → `#/components/schemas/PinCopy2/properties/id`;
/// references elsewhere are kept.
fn renamed_ref(reference: &str, copy: usize) -> String {
    let mut segments: Vec<String> = reference.split('/').map(str::to_owned).collect();
    let renames = matches!(
        segments.as_slice(),
        [hash, components, section, _, ..]
            if hash == "#" && components == "components" && RENAMED_SECTIONS.contains(&section.as_str())
    );
    if renames {
        segments[3].push_str(&format!("Copy{copy}"));
    }
    segments.join("/")
}

#[cfg(test)]
mod tests {
    use super::repeated;
    use serde_json::json;

    #[test]
    fn copies_rename_paths_components_operations_and_references() {
        let spec = json!({
            "openapi": "3.0.3",
            "paths": {"/pins/{id}": {"get": {
                "operationId": "pins/get",
                "security": [{"oauth": []}],
                "responses": {"200": {"$ref": "#/components/responses/Found"}}
            }}},
            "components": {
                "schemas": {
                    "Pin": {"properties": {"board": {"$ref": "#/components/schemas/Board/properties/id"}}},
                    "Board": {"discriminator": {"propertyName": "kind", "mapping": {
                        "a": "#/components/schemas/Pin", "b": "Board"
                    }}}
                },
                "responses": {"Found": {"description": "ok"}},
                "securitySchemes": {"oauth": {"type": "oauth2"}}
            }
        });
        let out = repeated(&spec, 3);
        assert_eq!(repeated(&spec, 1), spec);
        let mut paths: Vec<&String> = out["paths"].as_object().expect("paths").keys().collect();
        paths.sort();
        assert_eq!(
            paths,
            ["/copy2/pins/{id}", "/copy3/pins/{id}", "/pins/{id}"]
        );
        let copy = &out["paths"]["/copy3/pins/{id}"]["get"];
        assert_eq!(copy["operationId"], "pins/get_copy3");
        assert_eq!(copy["security"], json!([{"oauth": []}]));
        assert_eq!(
            copy["responses"]["200"]["$ref"],
            "#/components/responses/FoundCopy3"
        );
        let schemas = &out["components"]["schemas"];
        assert_eq!(
            schemas["PinCopy2"]["properties"]["board"]["$ref"],
            "#/components/schemas/BoardCopy2/properties/id"
        );
        assert_eq!(
            schemas["BoardCopy3"]["discriminator"]["mapping"],
            json!({"a": "#/components/schemas/PinCopy3", "b": "BoardCopy3"})
        );
        // The originals are untouched, and security schemes are shared.
        assert_eq!(schemas["Pin"], spec["components"]["schemas"]["Pin"]);
        assert_eq!(
            out["components"]["securitySchemes"],
            spec["components"]["securitySchemes"]
        );
        assert_eq!(schemas.as_object().expect("schemas").len(), 6);
    }
}
