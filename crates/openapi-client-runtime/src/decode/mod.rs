//! Decoding shared by every generated type, so that each one's
//! `Deserialize` (expanded from the runtime's derives) is a short loop
//! instead of serde's derived visitors.
//!
//! serde's derive writes a field enum, a field visitor and a map and
//! sequence visitor for every struct, and buffers every enum with an
//! unknown-value fallback; for an API of a thousand types that code, not the
//! API itself, is most of what `cargo check` spends (on Pinterest v5: 40 s
//! and 1.8 GB with the derive, 12 s and 0.9 GB without). Here each struct
//! has one visitor: an [`ObjectReader`] matches each key against the
//! struct's table of wire names, without allocating, and the value is read
//! straight into its field's slot; a key the struct does not list goes to
//! its `rest` field, or is skipped without being built. An error names the
//! path of fields that led to it (`field `owner`: field `username`: invalid
//! type: …`).
//!
//! ```
//! use openapi_client_runtime::decode::{Key, ObjectReader};
//! use openapi_client_runtime::serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
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
//!         struct PinVisitor;
//!         impl<'de> Visitor<'de> for PinVisitor {
//!             type Value = Pin;
//!             fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
//!                 f.write_str("a JSON object")
//!             }
//!             fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Pin, A::Error> {
//!                 let mut fields = ObjectReader::new(map, &["id", "note", "alt_text"]);
//!                 let (mut id, mut note, mut alt_text) = (None, None, None);
//!                 while let Some(key) = fields.next_key()? {
//!                     match key {
//!                         Key::Listed(0) => fields.fill(&mut id),
//!                         Key::Listed(1) => fields.fill_optional(&mut note),
//!                         Key::Listed(2) => fields.fill(&mut alt_text),
//!                         Key::Listed(_) => fields.skip(),
//!                         Key::Unlisted(_) => fields.skip_unlisted(),
//!                     }?;
//!                 }
//!                 Ok(Pin { id: fields.required(id, "id")?, note, alt_text })
//!             }
//!         }
//!         deserializer.deserialize_map(PinVisitor)
//!     }
//! }
//!
//! let pin: Pin = serde_json::from_str(r#"{"id": "1", "alt_text": null}"#)?;
//! assert_eq!((pin.id.as_str(), pin.note, pin.alt_text), ("1", None, Some(None)));
//! let error = serde_json::from_str::<Pin>(r#"{"id": 1}"#).err().map(|e| e.to_string());
//! assert_eq!(
//!     error.as_deref(),
//!     Some("field `id`: invalid type: integer `1`, expected a string at line 1 column 8"),
//! );
//! # Ok::<(), serde_json::Error>(())
//! ```

mod buffered;
mod held;

use std::borrow::Cow;
use std::cell::Cell;

use reqwest::StatusCode;
use serde::de::{DeserializeOwned, DeserializeSeed, Error, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

pub use buffered::{Buffered, take_value};
pub(crate) use buffered::{TakeValue, Text};
pub use held::{Held, HeldReader};

/// A struct read field by field from a JSON object: what the
/// [`Object`](crate::Object) derive writes, so that every struct shares one
/// visitor ([`object`]).
pub trait ReadObject: Sized {
    /// Reads the struct from the fields of one object.
    ///
    /// # Errors
    ///
    /// A field that does not decode, or a required one that is missing.
    fn read_object<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// Decodes a struct: the generated `Deserialize` in one line.
///
/// # Errors
///
/// The input is not an object, or not one of `T`.
#[inline]
pub fn object<'de, T: ReadObject, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(std::marker::PhantomData))
}

struct ObjectVisitor<T>(std::marker::PhantomData<fn() -> T>);

impl<'de, T: ReadObject> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a JSON object")
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::read_object(map)
    }
}

/// What a key of an object names: a field the type lists (its index in the
/// table given to [`ObjectReader::new`]), or a name it does not list.
#[derive(Debug, PartialEq)]
pub enum Key<'de> {
    /// The field at this index of the table.
    Listed(usize),
    /// A name the table does not hold, borrowed from the input when it can
    /// be.
    Unlisted(Cow<'de, str>),
}

