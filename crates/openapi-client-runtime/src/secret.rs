//! Credentials that never print.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A credential (client secret, access token, refresh token, password).
///
/// `Debug` prints `Secret(..)` and there is no `Display`, so a secret cannot
/// reach a log line or an error message by accident; read it on purpose with
/// [`Secret::expose`]. On the wire (JSON, forms) it is the plain string.
///
/// ```
/// use openapi_client_runtime::Secret;
///
/// let token = Secret::from("pina_abc");
/// assert_eq!(format!("{token:?}"), "Secret(..)");
/// assert_eq!(token.expose(), "pina_abc");
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Secret(String);

impl Secret {
    /// Wraps a credential.
    #[must_use]
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The credential itself. Call this only where it must be sent or stored.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Unwraps the credential.
    #[must_use]
    pub fn into_exposed(self) -> String {
        self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(..)")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret(value.to_owned())
    }
}

impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Secret)
    }
}
