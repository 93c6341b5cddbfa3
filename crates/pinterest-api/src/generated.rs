// @generated from specs/pinterest-v5.yaml (Pinterest REST API 5.23.0). Do not edit by hand.
// Edit the spec instead and run `cargo xtask generate`.

//! Pinterest REST API 5.23.0: the types and client generated from its OpenAPI description.
//!
//! The part of Pinterest's REST API v5 that issues OAuth tokens. An app trades an authorization code, a refresh token or its own client credentials for an access token.
#![allow(
    missing_docs,
    clippy::large_enum_variant,
    clippy::too_many_arguments,
    clippy::doc_lazy_continuation
)]
/// The base URL the spec's `servers` gives.
pub const DEFAULT_BASE_URL: &str = "https://api.pinterest.com/v5";
/// A client for Pinterest REST API, version 5.23.0.
///
/// Build one with [`Client::builder`]; clones share one connection pool.
#[derive(Clone, Debug)]
pub struct Client {
    inner: ::openapi_client_runtime::Client,
}
impl ::openapi_client_runtime::ApiClient for Client {
    fn from_runtime(inner: ::openapi_client_runtime::Client) -> Self {
        Self { inner }
    }
}
impl Client {
    /// Starts a client for [`DEFAULT_BASE_URL`], identifying itself
    /// with this crate's name and version as its user agent.
    pub fn builder() -> ::openapi_client_runtime::ClientBuilder<Self> {
        ::openapi_client_runtime::ClientBuilder::new(DEFAULT_BASE_URL)
            .user_agent(concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")))
    }
    /// The base URL requests go to.
    #[must_use]
    pub fn base_url(&self) -> &str {
        self.inner.base_url()
    }
}
/// Operations tagged `oauth`.
///
/// Issuing and refreshing OAuth access tokens.
impl Client {
    /// Get an OAuth access token
    ///
    /// Trades an authorization code for an access token, renews an access token with a **continuous refresh token**, or issues a client token for the app itself.
    ///
    /// Apps created **before September 25, 2025** should send `continuous_refresh` as `true` to receive a continuous refresh token (valid for 60 days and renewable without limit). See setting up authentication (`/docs/getting-started/set-up-authentication-and-authorization/`) for the whole flow.
    ///
    /// Sends `POST /oauth/token`.
    ///
    /// Authenticates with HTTP basic auth (`ClientBuilder::basic_auth`).
    ///
    /// # Errors
    ///
    /// [`openapi_client_runtime::Error::Api`] when the server answers with its declared error (The request failed); otherwise any other [`openapi_client_runtime::Error`]: an undeclared error body, an undecodable answer, a timeout, a transport failure, or missing credentials.
    pub async fn oauth_token(
        &self,
        body: impl ::std::convert::Into<types::OauthAccessTokenRequest>,
    ) -> ::std::result::Result<
        types::OauthAccessTokenResponse,
        ::openapi_client_runtime::Error<types::Error>,
    > {
        self.oauth_token_with_http_info(body)
            .await
            .map(::openapi_client_runtime::ResponseValue::into_body)
    }
    /// Like [`Client::oauth_token`], and also returns the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`Client::oauth_token`].
    pub async fn oauth_token_with_http_info(
        &self,
        body: impl ::std::convert::Into<types::OauthAccessTokenRequest>,
    ) -> ::std::result::Result<
        ::openapi_client_runtime::ResponseValue<types::OauthAccessTokenResponse>,
        ::openapi_client_runtime::Error<types::Error>,
    > {
        let request = ::openapi_client_runtime::Request::new(
                ::openapi_client_runtime::Method::POST,
                "/oauth/token",
            )
            .security(&[&[::openapi_client_runtime::Auth::Basic]])
            .form_body(&body.into());
        self.inner.execute(request).await
    }
}
/// The schemas of the API.
pub mod types {
    /// What went wrong.
    #[derive(Clone, Debug, PartialEq, ::openapi_client_runtime::Object)]
    pub struct Error {
        /// A Pinterest error code.
        pub code: i64,
        /// A human-readable explanation.
        pub message: ::std::string::String,
        /// Fields the spec does not list, as the server sent them.
        #[wire(rest)]
        pub additional_properties: ::openapi_client_runtime::RawFields,
    }
    /// OAuth access token request
    ///
    /// A token request; `grant_type` says which kind.
    #[derive(Clone, Debug, PartialEq, ::openapi_client_runtime::Tagged)]
    #[wire(tag = "grant_type")]
    pub enum OauthAccessTokenRequest {
        /// `grant_type` is `authorization_code`.
        #[wire("authorization_code")]
        AuthorizationCode(OauthAccessTokenRequestCode),
        /// `grant_type` is `refresh_token`.
        #[wire("refresh_token")]
        RefreshToken(OauthAccessTokenRequestRefresh),
        /// `grant_type` is `client_credentials`.
        #[wire("client_credentials")]
        ClientCredentials(OauthAccessTokenRequestClientCredentials),
        /// Any other value, or none: decoding never fails on the tag alone.
        #[wire(other)]
        Unknown(OauthAccessTokenRequestUnknown),
    }
    impl ::std::convert::From<OauthAccessTokenRequestCode> for OauthAccessTokenRequest {
        fn from(value: OauthAccessTokenRequestCode) -> Self {
            Self::AuthorizationCode(value)
        }
    }
    impl ::std::convert::From<OauthAccessTokenRequestRefresh>
    for OauthAccessTokenRequest {
        fn from(value: OauthAccessTokenRequestRefresh) -> Self {
            Self::RefreshToken(value)
        }
    }
    impl ::std::convert::From<OauthAccessTokenRequestClientCredentials>
    for OauthAccessTokenRequest {
        fn from(value: OauthAccessTokenRequestClientCredentials) -> Self {
            Self::ClientCredentials(value)
        }
    }
    /// Asks for a client token that acts as the app itself.
    #[derive(Clone, Debug, PartialEq, ::openapi_client_runtime::Object)]
    #[wire(tag = "grant_type", "client_credentials")]
    pub struct OauthAccessTokenRequestClientCredentials {
        /// Scopes to request, separated by commas.
        pub scope: ::std::string::String,
        /// Fields the spec does not list, as the server sent them.
        #[wire(rest)]
        pub additional_properties: ::openapi_client_runtime::RawFields,
    }
    /// Trades the authorization code from the OAuth redirect for an access token.
    #[derive(Clone, Debug, PartialEq, ::openapi_client_runtime::Object)]
    #[wire(tag = "grant_type", "authorization_code")]
    pub struct OauthAccessTokenRequestCode {
        /// The code Pinterest sent to the redirect URI.
        pub code: ::std::string::String,
        /// The redirect URI used to obtain the code; it must match exactly.
        pub redirect_uri: ::std::string::String,
        /// Fields the spec does not list, as the server sent them.
        #[wire(rest)]
        pub additional_properties: ::openapi_client_runtime::RawFields,
    }
    /// Trades a refresh token for a new access token.
    #[derive(Clone, Debug, PartialEq, ::openapi_client_runtime::Object)]
    #[wire(tag = "grant_type", "refresh_token")]
    pub struct OauthAccessTokenRequestRefresh {
        /// The refresh token from an earlier token response.
        pub refresh_token: ::openapi_client_runtime::Secret,
        /// Scopes to request, separated by commas; defaults to those already granted.
        pub scope: ::std::option::Option<::std::string::String>,
        /// Fields the spec does not list, as the server sent them.
        #[wire(rest)]
        pub additional_properties: ::openapi_client_runtime::RawFields,
    }
    /// A [`OauthAccessTokenRequest`] whose `grant_type` is missing or not one this client knows: the fields all variants share, and every other field as raw JSON.
    #[derive(Clone, Debug, PartialEq, ::openapi_client_runtime::Object)]
    pub struct OauthAccessTokenRequestUnknown {
        /// The `grant_type` value, when the answer has one: missing, or none this client knows.
        pub grant_type: ::std::option::Option<::std::string::String>,
        /// Fields the spec does not list, as the server sent them.
        #[wire(rest)]
        pub additional_properties: ::openapi_client_runtime::RawFields,
    }
    /// OAuth access token response
    ///
    /// A token that was issued; `response_type` says which grant issued it.
    #[derive(Clone, Debug, PartialEq, ::openapi_client_runtime::Tagged)]
    #[wire(tag = "response_type")]
    pub enum OauthAccessTokenResponse {
        /// `response_type` is `authorization_code`.
        #[wire("authorization_code")]
        AuthorizationCode(OauthAccessTokenResponseCode),
        /// `response_type` is `refresh_token`.
        #[wire("refresh_token")]
        RefreshToken(OauthAccessTokenResponseRefresh),
        /// `response_type` is `client_credentials`.
        #[wire("client_credentials")]
        ClientCredentials(OauthAccessTokenResponseClientCredentials),
        /// `response_type` is `integration_refresh`.
        #[wire("integration_refresh")]
        IntegrationRefresh(OauthAccessTokenResponseIntegrationRefresh),
        /// Any other value, or none: decoding never fails on the tag alone.
        #[wire(other)]
        Unknown(OauthAccessTokenResponseUnknown),
    }
    impl ::std::convert::From<OauthAccessTokenResponseCode>
    for OauthAccessTokenResponse {
        fn from(value: OauthAccessTokenResponseCode) -> Self {
            Self::AuthorizationCode(value)
        }
    }
    impl ::std::convert::From<OauthAccessTokenResponseRefresh>
    for OauthAccessTokenResponse {
        fn from(value: OauthAccessTokenResponseRefresh) -> Self {
            Self::RefreshToken(value)
        }
    }
    impl ::std::convert::From<OauthAccessTokenResponseClientCredentials>
    for OauthAccessTokenResponse {
        fn from(value: OauthAccessTokenResponseClientCredentials) -> Self {
            Self::ClientCredentials(value)
        }
    }
    impl ::std::convert::From<OauthAccessTokenResponseIntegrationRefresh>
    for OauthAccessTokenResponse {
        fn from(value: OauthAccessTokenResponseIntegrationRefresh) -> Self {
            Self::IntegrationRefresh(value)
        }
    }
    /// OAuth client token response
    ///
    /// The answer to a client credentials grant.
    #[derive(Clone, Debug, PartialEq, ::openapi_client_runtime::Object)]
    #[wire(tag = "response_type", "client_credentials")]
    pub struct OauthAccessTokenResponseClientCredentials {
        /// The token to send as a bearer token.
        pub access_token: ::openapi_client_runtime::Secret,
        /// How to send the token.
        pub token_type: ::std::string::String,
        /// Seconds until the access token expires.
        pub expires_in: i64,
        /// The scopes the token carries.
        pub scope: ::std::string::String,
        /// Fields the spec does not list, as the server sent them.
        #[wire(rest)]
        pub additional_properties: ::openapi_client_runtime::RawFields,
    }
    /// OAuth access token response
    ///
    /// The answer to an authorization code grant.
    #[derive(Clone, Debug, PartialEq, ::openapi_client_runtime::Object)]
    #[wire(tag = "response_type", "authorization_code")]
    pub struct OauthAccessTokenResponseCode {
        /// The token to send as a bearer token.
        pub access_token: ::openapi_client_runtime::Secret,
        /// How to send the token.
        pub token_type: ::std::string::String,
        /// Seconds until the access token expires.
        pub expires_in: i64,
        /// The scopes the token carries.
        pub scope: ::std::string::String,
        /// A token that renews the access token.
        pub refresh_token: ::std::option::Option<::openapi_client_runtime::Secret>,
        /// Seconds until the refresh token expires.
        pub refresh_token_expires_in: ::std::option::Option<i64>,
        /// When the refresh token expires, in seconds since the Unix epoch.
        pub refresh_token_expires_at: ::std::option::Option<i64>,
        /// Fields the spec does not list, as the server sent them.
        #[wire(rest)]
        pub additional_properties: ::openapi_client_runtime::RawFields,
    }
    /// OAuth access token response
    ///
    /// The answer to a refresh for an integration, which also renews the refresh token.
    #[derive(Clone, Debug, PartialEq, ::openapi_client_runtime::Object)]
    #[wire(tag = "response_type", "integration_refresh")]
    pub struct OauthAccessTokenResponseIntegrationRefresh {
        /// The token to send as a bearer token.
        pub access_token: ::openapi_client_runtime::Secret,
        /// How to send the token.
        pub token_type: ::std::string::String,
        /// Seconds until the access token expires.
        pub expires_in: i64,
        /// The scopes the token carries.
        pub scope: ::std::string::String,
        /// A token that renews the access token.
        pub refresh_token: ::openapi_client_runtime::Secret,
        /// Seconds until the refresh token expires.
        pub refresh_token_expires_in: i64,
        /// Fields the spec does not list, as the server sent them.
        #[wire(rest)]
        pub additional_properties: ::openapi_client_runtime::RawFields,
    }
    /// OAuth access token response
    ///
    /// The answer to a refresh token grant.
    #[derive(Clone, Debug, PartialEq, ::openapi_client_runtime::Object)]
    #[wire(tag = "response_type", "refresh_token")]
    pub struct OauthAccessTokenResponseRefresh {
        /// The token to send as a bearer token.
        pub access_token: ::openapi_client_runtime::Secret,
        /// How to send the token.
        pub token_type: ::std::string::String,
        /// Seconds until the access token expires.
        pub expires_in: i64,
        /// The scopes the token carries.
        pub scope: ::std::string::String,
        /// A token that renews the access token.
        pub refresh_token: ::openapi_client_runtime::Secret,
        /// Seconds until the refresh token expires.
        pub refresh_token_expires_in: i64,
        /// When the refresh token expires, in seconds since the Unix epoch.
        pub refresh_token_expires_at: i64,
        /// Fields the spec does not list, as the server sent them.
        #[wire(rest)]
        pub additional_properties: ::openapi_client_runtime::RawFields,
    }
    /// A [`OauthAccessTokenResponse`] whose `response_type` is missing or not one this client knows: the fields all variants share, and every other field as raw JSON.
    #[derive(Clone, Debug, PartialEq, ::openapi_client_runtime::Object)]
    pub struct OauthAccessTokenResponseUnknown {
        /// The `response_type` value, when the answer has one: missing, or none this client knows.
        pub response_type: ::std::option::Option<::std::string::String>,
        /// The token to send as a bearer token.
        pub access_token: ::openapi_client_runtime::Secret,
        /// How to send the token.
        pub token_type: ::std::string::String,
        /// Seconds until the access token expires.
        pub expires_in: i64,
        /// The scopes the token carries.
        pub scope: ::std::string::String,
        /// Fields the spec does not list, as the server sent them.
        #[wire(rest)]
        pub additional_properties: ::openapi_client_runtime::RawFields,
    }
}