/// The fields of one JSON object as they are read, for a generated struct's
/// visitor: each key is matched against the struct's table of wire names
/// (trying the field after the last one first, as objects usually come in
/// the order they were written), and each value is read straight into the
/// field it belongs to.
pub struct ObjectReader<A> {
    map: A,
    names: &'static [&'static str],
    next: usize,
}

impl<'de, A: MapAccess<'de>> ObjectReader<A> {
    /// Reads `map`, a struct whose fields are named `names` on the wire.
    #[inline]
    pub fn new(map: A, names: &'static [&'static str]) -> Self {
        ObjectReader {
            map,
            names,
            next: 0,
        }
    }

    /// The next key, or `None` at the end of the object.
    ///
    /// # Errors
    ///
    /// The deserializer's error when the input is not a well-formed object.
    #[inline]
    pub fn next_key(&mut self) -> Result<Option<Key<'de>>, A::Error> {
        let Some(name) = self.map.next_key_seed(BorrowedText)? else {
            return Ok(None);
        };
        Ok(Some(match self.find(&name) {
            Some(index) => {
                self.next = index + 1;
                Key::Listed(index)
            }
            None => Key::Unlisted(name),
        }))
    }

    /// The index of `key` in the table: the field after the last one
    /// first.
    #[inline]
    fn find(&self, key: &str) -> Option<usize> {
        // Field names are short: comparing bytes in place beats a call to
        // `memcmp` for each.
        let same = |name: &&str| {
            name.len() == key.len() && name.bytes().zip(key.bytes()).all(|(a, b)| a == b)
        };
        if self.names.get(self.next).is_some_and(same) {
            return Some(self.next);
        }
        self.names.iter().position(same)
    }

    /// The value of the field just keyed, as its field's type.
    ///
    /// # Errors
    ///
    /// The value's own decoding error, prefixed with the field's name.
    #[inline]
    pub fn value<T: Deserialize<'de>>(&mut self) -> Result<T, A::Error> {
        match self.map.next_value() {
            Ok(value) => Ok(value),
            Err(error) => Err(self.in_last_field(&error)),
        }
    }

    /// An error in the value of the field just keyed, prefixed with its
    /// name; out of line, so the path that succeeds stays small.
    #[cold]
    #[inline(never)]
    fn in_last_field(&self, error: &A::Error) -> A::Error {
        let name = self
            .next
            .checked_sub(1)
            .and_then(|last| self.names.get(last));
        in_field(name.copied().unwrap_or("?"), error)
    }

    /// Reads the value of the field just keyed into its slot, as `Some`.
    ///
    /// # Errors
    ///
    /// The value's own decoding error, prefixed with the field's name.
    #[inline]
    pub fn fill<T: Deserialize<'de>>(&mut self, slot: &mut Option<T>) -> Result<(), A::Error> {
        *slot = Some(self.value()?);
        Ok(())
    }

    /// Reads the value of an optional field just keyed into its slot:
    /// `null` is `None`, as absent is.
    ///
    /// # Errors
    ///
    /// The value's own decoding error, prefixed with the field's name.
    #[inline]
    pub fn fill_optional<T: Deserialize<'de>>(
        &mut self,
        slot: &mut Option<T>,
    ) -> Result<(), A::Error> {
        *slot = self.value()?;
        Ok(())
    }

    /// Skips the value of a field the type accounts for otherwise (a
    /// variant's own tag).
    ///
    /// # Errors
    ///
    /// The deserializer's error when the value is not well-formed.
    #[inline]
    pub fn skip(&mut self) -> Result<(), A::Error> {
        self.map.next_value::<IgnoredAny>().map(drop)
    }

    /// Skips the value of a field the type neither lists nor keeps (its
    /// spec says `additionalProperties: false`), without building it.
    ///
    /// # Errors
    ///
    /// The deserializer's error when the value is not well-formed.
    pub fn skip_unlisted(&mut self) -> Result<(), A::Error> {
        DROPPED.set(DROPPED.get() + 1);
        self.skip()
    }

    /// Keeps the value of a field the type does not list in its `rest`.
    ///
    /// # Errors
    ///
    /// The value does not decode as the rest's value type.
    pub fn rest<R: crate::RestFields>(
        &mut self,
        rest: &mut R,
        name: Cow<'de, str>,
    ) -> Result<(), A::Error> {
        UNLISTED.set(UNLISTED.get() + 1);
        rest.read_entry(name, &mut self.map)
    }

    /// A field that must be present, once the object is read. `null` is a
    /// value like any other: it decodes only into a type that accepts it
    /// (an `Option`). As with serde's derive, an absent field whose type is
    /// an `Option` (through an alias, say) is `None` rather than an error.
    ///
    /// # Errors
    ///
    /// serde's "missing field" error when it is absent.
    #[inline]
    pub fn required<T: Deserialize<'de>>(
        &self,
        slot: Option<T>,
        name: &'static str,
    ) -> Result<T, A::Error> {
        match slot {
            Some(value) => Ok(value),
            None => T::deserialize(Absent).map_err(|_| A::Error::missing_field(name)),
        }
    }

    /// A field that must be present and may be `null` (a required property
    /// whose schema is `nullable`), once the object is read.
    ///
    /// # Errors
    ///
    /// serde's "missing field" error when it is absent.
    pub fn present<T>(
        &self,
        slot: Option<Option<T>>,
        name: &'static str,
    ) -> Result<Option<T>, A::Error> {
        slot.ok_or_else(|| A::Error::missing_field(name))
    }
}

