//! Checks that a JSON value decodes into a generated type and encodes back
//! to the same JSON: how the generator's own tests (a spec's examples,
//! values drawn from its schemas) tell a type that holds real data from one
//! that only compiles. A user can check a recorded answer the same way.
//!
//! ```
//! use openapi_client_runtime::round_trip::{RoundTrip, round_trip};
//!
//! assert_eq!(round_trip::<Vec<f64>>("[1, 2.5]"), RoundTrip::Unchanged);
//! assert!(matches!(round_trip::<Vec<i64>>("[1, 2.5]"), RoundTrip::Failed(_)));
//! ```

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::decode::same_json_value;

/// What became of a value sent through a type and back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoundTrip {
    /// It decoded and encoded back to the same JSON (numbers and instants
    /// compared by value: see [`same_json_value`]).
    Unchanged,
    /// It decoded, but came back otherwise: where it first differs, and how
    /// (`at /owner: null became absent`).
    Changed(String),
    /// It did not decode (or encode), and why.
    Failed(String),
}

/// Sends the JSON `text` through `T` and back.
#[must_use]
pub fn round_trip<T: DeserializeOwned + Serialize>(text: &str) -> RoundTrip {
    let original: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => return RoundTrip::Failed(format!("not JSON: {error}")),
    };
    // Decoded from the text itself, as a client decodes an answer.
    let decoded: T = match serde_json::from_str(text) {
        Ok(decoded) => decoded,
        Err(error) => return RoundTrip::Failed(error.to_string()),
    };
    match serde_json::to_value(&decoded) {
        Ok(again) if same_json_value(&original, &again) => RoundTrip::Unchanged,
        Ok(again) => RoundTrip::Changed(difference(&original, &again, "").unwrap_or_default()),
        Err(error) => RoundTrip::Failed(format!("does not encode: {error}")),
    }
}

/// Where two JSON values first differ, and how.
fn difference(a: &Value, b: &Value, at: &str) -> Option<String> {
    let short = |value: Option<&Value>| match value {
        None => String::from("absent"),
        Some(value) => {
            let text = value.to_string();
            if text.chars().count() > 80 {
                format!("{}…", text.chars().take(80).collect::<String>())
            } else {
                text
            }
        }
    };
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => x.keys().chain(y.keys()).find_map(|key| {
            let here = format!("{at}/{key}");
            match (x.get(key), y.get(key)) {
                (Some(p), Some(q)) => difference(p, q, &here),
                (p, q) => Some(format!("at {here}: {} became {}", short(p), short(q))),
            }
        }),
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(index, (p, q))| difference(p, q, &format!("{at}/{index}"))),
        _ if same_json_value(a, b) => None,
        _ => Some(format!(
            "at {at}: {} became {}",
            short(Some(a)),
            short(Some(b))
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize, serde::Serialize)]
    struct Owner {
        name: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    }

    #[test]
    fn round_trips_say_what_changed_and_where() {
        assert_eq!(
            round_trip::<Owner>(r#"{"name": "ann", "note": "n"}"#),
            RoundTrip::Unchanged
        );
        assert_eq!(
            round_trip::<Owner>(r#"{"name": "ann", "note": null}"#),
            RoundTrip::Changed(String::from("at /note: null became absent"))
        );
        assert_eq!(
            round_trip::<Vec<Owner>>(r#"[{"name": "a", "extra": 1}]"#),
            RoundTrip::Changed(String::from("at /0/extra: 1 became absent"))
        );
        let RoundTrip::Failed(why) = round_trip::<Owner>(r#"{"note": "n"}"#) else {
            panic!("name is required")
        };
        assert!(why.starts_with("missing field `name`"), "{why}");
        assert!(
            matches!(round_trip::<Owner>("{"), RoundTrip::Failed(why) if why.starts_with("not JSON"))
        );
    }
}
