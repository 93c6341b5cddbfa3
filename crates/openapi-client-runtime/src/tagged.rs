//! Decoding of discriminated unions, shared by every generated one.
//!
//! A generated union reads the tag with [`read_tag`], picks the variant the
//! tag names, and decodes the whole object into it with [`decode`]. A known
//! tag with a broken body is a decode error that names the tag, rather than
//! a silent fall into the union's fallback.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

/// Reads an object and its `tag` property, if that is a string.
///
/// # Errors
///
/// The deserializer's error when the input is not valid JSON-like data.
pub fn read_tag<'de, D: Deserializer<'de>>(
    deserializer: D,
    tag: &str,
) -> Result<(Option<String>, serde_json::Value), D::Error> {
    let value = serde_json::Value::deserialize(deserializer)?;
    let found = value
        .get(tag)
        .and_then(serde_json::Value::as_str)
        .map(str::to_owned);
    Ok((found, value))
}

/// Decodes `value` as one variant of a union, naming the tag on failure.
///
/// # Errors
///
/// A custom error of the caller's deserializer, saying which `tag` value
/// was being decoded and why it failed.
pub fn decode<T: DeserializeOwned, E: serde::de::Error>(
    value: serde_json::Value,
    tag: &str,
    tag_value: Option<&str>,
) -> Result<T, E> {
    serde_json::from_value(value).map_err(|error| match tag_value {
        Some(tag_value) => E::custom(format_args!("`{tag}` is `{tag_value}`, but {error}")),
        None => E::custom(error),
    })
}
