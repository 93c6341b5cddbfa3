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

/// What a key's value must be, and how a value of another type is read.
#[derive(Clone, Copy)]
enum Expected {
    /// A non-negative integer (`maxLength`).
    Count,
    /// A number (`minimum`).
    Number,
    /// `true` or `false` (`deprecated`).
    Flag,
    /// Text (`description`).
    Text,
}

impl Expected {
    fn accepts(self, value: &Value) -> bool {
        match self {
            Expected::Count => value.is_u64(),
            Expected::Number => value.is_number(),
            Expected::Flag => value.is_boolean(),
            Expected::Text => value.is_string(),
        }
    }

    fn what(self) -> &'static str {
        match self {
            Expected::Count => "a non-negative integer",
            Expected::Number => "a number",
            Expected::Flag => "true or false",
            Expected::Text => "text",
        }
    }

    /// `value` read as this type, or `None` when it cannot be.
    fn read(self, value: &Value) -> Option<Value> {
        let text = value.as_str().map(str::trim);
        match self {
            Expected::Count => text?.parse::<u64>().ok().map(Value::from),
            Expected::Number => text?
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map(Value::Number),
            Expected::Flag => match text? {
                "true" => Some(Value::Bool(true)),
                "false" => Some(Value::Bool(false)),
                _ => None,
            },
            Expected::Text => Some(Value::String(match value {
                Value::Number(_) | Value::Bool(_) => value.to_string(),
                _ => String::new(),
            })),
        }
    }
}

/// The keys repaired, with what each must be.
const KEYS: &[(&str, Expected)] = &[
    ("maxLength", Expected::Count),
    ("minLength", Expected::Count),
    ("maxItems", Expected::Count),
    ("minItems", Expected::Count),
    ("maxProperties", Expected::Count),
    ("minProperties", Expected::Count),
    ("minimum", Expected::Number),
    ("maximum", Expected::Number),
    ("multipleOf", Expected::Number),
    ("exclusiveMinimum", Expected::Flag),
    ("exclusiveMaximum", Expected::Flag),
    ("uniqueItems", Expected::Flag),
    ("readOnly", Expected::Flag),
    ("writeOnly", Expected::Flag),
    ("deprecated", Expected::Flag),
    ("nullable", Expected::Flag),
    ("allowEmptyValue", Expected::Flag),
    ("allowReserved", Expected::Flag),
    ("explode", Expected::Flag),
    ("description", Expected::Text),
    ("summary", Expected::Text),
    ("title", Expected::Text),
    ("pattern", Expected::Text),
];

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
    for (key, expected) in KEYS {
        let Some(value) = map.get(*key) else {
            continue;
        };
        if expected.accepts(value) {
            continue;
        }
        let what = expected.what();
        match expected.read(value) {
            Some(read) => {
                note(
                    key,
                    format!("`{key}` should be {what}; read {value} as {read}"),
                );
                map.insert((*key).to_owned(), read);
            }
            None => {
                note(
                    key,
                    format!("`{key}` should be {what}, not {value}; ignored"),
                );
                map.remove(*key);
            }
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
