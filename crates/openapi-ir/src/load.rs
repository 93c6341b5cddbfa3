//! Spec text → `openapiv3::OpenAPI`.
//!
//! The format is chosen by content, not by file name: a document that opens
//! with `{"` is JSON (YAML parsers reject valid JSON such as surrogate pair
//! escapes); anything else, YAML flow style (`{type: object}`) included, is
//! YAML. The text goes through `serde_json::Value` first (keeping the order
//! of every map), so the version can be checked and other files bundled in
//! before the strict parse, which reports the JSON pointer of what it
//! rejects.
//!
//! Reading the text straight into `openapiv3` would be as fast as the stock
//! parse, but `openapiv3`'s `ReferenceOr` panics on a document whose maps
//! repeat a key (it fails the first read, retries through a
//! `serde_json::Value`, which keeps only the last, and expects the retry to
//! fail too): read from a `Value`, the keys are already unique.

use crate::error::{Error, Result};
use crate::naming::pointer_token;

/// Parses an OpenAPI 3.0 document from JSON or YAML text.
///
/// # Errors
///
/// [`Error::Syntax`] for text that does not parse, with line and column;
/// [`Error::UnsupportedVersion`] for Swagger 2.0, OpenAPI 3.1 and documents
/// that say no version; [`Error::Invalid`] with a JSON pointer for a document
/// that does not have OpenAPI 3.0's shape.
pub fn parse_spec(text: &str) -> Result<openapiv3::OpenAPI> {
    parse(text, None)
}

/// Like [`parse_spec`], for the spec at `path`: `$ref`s into other files
/// are resolved relative to it and pulled into the document.
///
/// # Errors
///
/// As [`parse_spec`], and [`Error::UnresolvedRef`] for a referenced file
/// that cannot be read or a pointer into it that leads nowhere.
pub fn parse_spec_at(text: &str, path: &std::path::Path) -> Result<openapiv3::OpenAPI> {
    parse(text, Some(path))
}

fn parse(text: &str, path: Option<&std::path::Path>) -> Result<openapiv3::OpenAPI> {
    let document = |text| -> Result<serde_json::Value> {
        let mut value = parse_value(text)?;
        check_version(&value)?;
        crate::bundle::bundle(&mut value, path)?;
        Ok(value)
    };
    // Read from the owned document, the spec takes its strings over and each
    // part is freed once read, so the two need not be whole in memory at
    // once (the run's peak is in emitting, so this did not move it). Paths
    // are tracked only after a failure, which is rare enough to read the
    // text again to find the culprit: tracking them costs every read.
    use serde::Deserialize as _;
    if let Ok(spec) = openapiv3::OpenAPI::deserialize(document(text)?) {
        return Ok(spec);
    }
    let mut document = document(text)?;
    // Values of the wrong type where they change nothing the client does
    // are repaired, with a warning each, rather than refusing the spec.
    if crate::repair::repair(&mut document) > 0
        && let Ok(spec) = openapiv3::OpenAPI::deserialize(&document)
    {
        return Ok(spec);
    }
    match strict::<openapiv3::OpenAPI, _>(&document, "#") {
        Ok(spec) => Ok(spec),
        Err(whole) => {
            let (pointer, message) = narrow(&document).unwrap_or(whole);
            Err(Error::Invalid { pointer, message })
        }
    }
}

/// Deserializes `value` as `T`, or says where (below `at`) and why not.
fn strict<'de, T: serde::de::DeserializeOwned, V: serde::Deserializer<'de>>(
    value: V,
    at: &str,
) -> Result<T, (String, String)>
where
    V::Error: std::fmt::Display,
{
    let mut track = serde_path_to_error::Track::new();
    let deserializer = serde_path_to_error::Deserializer::new(value, &mut track);
    T::deserialize(deserializer).map_err(|error| {
        let below = pointer_of(&track.path());
        (
            format!("{at}{}", below.trim_start_matches('#')),
            error.to_string(),
        )
    })
}