/// An error inside a field, prefixed with the field's name. serde_json
/// moves the line and column the inner message ends with back to the end.
pub(crate) fn in_field<E: Error>(name: &str, error: &E) -> E {
    E::custom(format_args!("field `{name}`: {error}"))
}

/// A field name or string, borrowed from the input when it can be.
pub(crate) struct BorrowedText;

impl<'de> DeserializeSeed<'de> for BorrowedText {
    type Value = Cow<'de, str>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for BorrowedText {
    type Value = Cow<'de, str>;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a string")
    }

    #[inline]
    fn visit_borrowed_str<E: Error>(self, text: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(text))
    }

    fn visit_str<E: Error>(self, text: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(text.to_owned()))
    }

    fn visit_string<E: Error>(self, text: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(text))
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

thread_local! {
    /// Fields kept among a struct's unlisted ones (its `rest`) so far in
    /// this thread's decoding: an untagged union prefers the alternative
    /// that names every field to one that merely keeps it.
    static UNLISTED: Cell<usize> = const { Cell::new(0) };
    /// Fields skipped so far by a struct that keeps no unlisted ones: an
    /// alternative that drops a field does not hold the value whole.
    static DROPPED: Cell<usize> = const { Cell::new(0) };
}

/// How well a value fits an alternative of an untagged union, best first
/// when compared: whether decoding dropped a field the alternative neither
/// lists nor keeps, then how many fields it kept without naming them (in a
/// `rest` map, at any depth). `(false, 0)` is a perfect fit.
pub type Fit = (bool, usize);

/// `value` decoded as `T`, and how well it fits (see [`Fit`]), counted
/// while decoding. The count of an untagged union nested in `T` is its
/// chosen alternative's.
#[must_use]
pub fn alternative_fit<T: DeserializeOwned>(value: &Held<'_>) -> Option<(T, Fit)> {
    let outer = (UNLISTED.replace(0), DROPPED.replace(0));
    let decoded = T::deserialize(value.reader::<serde::de::value::Error>()).ok();
    let fit = (DROPPED.replace(outer.1) > 0, UNLISTED.replace(outer.0));
    decoded.map(|decoded| (decoded, fit))
}

/// The alternatives of an untagged union, tried in turn on one buffered
/// value: the first that fits perfectly wins, else the best fit (see
/// [`Fit`]), the earliest on a tie. So an alternative that ignores or
/// merely keeps fields it does not know cannot shadow one that knows them.
///
/// ```
/// use openapi_client_runtime::decode::{Alternatives, Held};
/// use openapi_client_runtime::serde::{Deserialize, Deserializer};
///
/// enum Id {
///     Number(i64),
///     Text(String),
/// }
///
/// impl<'de> Deserialize<'de> for Id {
///     fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
///         let value = Held::read(deserializer)?;
///         let mut alternatives = Alternatives::new(&value);
///         let _ = alternatives.try_as(Id::Number) || alternatives.try_as(Id::Text);
///         alternatives.chosen("Id")
///     }
/// }
///
/// assert!(matches!(serde_json::from_str("\"x\"")?, Id::Text(text) if text == "x"));
/// assert!(serde_json::from_str::<Id>("[]").is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
pub struct Alternatives<'v, 'de, T> {
    value: &'v Held<'de>,
    best: Option<(T, Fit)>,
}

