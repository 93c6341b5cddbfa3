//! What both fuzz targets share: the property they check (the pipeline
//! answers every input with output or a spec error, never a panic and never
//! invalid Rust) and the structural mutator that turns real specs into
//! nearly-valid hostile ones.

use arbitrary::{Result, Unstructured};
use serde_json::{Map, Value};
use std::sync::OnceLock;

/// Runs the whole pipeline (parse → lower → emit → format) on `text`.
///
/// # Panics
///
/// When the generator itself fails: an emit error means it produced Rust
/// that does not parse, which is a bug whatever the spec says.
pub fn check_pipeline(text: &str) {
    if std::env::var_os("OPENAPI_FUZZ_PRINT").is_some() {
        eprintln!("----- spec -----\n{text}\n----- end -----");
    }
    match openapi_codegen::generate_source(text, "fuzz input", None) {
        Ok(_) | Err(openapi_codegen::SourceError::Spec(_)) => {}
        Err(error) => panic!("generator bug on a spec it accepted: {error}"),
    }
}

/// The seeds the structural target mutates: our own specs, small and whole.
const SEEDS: &[&str] = &[
    include_str!("../../specs/pinterest-v5.yaml"),
    include_str!("../../crates/openapi-codegen/tests/specs/all_of_merge.yaml"),
    include_str!("../../crates/openapi-codegen/tests/specs/basic_auth.yaml"),
    include_str!("../../crates/openapi-codegen/tests/specs/default_response.yaml"),
    include_str!("../../crates/openapi-codegen/tests/specs/discriminator_without_one_of.yaml"),
    include_str!("../../crates/openapi-codegen/tests/specs/form_body.yaml"),
    include_str!("../../crates/openapi-codegen/tests/specs/one_of_untagged.yaml"),
    include_str!("../../crates/openapi-codegen/tests/specs/parameter_shapes.yaml"),
    include_str!("../../crates/openapi-codegen/tests/specs/recursive_types.yaml"),
    include_str!("../../crates/openapi-codegen/tests/specs/formats.yaml"),
    include_str!("../../crates/openapi-codegen/tests/specs/inline_discriminator.yaml"),
    include_str!("../../crates/openapi-codegen/tests/specs/maps_and_free_form.yaml"),
    include_str!("../../crates/openapi-codegen/tests/specs/multipart.yaml"),
    include_str!("../../crates/openapi-codegen/tests/specs/nullable_optional.yaml"),
    include_str!("../../crates/openapi-codegen/tests/specs/pagination.yaml"),
    include_str!("../../crates/openapi-codegen/tests/specs/responses_by_status.yaml"),
];

/// Text that has broken generators: keywords, digits and sigils first,
/// punctuation-only differences, comment and attribute openers, quotes,
/// control characters, non-ASCII, and sheer length.
const HOSTILE: &[&str] = &[
    "", " ", "_", "__", "type", "self", "Self", "super", "crate", "ref", "match", "r#type",
    "async", "try", "union", "1", "123abc", "$ref", "@type", "+1", "-1", "Etc/GMT+1", "Etc/GMT-1",
    "a.b", "a-b", "A_B", "aB", "Ab", "\"", "\"quoted\"", "*/", "/*", "//", "#[cfg(any())]", "#![x]",
    "`code`", "```rust\nfn main() {}\n```", "<script>alert(1)</script>", "<b>bold</b>",
    "\u{0}", "\n", "\r\n", "\t", "\\", "{}", "{id}", "é", "日本語", "😀", "\u{202e}",
    "ß", "İ", "Error", "Result", "Option", "Client", "Unknown", "Value", "String", "Box",
];

const TYPES: &[&str] = &["object", "array", "string", "integer", "number", "boolean", "null", "file"];
const FORMATS: &[&str] = &["int32", "int64", "float", "double", "date-time", "date", "uuid", "byte", "binary", "password"];
const KEYS: &[&str] = &[
    "type", "format", "properties", "items", "required", "enum", "nullable", "allOf", "oneOf",
    "anyOf", "not", "discriminator", "additionalProperties", "$ref", "title", "description",
    "default", "example", "parameters", "requestBody", "responses", "content", "schema", "in",
    "name", "style", "explode", "operationId", "security", "tags", "mapping", "propertyName",
];