/// Finds the innermost part of the document that fails to parse.
///
/// `openapiv3` flattens extensions into most objects, and serde buffers
/// flattened objects, which hides the path of an error below them. So the
/// parts whose types are known are tried one by one, innermost first.
fn narrow(document: &serde_json::Value) -> Option<(String, String)> {
    use openapiv3::{
        Parameter, PathItem, ReferenceOr, RequestBody, Response, Schema, SecurityScheme,
    };
    let entries = |value: Option<&serde_json::Value>| -> Vec<(String, serde_json::Value)> {
        value
            .and_then(serde_json::Value::as_object)
            .map(|map| map.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default()
    };
    for (path, item) in entries(document.get("paths")) {
        let item_pointer = format!("#/paths/{}", pointer_token(&path));
        for method in [
            "get", "put", "post", "delete", "options", "head", "patch", "trace",
        ] {
            let Some(operation) = item.get(method) else {
                continue;
            };
            let at = format!("{item_pointer}/{method}");
            for (code, response) in entries(operation.get("responses")) {
                let at = format!("{at}/responses/{}", pointer_token(&code));
                if let Err(found) = strict::<ReferenceOr<Response>, _>(&response, &at) {
                    return Some(found);
                }
            }
            if let Some(body) = operation.get("requestBody")
                && let Err(found) =
                    strict::<ReferenceOr<RequestBody>, _>(body, &format!("{at}/requestBody"))
            {
                return Some(found);
            }
            let parameters = operation
                .get("parameters")
                .and_then(serde_json::Value::as_array);
            for (index, parameter) in parameters.into_iter().flatten().enumerate() {
                if let Err(found) = strict::<ReferenceOr<Parameter>, _>(
                    parameter,
                    &format!("{at}/parameters/{index}"),
                ) {
                    return Some(found);
                }
            }
            if let Err(found) = strict::<openapiv3::Operation, _>(operation, &at) {
                return Some(found);
            }
        }
        if let Err(found) = strict::<PathItem, _>(&item, &item_pointer) {
            return Some(found);
        }
    }
    let components = document.get("components");
    first_failing::<ReferenceOr<Schema>>(components, "schemas")
        .or_else(|| first_failing::<ReferenceOr<Response>>(components, "responses"))
        .or_else(|| first_failing::<ReferenceOr<Parameter>>(components, "parameters"))
        .or_else(|| first_failing::<ReferenceOr<RequestBody>>(components, "requestBodies"))
        .or_else(|| first_failing::<ReferenceOr<SecurityScheme>>(components, "securitySchemes"))
}

/// The first entry of `components/<kind>` that does not parse as `T`.
fn first_failing<T: serde::de::DeserializeOwned>(
    components: Option<&serde_json::Value>,
    kind: &str,
) -> Option<(String, String)> {
    let entries = components?.get(kind)?.as_object()?;
    entries.iter().find_map(|(name, value)| {
        strict::<T, _>(
            value,
            &format!("#/components/{kind}/{}", pointer_token(name)),
        )
        .err()
    })
}

/// Whether the text is JSON rather than YAML: a JSON object's first key is
/// quoted, and YAML flow style (`{type: object}`) also starts with `{` but
/// not with a quote.
fn is_json(text: &str) -> bool {
    let after_brace = text.trim_start().strip_prefix('{').map(str::trim_start);
    after_brace.is_some_and(|rest| rest.starts_with(['"', '}']))
}

/// Reads a document, JSON or YAML by content, into JSON as the generator
/// reads it (numbers beyond 64 bits kept as floats, keys as text), without
/// checking that it is a spec: for tools that look at the spec's own
/// values (its examples, say) beside the lowered API.
///
/// # Errors
///
/// [`Error::Syntax`]-style errors for text that is neither JSON nor YAML.
pub fn parse_document(text: &str) -> Result<serde_json::Value> {
    parse_value(text)
}

pub(crate) fn parse_value(text: &str) -> Result<serde_json::Value> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if is_json(text) {
        serde_json::from_str(text).map_err(|error| Error::Syntax {
            format: "JSON",
            line: error.line(),
            column: error.column(),
            message: strip_location(error.to_string()),
        })
    } else {
        parse_yaml(text)
    }
}

fn parse_yaml(text: &str) -> Result<serde_json::Value> {
    use serde::Deserialize as _;
    LenientJson::deserialize(serde_yaml::Deserializer::from_str(text))
        .map(|json| json.0)
        .map_err(|error| {
            let (line, column) = error
                .location()
                .map_or((0, 0), |at| (at.line(), at.column()));
            Error::Syntax {
                format: "YAML",
                line,
                column,
                message: strip_location(error.to_string()),
            }
        })
}

