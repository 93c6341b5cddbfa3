//! Decoding shared by every generated type, so that each one's
//! `Deserialize` (expanded from the runtime's derives) is a few lines
//! instead of serde's derived visitors.
//!
//! serde's derive writes a field enum, a field visitor and a map and
//! sequence visitor for every struct, and buffers every enum with an
//! unknown-value fallback; for an API of a thousand types that code, not the
//! API itself, is most of what `cargo check` spends (on Pinterest v5: 30 s
//! and 2 GB with the derive, 7 s and 0.7 GB without). Here the object is
//! read once into JSON fields, and each generated field takes its value out
//! by name with [`Fields::required`], [`Fields::optional`] or
//! [`Fields::optional_nullable`]. An error names the path of fields that led
//! to it (`field `owner`: field `username`: invalid type: …`), in place of
//! the line and column a derived decoder reports.
//!
//! ```
//! use openapi_client_runtime::decode::Fields;
//! use openapi_client_runtime::serde::{Deserialize, Deserializer};
//!
//! struct Pin {
//!     id: String,
//!     note: Option<String>,
//!     /// Optional and nullable: absent is `None`, `null` is `Some(None)`.
//!     alt_text: Option<Option<String>>,
//! }
//!
//! impl<'de> Deserialize<'de> for Pin {
//!     fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
//!         let mut fields = Fields::read(deserializer)?;
//!         Ok(Pin {
//!             id: fields.required("id")?,
//!             note: fields.optional("note")?,
//!             alt_text: fields.optional_nullable("alt_text")?,
//!         })
//!     }
//! }
//!
//! let pin: Pin = serde_json::from_str(r#"{"id": "1", "alt_text": null}"#)?;
//! assert_eq!((pin.id.as_str(), pin.note, pin.alt_text), ("1", None, Some(None)));
//! let error = serde_json::from_str::<Pin>(r#"{"id": 1}"#).err().map(|e| e.to_string());
//! assert_eq!(error.as_deref(), Some("field `id`: invalid type: integer `1`, expected a string"));
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::collections::BTreeMap;
use std::marker::PhantomData;

use reqwest::StatusCode;
use serde::de::{DeserializeOwned, Error};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use crate::RawFields;

/// The fields of one JSON object, taken out one by one by name. `E` is the
/// error type of the deserializer the object came from, so every method's
/// error converts with `?` in a generated `deserialize`.
pub struct Fields<E> {
    // Not serde_json's `Map`: its order (and what `remove` does to it)
    // follows its `preserve_order` feature, which any crate in a build may
    // turn on, and the rest must come out the same either way.
    map: BTreeMap<String, Value>,
    error: PhantomData<fn() -> E>,
}

impl<E: Error> Fields<E> {
    /// Reads an object.
    ///
    /// # Errors
    ///
    /// The deserializer's error when the input is not an object.
    pub fn read<'de, D>(deserializer: D) -> Result<Self, E>
    where
        D: Deserializer<'de, Error = E>,
    {
        Ok(Fields {
            map: BTreeMap::deserialize(deserializer)?,
            error: PhantomData,
        })
    }

    /// A field that must be present. `null` is a value like any other: it
    /// decodes only into a type that accepts it (an `Option`). As with
    /// serde's derive, an absent field whose type is an `Option` (through
    /// an alias, say) is `None` rather than an error.
    ///
    /// # Errors
    ///
    /// serde's "missing field" error when it is absent, or the field's own
    /// decoding error, prefixed with the field's name.
    pub fn required<T: DeserializeOwned>(&mut self, name: &'static str) -> Result<T, E> {
        match self.map.remove(name) {
            Some(value) => decode_field(name, value),
            None => T::deserialize(Absent).map_err(|_| E::missing_field(name)),
        }
    }

    /// A field that must be present and may be `null` (`None`): a required
    /// property whose schema is `nullable`.
    ///
    /// # Errors
    ///
    /// serde's "missing field" error when it is absent, or the field's own
    /// decoding error, prefixed with the field's name.
    pub fn required_nullable<T: DeserializeOwned>(
        &mut self,
        name: &'static str,
    ) -> Result<Option<T>, E> {
        match self.map.remove(name) {
            None => Err(E::missing_field(name)),
            Some(Value::Null) => Ok(None),
            Some(value) => decode_field(name, value).map(Some),
        }
    }

