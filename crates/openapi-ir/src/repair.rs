//! Values of the wrong JSON type in places that do not change the client
//! (`maxLength: "10"`, `description: 5`, `required: true` inside a schema):
//! real specs have them, and a strict parse refuses the whole document for
//! one. When the strict parse fails, these are repaired (spelt as the type
//! says, or dropped) and each repair becomes a warning naming its place, so
//! the spec still generates and the summary says what was ignored.

use serde_json::{Map, Value};

use crate::bundle::pointer_of;

/// The root extension that carries repairs from the parse to lowering,
/// which reports them with its own warnings.
pub(crate) const REPAIRS_EXTENSION: &str = "x-openapi-codegen-repairs";

/// Keys whose value must be a non-negative integer.
const COUNTS: &[&str] = &[
    "maxLength",
    "minLength",
    "maxItems",
    "minItems",
    "maxProperties",
    "minProperties",
];

/// Keys whose value must be a number.
const NUMBERS: &[&str] = &["minimum", "maximum", "multipleOf"];

/// Keys whose value must be a boolean.
const FLAGS: &[&str] = &[
    "exclusiveMinimum",
    "exclusiveMaximum",
    "uniqueItems",
    "readOnly",
    "writeOnly",
    "deprecated",
    "nullable",
    "allowEmptyValue",
    "allowReserved",
    "explode",
];

/// Keys whose value must be text.
const TEXTS: &[&str] = &["description", "summary", "title", "pattern"];

/// Repairs every harmless value of the wrong type in `document`, recording
/// each repair in [`REPAIRS_EXTENSION`]. Returns how many it made.
pub(crate) fn repair(document: &mut Value) -> usize {
    let mut repairs = Vec::new();
    walk(document, &mut Vec::new(), &mut repairs);
    let count = repairs.len();
    if let (Some(root), false) = (document.as_object_mut(), repairs.is_empty()) {
        let list = repairs
            .into_iter()
            .map(|(pointer, message)| serde_json::json!({"pointer": pointer, "message": message}))
            .collect();
        root.insert(REPAIRS_EXTENSION.to_owned(), Value::Array(list));
    }
    count
}

fn walk(value: &mut Value, path: &mut Vec<String>, repairs: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            repair_object(map, path, repairs);
            for (key, child) in map.iter_mut() {
                // Literal data is never repaired.
                if matches!(
                    key.as_str(),
                    "example" | "examples" | "enum" | "default" | "const"
                ) {
                    continue;
                }
                path.push(key.clone());
                walk(child, path, repairs);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter_mut().enumerate() {
                path.push(index.to_string());
                walk(child, path, repairs);
                path.pop();
            }
        }
        _ => {}
    }
}

fn repair_object(
    map: &mut Map<String, Value>,
    path: &mut Vec<String>,
    repairs: &mut Vec<(String, String)>,
) {
    // In a schema `required` is a list; elsewhere, a flag.
    let in_schema = crate::bundle::is_schema_position(path);
    let mut note = |key: &str, message: String| {
        path.push(key.to_owned());
        repairs.push((pointer_of(path), message));
        path.pop();
    };
    for key in COUNTS {
        if let Some(value) = map.get(*key)
            && !value.is_u64()
        {
            match value
                .as_str()
                .and_then(|text| text.trim().parse::<u64>().ok())
            {
                Some(count) => {
                    note(
                        key,
                        format!("`{key}` should be a number; read {value} as {count}"),
                    );
                    map.insert((*key).to_owned(), Value::from(count));
                }
                None => {
                    note(
                        key,
                        format!("`{key}` should be a non-negative integer, not {value}; ignored"),
                    );
                    map.remove(*key);
                }
            }
        }
    }
    for key in NUMBERS {
        if let Some(value) = map.get(*key)
            && !value.is_number()
        {
            let number = value
                .as_str()
                .and_then(|text| text.trim().parse::<f64>().ok())
                .and_then(serde_json::Number::from_f64);
            match number {
                Some(number) => {
                    note(
                        key,
                        format!("`{key}` should be a number; read {value} as {number}"),
                    );
                    map.insert((*key).to_owned(), Value::Number(number));
                }
                None => {
                    note(
                        key,
                        format!("`{key}` should be a number, not {value}; ignored"),
                    );
                    map.remove(*key);
                }
            }
        }
    }
    for key in FLAGS {
        if let Some(value) = map.get(*key)
            && !value.is_boolean()
        {
            match value.as_str().map(str::trim) {
                Some("true") | Some("false") => {
                    let flag = value.as_str() == Some("true");
                    note(
                        key,
                        format!("`{key}` should be true or false; read {value} as {flag}"),
                    );
                    map.insert((*key).to_owned(), Value::Bool(flag));
                }
                _ => {
                    note(
                        key,
                        format!("`{key}` should be true or false, not {value}; ignored"),
                    );
                    map.remove(*key);
                }
            }
        }
    }
    for key in TEXTS {
        if let Some(value) = map.get(*key)
            && !value.is_string()
        {
            let text = match value {
                Value::Number(_) | Value::Bool(_) => value.to_string(),
                _ => String::new(),
            };
            note(
                key,
                format!("`{key}` should be text, not {value}; read as \"{text}\""),
            );
            map.insert((*key).to_owned(), Value::String(text));
        }
    }
    if in_schema
        && let Some(value) = map.get("required")
        && !value
            .as_array()
            .is_some_and(|names| names.iter().all(Value::is_string))
    {
        note(
            "required",
            format!(
                "a schema's `required` lists property names, not {value}; ignored (mark the property required in its parent's list)"
            ),
        );
        map.remove("required");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn harmless_values_of_the_wrong_type_are_repaired_and_reported() {
        let mut document = serde_json::json!({
            "components": {"schemas": {"S": {
                "type": "object",
                "maxLength": "10",
                "minimum": "x",
                "description": 5,
                "properties": {"a": {"type": "string", "required": true, "example": {"maxLength": "kept"}}}
            }}},
            "paths": {"/a": {"get": {"parameters": [{"name": "p", "in": "query", "required": true, "deprecated": "true"}]}}}
        });
        assert_eq!(repair(&mut document), 5);
        let schema = &document["components"]["schemas"]["S"];
        assert_eq!(schema["maxLength"], 10);
        assert!(schema.get("minimum").is_none());
        assert_eq!(schema["description"], "5");
        let property = &schema["properties"]["a"];
        assert!(property.get("required").is_none());
        assert_eq!(
            property["example"]["maxLength"], "kept",
            "literal data is left alone"
        );
        let parameter = &document["paths"]["/a"]["get"]["parameters"][0];
        assert_eq!(
            parameter["required"], true,
            "a parameter's `required` is a flag"
        );
        assert_eq!(parameter["deprecated"], true);
        let pointers: Vec<&str> = document[REPAIRS_EXTENSION]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|repair| repair["pointer"].as_str())
            .collect();
        assert!(
            pointers.contains(&"#/components/schemas/S/properties/a/required"),
            "{pointers:?}"
        );
    }
}
