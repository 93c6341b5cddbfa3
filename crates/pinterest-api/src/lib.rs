//! A typed client for the Pinterest REST API v5.
//!
//! The client and its types are generated from `specs/pinterest-v5.yaml` by
//! `cargo xtask generate` (see [`Client`] and [`types`]); this file only
//! arranges them. Every call returns `Result<T, Error>`, where [`Error`] is
//! the runtime's error carrying Pinterest's own [`types::Error`] body.
//!
//! Exchange an authorization code for a token:
//!
//! ```no_run
//! use pinterest_api::{Client, types::OauthAccessTokenRequestCode};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::builder()
//!     .basic_auth("my-app-id", "my-app-secret")
//!     .build()?;
//! let token = client
//!     .oauth_token(OauthAccessTokenRequestCode {
//!         code: "code-from-the-redirect".into(),
//!         redirect_uri: "https://example.com/callback".into(),
//!         // Fields the spec does not list (none here), sent as given.
//!         additional_properties: Default::default(),
//!     })
//!     .await?;
//! # let _ = token;
//! # Ok(())
//! # }
//! ```
//!
//! Credentials are [`Secret`]s: `Debug` never prints them, nor do errors.

// Formatted by the generator (prettyplease), not rustfmt: `cargo fmt` must
// not make it differ from what `cargo xtask generate --check` expects.
#[rustfmt::skip]
mod generated;

pub use generated::{Client, DEFAULT_BASE_URL, types};
pub use openapi_client_runtime::{BuildError, ClientBuilder, RawFields, ResponseValue, Secret};

/// The error of every call: Pinterest's [`types::Error`] when it answers
/// with one, or what else went wrong.
pub type Error = openapi_client_runtime::Error<types::Error>;
