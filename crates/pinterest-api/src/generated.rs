// @generated from specs/pinterest-v5.yaml (Pinterest REST API 5.23.0). Do not edit by hand.
// Edit the spec instead and run `cargo xtask generate`.

//! Pinterest REST API 5.23.0: the types and client generated from its OpenAPI description.
//!
//! The part of Pinterest's REST API v5 that issues OAuth tokens. An app trades an authorization code, a refresh token or its own client credentials for an access token.
#![allow(
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
            .security(&[&[::openapi_client_runtime::Auth::Basic]]);
        let request = request.form_body(&body.into());
        self.inner.execute(request).await
    }
}
/// The schemas of the API.
pub mod types {
    /// What went wrong.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Error {
        /// A Pinterest error code.
        pub code: i64,
        /// A human-readable explanation.
        pub message: ::std::string::String,
    }
    impl ::openapi_client_runtime::encode::WriteFields for Error {
        fn write_fields<S>(
            &self,
            object: &mut ::openapi_client_runtime::encode::Object<S>,
        ) -> ::std::result::Result<(), S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            object.required("code", &self.code)?;
            object.required("message", &self.message)?;
            ::std::result::Result::Ok(())
        }
    }
    impl ::openapi_client_runtime::serde::Serialize for Error {
        fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            ::openapi_client_runtime::encode::object(self, serializer)
        }
    }
    impl<'de> ::openapi_client_runtime::serde::Deserialize<'de> for Error {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::openapi_client_runtime::serde::Deserializer<'de>,
        {
            let mut fields = ::openapi_client_runtime::decode::Fields::read(
                deserializer,
            )?;
            ::std::result::Result::Ok(Self {
                code: fields.required("code")?,
                message: fields.required("message")?,
            })
        }
    }
    /// OAuth access token request
    ///
    /// A token request; `grant_type` says which kind.
    #[derive(Clone, Debug, PartialEq)]
    pub enum OauthAccessTokenRequest {
        /// `grant_type` is `authorization_code`.
        AuthorizationCode(OauthAccessTokenRequestCode),
        /// `grant_type` is `client_credentials`.
        ClientCredentials(OauthAccessTokenRequestClientCredentials),
        /// `grant_type` is `refresh_token`.
        RefreshToken(OauthAccessTokenRequestRefresh),
        /// Any other value, or none: decoding never fails on the tag alone.
        Unknown(OauthAccessTokenRequestUnknown),
    }
    impl ::openapi_client_runtime::serde::Serialize for OauthAccessTokenRequest {
        fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            match self {
                Self::AuthorizationCode(value) => {
                    ::openapi_client_runtime::encode::tagged(
                        value,
                        serializer,
                        "grant_type",
                        "authorization_code",
                    )
                }
                Self::ClientCredentials(value) => {
                    ::openapi_client_runtime::encode::tagged(
                        value,
                        serializer,
                        "grant_type",
                        "client_credentials",
                    )
                }
                Self::RefreshToken(value) => {
                    ::openapi_client_runtime::encode::tagged(
                        value,
                        serializer,
                        "grant_type",
                        "refresh_token",
                    )
                }
                Self::Unknown(value) => {
                    ::openapi_client_runtime::serde::Serialize::serialize(
                        value,
                        serializer,
                    )
                }
            }
        }
    }
    impl<'de> ::openapi_client_runtime::serde::Deserialize<'de>
    for OauthAccessTokenRequest {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::openapi_client_runtime::serde::Deserializer<'de>,
        {
            let (tag, value) = ::openapi_client_runtime::tagged::read_tag(
                deserializer,
                "grant_type",
            )?;
            match tag.as_deref() {
                Some("authorization_code") => {
                    ::openapi_client_runtime::tagged::decode(
                            value,
                            "grant_type",
                            Some("authorization_code"),
                        )
                        .map(Self::AuthorizationCode)
                }
                Some("client_credentials") => {
                    ::openapi_client_runtime::tagged::decode(
                            value,
                            "grant_type",
                            Some("client_credentials"),
                        )
                        .map(Self::ClientCredentials)
                }
                Some("refresh_token") => {
                    ::openapi_client_runtime::tagged::decode(
                            value,
                            "grant_type",
                            Some("refresh_token"),
                        )
                        .map(Self::RefreshToken)
                }
                _ => {
                    ::openapi_client_runtime::tagged::decode(value, "grant_type", None)
                        .map(Self::Unknown)
                }
            }
        }
    }
    impl ::std::convert::From<OauthAccessTokenRequestCode> for OauthAccessTokenRequest {
        fn from(value: OauthAccessTokenRequestCode) -> Self {
            Self::AuthorizationCode(value)
        }
    }
    impl ::std::convert::From<OauthAccessTokenRequestClientCredentials>
    for OauthAccessTokenRequest {
        fn from(value: OauthAccessTokenRequestClientCredentials) -> Self {
            Self::ClientCredentials(value)
        }
    }
    impl ::std::convert::From<OauthAccessTokenRequestRefresh>
    for OauthAccessTokenRequest {
        fn from(value: OauthAccessTokenRequestRefresh) -> Self {
            Self::RefreshToken(value)
        }
    }
    /// Asks for a client token that acts as the app itself.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OauthAccessTokenRequestClientCredentials {
        /// Scopes to request, separated by commas.
        pub scope: ::std::string::String,
    }
    impl ::openapi_client_runtime::encode::WriteFields
    for OauthAccessTokenRequestClientCredentials {
        fn write_fields<S>(
            &self,
            object: &mut ::openapi_client_runtime::encode::Object<S>,
        ) -> ::std::result::Result<(), S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            object.required("scope", &self.scope)?;
            ::std::result::Result::Ok(())
        }
    }
    impl ::openapi_client_runtime::serde::Serialize
    for OauthAccessTokenRequestClientCredentials {
        fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            ::openapi_client_runtime::encode::object(self, serializer)
        }
    }
    impl<'de> ::openapi_client_runtime::serde::Deserialize<'de>
    for OauthAccessTokenRequestClientCredentials {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::openapi_client_runtime::serde::Deserializer<'de>,
        {
            let mut fields = ::openapi_client_runtime::decode::Fields::read(
                deserializer,
            )?;
            ::std::result::Result::Ok(Self {
                scope: fields.required("scope")?,
            })
        }
    }
    /// Trades the authorization code from the OAuth redirect for an access token.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OauthAccessTokenRequestCode {
        /// The code Pinterest sent to the redirect URI.
        pub code: ::std::string::String,
        /// The redirect URI used to obtain the code; it must match exactly.
        pub redirect_uri: ::std::string::String,
    }
    impl ::openapi_client_runtime::encode::WriteFields for OauthAccessTokenRequestCode {
        fn write_fields<S>(
            &self,
            object: &mut ::openapi_client_runtime::encode::Object<S>,
        ) -> ::std::result::Result<(), S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            object.required("code", &self.code)?;
            object.required("redirect_uri", &self.redirect_uri)?;
            ::std::result::Result::Ok(())
        }
    }
    impl ::openapi_client_runtime::serde::Serialize for OauthAccessTokenRequestCode {
        fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            ::openapi_client_runtime::encode::object(self, serializer)
        }
    }
    impl<'de> ::openapi_client_runtime::serde::Deserialize<'de>
    for OauthAccessTokenRequestCode {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::openapi_client_runtime::serde::Deserializer<'de>,
        {
            let mut fields = ::openapi_client_runtime::decode::Fields::read(
                deserializer,
            )?;
            ::std::result::Result::Ok(Self {
                code: fields.required("code")?,
                redirect_uri: fields.required("redirect_uri")?,
            })
        }
    }
    /// Trades a refresh token for a new access token.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OauthAccessTokenRequestRefresh {
        /// The refresh token from an earlier token response.
        pub refresh_token: ::openapi_client_runtime::Secret,
        /// Scopes to request, separated by commas; defaults to those already granted.
        pub scope: ::std::option::Option<::std::string::String>,
    }
    impl ::openapi_client_runtime::encode::WriteFields
    for OauthAccessTokenRequestRefresh {
        fn write_fields<S>(
            &self,
            object: &mut ::openapi_client_runtime::encode::Object<S>,
        ) -> ::std::result::Result<(), S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            object.required("refresh_token", &self.refresh_token)?;
            object.optional("scope", &self.scope)?;
            ::std::result::Result::Ok(())
        }
    }
    impl ::openapi_client_runtime::serde::Serialize for OauthAccessTokenRequestRefresh {
        fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            ::openapi_client_runtime::encode::object(self, serializer)
        }
    }
    impl<'de> ::openapi_client_runtime::serde::Deserialize<'de>
    for OauthAccessTokenRequestRefresh {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::openapi_client_runtime::serde::Deserializer<'de>,
        {
            let mut fields = ::openapi_client_runtime::decode::Fields::read(
                deserializer,
            )?;
            ::std::result::Result::Ok(Self {
                refresh_token: fields.required("refresh_token")?,
                scope: fields.optional("scope")?,
            })
        }
    }
    /// A [`OauthAccessTokenRequest`] whose `grant_type` is missing or not one this client knows: the fields all variants share, and every other field as raw JSON.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OauthAccessTokenRequestUnknown {
        /// The `grant_type` value, when the answer has one: missing, or none this client knows.
        pub grant_type: ::std::option::Option<::std::string::String>,
        /// Fields the spec does not list, as the server sent them.
        pub additional_properties: ::openapi_client_runtime::RawFields,
    }
    impl ::openapi_client_runtime::encode::WriteFields
    for OauthAccessTokenRequestUnknown {
        fn write_fields<S>(
            &self,
            object: &mut ::openapi_client_runtime::encode::Object<S>,
        ) -> ::std::result::Result<(), S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            object.optional("grant_type", &self.grant_type)?;
            object.rest(&self.additional_properties.0)?;
            ::std::result::Result::Ok(())
        }
    }
    impl ::openapi_client_runtime::serde::Serialize for OauthAccessTokenRequestUnknown {
        fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            ::openapi_client_runtime::encode::object(self, serializer)
        }
    }
    impl<'de> ::openapi_client_runtime::serde::Deserialize<'de>
    for OauthAccessTokenRequestUnknown {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::openapi_client_runtime::serde::Deserializer<'de>,
        {
            let mut fields = ::openapi_client_runtime::decode::Fields::read(
                deserializer,
            )?;
            ::std::result::Result::Ok(Self {
                grant_type: fields.optional("grant_type")?,
                additional_properties: fields.rest_raw(),
            })
        }
    }
    /// OAuth access token response
    ///
    /// A token that was issued; `response_type` says which grant issued it.
    #[derive(Clone, Debug, PartialEq)]
    pub enum OauthAccessTokenResponse {
        /// `response_type` is `authorization_code`.
        AuthorizationCode(OauthAccessTokenResponseCode),
        /// `response_type` is `client_credentials`.
        ClientCredentials(OauthAccessTokenResponseClientCredentials),
        /// `response_type` is `integration_refresh`.
        IntegrationRefresh(OauthAccessTokenResponseIntegrationRefresh),
        /// `response_type` is `refresh_token`.
        RefreshToken(OauthAccessTokenResponseRefresh),
        /// Any other value, or none: decoding never fails on the tag alone.
        Unknown(OauthAccessTokenResponseUnknown),
    }
    impl ::openapi_client_runtime::serde::Serialize for OauthAccessTokenResponse {
        fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            match self {
                Self::AuthorizationCode(value) => {
                    ::openapi_client_runtime::encode::tagged(
                        value,
                        serializer,
                        "response_type",
                        "authorization_code",
                    )
                }
                Self::ClientCredentials(value) => {
                    ::openapi_client_runtime::encode::tagged(
                        value,
                        serializer,
                        "response_type",
                        "client_credentials",
                    )
                }
                Self::IntegrationRefresh(value) => {
                    ::openapi_client_runtime::encode::tagged(
                        value,
                        serializer,
                        "response_type",
                        "integration_refresh",
                    )
                }
                Self::RefreshToken(value) => {
                    ::openapi_client_runtime::encode::tagged(
                        value,
                        serializer,
                        "response_type",
                        "refresh_token",
                    )
                }
                Self::Unknown(value) => {
                    ::openapi_client_runtime::serde::Serialize::serialize(
                        value,
                        serializer,
                    )
                }
            }
        }
    }
    impl<'de> ::openapi_client_runtime::serde::Deserialize<'de>
    for OauthAccessTokenResponse {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::openapi_client_runtime::serde::Deserializer<'de>,
        {
            let (tag, value) = ::openapi_client_runtime::tagged::read_tag(
                deserializer,
                "response_type",
            )?;
            match tag.as_deref() {
                Some("authorization_code") => {
                    ::openapi_client_runtime::tagged::decode(
                            value,
                            "response_type",
                            Some("authorization_code"),
                        )
                        .map(Self::AuthorizationCode)
                }
                Some("client_credentials") => {
                    ::openapi_client_runtime::tagged::decode(
                            value,
                            "response_type",
                            Some("client_credentials"),
                        )
                        .map(Self::ClientCredentials)
                }
                Some("integration_refresh") => {
                    ::openapi_client_runtime::tagged::decode(
                            value,
                            "response_type",
                            Some("integration_refresh"),
                        )
                        .map(Self::IntegrationRefresh)
                }
                Some("refresh_token") => {
                    ::openapi_client_runtime::tagged::decode(
                            value,
                            "response_type",
                            Some("refresh_token"),
                        )
                        .map(Self::RefreshToken)
                }
                _ => {
                    ::openapi_client_runtime::tagged::decode(
                            value,
                            "response_type",
                            None,
                        )
                        .map(Self::Unknown)
                }
            }
        }
    }
    impl ::std::convert::From<OauthAccessTokenResponseCode>
    for OauthAccessTokenResponse {
        fn from(value: OauthAccessTokenResponseCode) -> Self {
            Self::AuthorizationCode(value)
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
    impl ::std::convert::From<OauthAccessTokenResponseRefresh>
    for OauthAccessTokenResponse {
        fn from(value: OauthAccessTokenResponseRefresh) -> Self {
            Self::RefreshToken(value)
        }
    }
    /// OAuth client token response
    ///
    /// The answer to a client credentials grant.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OauthAccessTokenResponseClientCredentials {
        /// The token to send as a bearer token.
        pub access_token: ::openapi_client_runtime::Secret,
        /// Seconds until the access token expires.
        pub expires_in: i64,
        /// The scopes the token carries.
        pub scope: ::std::string::String,
        /// How to send the token.
        pub token_type: ::std::string::String,
    }
    impl ::openapi_client_runtime::encode::WriteFields
    for OauthAccessTokenResponseClientCredentials {
        fn write_fields<S>(
            &self,
            object: &mut ::openapi_client_runtime::encode::Object<S>,
        ) -> ::std::result::Result<(), S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            object.required("access_token", &self.access_token)?;
            object.required("expires_in", &self.expires_in)?;
            object.required("scope", &self.scope)?;
            object.required("token_type", &self.token_type)?;
            ::std::result::Result::Ok(())
        }
    }
    impl ::openapi_client_runtime::serde::Serialize
    for OauthAccessTokenResponseClientCredentials {
        fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            ::openapi_client_runtime::encode::object(self, serializer)
        }
    }
    impl<'de> ::openapi_client_runtime::serde::Deserialize<'de>
    for OauthAccessTokenResponseClientCredentials {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::openapi_client_runtime::serde::Deserializer<'de>,
        {
            let mut fields = ::openapi_client_runtime::decode::Fields::read(
                deserializer,
            )?;
            ::std::result::Result::Ok(Self {
                access_token: fields.required("access_token")?,
                expires_in: fields.required("expires_in")?,
                scope: fields.required("scope")?,
                token_type: fields.required("token_type")?,
            })
        }
    }
    /// OAuth access token response
    ///
    /// The answer to an authorization code grant.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OauthAccessTokenResponseCode {
        /// The token to send as a bearer token.
        pub access_token: ::openapi_client_runtime::Secret,
        /// Seconds until the access token expires.
        pub expires_in: i64,
        /// The scopes the token carries.
        pub scope: ::std::string::String,
        /// How to send the token.
        pub token_type: ::std::string::String,
        /// A token that renews the access token.
        pub refresh_token: ::std::option::Option<::openapi_client_runtime::Secret>,
        /// When the refresh token expires, in seconds since the Unix epoch.
        pub refresh_token_expires_at: ::std::option::Option<i64>,
        /// Seconds until the refresh token expires.
        pub refresh_token_expires_in: ::std::option::Option<i64>,
    }
    impl ::openapi_client_runtime::encode::WriteFields for OauthAccessTokenResponseCode {
        fn write_fields<S>(
            &self,
            object: &mut ::openapi_client_runtime::encode::Object<S>,
        ) -> ::std::result::Result<(), S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            object.required("access_token", &self.access_token)?;
            object.required("expires_in", &self.expires_in)?;
            object.required("scope", &self.scope)?;
            object.required("token_type", &self.token_type)?;
            object.optional("refresh_token", &self.refresh_token)?;
            object.optional("refresh_token_expires_at", &self.refresh_token_expires_at)?;
            object.optional("refresh_token_expires_in", &self.refresh_token_expires_in)?;
            ::std::result::Result::Ok(())
        }
    }
    impl ::openapi_client_runtime::serde::Serialize for OauthAccessTokenResponseCode {
        fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            ::openapi_client_runtime::encode::object(self, serializer)
        }
    }
    impl<'de> ::openapi_client_runtime::serde::Deserialize<'de>
    for OauthAccessTokenResponseCode {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::openapi_client_runtime::serde::Deserializer<'de>,
        {
            let mut fields = ::openapi_client_runtime::decode::Fields::read(
                deserializer,
            )?;
            ::std::result::Result::Ok(Self {
                access_token: fields.required("access_token")?,
                expires_in: fields.required("expires_in")?,
                scope: fields.required("scope")?,
                token_type: fields.required("token_type")?,
                refresh_token: fields.optional("refresh_token")?,
                refresh_token_expires_at: fields.optional("refresh_token_expires_at")?,
                refresh_token_expires_in: fields.optional("refresh_token_expires_in")?,
            })
        }
    }
    /// OAuth access token response
    ///
    /// The answer to a refresh for an integration, which also renews the refresh token.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OauthAccessTokenResponseIntegrationRefresh {
        /// The token to send as a bearer token.
        pub access_token: ::openapi_client_runtime::Secret,
        /// Seconds until the access token expires.
        pub expires_in: i64,
        /// The scopes the token carries.
        pub scope: ::std::string::String,
        /// How to send the token.
        pub token_type: ::std::string::String,
        /// A token that renews the access token.
        pub refresh_token: ::openapi_client_runtime::Secret,
        /// Seconds until the refresh token expires.
        pub refresh_token_expires_in: i64,
    }
    impl ::openapi_client_runtime::encode::WriteFields
    for OauthAccessTokenResponseIntegrationRefresh {
        fn write_fields<S>(
            &self,
            object: &mut ::openapi_client_runtime::encode::Object<S>,
        ) -> ::std::result::Result<(), S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            object.required("access_token", &self.access_token)?;
            object.required("expires_in", &self.expires_in)?;
            object.required("scope", &self.scope)?;
            object.required("token_type", &self.token_type)?;
            object.required("refresh_token", &self.refresh_token)?;
            object.required("refresh_token_expires_in", &self.refresh_token_expires_in)?;
            ::std::result::Result::Ok(())
        }
    }
    impl ::openapi_client_runtime::serde::Serialize
    for OauthAccessTokenResponseIntegrationRefresh {
        fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            ::openapi_client_runtime::encode::object(self, serializer)
        }
    }
    impl<'de> ::openapi_client_runtime::serde::Deserialize<'de>
    for OauthAccessTokenResponseIntegrationRefresh {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::openapi_client_runtime::serde::Deserializer<'de>,
        {
            let mut fields = ::openapi_client_runtime::decode::Fields::read(
                deserializer,
            )?;
            ::std::result::Result::Ok(Self {
                access_token: fields.required("access_token")?,
                expires_in: fields.required("expires_in")?,
                scope: fields.required("scope")?,
                token_type: fields.required("token_type")?,
                refresh_token: fields.required("refresh_token")?,
                refresh_token_expires_in: fields.required("refresh_token_expires_in")?,
            })
        }
    }
    /// OAuth access token response
    ///
    /// The answer to a refresh token grant.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OauthAccessTokenResponseRefresh {
        /// The token to send as a bearer token.
        pub access_token: ::openapi_client_runtime::Secret,
        /// Seconds until the access token expires.
        pub expires_in: i64,
        /// The scopes the token carries.
        pub scope: ::std::string::String,
        /// How to send the token.
        pub token_type: ::std::string::String,
        /// A token that renews the access token.
        pub refresh_token: ::openapi_client_runtime::Secret,
        /// When the refresh token expires, in seconds since the Unix epoch.
        pub refresh_token_expires_at: i64,
        /// Seconds until the refresh token expires.
        pub refresh_token_expires_in: i64,
    }
    impl ::openapi_client_runtime::encode::WriteFields
    for OauthAccessTokenResponseRefresh {
        fn write_fields<S>(
            &self,
            object: &mut ::openapi_client_runtime::encode::Object<S>,
        ) -> ::std::result::Result<(), S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            object.required("access_token", &self.access_token)?;
            object.required("expires_in", &self.expires_in)?;
            object.required("scope", &self.scope)?;
            object.required("token_type", &self.token_type)?;
            object.required("refresh_token", &self.refresh_token)?;
            object.required("refresh_token_expires_at", &self.refresh_token_expires_at)?;
            object.required("refresh_token_expires_in", &self.refresh_token_expires_in)?;
            ::std::result::Result::Ok(())
        }
    }
    impl ::openapi_client_runtime::serde::Serialize for OauthAccessTokenResponseRefresh {
        fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            ::openapi_client_runtime::encode::object(self, serializer)
        }
    }
    impl<'de> ::openapi_client_runtime::serde::Deserialize<'de>
    for OauthAccessTokenResponseRefresh {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::openapi_client_runtime::serde::Deserializer<'de>,
        {
            let mut fields = ::openapi_client_runtime::decode::Fields::read(
                deserializer,
            )?;
            ::std::result::Result::Ok(Self {
                access_token: fields.required("access_token")?,
                expires_in: fields.required("expires_in")?,
                scope: fields.required("scope")?,
                token_type: fields.required("token_type")?,
                refresh_token: fields.required("refresh_token")?,
                refresh_token_expires_at: fields.required("refresh_token_expires_at")?,
                refresh_token_expires_in: fields.required("refresh_token_expires_in")?,
            })
        }
    }
    /// A [`OauthAccessTokenResponse`] whose `response_type` is missing or not one this client knows: the fields all variants share, and every other field as raw JSON.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OauthAccessTokenResponseUnknown {
        /// The `response_type` value, when the answer has one: missing, or none this client knows.
        pub response_type: ::std::option::Option<::std::string::String>,
        /// The token to send as a bearer token.
        pub access_token: ::openapi_client_runtime::Secret,
        /// Seconds until the access token expires.
        pub expires_in: i64,
        /// The scopes the token carries.
        pub scope: ::std::string::String,
        /// How to send the token.
        pub token_type: ::std::string::String,
        /// Fields the spec does not list, as the server sent them.
        pub additional_properties: ::openapi_client_runtime::RawFields,
    }
    impl ::openapi_client_runtime::encode::WriteFields
    for OauthAccessTokenResponseUnknown {
        fn write_fields<S>(
            &self,
            object: &mut ::openapi_client_runtime::encode::Object<S>,
        ) -> ::std::result::Result<(), S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            object.optional("response_type", &self.response_type)?;
            object.required("access_token", &self.access_token)?;
            object.required("expires_in", &self.expires_in)?;
            object.required("scope", &self.scope)?;
            object.required("token_type", &self.token_type)?;
            object.rest(&self.additional_properties.0)?;
            ::std::result::Result::Ok(())
        }
    }
    impl ::openapi_client_runtime::serde::Serialize for OauthAccessTokenResponseUnknown {
        fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
        where
            S: ::openapi_client_runtime::serde::Serializer,
        {
            ::openapi_client_runtime::encode::object(self, serializer)
        }
    }
    impl<'de> ::openapi_client_runtime::serde::Deserialize<'de>
    for OauthAccessTokenResponseUnknown {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::openapi_client_runtime::serde::Deserializer<'de>,
        {
            let mut fields = ::openapi_client_runtime::decode::Fields::read(
                deserializer,
            )?;
            ::std::result::Result::Ok(Self {
                response_type: fields.optional("response_type")?,
                access_token: fields.required("access_token")?,
                expires_in: fields.required("expires_in")?,
                scope: fields.required("scope")?,
                token_type: fields.required("token_type")?,
                additional_properties: fields.rest_raw(),
            })
        }
    }
}