/// Picks a seed spec and applies up to eight structural mutations, then
/// serialises it as JSON or YAML.
///
/// # Errors
///
/// When `input` runs out of bytes.
pub fn mutated_spec(input: &mut Unstructured<'_>) -> Result<String> {
    // Parsed once: re-reading the YAML on every run would halve the speed.
    static PARSED: OnceLock<Vec<Value>> = OnceLock::new();
    let seeds = PARSED.get_or_init(|| {
        SEEDS
            .iter()
            // Invariant: the seeds are our own checked-in, valid YAML.
            .map(|seed| serde_yaml::from_str(seed).expect("seed specs are valid YAML"))
            .collect()
    });
    let mut spec = input.choose(seeds)?.clone();
    let refs = component_refs(&spec);
    for _ in 0..input.int_in_range(1..=8)? {
        mutate(&mut spec, &refs, input)?;
    }
    Ok(if input.arbitrary()? {
        serde_json::to_string_pretty(&spec).unwrap_or_default()
    } else {
        serde_yaml::to_string(&spec).unwrap_or_default()
    })
}

/// Every `#/components/<kind>/<name>` in the spec, so mutations can point
/// `$ref`s at things that exist (and so build cycles).
fn component_refs(spec: &Value) -> Vec<String> {
    let mut refs = Vec::new();
    if let Some(components) = spec.get("components").and_then(Value::as_object) {
        for (kind, items) in components {
            if let Some(items) = items.as_object() {
                refs.extend(items.keys().map(|name| format!("#/components/{kind}/{name}")));
            }
        }
    }
    refs
}

fn mutate(spec: &mut Value, refs: &[String], input: &mut Unstructured<'_>) -> Result<()> {
    let donor = pick(spec, input)?.clone();
    let node = pick_mut(spec, input)?;
    match input.int_in_range(0..=11)? {
        0 => *node = Value::Null,
        1 => *node = Value::String(hostile(input)?),
        2 => *node = number(input)?,
        3 => *node = Value::Bool(input.arbitrary()?),
        4 => *node = reference(refs, input)?,
        5 => *node = donor,
        6 => {
            if let Value::Object(map) = node {
                remove_key(map, input)?;
            }
        }
        7 => {
            if let Value::Object(map) = node {
                rename_key(map, input)?;
            }
        }
        8 => {
            if let Value::Object(map) = node {
                let key = (*input.choose(KEYS)?).to_owned();
                let value = small_value(refs, input)?;
                map.insert(key, value);
            }
        }
        9 => {
            if let Value::Object(map) = node {
                let kind = *input.choose(TYPES)?;
                map.insert("type".into(), kind.into());
                if input.arbitrary()? {
                    map.insert("format".into(), (*input.choose(FORMATS)?).into());
                }
            }
        }
        10 => {
            let values = (0..input.int_in_range(0..=6)?)
                .map(|_| hostile(input).map(Value::String))
                .collect::<Result<Vec<_>>>()?;
            if let Value::Object(map) = node {
                map.insert("enum".into(), Value::Array(values));
            }
        }
        _ => {
            let members = (0..input.int_in_range(1..=3)?)
                .map(|_| reference(refs, input))
                .collect::<Result<Vec<_>>>()?;
            let keyword = *input.choose(&["allOf", "oneOf", "anyOf"])?;
            if let Value::Object(map) = node {
                map.insert(keyword.into(), Value::Array(members));
                if input.arbitrary()? {
                    map.insert("discriminator".into(), serde_json::json!({"propertyName": hostile(input)?}));
                }
            }
        }
    }
    Ok(())
}