impl<'v, 'de, T> Alternatives<'v, 'de, T> {
    /// Alternatives to try on `value`.
    #[must_use]
    pub fn new(value: &'v Held<'de>) -> Self {
        Alternatives { value, best: None }
    }

    /// Tries one alternative, `variant` of the union; `true` once one fits
    /// perfectly, so the rest need not be tried.
    pub fn try_as<V: DeserializeOwned>(&mut self, variant: fn(V) -> T) -> bool {
        if let Some((decoded, fit)) = alternative_fit::<V>(self.value)
            && self.best.as_ref().is_none_or(|(_, best)| fit < *best)
        {
            self.best = Some((variant(decoded), fit));
        }
        self.best
            .as_ref()
            .is_some_and(|(_, fit)| *fit == (false, 0))
    }

    /// The alternative chosen, its fit counted for any union around it.
    ///
    /// # Errors
    ///
    /// The value fits none of the alternatives of `type_name`.
    pub fn chosen<E: Error>(self, type_name: &str) -> Result<T, E> {
        let (value, (dropped, unlisted)) = self.best.ok_or_else(|| no_alternative(type_name))?;
        DROPPED.set(DROPPED.get() + usize::from(dropped));
        UNLISTED.set(UNLISTED.get() + unlisted);
        Ok(value)
    }
}