    /// A field that may be absent; absent and `null` are both `None`.
    ///
    /// # Errors
    ///
    /// The field's decoding error, prefixed with its name.
    pub fn optional<T: DeserializeOwned>(&mut self, name: &str) -> Result<Option<T>, E> {
        match self.map.remove(name) {
            None | Some(Value::Null) => Ok(None),
            Some(value) => decode_field(name, value).map(Some),
        }
    }

    /// A field that may be absent, of a type that holds `null` itself (any
    /// JSON): absent is `None`, `null` is `Some` of the type's null.
    ///
    /// # Errors
    ///
    /// The field's decoding error, prefixed with its name.
    pub fn optional_keep_null<T: DeserializeOwned>(&mut self, name: &str) -> Result<Option<T>, E> {
        match self.map.remove(name) {
            None => Ok(None),
            Some(value) => decode_field(name, value).map(Some),
        }
    }

    /// A field that may be absent and may be `null`, each meaning something
    /// else: absent is `None`, `null` is `Some(None)`.
    ///
    /// # Errors
    ///
    /// The field's decoding error, prefixed with its name.
    pub fn optional_nullable<T: DeserializeOwned>(
        &mut self,
        name: &str,
    ) -> Result<Option<Option<T>>, E> {
        match self.map.remove(name) {
            None => Ok(None),
            Some(Value::Null) => Ok(Some(None)),
            Some(value) => decode_field(name, value).map(|value| Some(Some(value))),
        }
    }

    /// Drops a field the type accounts for otherwise (a variant's own tag),
    /// so that it is not kept among the unlisted ones.
    pub fn discard(&mut self, name: &str) {
        self.map.remove(name);
    }

    /// Every field not yet taken, as raw JSON.
    #[must_use]
    pub fn rest_raw(self) -> RawFields {
        note_unlisted(self.map.len());
        RawFields(self.map.into_iter().collect())
    }

    /// Every field not yet taken, each decoded as `T`.
    ///
    /// # Errors
    ///
    /// The first field that does not decode, by name.
    pub fn rest<T: DeserializeOwned>(self) -> Result<BTreeMap<String, T>, E> {
        note_unlisted(self.map.len());
        self.map
            .into_iter()
            .map(|(name, value)| decode_field(&name, value).map(|value| (name, value)))
            .collect()
    }
}

/// A value that is not there: only an `Option` decodes from it (as `None`).
struct Absent;

impl<'de> Deserializer<'de> for Absent {
    type Error = serde::de::value::Error;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(Error::custom("absent"))
    }

    fn deserialize_option<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_none()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

fn decode_field<T: DeserializeOwned, E: Error>(name: &str, value: Value) -> Result<T, E> {
    T::deserialize(value).map_err(|error| E::custom(format_args!("field `{name}`: {error}")))
}

/// How an answer's body becomes a value: given the status and the bytes.
/// Generated methods pass one for successes and one for errors to
/// [`Client::execute_with`](crate::Client::execute_with): [`json`], [`text`],
/// [`bytes`], [`nothing`], or a per-status enum's `from_response`.
pub type Decoder<T> = fn(StatusCode, &[u8]) -> Result<T, serde_json::Error>;

/// Decodes a JSON body, whatever the status.
///
/// # Errors
///
/// The body is not JSON of type `T`.
pub fn json<T: DeserializeOwned>(_status: StatusCode, body: &[u8]) -> Result<T, serde_json::Error> {
    serde_json::from_slice(body)
}

/// A text body, which must be UTF-8.
///
/// # Errors
///
/// The body is not UTF-8.
pub fn text(_status: StatusCode, body: &[u8]) -> Result<String, serde_json::Error> {
    String::from_utf8(body.to_vec()).map_err(|error| {
        serde_json::Error::custom(format_args!("the text body is not UTF-8: {error}"))
    })
}

/// The body's bytes, as they came.
///
/// # Errors
///
/// None; the signature is a [`Decoder`]'s.
pub fn bytes(_status: StatusCode, body: &[u8]) -> Result<Vec<u8>, serde_json::Error> {
    Ok(body.to_vec())
}

