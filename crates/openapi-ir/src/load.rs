//! Spec text → `openapiv3::OpenAPI`.
//!
//! The format is chosen by content, not by file name: a document whose first
//! character is `{` is JSON (YAML parsers reject valid JSON such as surrogate
//! pair escapes), anything else is YAML. The text goes through
//! `serde_json::Value` first so the version can be checked before the strict
//! parse, and the strict parse reports the JSON pointer of what it rejects.

use crate::error::{Error, Result};
use crate::naming::pointer_token;
use serde::Deserialize as _;

/// Parses an OpenAPI 3.0 document from JSON or YAML text.
///
/// # Errors
///
/// [`Error::Syntax`] for text that does not parse, with line and column;
/// [`Error::UnsupportedVersion`] for Swagger 2.0, OpenAPI 3.1 and documents
/// that say no version; [`Error::Invalid`] with a JSON pointer for a document
/// that does not have OpenAPI 3.0's shape.
pub fn parse_spec(text: &str) -> Result<openapiv3::OpenAPI> {
    let value = parse_value(text)?;
    check_version(&value)?;
    let mut track = serde_path_to_error::Track::new();
    let deserializer = serde_path_to_error::Deserializer::new(&value, &mut track);
    openapiv3::OpenAPI::deserialize(deserializer).map_err(|error| Error::Invalid {
        pointer: pointer_of(&track.path()),
        message: error.to_string(),
    })
}

fn parse_value(text: &str) -> Result<serde_json::Value> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim_start().starts_with('{') {
        serde_json::from_str(text).map_err(|error| Error::Syntax {
            format: "JSON",
            line: error.line(),
            column: error.column(),
            message: strip_location(error.to_string()),
        })
    } else {
        serde_yaml::from_str(text).map_err(|error| {
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
    fn shape_errors_name_the_pointer() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: 7\n";
        let error = parse_spec(text).unwrap_err();
        match error {
            Error::Invalid { pointer, .. } => assert_eq!(pointer, "#/paths/~1a/get/responses"),
            other => panic!("expected Invalid, got {other:?}"),
        }
    }
}