/// A walk from the root that stops at a random depth, as the child index
/// taken at each step.
fn pick_path(root: &Value, input: &mut Unstructured<'_>) -> Result<Vec<usize>> {
    let mut path = Vec::new();
    let mut node = root;
    loop {
        let len = match node {
            Value::Object(map) => map.len(),
            Value::Array(items) => items.len(),
            _ => 0,
        };
        if len == 0 || !input.ratio(7u8, 8u8)? {
            return Ok(path);
        }
        let index = input.choose_index(len)?;
        path.push(index);
        node = child(node, index);
    }
}

fn child(node: &Value, index: usize) -> &Value {
    match node {
        Value::Object(map) => map.values().nth(index),
        Value::Array(items) => items.get(index),
        _ => None,
    }
    // Invariant: paths come from `pick_path` on this very tree.
    .expect("path indices come from the same tree")
}

fn pick<'a>(root: &'a Value, input: &mut Unstructured<'_>) -> Result<&'a Value> {
    Ok(pick_path(root, input)?.into_iter().fold(root, child))
}

fn pick_mut<'a>(root: &'a mut Value, input: &mut Unstructured<'_>) -> Result<&'a mut Value> {
    let path = pick_path(root, input)?;
    let mut node = root;
    for index in path {
        node = match node {
            Value::Object(map) => map.values_mut().nth(index),
            Value::Array(items) => items.get_mut(index),
            _ => None,
        }
        // Invariant: the path was chosen among these very children.
        .expect("path indices come from the same tree");
    }
    Ok(node)
}

fn remove_key(map: &mut Map<String, Value>, input: &mut Unstructured<'_>) -> Result<()> {
    if !map.is_empty() {
        let key = map.keys().nth(input.choose_index(map.len())?).cloned();
        if let Some(key) = key {
            map.remove(&key);
        }
    }
    Ok(())
}

fn rename_key(map: &mut Map<String, Value>, input: &mut Unstructured<'_>) -> Result<()> {
    if !map.is_empty() {
        let key = map.keys().nth(input.choose_index(map.len())?).cloned();
        if let Some(value) = key.and_then(|key| map.remove(&key)) {
            map.insert(hostile(input)?, value);
        }
    }
    Ok(())
}

fn hostile(input: &mut Unstructured<'_>) -> Result<String> {
    Ok(match input.int_in_range(0..=3)? {
        0 => input.arbitrary::<String>()?,
        1 => (*input.choose(HOSTILE)?).repeat(input.int_in_range(1..=4)?),
        2 => "x".repeat(input.int_in_range(1000..=200_000)?),
        _ => (*input.choose(HOSTILE)?).to_owned(),
    })
}

fn number(input: &mut Unstructured<'_>) -> Result<Value> {
    Ok(match input.int_in_range(0..=3)? {
        0 => input.arbitrary::<i64>()?.into(),
        1 => input.arbitrary::<u64>()?.into(),
        2 => serde_json::Number::from_f64(input.arbitrary()?).map_or(Value::Null, Value::Number),
        _ => serde_json::json!(18_446_744_073_709_552_000.0),
    })
}

fn reference(refs: &[String], input: &mut Unstructured<'_>) -> Result<Value> {
    let target = if !refs.is_empty() && input.ratio(3u8, 4u8)? {
        input.choose(refs)?.clone()
    } else {
        match input.int_in_range(0..=3)? {
            0 => "#/components/schemas/Missing".to_owned(),
            1 => "other.yaml#/components/schemas/Thing".to_owned(),
            2 => "#/paths/~1oauth~1token".to_owned(),
            _ => hostile(input)?,
        }
    };
    Ok(serde_json::json!({ "$ref": target }))
}

fn small_value(refs: &[String], input: &mut Unstructured<'_>) -> Result<Value> {
    Ok(match input.int_in_range(0..=5)? {
        0 => reference(refs, input)?,
        1 => Value::String(hostile(input)?),
        2 => number(input)?,
        3 => Value::Bool(input.arbitrary()?),
        4 => Value::Array(vec![Value::String(hostile(input)?)]),
        _ => serde_json::json!({ "type": *input.choose(TYPES)? }),
    })
}
