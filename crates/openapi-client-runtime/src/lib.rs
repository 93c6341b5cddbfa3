//! The hand-written half of every generated client.
//!
//! Generated code describes each operation (method, path, parameters, body,
//! security) as a [`Request`] and hands it to [`Client::execute`]; everything
//! that is the same for every API lives here: sending over `reqwest` with
//! rustls, form and JSON bodies, authentication, decoding, the [`Error`]
//! type, and [`Secret`] for credentials.
//!
//! Generated types get their JSON form from this crate's derives:
//! [`Object`] for structs, [`StringEnum`] and [`IntegerEnum`] for enums of
//! values, [`Tagged`] and [`Untagged`] for unions. Each expands to a few
//! calls into [`encode`] and [`decode`]; `#[wire(…)]` says where the wire
//! differs from the Rust names (the `openapi-client-derive` crate lists its
//! forms).
//!
//! ```
//! use openapi_client_runtime::{Object, StringEnum};
//!
//! #[derive(Debug, PartialEq, Object)]
//! struct Pin {
//!     id: String,
//!     #[wire("altText")]
//!     alt_text: Option<Option<String>>,
//!     kind: Option<Kind>,
//! }
//!
//! #[derive(Debug, PartialEq, StringEnum)]
//! enum Kind {
//!     #[wire("VIDEO_PIN")]
//!     VideoPin,
//!     #[wire(other)]
//!     Unknown(String),
//! }
//!
//! let pin: Pin = serde_json::from_str(r#"{"id": "1", "altText": null, "kind": "VIDEO_PIN"}"#)?;
//! assert_eq!((pin.alt_text.clone(), pin.kind.as_ref()), (Some(None), Some(&Kind::VideoPin)));
//! assert_eq!(serde_json::to_string(&pin)?, r#"{"id":"1","altText":null,"kind":"VIDEO_PIN"}"#);
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! Generated code reaches `serde`, `serde_json`, `chrono` (dates and
//! times) and `uuid` through this crate's re-exports, so a generated crate
//! depends on this crate alone.

// The derives' expansions name this crate by its full path, which inside
// the crate itself (in its tests) needs this alias.
extern crate self as openapi_client_runtime;

mod base64_bytes;
mod client;
pub mod decode;
pub mod encode;
mod error;
pub mod multipart;
pub mod paginate;
pub mod parameter_style;
mod raw_fields;
pub mod round_trip;
mod secret;
pub mod tagged;

pub use base64_bytes::Base64;
pub use client::{
    ApiClient, Auth, BuildError, Client, ClientBuilder, DEFAULT_MAX_RESPONSE_BYTES, Request,
    ResponseValue, encode_path_segment, same_origin_redirects,
};
pub use error::Error;
pub use openapi_client_derive::{IntegerEnum, Object, StringEnum, Tagged, Untagged};
pub use raw_fields::{RawFields, RestFields};
pub use reqwest::header::HeaderMap;
pub use reqwest::{Method, StatusCode};
pub use secret::Secret;
pub use {chrono, reqwest, serde, serde_json, uuid};
