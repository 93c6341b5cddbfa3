//! Encoding shared by every generated struct: the counterpart of
//! [`decode`](crate::decode). The [`Object`](crate::Object) derive writes
//! a struct's `Serialize` as one call here a field, instead of serde's
//! derived code; the example below is what it expands to, by hand.
//!
//! A struct is written as a map, field by field, in spec order; optional
//! fields that are `None` are left out, so absent and `null` stay distinct
//! (`Some(None)` writes `null`).
//!
//! ```
//! use openapi_client_runtime::encode::{self, Object, WriteFields};
//! use openapi_client_runtime::serde::{Serialize, Serializer};
//!
//! struct Pin {
//!     id: String,
//!     note: Option<String>,
//!     alt_text: Option<Option<String>>,
//! }
//!
//! impl WriteFields for Pin {
//!     fn write_fields<S: Serializer>(&self, object: &mut Object<S>) -> Result<(), S::Error> {
//!         object.required("id", &self.id)?;
//!         object.optional("note", &self.note)?;
//!         object.optional("alt_text", &self.alt_text)
//!     }
//! }
//!
//! impl Serialize for Pin {
//!     fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
//!         encode::object(self, serializer)
//!     }
//! }
//!
//! let pin = Pin { id: "1".into(), note: None, alt_text: Some(None) };
//! assert_eq!(serde_json::to_string(&pin)?, r#"{"id":"1","alt_text":null}"#);
//! // As a union's variant, the tag comes first.
//! let mut tagged = Vec::new();
//! encode::tagged(&pin, &mut serde_json::Serializer::new(&mut tagged), "kind", "pin")?;
//! assert_eq!(tagged, br#"{"kind":"pin","id":"1","alt_text":null}"#);
//! # Ok::<(), serde_json::Error>(())
//! ```

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// A generated struct: writes its fields into an [`Object`].
pub trait WriteFields {
    /// Writes each field, in spec order.
    ///
    /// # Errors
    ///
    /// The serializer's error for a field.
    fn write_fields<S: Serializer>(&self, object: &mut Object<S>) -> Result<(), S::Error>;
}

/// Writes a struct as an object: a generated `Serialize` in one line.
///
/// # Errors
///
/// The serializer's error.
pub fn object<T: WriteFields, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    let mut object = Object::new(serializer)?;
    value.write_fields(&mut object)?;
    object.end()
}

/// Writes a variant of a discriminated union: the tag first, then the
/// variant's fields, less any field of its own with the tag's name (the
/// union's tag is the one that counts).
///
/// # Errors
///
/// The serializer's error.
pub fn tagged<T: WriteFields, S: Serializer>(
    value: &T,
    serializer: S,
    tag: &'static str,
    tag_value: &'static str,
) -> Result<S::Ok, S::Error> {
    let mut object = Object::new(serializer)?;
    object.required(tag, tag_value)?;
    object.skip = Some(tag);
    value.write_fields(&mut object)?;
    object.end()
}

/// An object being written. `S` is the serializer it goes to.
pub struct Object<S: Serializer> {
    map: S::SerializeMap,
    /// A field name already written (a union's tag), left out if it comes
    /// again.
    skip: Option<&'static str>,
}

impl<S: Serializer> Object<S> {
    /// Starts an object.
    ///
    /// # Errors
    ///
    /// The serializer's error when it cannot write a map here.
    pub fn new(serializer: S) -> Result<Self, S::Error> {
        Ok(Object {
            map: serializer.serialize_map(None)?,
            skip: None,
        })
    }

    fn skips(&self, name: &str) -> bool {
        self.skip == Some(name)
    }