/// Nothing: the answer has no body to read (any sent is ignored).
///
/// # Errors
///
/// None; the signature is a [`Decoder`]'s.
pub fn nothing(_status: StatusCode, _body: &[u8]) -> Result<(), serde_json::Error> {
    Ok(())
}

/// The error of an answer whose status the spec does not declare, for a
/// per-status enum without a `default`.
#[must_use]
pub fn undeclared_status(status: StatusCode) -> serde_json::Error {
    serde_json::Error::custom(format_args!(
        "the spec declares no answer with status {status}"
    ))
}

/// Reads any JSON value, for a union that tries its alternatives in turn
/// with [`alternative`].
///
/// # Errors
///
/// The deserializer's error when the input is not JSON-shaped.
pub fn read_value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
    Value::deserialize(deserializer)
}

/// `value` decoded as `T`, or `None` when it does not fit.
#[must_use]
pub fn alternative<T: DeserializeOwned>(value: &Value) -> Option<T> {
    T::deserialize(value).ok()
}

thread_local! {
    /// Fields kept among a struct's unlisted ones (its `rest`) so far in
    /// this thread's decoding: an untagged union prefers the alternative
    /// that names every field to one that merely keeps it.
    static UNLISTED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

fn note_unlisted(count: usize) {
    UNLISTED.with(|unlisted| unlisted.set(unlisted.get() + count));
}

/// How well a value fits an alternative of an untagged union, best first
/// when compared: whether encoding the decoded value again loses or changes
/// something, then how many fields it kept without naming them (in a
/// `rest` map, at any depth). `(false, 0)` is a perfect fit.
pub type Fit = (bool, usize);

/// `value` decoded as `T`, and how well it fits (see [`Fit`]). An untagged
/// union keeps the first alternative that fits perfectly, else the best fit,
/// the earliest on a tie; so an alternative that ignores or merely keeps
/// fields it does not know cannot shadow one that knows them.
#[must_use]
pub fn alternative_fit<T: DeserializeOwned + serde::Serialize>(value: &Value) -> Option<(T, Fit)> {
    let outer = UNLISTED.with(|unlisted| unlisted.replace(0));
    let decoded = T::deserialize(value).ok();
    let unlisted = UNLISTED.with(|unlisted| unlisted.replace(outer));
    let decoded = decoded?;
    let changed = !serde_json::to_value(&decoded).is_ok_and(|again| same_json(value, &again));
    Some((decoded, (changed, unlisted)))
}

/// Whether two JSON values say the same thing to a decoder: numbers by
/// value (`1` is `1.0`) and RFC 3339 instants by instant (`-00:00` is `Z`),
/// all else exactly. What checks that a value decodes and encodes back
/// unchanged compare with.
#[must_use]
pub fn same_json_value(a: &Value, b: &Value) -> bool {
    same_json_as(a, b, false)
}

/// [`same_json_value`], and, for judging a union alternative's fit, an
/// absent field the same as `null`.
fn same_json(a: &Value, b: &Value) -> bool {
    same_json_as(a, b, true)
}

fn same_json_as(a: &Value, b: &Value, absent_is_null: bool) -> bool {
    let instant = |text: &str| chrono::DateTime::parse_from_rfc3339(text).ok();
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            x == y || x.as_f64().zip(y.as_f64()).is_some_and(|(x, y)| x == y)
        }
        (Value::String(x), Value::String(y)) => {
            x == y || instant(x).is_some_and(|at| instant(y) == Some(at))
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|(x, y)| same_json_as(x, y, absent_is_null))
        }
        (Value::Object(x), Value::Object(y)) if absent_is_null => {
            let field = |map: &serde_json::Map<String, Value>, key: &str| {
                map.get(key).cloned().unwrap_or(Value::Null)
            };
            x.keys()
                .chain(y.keys())
                .all(|key| same_json_as(&field(x, key), &field(y, key), true))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter().all(|(key, value)| {
                    y.get(key)
                        .is_some_and(|other| same_json_as(value, other, false))
                })
        }
        _ => a == b,
    }
}

