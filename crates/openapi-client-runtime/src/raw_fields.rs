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
