//! Bytes that travel as base64 text: OpenAPI's `format: byte`.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Bytes written on the wire as standard base64 (`format: byte`).
///
/// ```
/// use openapi_client_runtime::Base64;
///
/// let bytes = Base64(b"hi!".to_vec());
/// assert_eq!(serde_json::to_string(&bytes)?, r#""aGkh""#);
/// let back: Base64 = serde_json::from_str(r#""aGkh""#)?;
/// assert_eq!(back.0, b"hi!");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Base64(pub Vec<u8>);

impl From<Vec<u8>> for Base64 {
    fn from(bytes: Vec<u8>) -> Self {
        Base64(bytes)
    }
}

impl From<Base64> for Vec<u8> {
    fn from(bytes: Base64) -> Self {
        bytes.0
    }
}

impl Serialize for Base64 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&STANDARD.encode(&self.0))
    }
}

impl<'de> Deserialize<'de> for Base64 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        STANDARD
            .decode(text.trim())
            .map(Base64)
            .map_err(|error| serde::de::Error::custom(format_args!("invalid base64: {error}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_what_is_not_base64() {
        let all: Vec<u8> = (0..=255).collect();
        let text = serde_json::to_string(&Base64(all.clone())).expect("encodes");
        let back: Base64 = serde_json::from_str(&text).expect("decodes");
        assert_eq!(back.0, all);
        let error = serde_json::from_str::<Base64>(r#""not base64!""#).expect_err("invalid");
        assert!(error.to_string().starts_with("invalid base64"), "{error}");
    }
}
