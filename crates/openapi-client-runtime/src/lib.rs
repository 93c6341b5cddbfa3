//! The hand-written half of every generated client.
//!
//! Generated code describes each operation (method, path, parameters, body,
//! security) as a [`Request`] and hands it to [`Client::execute`]; everything
//! that is the same for every API lives here: sending over `reqwest` with
//! rustls, form and JSON bodies, authentication, decoding, the [`Error`]
//! type, and [`Secret`] for credentials.
//!
//! Generated code reaches `serde`, `serde_json`, `chrono` (dates and
//! times) and `uuid` through this crate's re-exports, so a generated crate
//! depends on this crate alone.

mod base64_bytes;
mod client;
pub mod decode;
pub mod encode;
mod error;
pub mod multipart;
pub mod paginate;
pub mod parameter_style;
mod raw_fields;
mod secret;
pub mod tagged;

pub use base64_bytes::Base64;
pub use client::{
    ApiClient, Auth, BuildError, Client, ClientBuilder, DEFAULT_MAX_RESPONSE_BYTES, Request,
    ResponseValue, encode_path_segment, same_origin_redirects,
};
pub use error::Error;
pub use raw_fields::RawFields;
pub use reqwest::header::HeaderMap;
pub use reqwest::{Method, StatusCode};
pub use secret::Secret;
pub use {chrono, reqwest, serde, serde_json, uuid};
