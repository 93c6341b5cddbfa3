//! How a parameter's value is written into the path, query, headers or
//! cookies: OpenAPI's `style` and `explode`, applied to any value that
//! serializes (scalars, enums, lists, objects, unions), so generated code
//! names the style and this module does the rest.
//!
//! ```
//! use openapi_client_runtime::parameter_style::{Style, pairs};
//! use serde_json::json;
//!
//! let text = |style, value| pairs("id", style, &value);
//! let pair = |name: &str, value: &str| (name.to_owned(), value.to_owned());
//! assert_eq!(text(Style::FormExploded, json!([3, 4])), [pair("id", "3"), pair("id", "4")]);
//! assert_eq!(text(Style::Form, json!([3, 4])), [pair("id", "3,4")]);
//! assert_eq!(text(Style::PipeDelimited, json!([3, 4])), [pair("id", "3|4")]);
//! assert_eq!(text(Style::DeepObject, json!({"a": 1})), [pair("id[a]", "1")]);
//! assert_eq!(text(Style::FormExploded, json!({"a": 1})), [pair("a", "1")]);
//! ```

use serde_json::Value;

/// A parameter's `style` with its `explode`, as the spec declares them (or
/// their defaults: `form` exploded in the query and cookies, `simple` in
/// the path and headers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// `form`, exploded: a list repeats the parameter (`id=3&id=4`); an
    /// object's properties become parameters of their own (`a=1&b=2`).
    FormExploded,
    /// `form`, not exploded: `id=3,4`; an object `id=a,1,b,2`.
    Form,
    /// `spaceDelimited`: `id=3 4`.
    SpaceDelimited,
    /// `pipeDelimited`: `id=3|4`.
    PipeDelimited,
    /// `deepObject`: `id[a]=1&id[b]=2`, nested objects as `id[a][c]=3`.
    DeepObject,
    /// `simple`, not exploded: `3,4`; an object `a,1,b,2`.
    Simple,
    /// `simple`, exploded: `3,4`; an object `a=1,b=2`.
    SimpleExploded,
}

/// The `(name, text)` pairs `value` becomes as the parameter `name` in
/// `style`; none for `null`. Values a style cannot spell (an object inside
/// a list, say) are written as their JSON text.
#[must_use]
pub fn pairs(name: &str, style: Style, value: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    match (style, value) {
        (_, Value::Null) => {}
        (Style::FormExploded | Style::DeepObject, Value::Array(items)) => {
            for item in items.iter().filter(|item| !item.is_null()) {
                out.push((name.to_owned(), text(item)));
            }
        }
        (Style::FormExploded, Value::Object(fields)) => {
            for (field, item) in by_name(fields) {
                out.extend(pairs(field, Style::FormExploded, item));
            }
        }
        (Style::DeepObject, Value::Object(fields)) => {
            for (field, item) in by_name(fields) {
                let nested = format!("{name}[{field}]");
                out.extend(pairs(&nested, Style::DeepObject, item));
            }
        }
        (Style::SimpleExploded, Value::Object(fields)) => {
            let parts: Vec<String> = by_name(fields)
                .into_iter()
                .filter(|(_, item)| !item.is_null())
                .map(|(field, item)| format!("{field}={}", text(item)))
                .collect();
            out.push((name.to_owned(), parts.join(",")));
        }
        (_, Value::Array(items)) => {
            let parts: Vec<String> = items.iter().filter(|i| !i.is_null()).map(text).collect();
            out.push((name.to_owned(), parts.join(delimiter(style))));
        }
        (_, Value::Object(fields)) => {
            let parts: Vec<String> = by_name(fields)
                .into_iter()
                .filter(|(_, item)| !item.is_null())
                .flat_map(|(field, item)| [field.clone(), text(item)])
                .collect();
            out.push((name.to_owned(), parts.join(delimiter(style))));
        }
        (_, scalar) => out.push((name.to_owned(), text(scalar))),
    }
    out
}

/// An object's fields in the order of their names. serde_json's map keeps
/// either that order or the order of insertion, as its `preserve_order`
/// feature says, and any crate in a build may turn that on: the parameters
/// must not change with it.
fn by_name(fields: &serde_json::Map<String, Value>) -> Vec<(&String, &Value)> {
    let mut fields: Vec<_> = fields.iter().collect();
    fields.sort_by(|a, b| a.0.cmp(b.0));
    fields
}

/// The text between the items of a list the style writes as one value.
fn delimiter(style: Style) -> &'static str {
    match style {
        Style::SpaceDelimited => " ",
        Style::PipeDelimited => "|",
        _ => ",",
    }
}

/// A scalar's text; anything else as JSON text.
fn text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Number(number) => number.to_string(),
        Value::Bool(flag) => flag.to_string(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn every_style_spells_scalars_lists_and_objects() {
        let object = json!({"b": "x y", "a": [1, 2], "n": null});
        // (style, value, expected pairs as "name=text")
        let cases: Vec<(Style, Value, Vec<&str>)> = vec![
            (Style::FormExploded, json!("s"), vec!["p=s"]),
            (Style::Form, json!(true), vec!["p=true"]),
            (Style::Simple, json!(2.5), vec!["p=2.5"]),
            (Style::FormExploded, json!(null), vec![]),
            (
                Style::FormExploded,
                json!(["a", null, "b"]),
                vec!["p=a", "p=b"],
            ),
            (Style::Form, json!(["a", "b"]), vec!["p=a,b"]),
            (Style::SpaceDelimited, json!(["a", "b"]), vec!["p=a b"]),
            (Style::PipeDelimited, json!([1, 2]), vec!["p=1|2"]),
            (Style::Simple, json!([1, 2]), vec!["p=1,2"]),
            (Style::SimpleExploded, json!([1, 2]), vec!["p=1,2"]),
            (Style::DeepObject, json!(["a", "b"]), vec!["p=a", "p=b"]),
            // serde_json keeps object keys sorted.
            (
                Style::FormExploded,
                object.clone(),
                vec!["a=1", "a=2", "b=x y"],
            ),
            (Style::Form, object.clone(), vec!["p=a,[1,2],b,x y"]),
            (Style::Simple, object.clone(), vec!["p=a,[1,2],b,x y"]),
            (
                Style::SimpleExploded,
                object.clone(),
                vec!["p=a=[1,2],b=x y"],
            ),
            (
                Style::DeepObject,
                object,
                vec!["p[a]=1", "p[a]=2", "p[b]=x y"],
            ),
            (
                Style::DeepObject,
                json!({"filter": {"kind": "pdf", "size": {"max": 5}}}),
                vec!["p[filter][kind]=pdf", "p[filter][size][max]=5"],
            ),
            (Style::FormExploded, json!([{"a": 1}]), vec![r#"p={"a":1}"#]),
        ];
        for (style, value, expected) in cases {
            let got: Vec<String> = pairs("p", style, &value)
                .into_iter()
                .map(|(name, text)| format!("{name}={text}"))
                .collect();
            assert_eq!(got, expected, "{style:?} {value}");
        }
    }
}