/// Whether two JSON values say the same thing to a decoder: numbers by
/// value (`1` is `1.0`) and RFC 3339 instants by instant (`-00:00` is `Z`),
/// all else exactly. What checks that a value decodes and encodes back
/// unchanged compare with.
#[must_use]
pub fn same_json_value(a: &Value, b: &Value) -> bool {
    let instant = |text: &str| chrono::DateTime::parse_from_rfc3339(text).ok();
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            x == y || x.as_f64().zip(y.as_f64()).is_some_and(|(x, y)| x == y)
        }
        (Value::String(x), Value::String(y)) => {
            x == y || instant(x).is_some_and(|at| instant(y) == Some(at))
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_json_value(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter().all(|(key, value)| {
                    y.get(key)
                        .is_some_and(|other| same_json_value(value, other))
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

/// Reads a generated string enum from the string as the input holds it:
/// a known value allocates nothing.
///
/// # Errors
///
/// The deserializer's error when the input is not a string.
pub fn string_enum<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: for<'a> From<&'a str>,
    D: Deserializer<'de>,
{
    deserializer.deserialize_str(StringEnumVisitor(std::marker::PhantomData))
}

struct StringEnumVisitor<T>(std::marker::PhantomData<fn() -> T>);

impl<T: for<'a> From<&'a str>> Visitor<'_> for StringEnumVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a string")
    }

    fn visit_str<E: Error>(self, value: &str) -> Result<T, E> {
        Ok(T::from(value))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::{Object, RawFields, Untagged};

    #[derive(Debug, PartialEq, Object)]
    struct Sample {
        id: i64,
        /// Required, but an `Option` (as through an alias of a nullable).
        maybe: Option<i64>,
        #[wire(required)]
        nullable: Option<String>,
        note: Option<String>,
        alt: Option<Option<String>>,
        #[wire(rest)]
        rest: RawFields,
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
            // Any order, and the last of a repeated field.
            (
                r#"{"note":"m","alt":"b","nullable":null,"id":1,"note":"n"}"#,
                Some(Some("b")),
                Some("n"),
            ),
        ];
        for (text, alt, note) in cases {
            let sample = decode(text).expect(text);
            assert_eq!(sample.alt.as_ref().map(Option::as_deref), *alt, "{text}");
            assert_eq!(sample.note.as_deref(), *note, "{text}");
            // The same through a buffered value and through `Value`.
            let value: Value = serde_json::from_str(text).expect("JSON");
            let buffered = Sample::deserialize(Buffered::<serde_json::Error>::new(value.clone()));
            assert_eq!(buffered.as_ref().ok(), Some(&sample), "{text}");
            assert_eq!(
                Sample::deserialize(&value).ok().as_ref(),
                Some(&sample),
                "{text}"
            );
        }
    }

    #[test]
    fn unknown_fields_are_kept_and_missing_required_fields_are_named() {
        let sample = decode(r#"{"id":1,"nullable":"x","extra":[1],"more":{}}"#).expect("decodes");
        assert_eq!(sample.nullable.as_deref(), Some("x"));
        assert_eq!(sample.maybe, None);
        let names: Vec<&String> = sample.rest.iter().map(|(name, _)| name).collect();
        assert_eq!(names, ["extra", "more"]);
        // An escaped key is the name it spells.
        let sample = decode(r#"{"i\u0064":1,"nullable":null}"#).expect("decodes");
        assert_eq!((sample.id, sample.maybe, sample.nullable), (1, None, None));

        let cases = [
            (r#"{"nullable":null}"#, "missing field `id`"),
            (r#"{"id":1}"#, "missing field `nullable`"),
            (
                r#"{"id":"1","nullable":null}"#,
                "field `id`: invalid type: string \"1\", expected i64 at line 1 column 9",
            ),
            (
                r#"{"id":1,"nullable":null,"alt":5}"#,
                "field `alt`: invalid type: integer `5`",
            ),
            (
                r#"[1, null]"#,
                "invalid type: sequence, expected a JSON object",
            ),
            (
                r#"{"id":1,"nullable":null,"extra":[1,}"#,
                "expected value at line 1 column 36",
            ),
        ];
        for (text, expected) in cases {
            let error = decode(text).expect_err(text);
            assert!(error.starts_with(expected), "{text}: {error}");
        }
    }

    #[derive(Debug, PartialEq, Object)]
    struct Outer {
        inner: Inner,
    }

    #[derive(Debug, PartialEq, Object)]
    struct Inner {
        count: i64,
        #[wire(rest)]
        rest: BTreeMap<String, i64>,
    }

    #[test]
    fn errors_name_the_path_of_fields() {
        let cases = [
            (
                r#"{"inner":{"count":"x"}}"#,
                "field `inner`: field `count`: invalid type: string \"x\", expected i64 at line 1 column 21",
            ),
            (
                r#"{"inner":{"count":1,"b":"x"}}"#,
                "field `inner`: field `b`: invalid type: string \"x\", expected i64 at line 1 column 27",
            ),
        ];
        for (text, expected) in cases {
            let error = serde_json::from_str::<Outer>(text).expect_err(text);
            assert_eq!(error.to_string(), expected);
        }
        let outer: Outer = serde_json::from_str(r#"{"inner":{"count":1,"b":2}}"#).expect("decodes");
        assert_eq!(
            outer.inner.rest.into_iter().collect::<Vec<_>>(),
            [("b".to_owned(), 2)]
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

    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Strict {
        width: Option<f64>,
    }

    #[derive(Debug, PartialEq, Object)]
    struct Image {
        width: Option<f64>,
        #[wire(rest)]
        rest: RawFields,
    }

    #[derive(Debug, PartialEq, Object)]
    struct Video {
        width: Option<f64>,
        duration: Option<f64>,
    }

    fn held(text: &str) -> Held<'_> {
        Held::read(&mut serde_json::Deserializer::from_str(text)).expect("JSON")
    }

    #[test]
    fn an_alternative_fits_whole_only_when_it_names_every_field() {
        let fit = |text: &str| alternative_fit::<Image>(&held(text)).map(|(_, fit)| fit);
        assert_eq!(fit(r#"{"width": 10}"#), Some((false, 0)));
        assert_eq!(
            fit(r#"{"width": 10, "duration": 2.5}"#),
            Some((false, 1)),
            "`duration` is only kept"
        );
        assert_eq!(
            alternative_fit::<Video>(&held(r#"{"width": 1, "other": 2}"#)).map(|(_, fit)| fit),
            Some((true, 0)),
            "`other` would be lost"
        );
        assert!(alternative_fit::<Strict>(&held(r#"{"width": 10, "duration": 2.5}"#)).is_none());
        assert!(alternative_fit::<Image>(&held(r#""x""#)).is_none());
    }

    #[derive(Debug, PartialEq, Untagged)]
    enum Media {
        Image(Image),
        Video(Video),
    }

    #[derive(Debug, PartialEq, Untagged)]
    enum Outermost {
        Media(Media),
        Text(String),
    }

    #[test]
    fn untagged_unions_count_the_fit_of_a_nested_union() {
        let video = r#"{"width": 10, "duration": 2.5}"#;
        let Ok(Media::Video(_)) = serde_json::from_str::<Media>(video) else {
            panic!("a video is a video, though an image would keep `duration`");
        };
        // The nested union's chosen alternative fits perfectly, so the
        // enclosing one sees no field kept unnamed.
        let fit = alternative_fit::<Outermost>(&held(video)).map(|(_, fit)| fit);
        assert_eq!(fit, Some((false, 0)));
        let fit = alternative_fit::<Outermost>(&held(r#"{"depth": 1}"#)).map(|(_, fit)| fit);
        assert_eq!(fit, Some((false, 1)), "kept by `Image`");
        let error = serde_json::from_str::<Media>("1").expect_err("not an object");
        assert_eq!(
            error.to_string(),
            "the value fits none of the alternatives of `Media`"
        );
        // Through a buffered value and a `Value` alike.
        let value: Value = serde_json::from_str(video).expect("JSON");
        assert!(matches!(
            Media::deserialize(Buffered::<serde_json::Error>::new(value.clone())),
            Ok(Media::Video(_))
        ));
        assert!(matches!(Media::deserialize(&value), Ok(Media::Video(_))));
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
    }

    #[test]
    fn a_buffered_value_reads_as_the_value_and_hands_itself_over_whole() {
        use serde_json::json;
        let values = [
            json!(null),
            json!(true),
            json!(-3),
            json!(18_446_744_073_709_551_615u64),
            json!(2.5),
            json!("text"),
            json!([1, "two", [3], {"four": 4}]),
            json!({"a": {"b": [null, {"c": "d"}]}}),
        ];
        for value in values {
            let through: Value =
                take_value(Buffered::<serde_json::Error>::new(value.clone())).expect("any value");
            assert_eq!(through, value);
            let read = Value::deserialize(Buffered::<serde_json::Error>::new(value.clone()))
                .expect("any value");
            assert_eq!(read, value);
            let from_text: Value =
                take_value(&mut serde_json::Deserializer::from_str(&value.to_string()))
                    .expect("JSON");
            assert_eq!(from_text, value);
            let optional =
                Option::<Value>::deserialize(Buffered::<serde_json::Error>::new(value.clone()))
                    .expect("any value");
            assert_eq!(optional, (!value.is_null()).then_some(value));
        }
        for value in [
            json!({"a": [1, -2, 2.5, "x\\ny", null, true]}),
            json!("plain"),
        ] {
            let text = value.to_string();
            let held = held(&text);
            assert_eq!(
                Value::deserialize(held.reader::<serde_json::Error>()).expect("any value"),
                value
            );
        }
        // Handed over whole: the array keeps its allocation, where reading
        // it item by item would build a new one.
        let items = json!([1, "two", [3]]);
        let at = items.as_array().map(Vec::as_ptr);
        let taken = take_value(Buffered::<serde_json::Error>::new(items)).expect("any value");
        assert_eq!(taken.as_array().map(Vec::as_ptr), at, "moved, not rebuilt");
        // A deserializer that visits newtypes as their content still gives
        // the value.
        let text = Text::<serde_json::Error>::new(Cow::Borrowed("tag"));
        assert_eq!(take_value(text).expect("a string"), json!("tag"));
        let text = Text::<serde_json::Error>::new(Cow::Owned("tag".to_owned()));
        let optional = Option::<String>::deserialize(text).expect("a string");
        assert_eq!(optional.as_deref(), Some("tag"));
    }
}
