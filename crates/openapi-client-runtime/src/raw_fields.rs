//! Object fields a generated type does not name, kept as raw JSON.

use serde::{Deserialize, Serialize};

/// The fields of a JSON object that its generated type does not name, kept
/// as raw JSON so nothing the server sent is lost.
///
/// `Debug` lists the field names only: the values are unknown to the spec,
/// so any of them could be a credential.
#[derive(Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RawFields(pub serde_json::Map<String, serde_json::Value>);

impl RawFields {
    /// The value of one field.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&serde_json::Value> {
        self.0.get(name)
    }

    /// Whether no field is kept.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The fields as a JSON map.
    #[must_use]
    pub fn into_map(self) -> serde_json::Map<String, serde_json::Value> {
        self.0
    }
}

impl std::fmt::Debug for RawFields {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.0.keys()).finish()
    }
}

/// A struct field that holds every property the spec does not list: a map
/// of typed values, or [`RawFields`]. The [`Object`](crate::Object) derive
/// reads it after every listed field and writes it after them.
pub trait RestFields: Sized {
    /// Takes every field the struct's listed fields left.
    ///
    /// # Errors
    ///
    /// A field that does not decode as the map's value type, by name.
    fn read_rest<E: serde::de::Error>(fields: crate::decode::Fields<E>) -> Result<Self, E>;

    /// Writes each entry as a field of its own.
    ///
    /// # Errors
    ///
    /// The serializer's error for an entry.
    fn write_rest<S: serde::Serializer>(
        &self,
        object: &mut crate::encode::Object<S>,
    ) -> Result<(), S::Error>;
}

impl RestFields for RawFields {
    fn read_rest<E: serde::de::Error>(fields: crate::decode::Fields<E>) -> Result<Self, E> {
        Ok(fields.rest_raw())
    }

    fn write_rest<S: serde::Serializer>(
        &self,
        object: &mut crate::encode::Object<S>,
    ) -> Result<(), S::Error> {
        object.rest(&self.0)
    }
}

impl<T: Serialize + serde::de::DeserializeOwned> RestFields
    for std::collections::BTreeMap<String, T>
{
    fn read_rest<E: serde::de::Error>(fields: crate::decode::Fields<E>) -> Result<Self, E> {
        fields.rest()
    }

    fn write_rest<S: serde::Serializer>(
        &self,
        object: &mut crate::encode::Object<S>,
    ) -> Result<(), S::Error> {
        object.rest(self)
    }
}