/// The error of a union value that fits none of its alternatives.
#[must_use]
pub fn no_alternative<E: Error>(type_name: &str) -> E {
    E::custom(format_args!(
        "the value fits none of the alternatives of `{type_name}`"
    ))
}

/// Reads an integer, for a generated integer enum's `Deserialize`.
///
/// # Errors
///
/// The deserializer's error when the input is not an integer that fits in
/// 64 bits.
pub fn read_i64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
    i64::deserialize(deserializer)
}

/// Reads a string, for a generated string enum's `Deserialize`.
///
/// # Errors
///
/// The deserializer's error when the input is not a string.
pub fn read_string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    String::deserialize(deserializer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Sample {
        id: i64,
        /// Required, but an `Option` (as through an alias of a nullable).
        maybe: Option<i64>,
        nullable: Option<String>,
        note: Option<String>,
        alt: Option<Option<String>>,
        rest: RawFields,
    }

    impl<'de> Deserialize<'de> for Sample {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let mut fields = Fields::read(deserializer)?;
            Ok(Sample {
                id: fields.required("id")?,
                maybe: fields.required("maybe")?,
                nullable: fields.required("nullable")?,
                note: fields.optional("note")?,
                alt: fields.optional_nullable("alt")?,
                rest: fields.rest_raw(),
            })
        }
    }

    fn decode(text: &str) -> Result<Sample, String> {
        serde_json::from_str(text).map_err(|error| error.to_string())
    }

    #[test]
    fn absent_null_and_values_are_told_apart() {
        // (input, `alt` decoded, `note` decoded)
        type Case<'a> = (&'a str, Option<Option<&'a str>>, Option<&'a str>);
        let cases: &[Case] = &[
            (r#"{"id":1,"nullable":null}"#, None, None),
            (r#"{"id":1,"nullable":null,"alt":null}"#, Some(None), None),
            (
                r#"{"id":1,"nullable":null,"alt":"a"}"#,
                Some(Some("a")),
                None,
            ),
            (r#"{"id":1,"nullable":null,"note":null}"#, None, None),
            (r#"{"id":1,"nullable":null,"note":"n"}"#, None, Some("n")),
        ];
        for (text, alt, note) in cases {
            let sample = decode(text).expect(text);
            assert_eq!(sample.alt.as_ref().map(Option::as_deref), *alt, "{text}");
            assert_eq!(sample.note.as_deref(), *note, "{text}");
        }
    }

    #[test]
    fn unknown_fields_are_kept_and_missing_required_fields_are_named() {
        let sample = decode(r#"{"id":1,"nullable":"x","extra":[1],"more":{}}"#).expect("decodes");
        assert_eq!(sample.nullable.as_deref(), Some("x"));
        assert_eq!(sample.maybe, None);
        let names: Vec<&String> = sample.rest.0.keys().collect();
        assert_eq!(names, ["extra", "more"]);
        let sample = decode(r#"{"id":1}"#).expect("required options may be absent");
        assert_eq!((sample.maybe, sample.nullable), (None, None));

        let cases = [
            (r#"{"nullable":null}"#, "missing field `id`"),
            (
                r#"{"id":"1","nullable":null}"#,
                "field `id`: invalid type: string \"1\"",
            ),
            (
                r#"{"id":1,"nullable":null,"alt":5}"#,
                "field `alt`: invalid type: integer `5`",
            ),
            (r#"[1, null]"#, "invalid type: sequence, expected a map"),
        ];
        for (text, expected) in cases {
            let error = decode(text).expect_err(text);
            assert!(error.starts_with(expected), "{text}: {error}");
        }
    }

    #[test]
    fn typed_rest_names_the_field_that_does_not_decode() {
        let mut fields: Fields<serde_json::Error> =
            Fields::read(serde_json::json!({"a": 1, "b": 2})).expect("an object");
        let a: i64 = fields.required("a").expect("a number");
        assert_eq!(a, 1);
        let rest: BTreeMap<String, i64> = fields.rest().expect("numbers");
        assert_eq!(rest.into_iter().collect::<Vec<_>>(), [("b".to_owned(), 2)]);

        let fields: Fields<serde_json::Error> =
            Fields::read(serde_json::json!({"a": 1, "b": "x"})).expect("an object");
        let error = fields.rest::<i64>().expect_err("b is not a number");
        assert!(
            error.to_string().starts_with("field `b`: invalid type"),
            "{error}"
        );
    }

    #[test]
    fn decoders_read_json_text_and_bytes() {
        let ok = StatusCode::OK;
        assert_eq!(json::<Vec<i64>>(ok, b"[1,2]").expect("JSON"), [1, 2]);
        assert!(json::<Vec<i64>>(ok, b"<html>").is_err());
        assert_eq!(text(ok, "héllo".as_bytes()).expect("UTF-8"), "héllo");
        let error = text(ok, &[0xff, b'a']).expect_err("not UTF-8");
        assert!(
            error.to_string().starts_with("the text body is not UTF-8"),
            "{error}"
        );
        assert_eq!(
            bytes(ok, &[0, 159, 146, 150]).expect("bytes"),
            [0, 159, 146, 150]
        );
        nothing(ok, b"ignored").expect("nothing to read");
        assert_eq!(
            undeclared_status(StatusCode::IM_A_TEAPOT).to_string(),
            "the spec declares no answer with status 418 I'm a teapot"
        );
    }

    #[test]
    fn an_alternative_fits_whole_only_when_it_keeps_every_field() {
        #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
        struct Image {
            #[serde(skip_serializing_if = "Option::is_none")]
            width: Option<f64>,
        }
        let image = serde_json::json!({"width": 10});
        let video = serde_json::json!({"width": 10, "duration": 2.5});
        let nulls = serde_json::json!({"width": null});
        assert_eq!(
            alternative_fit::<Image>(&image),
            Some((Image { width: Some(10.0) }, (false, 0))),
            "10 and 10.0 are the same number"
        );
        assert_eq!(
            alternative_fit::<Image>(&video),
            Some((Image { width: Some(10.0) }, (true, 0))),
            "`duration` would be lost"
        );
        assert_eq!(
            alternative_fit::<Image>(&nulls),
            Some((Image { width: None }, (false, 0))),
            "absent and null are alike here"
        );
        // Fields kept in a struct's rest are counted, so a union can prefer
        // an alternative that names them.
        let mut fields: Fields<serde_json::Error> = Fields::read(video.clone()).expect("object");
        let _: Option<f64> = fields.optional("width").expect("a number");
        let outer = UNLISTED.with(|unlisted| unlisted.replace(0));
        let rest = fields.rest_raw();
        assert_eq!(
            UNLISTED.with(|unlisted| unlisted.replace(outer)),
            rest.0.len()
        );
        assert_eq!(alternative_fit::<Image>(&serde_json::json!("x")), None);
    }

    #[test]
    fn json_values_are_the_same_by_number_and_instant_not_by_spelling() {
        use serde_json::json;
        let same = [
            (json!(1), json!(1.0)),
            (
                json!("2020-01-01T20:10:40-00:00"),
                json!("2020-01-01T20:10:40Z"),
            ),
            (json!({"a": [1, "x"]}), json!({"a": [1.0, "x"]})),
        ];
        for (a, b) in same {
            assert!(same_json_value(&a, &b), "{a} and {b}");
        }
        let different = [
            (json!(1), json!(2)),
            (json!("2020-01-01T20:10:40Z"), json!("2020-01-01T20:10:41Z")),
            (json!({"a": null}), json!({})),
            (json!([1]), json!([1, 1])),
            (json!("x"), json!("y")),
        ];
        for (a, b) in different {
            assert!(!same_json_value(&a, &b), "{a} and {b}");
        }
        assert!(
            same_json(&json!({"a": null}), &json!({})),
            "absent is null for a fit"
        );
    }

    #[test]
    fn alternatives_are_tried_by_shape() {
        let value = serde_json::json!("text");
        assert_eq!(alternative::<i64>(&value), None);
        assert_eq!(alternative::<String>(&value).as_deref(), Some("text"));
        let error: serde_json::Error = no_alternative("Choice");
        assert_eq!(
            error.to_string(),
            "the value fits none of the alternatives of `Choice`"
        );
    }
}
