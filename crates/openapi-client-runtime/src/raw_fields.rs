//! Object fields a generated type does not name, kept as raw JSON.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The fields of a JSON object that its generated type does not name, kept
/// as raw JSON so nothing the server sent is lost.
///
/// Every generated struct has one and it is nearly always empty, so it is
/// one pointer wide until it holds a field.
///
/// `Debug` lists the field names only: the values are unknown to the spec,
/// so any of them could be a credential.
#[derive(Clone, PartialEq, Default)]
pub struct RawFields(Option<Box<Map<String, Value>>>);

impl RawFields {
    /// The value of one field.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.as_ref()?.get(name)
    }

    /// Adds a field, or replaces its value; the old value, if any.
    pub fn insert(&mut self, name: String, value: Value) -> Option<Value> {
        self.0.get_or_insert_default().insert(name, value)
    }

    /// Takes a field out.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        self.0.as_mut()?.remove(name)
    }

    /// Whether no field is kept.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many fields are kept.
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |map| map.len())
    }

    /// The fields, by name.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().flat_map(|map| map.iter())
    }

    /// The fields as a JSON map.
    #[must_use]
    pub fn into_map(self) -> Map<String, Value> {
        self.0.map(|map| *map).unwrap_or_default()
    }
}

impl From<Map<String, Value>> for RawFields {
    fn from(map: Map<String, Value>) -> Self {
        RawFields((!map.is_empty()).then(|| Box::new(map)))
    }
}

impl FromIterator<(String, Value)> for RawFields {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(fields: I) -> Self {
        Map::from_iter(fields).into()
    }
}

impl Serialize for RawFields {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for RawFields {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Map::deserialize(deserializer).map(RawFields::from)
    }
}

impl std::fmt::Debug for RawFields {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set()
            .entries(self.iter().map(|(name, _)| name))
            .finish()
    }
}

/// A struct field that holds every property the spec does not list: a map
/// of typed values, or [`RawFields`]. The [`Object`](crate::Object) derive
/// adds to it each field the struct does not list, and writes it after the
/// listed ones.
pub trait RestFields: Default {
    /// Adds the field `name`, its value read from `map`.
    ///
    /// # Errors
    ///
    /// The value does not decode as the map's value type; the error names
    /// the field.
    fn read_entry<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        name: std::borrow::Cow<'de, str>,
        map: &mut A,
    ) -> Result<(), A::Error>;

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
    fn read_entry<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        name: std::borrow::Cow<'de, str>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        let value = map.next_value_seed(crate::decode::TakeValue)?;
        self.insert(name.into_owned(), value);
        Ok(())
    }

    fn write_rest<S: serde::Serializer>(
        &self,
        object: &mut crate::encode::Object<S>,
    ) -> Result<(), S::Error> {
        object.rest(self.iter())
    }
}

impl<T: Serialize + serde::de::DeserializeOwned> RestFields
    for std::collections::BTreeMap<String, T>
{
    fn read_entry<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        name: std::borrow::Cow<'de, str>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        let value = map
            .next_value()
            .map_err(|error| crate::decode::in_field(&name, &error))?;
        self.insert(name.into_owned(), value);
        Ok(())
    }

    fn write_rest<S: serde::Serializer>(
        &self,
        object: &mut crate::encode::Object<S>,
    ) -> Result<(), S::Error> {
        object.rest(self)
    }
}