/// JSON data read from YAML, leniently: numbers that no 64-bit integer
/// holds (a `maximum` of 18446744073709552000, say) become floats instead of
/// failing the whole document, and non-string keys (an unquoted `200:`)
/// become their text.
struct LenientJson(serde_json::Value);

impl<'de> serde::Deserialize<'de> for LenientJson {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        deserializer
            .deserialize_any(LenientVisitor)
            .map(LenientJson)
    }
}

struct LenientVisitor;

impl<'de> serde::de::Visitor<'de> for LenientVisitor {
    type Value = serde_json::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> std::result::Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E> {
        Ok(v.into())
    }
    #[allow(clippy::cast_precision_loss)] // Beyond 64 bits, a float is the best there is.
    fn visit_i128<E>(self, v: i128) -> std::result::Result<Self::Value, E> {
        Ok(i64::try_from(v).map_or_else(|_| float(v as f64), Into::into))
    }
    #[allow(clippy::cast_precision_loss)] // Beyond 64 bits, a float is the best there is.
    fn visit_u128<E>(self, v: u128) -> std::result::Result<Self::Value, E> {
        Ok(u64::try_from(v).map_or_else(|_| float(v as f64), Into::into))
    }
    fn visit_f64<E>(self, v: f64) -> std::result::Result<Self::Value, E> {
        Ok(float(v))
    }
    fn visit_str<E>(self, v: &str) -> std::result::Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_string<E>(self, v: String) -> std::result::Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_unit<E>(self) -> std::result::Result<Self::Value, E> {
        Ok(serde_json::Value::Null)
    }
    fn visit_none<E>(self) -> std::result::Result<Self::Value, E> {
        Ok(serde_json::Value::Null)
    }
    fn visit_some<D: serde::Deserializer<'de>>(
        self,
        d: D,
    ) -> std::result::Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(
        self,
        mut seq: A,
    ) -> std::result::Result<Self::Value, A::Error> {
        let mut items = Vec::new();
        while let Some(LenientJson(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(serde_json::Value::Array(items))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<Self::Value, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some((LenientJson(key), LenientJson(value))) = map.next_entry()? {
            let key = match key {
                serde_json::Value::String(key) => key,
                other => other.to_string(),
            };
            object.insert(key, value);
        }
        Ok(serde_json::Value::Object(object))
    }
}

/// A float as JSON; NaN and infinities, which JSON cannot hold, become null.
fn float(v: f64) -> serde_json::Value {
    serde_json::Number::from_f64(v).map_or(serde_json::Value::Null, serde_json::Value::Number)
}

/// Parsers append " at line L column C"; the error prints its own.
fn strip_location(message: String) -> String {
    match message.find(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message,
    }
}

fn check_version(document: &serde_json::Value) -> Result<()> {
    if let Some(swagger) = document.get("swagger") {
        return Err(Error::UnsupportedVersion {
            found: format!("this is a Swagger {} document", version_text(swagger)),
            hint: "; convert it to OpenAPI 3.0 first (for example with swagger2openapi)",
        });
    }
    match document.get("openapi") {
        Some(serde_json::Value::String(version)) if version.starts_with("3.0") => Ok(()),
        Some(serde_json::Value::String(version)) if version.starts_with("3.1") => {
            Err(Error::UnsupportedVersion {
                found: format!("this is an OpenAPI {version} document"),
                hint: "; OpenAPI 3.1 is not supported yet",
            })
        }
        Some(version) => Err(Error::UnsupportedVersion {
            found: format!("`openapi` is {}", version_text(version)),
            hint: "",
        }),
        None => Err(Error::UnsupportedVersion {
            found: "the document has no `openapi` field".to_owned(),
            hint: "",
        }),
    }
}

fn version_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::from("#");
    for segment in path.iter() {
        pointer.push('/');
        match segment {
            Segment::Seq { index } => pointer.push_str(&index.to_string()),
            Segment::Map { key } => pointer.push_str(&pointer_token(key)),
            Segment::Enum { variant } => pointer.push_str(&pointer_token(variant)),
            Segment::Unknown => pointer.push('?'),
        }
    }
    pointer
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL_YAML: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";

    #[test]
    fn reads_yaml_and_json_by_content() {
        assert!(parse_spec(MINIMAL_YAML).is_ok());
        let json =
            r#"{"openapi":"3.0.0","info":{"title":"t \ud83d\udc4d","version":"1"},"paths":{}}"#;
        let spec = parse_spec(json).expect("JSON with surrogate escapes parses");
        assert_eq!(spec.info.title, "t \u{1f44d}");
    }

    #[test]
    fn numbers_beyond_64_bits_do_not_fail_the_document() {
        let text = format!(
            "{MINIMAL_YAML}components:\n  schemas:\n    Big: {{type: integer, maximum: 18446744073709552000}}\n"
        );
        let spec = parse_spec(&text).expect("an out-of-range bound is not fatal");
        assert!(
            spec.components
                .expect("components")
                .schemas
                .contains_key("Big")
        );
    }

    #[test]
    fn unquoted_numeric_keys_are_text() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        200: {description: ok}\n";
        let spec = parse_spec(text).expect("parses");
        let operation = spec.paths.paths["/a"]
            .as_item()
            .and_then(|item| item.get.as_ref())
            .expect("get");
        assert_eq!(operation.responses.responses.len(), 1);
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        let error = parse_spec("openapi: 3.0.3\ninfo: [unclosed\n").unwrap_err();
        assert!(
            matches!(
                error,
                Error::Syntax {
                    format: "YAML",
                    line: 3,
                    ..
                }
            ),
            "{error:?}"
        );
        let error = parse_spec("{\"openapi\": \"3.0.3\",\n  \"info\": }").unwrap_err();
        assert!(
            matches!(
                error,
                Error::Syntax {
                    format: "JSON",
                    line: 2,
                    column: 11,
                    ..
                }
            ),
            "{error:?}"
        );
    }

    #[test]
    fn other_versions_are_named() {
        let cases = [
            ("swagger: '2.0'\n", "Swagger 2.0"),
            ("openapi: 3.1.0\n", "OpenAPI 3.1.0"),
            ("openapi: 4\n", "`openapi` is 4"),
            ("info: {}\n", "no `openapi` field"),
        ];
        for (text, expected) in cases {
            let message = parse_spec(text).unwrap_err().to_string();
            assert!(message.contains(expected), "{text:?} gave {message:?}");
        }
    }

    #[test]
    fn shape_errors_name_the_innermost_pointer() {
        let head = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";
        let cases = [
            (
                "paths:\n  /a:\n    get:\n      responses: 7\n",
                "#/paths/~1a/get/responses",
            ),
            (
                "paths:\n  /a:\n    get:\n      responses:\n        '200': {content: {}}\n",
                "#/paths/~1a/get/responses/200",
            ),
            (
                // (`required: 3` would be repaired: see `repair`.)
                "paths: {}\ncomponents:\n  schemas:\n    A: {type: object, properties: 3}\n",
                "#/components/schemas/A",
            ),
            ("info: 3\npaths: {}\n", "#/info"),
        ];
        for (body, expected) in cases {
            let text = format!("{head}{body}")
                .replace("info: {title: t, version: '1'}\ninfo: 3", "info: 3");
            match parse_spec(&text).unwrap_err() {
                Error::Invalid { pointer, .. } => {
                    assert_eq!(pointer, expected, "{body:?}")
                }
                other => panic!("expected Invalid, got {other:?}"),
            }
        }
    }

    /// `openapiv3` panics when a repeated key makes its first read of a
    /// `$ref`-or-schema fail and its retry through a `Value` succeed; the
    /// document is read through a `Value` first, so the last one wins.
    #[test]
    fn repeated_keys_keep_the_last_and_never_panic() {
        let text = "openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pin:
      type: object
      properties:
        id: {type: string}
      type: object
      description: first
      description: second
";
        let spec = parse_spec(text).expect("a repeated key is read, the last one winning");
        let pin = &spec.components.expect("components").schemas["Pin"];
        let openapiv3::ReferenceOr::Item(pin) = pin else {
            panic!("an inline schema")
        };
        assert_eq!(pin.schema_data.description.as_deref(), Some("second"));
    }
}