    /// Writes a field that is always present (`None` of a required
    /// nullable field writes `null`).
    ///
    /// # Errors
    ///
    /// The serializer's error for the value.
    pub fn required<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), S::Error> {
        if self.skips(name) {
            return Ok(());
        }
        self.map.serialize_entry(name, value)
    }

    /// Writes an optional field, or nothing when it is `None`.
    ///
    /// # Errors
    ///
    /// The serializer's error for the value.
    pub fn optional<T: Serialize>(
        &mut self,
        name: &'static str,
        value: &Option<T>,
    ) -> Result<(), S::Error> {
        match value {
            Some(value) if !self.skips(name) => self.map.serialize_entry(name, value),
            _ => Ok(()),
        }
    }

    /// Writes each entry of `fields` (properties the spec does not list) as
    /// a field of its own.
    ///
    /// # Errors
    ///
    /// The serializer's error for an entry.
    pub fn rest<'a, K, V>(
        &mut self,
        fields: impl IntoIterator<Item = (&'a K, &'a V)>,
    ) -> Result<(), S::Error>
    where
        K: AsRef<str> + Serialize + ?Sized + 'a,
        V: Serialize + ?Sized + 'a,
    {
        for (name, value) in fields {
            if !self.skips(name.as_ref()) {
                self.map.serialize_entry(name, value)?;
            }
        }
        Ok(())
    }

    /// Ends the object.
    ///
    /// # Errors
    ///
    /// The serializer's error.
    pub fn end(self) -> Result<S::Ok, S::Error> {
        self.map.end()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    struct Sample {
        id: i64,
        nullable: Option<String>,
        note: Option<String>,
        alt: Option<Option<String>>,
        rest: BTreeMap<String, i64>,
    }

    impl WriteFields for Sample {
        fn write_fields<S: Serializer>(&self, object: &mut Object<S>) -> Result<(), S::Error> {
            object.required("id", &self.id)?;
            object.required("nullable", &self.nullable)?;
            object.optional("note", &self.note)?;
            object.optional("alt", &self.alt)?;
            object.rest(&self.rest)
        }
    }

    impl Serialize for Sample {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            object(self, serializer)
        }
    }

    fn sample(alt: Option<Option<&str>>, note: Option<&str>) -> Sample {
        Sample {
            id: 7,
            nullable: None,
            note: note.map(str::to_owned),
            alt: alt.map(|alt| alt.map(str::to_owned)),
            rest: BTreeMap::from([("extra".to_owned(), 1)]),
        }
    }

    #[test]
    fn absent_and_null_are_written_differently() {
        let cases = [
            (sample(None, None), r#"{"id":7,"nullable":null,"extra":1}"#),
            (
                sample(Some(None), None),
                r#"{"id":7,"nullable":null,"alt":null,"extra":1}"#,
            ),
            (
                sample(Some(Some("a")), Some("n")),
                r#"{"id":7,"nullable":null,"note":"n","alt":"a","extra":1}"#,
            ),
        ];
        for (value, expected) in cases {
            assert_eq!(serde_json::to_string(&value).expect("encodes"), expected);
        }
    }

    #[test]
    fn a_tagged_variant_writes_the_tag_once_and_first() {
        // The variant has a field named like the tag, and one in its rest.
        let mut value = sample(None, Some("n"));
        value.rest.insert("id".to_owned(), 9);
        let mut out = Vec::new();
        tagged(
            &value,
            &mut serde_json::Serializer::new(&mut out),
            "id",
            "tagged",
        )
        .expect("encodes");
        assert_eq!(
            String::from_utf8(out).expect("UTF-8"),
            r#"{"id":"tagged","nullable":null,"note":"n","extra":1}"#
        );
        let form = serde_urlencoded::to_string(Form(&value)).expect("encodes");
        assert_eq!(form, "kind=sample&id=7&note=n&extra=1&id=9");
    }

    /// A union of one variant, form-encoded as the OAuth token request is.
    struct Form<'a>(&'a Sample);

    impl Serialize for Form<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            tagged(self.0, serializer, "kind", "sample")
        }
    }

    #[test]
    fn form_encoding_leaves_out_absent_fields() {
        let mut value = sample(None, Some("a b"));
        value.nullable = Some("x".to_owned());
        assert_eq!(
            serde_urlencoded::to_string(&value).expect("encodes"),
            "id=7&nullable=x&note=a+b&extra=1"
        );
    }
}
