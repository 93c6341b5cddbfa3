//! Encoding shared by every generated struct: the counterpart of
//! [`decode`](crate::decode), so each struct's `Serialize` is one line a
//! field instead of serde's derived code.
//!
//! A struct is written as a map, field by field, in spec order; optional
//! fields that are `None` are left out, so absent and `null` stay distinct
//! (`Some(None)` writes `null`).
//!
//! ```
//! use openapi_client_runtime::encode::Object;
//! use openapi_client_runtime::serde::{Serialize, Serializer};
//!
//! struct Pin {
//!     id: String,
//!     note: Option<String>,
//!     alt_text: Option<Option<String>>,
//! }
//!
//! impl Serialize for Pin {
//!     fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
//!         let mut object = Object::new(serializer)?;
//!         object.required("id", &self.id)?;
//!         object.optional("note", &self.note)?;
//!         object.optional("alt_text", &self.alt_text)?;
//!         object.end()
//!     }
//! }
//!
//! let pin = Pin { id: "1".into(), note: None, alt_text: Some(None) };
//! assert_eq!(serde_json::to_string(&pin)?, r#"{"id":"1","alt_text":null}"#);
//! # Ok::<(), serde_json::Error>(())
//! ```

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// An object being written. `S` is the serializer it goes to.
pub struct Object<S: Serializer> {
    map: S::SerializeMap,
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
        })
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
            Some(value) => self.map.serialize_entry(name, value),
            None => Ok(()),
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
        K: Serialize + ?Sized + 'a,
        V: Serialize + ?Sized + 'a,
    {
        for (name, value) in fields {
            self.map.serialize_entry(name, value)?;
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

    impl Serialize for Sample {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut object = Object::new(serializer)?;
            object.required("id", &self.id)?;
            object.required("nullable", &self.nullable)?;
            object.optional("note", &self.note)?;
            object.optional("alt", &self.alt)?;
            object.rest(&self.rest)?;
            object.end()
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
    fn form_encoding_leaves_out_absent_fields() {
        let mut value = sample(None, Some("a b"));
        value.nullable = Some("x".to_owned());
        assert_eq!(
            serde_urlencoded::to_string(&value).expect("encodes"),
            "id=7&nullable=x&note=a+b&extra=1"
        );
    }
}
