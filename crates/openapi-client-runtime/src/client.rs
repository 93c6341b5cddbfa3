//! The HTTP client every generated API wraps: settings, credentials, and
//! one `execute` that sends a [`Request`] and decodes the answer.

use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderMap, HeaderValue, USER_AGENT};
use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::decode;
use crate::error::Error;
use crate::parameter_style::{self, Style};
use crate::secret::Secret;

/// Default for [`ClientBuilder::max_response_bytes`]: 16 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;

/// A security scheme an operation accepts, as the generated code names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Auth {
    /// HTTP basic, from [`ClientBuilder::basic_auth`].
    Basic,
    /// A bearer token (HTTP bearer, OAuth 2, OpenID Connect), from
    /// [`ClientBuilder::bearer_token`].
    Bearer,
    /// An API key in a header, from [`ClientBuilder::api_key`].
    ApiKeyHeader(&'static str),
    /// An API key in the query string, from [`ClientBuilder::api_key`].
    ApiKeyQuery(&'static str),
    /// An API key in a cookie, from [`ClientBuilder::api_key`].
    ApiKeyCookie(&'static str),
}

impl Auth {
    fn describe(self) -> String {
        match self {
            Auth::Basic => "HTTP basic (`basic_auth`)".to_owned(),
            Auth::Bearer => "bearer token (`bearer_token`)".to_owned(),
            Auth::ApiKeyHeader(name) => format!("API key in header `{name}` (`api_key`)"),
            Auth::ApiKeyQuery(name) => format!("API key in query parameter `{name}` (`api_key`)"),
            Auth::ApiKeyCookie(name) => format!("API key in cookie `{name}` (`api_key`)"),
        }
    }
}

#[derive(Clone, Default)]
struct Credentials {
    basic: Option<(String, Secret)>,
    bearer: Option<Secret>,
    api_key: Option<Secret>,
}

impl Credentials {
    fn has(&self, auth: Auth) -> bool {
        match auth {
            Auth::Basic => self.basic.is_some(),
            Auth::Bearer => self.bearer.is_some(),
            Auth::ApiKeyHeader(_) | Auth::ApiKeyQuery(_) | Auth::ApiKeyCookie(_) => {
                self.api_key.is_some()
            }
        }
    }
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("basic", &self.basic.as_ref().map(|(user, _)| user))
            .field("bearer", &self.bearer.is_some())
            .field("api_key", &self.api_key.is_some())
            .finish()
    }
}

/// A generated API client, built from the runtime [`Client`].
pub trait ApiClient: Sized {
    /// Wraps a configured runtime client.
    fn from_runtime(client: Client) -> Self;
}

/// Settings for a client; `C` is the generated client it builds.
///
/// ```
/// # struct Demo(openapi_client_runtime::Client);
/// # impl openapi_client_runtime::ApiClient for Demo {
/// #     fn from_runtime(client: openapi_client_runtime::Client) -> Self { Demo(client) }
/// # }
/// use std::time::Duration;
/// use openapi_client_runtime::ClientBuilder;
///
/// let client: Demo = ClientBuilder::new("https://api.example.com/v1")
///     .basic_auth("client-id", "client-secret")
///     .timeout(Duration::from_secs(10))
///     .build()?;
/// # Ok::<(), openapi_client_runtime::BuildError>(())
/// ```
#[must_use]
pub struct ClientBuilder<C> {
    base_url: String,
    timeout: Option<Duration>,
    user_agent: Option<String>,
    http: Option<reqwest::Client>,
    credentials: Credentials,
    max_response_bytes: usize,
    api: PhantomData<fn() -> C>,
}

impl<C> std::fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("user_agent", &self.user_agent)
            .field("credentials", &self.credentials)
            .field("max_response_bytes", &self.max_response_bytes)
            .finish_non_exhaustive()
    }
}

/// Why a client could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// The base URL is not an absolute `http` or `https` URL.
    #[error("base URL `{url}` is not an absolute http(s) URL")]
    BaseUrl {
        /// The URL given.
        url: String,
    },
    /// The user agent is not a valid header value.
    #[error("user agent is not a valid header value")]
    UserAgent,
    /// `reqwest` could not build its client (for example, no TLS backend).
    #[error("the HTTP client could not be built: {0}")]
    Http(#[source] reqwest::Error),
}

impl<C: ApiClient> ClientBuilder<C> {
    /// Starts from a base URL (generated clients pass the spec's first
    /// server).
    pub fn new(base_url: impl Into<String>) -> Self {
        ClientBuilder {
            base_url: base_url.into(),
            timeout: None,
            user_agent: None,
            http: None,
            credentials: Credentials::default(),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            api: PhantomData,
        }
    }

    /// Sends requests somewhere else: a sandbox, a proxy, a test server.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// Gives each request, from connecting to reading the whole answer, at
    /// most this long. Applies to a client from [`Self::http_client`] too.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sets the `User-Agent` header of every request.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Uses this `reqwest::Client` (its pool, proxy, TLS settings) instead
    /// of building one. It keeps its own redirect policy: `reqwest`'s
    /// default forwards custom headers, API keys among them, to other
    /// hosts, so consider [`same_origin_redirects`] for it.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Credentials for operations secured by HTTP basic auth.
    pub fn basic_auth(mut self, username: impl Into<String>, password: impl Into<Secret>) -> Self {
        self.credentials.basic = Some((username.into(), password.into()));
        self
    }

    /// The token for operations secured by a bearer token or OAuth 2.
    pub fn bearer_token(mut self, token: impl Into<Secret>) -> Self {
        self.credentials.bearer = Some(token.into());
        self
    }

    /// The key for operations secured by an API key.
    pub fn api_key(mut self, key: impl Into<Secret>) -> Self {
        self.credentials.api_key = Some(key.into());
        self
    }

    /// Refuses answers whose body is longer than this (default
    /// [`DEFAULT_MAX_RESPONSE_BYTES`]).
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// Builds the client.
    ///
    /// # Errors
    ///
    /// [`BuildError::BaseUrl`] for a base URL that is not absolute http(s),
    /// [`BuildError::UserAgent`] for a user agent that cannot be a header,
    /// [`BuildError::Http`] when `reqwest` cannot build its client.
    pub fn build(self) -> Result<C, BuildError> {
        let base_url = self.base_url.trim_end_matches('/').to_owned();
        let parsed = reqwest::Url::parse(&base_url);
        if !parsed.is_ok_and(|url| matches!(url.scheme(), "http" | "https") && url.has_host()) {
            return Err(BuildError::BaseUrl { url: self.base_url });
        }
        let user_agent = self
            .user_agent
            .map(|agent| HeaderValue::from_str(&agent).map_err(|_| BuildError::UserAgent))
            .transpose()?;
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .redirect(same_origin_redirects())
                .build()
                .map_err(BuildError::Http)?,
        };
        Ok(C::from_runtime(Client {
            inner: Arc::new(Inner {
                base_url,
                timeout: self.timeout,
                user_agent,
                http,
                credentials: self.credentials,
                max_response_bytes: self.max_response_bytes,
            }),
        }))
    }
}

/// The redirect policy of clients this crate builds: follow up to ten
/// redirects within the origin (scheme, host and port) of the request, and
/// stop at one to another origin, which then reaches the caller as an
/// [`Error::UnexpectedResponse`] with the 3xx status and its `Location`.
///
/// Credentials ride in headers and the query, and `reqwest` strips only
/// the standard ones when a redirect changes host; an API key in a custom
/// header would be forwarded. Stopping keeps every credential on the host
/// it was configured for.
#[must_use]
pub fn same_origin_redirects() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let same_origin = attempt
            .previous()
            .first()
            .is_some_and(|first| first.origin() == attempt.url().origin());
        if attempt.previous().len() > 10 {
            attempt.error("more than ten redirects")
        } else if same_origin {
            attempt.follow()
        } else {
            attempt.stop()
        }
    })
}

/// A configured client: cheap to clone, safe to share between tasks.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    base_url: String,
    timeout: Option<Duration>,
    user_agent: Option<HeaderValue>,
    http: reqwest::Client,
    credentials: Credentials,
    max_response_bytes: usize,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("timeout", &self.inner.timeout)
            .field("credentials", &self.inner.credentials)
            .finish_non_exhaustive()
    }
}

/// A successful answer: the decoded body with the status and headers it
/// came with.
#[derive(Debug, Clone)]
pub struct ResponseValue<T> {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The decoded body.
    pub body: T,
}

impl<T> ResponseValue<T> {
    /// The decoded body alone.
    pub fn into_body(self) -> T {
        self.body
    }
}

/// An encoded body and the media type it is sent as.
struct Body {
    bytes: Vec<u8>,
    /// `Content-Type`; owned only for a multipart boundary.
    content_type: std::borrow::Cow<'static, str>,
}

/// One request, as a generated method describes it.
#[must_use]
pub struct Request {
    method: Method,
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(&'static str, String)>,
    cookies: Vec<(String, String)>,
    body: Option<Body>,
    accept: &'static str,
    security: &'static [&'static [Auth]],
    invalid: Option<String>,
}

impl Request {
    /// A request for `path` (relative to the base URL, already expanded).
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        Request {
            method,
            path: path.into(),
            query: Vec::new(),
            headers: Vec::new(),
            cookies: Vec::new(),
            body: None,
            accept: "application/json",
            security: &[],
            invalid: None,
        }
    }

    /// The media types the answer may come in (the `Accept` header);
    /// `application/json` unless set.
    pub fn accept(mut self, media_types: &'static str) -> Self {
        self.accept = media_types;
        self
    }

    /// The alternatives of the operation's `security`: the client applies
    /// the first alternative it has every credential for.
    pub fn security(mut self, alternatives: &'static [&'static [Auth]]) -> Self {
        self.security = alternatives;
        self
    }

    /// Puts `value`, percent-encoded, in place of `{name}` in the path
    /// template, so a value can never add path segments or a query.
    pub fn path_param(mut self, name: &str, value: impl ToString) -> Self {
        let placeholder = format!("{{{name}}}");
        self.path = self
            .path
            .replace(&placeholder, &encode_path_segment(&value.to_string()));
        self
    }

    /// A path parameter in OpenAPI's default style for the path (`simple`):
    /// [`Request::path_parameter`] with [`Style::Simple`].
    pub fn path(self, name: &str, value: &impl Serialize) -> Self {
        self.path_parameter(name, Style::Simple, value)
    }

    /// A query parameter in OpenAPI's default style for the query (`form`,
    /// exploded): [`Request::query_parameter`] with [`Style::FormExploded`].
    pub fn query(self, name: &str, value: &impl Serialize) -> Self {
        self.query_parameter(name, Style::FormExploded, value)
    }

    /// A header in OpenAPI's default style for headers (`simple`):
    /// [`Request::header_parameter`] with [`Style::Simple`].
    pub fn header(self, name: &'static str, value: &impl Serialize) -> Self {
        self.header_parameter(name, Style::Simple, value)
    }

    /// A cookie in OpenAPI's default style for cookies (`form`, exploded):
    /// [`Request::cookie_parameter`] with [`Style::FormExploded`].
    pub fn cookie(self, name: &str, value: &impl Serialize) -> Self {
        self.cookie_parameter(name, Style::FormExploded, value)
    }

    /// Puts `value`, written in `style`, in place of `{name}` in the path
    /// (see [`Request::path_param`]).
    pub fn path_parameter(self, name: &str, style: Style, value: &impl Serialize) -> Self {
        self.with_pairs(
            "path parameter",
            name,
            style,
            value,
            |request, pairs| match pairs.into_iter().next() {
                Some((_, text)) => request.path_param(name, text),
                None => request.refuse(format!("path parameter `{name}` has no value")),
            },
        )
    }

    /// Adds a query parameter written in `style`; `None` adds nothing.
    pub fn query_parameter(self, name: &str, style: Style, value: &impl Serialize) -> Self {
        self.with_pairs(
            "query parameter",
            name,
            style,
            value,
            |mut request, pairs| {
                request.query.extend(pairs);
                request
            },
        )
    }

    /// Adds a header written in `style`; `None` adds nothing.
    pub fn header_parameter(
        self,
        name: &'static str,
        style: Style,
        value: &impl Serialize,
    ) -> Self {
        self.with_pairs("header", name, style, value, |mut request, pairs| {
            request
                .headers
                .extend(pairs.into_iter().map(|(_, text)| (name, text)));
            request
        })
    }

    /// Adds a cookie to the `Cookie` header, written in `style`, its value
    /// percent-encoded where a cookie value may not hold the byte; `None`
    /// adds nothing.
    pub fn cookie_parameter(self, name: &str, style: Style, value: &impl Serialize) -> Self {
        self.with_pairs("cookie", name, style, value, |mut request, pairs| {
            let encoded = pairs
                .into_iter()
                .map(|(name, text)| (name, encode_cookie_value(&text)));
            request.cookies.extend(encoded);
            request
        })
    }

    /// Writes `value` as the `(name, text)` pairs of `style` and hands them
    /// to `add`; a value that cannot be encoded refuses the request, naming
    /// the parameter (`kind` and `name`) but never its value.
    fn with_pairs(
        self,
        kind: &str,
        name: &str,
        style: Style,
        value: &impl Serialize,
        add: impl FnOnce(Self, Vec<(String, String)>) -> Self,
    ) -> Self {
        match serde_json::to_value(value) {
            Ok(value) => add(self, parameter_style::pairs(name, style, &value)),
            Err(error) => self.refuse(format!("{kind} `{name}` cannot be encoded: {error}")),
        }
    }

    /// Marks the request as unsendable; `execute` reports why.
    fn refuse(mut self, message: String) -> Self {
        self.invalid.get_or_insert(message);
        self
    }

    /// Sends `body` as `application/x-www-form-urlencoded`.
    pub fn form_body(self, body: &impl Serialize) -> Self {
        match serde_urlencoded::to_string(body) {
            Ok(encoded) => self.body_of(encoded.into_bytes(), "application/x-www-form-urlencoded"),
            Err(error) => self.refuse(format!("the body cannot be form-encoded: {error}")),
        }
    }

    /// Sends `body` as text of the media type `content_type` (`text/plain`).
    pub fn text_body(self, body: String, content_type: &'static str) -> Self {
        self.body_of(body.into_bytes(), content_type)
    }

    /// Sends `body` as bytes of the media type `content_type`
    /// (`application/octet-stream`, `image/png`).
    pub fn bytes_body(self, body: Vec<u8>, content_type: &'static str) -> Self {
        self.body_of(body, content_type)
    }

    /// Sends `form` as `multipart/form-data`.
    pub fn multipart_body(self, form: &crate::multipart::Form) -> Self {
        let (content_type, bytes) = form.encode();
        self.body_of(bytes, content_type)
    }

    /// Sends `body` as `application/json`.
    pub fn json_body(self, body: &impl Serialize) -> Self {
        self.json_body_as(body, "application/json")
    }

    /// Sends `body` as JSON of the media type `content_type` (a `+json`
    /// type such as `application/merge-patch+json`).
    pub fn json_body_as(self, body: &impl Serialize, content_type: &'static str) -> Self {
        match serde_json::to_vec(body) {
            Ok(encoded) => self.body_of(encoded, content_type),
            Err(error) => self.refuse(format!("the body cannot be JSON-encoded: {error}")),
        }
    }

    fn body_of(
        mut self,
        bytes: Vec<u8>,
        content_type: impl Into<std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.body = Some(Body {
            bytes,
            content_type: content_type.into(),
        });
        self
    }
}

/// Percent-encodes one path parameter value (everything but RFC 3986
/// unreserved characters), so it cannot add path segments.
#[must_use]
pub fn encode_path_segment(value: &str) -> String {
    percent_encode(value, |byte| {
        byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
    })
}

/// `value` with every byte that `keep` refuses written as `%XX`.
fn percent_encode(value: &str, keep: impl Fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if keep(byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

impl Client {
    /// The base URL requests are sent to.
    #[must_use]
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Sends a request and decodes a 2xx answer as JSON of type `T`, any
    /// other as JSON of type `E`.
    ///
    /// # Errors
    ///
    /// See [`Error`]: the server's declared error, an undeclared error body,
    /// an undecodable success body, an oversized body, a timeout, a
    /// transport failure, missing credentials, or a request that could not
    /// be built.
    pub async fn execute<T, E>(&self, request: Request) -> Result<ResponseValue<T>, Error<E>>
    where
        T: DeserializeOwned,
        E: DeserializeOwned,
    {
        self.execute_with(request, decode::json, decode::json).await
    }

    /// Sends a request whose successful answer has no body to decode.
    ///
    /// # Errors
    ///
    /// As [`Client::execute`], less decoding of the success body.
    pub async fn execute_without_body<E>(
        &self,
        request: Request,
    ) -> Result<ResponseValue<()>, Error<E>>
    where
        E: DeserializeOwned,
    {
        self.execute_with(request, decode::nothing, decode::json)
            .await
    }

    /// Sends a request and decodes a 2xx answer with `success`, any other
    /// with `error`: each is given the status, so bodies can differ by
    /// status (see [`decode::Decoder`]).
    ///
    /// # Errors
    ///
    /// As [`Client::execute`]. An error answer that `error` cannot decode is
    /// [`Error::UnexpectedResponse`]; a success that `success` cannot decode
    /// is [`Error::Decode`].
    pub async fn execute_with<T, E>(
        &self,
        request: Request,
        success: decode::Decoder<T>,
        error: decode::Decoder<E>,
    ) -> Result<ResponseValue<T>, Error<E>> {
        let (status, headers, body) = self.send(request).await?;
        if status.is_success() {
            match success(status, &body) {
                Ok(body) => Ok(ResponseValue {
                    status,
                    headers,
                    body,
                }),
                Err(source) => Err(Error::Decode {
                    status,
                    headers,
                    source,
                }),
            }
        } else {
            match error(status, &body) {
                Ok(body) => Err(Error::Api {
                    status,
                    headers,
                    body,
                }),
                Err(_) => Err(Error::UnexpectedResponse {
                    status,
                    headers,
                    body: String::from_utf8_lossy(&body).into_owned(),
                }),
            }
        }
    }

    async fn send<E>(
        &self,
        request: Request,
    ) -> Result<(StatusCode, HeaderMap, Vec<u8>), Error<E>> {
        let inner = &*self.inner;
        if let Some(message) = request.invalid {
            return Err(Error::InvalidRequest { message });
        }
        let url = format!("{}{}", inner.base_url, request.path);
        let mut builder = inner
            .http
            .request(request.method, url)
            .header(ACCEPT, media_type_header(request.accept)?);
        if let Some(timeout) = inner.timeout {
            builder = builder.timeout(timeout);
        }
        if let Some(agent) = &inner.user_agent {
            builder = builder.header(USER_AGENT, agent.clone());
        }
        let mut query = request.query;
        builder = self.authenticate(builder, request.security, &mut query)?;
        if !query.is_empty() {
            builder = builder.query(&query);
        }
        if !request.cookies.is_empty() {
            let pairs: Vec<String> = request
                .cookies
                .iter()
                .map(|(name, value)| format!("{name}={value}"))
                .collect();
            builder = builder.header(reqwest::header::COOKIE, pairs.join("; "));
        }
        for (name, value) in request.headers {
            builder = builder.header(name, value);
        }
        if let Some(body) = request.body {
            builder = builder
                .header(CONTENT_TYPE, media_type_header(&body.content_type)?)
                .body(body.bytes);
        }
        let mut response = builder.send().await.map_err(Error::from_reqwest)?;
        let status = response.status();
        let limit = inner.max_response_bytes;
        if response
            .content_length()
            .is_some_and(|length| length > limit as u64)
        {
            return Err(Error::BodyTooLarge { status, limit });
        }
        let headers = std::mem::take(response.headers_mut());
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(Error::from_reqwest)? {
            if body.len() + chunk.len() > limit {
                return Err(Error::BodyTooLarge { status, limit });
            }
            body.extend_from_slice(&chunk);
        }
        Ok((status, headers, body))
    }

    fn authenticate<E>(
        &self,
        mut builder: reqwest::RequestBuilder,
        alternatives: &[&[Auth]],
        query: &mut Vec<(String, String)>,
    ) -> Result<reqwest::RequestBuilder, Error<E>> {
        if alternatives.is_empty() || alternatives.iter().any(|a| a.is_empty()) {
            return Ok(builder);
        }
        let credentials = &self.inner.credentials;
        let Some(chosen) = alternatives
            .iter()
            .find(|alternative| alternative.iter().all(|auth| credentials.has(*auth)))
        else {
            let mut schemes: Vec<String> = alternatives
                .iter()
                .flat_map(|a| a.iter().map(|auth| auth.describe()))
                .collect();
            schemes.dedup();
            return Err(Error::MissingCredentials { schemes });
        };
        for auth in *chosen {
            builder = match (auth, credentials) {
                (
                    Auth::Basic,
                    Credentials {
                        basic: Some((user, password)),
                        ..
                    },
                ) => builder.basic_auth(user, Some(password.expose())),
                (
                    Auth::Bearer,
                    Credentials {
                        bearer: Some(token),
                        ..
                    },
                ) => builder.bearer_auth(token.expose()),
                (
                    Auth::ApiKeyHeader(name),
                    Credentials {
                        api_key: Some(key), ..
                    },
                ) => {
                    let mut value =
                        HeaderValue::from_str(key.expose()).map_err(|_| Error::InvalidRequest {
                            message: format!("the API key cannot be sent in header `{name}`"),
                        })?;
                    value.set_sensitive(true);
                    builder.header(*name, value)
                }
                (
                    Auth::ApiKeyQuery(name),
                    Credentials {
                        api_key: Some(key), ..
                    },
                ) => {
                    query.push(((*name).to_owned(), key.expose().to_owned()));
                    builder
                }
                (
                    Auth::ApiKeyCookie(name),
                    Credentials {
                        api_key: Some(key), ..
                    },
                ) => {
                    let mut value = HeaderValue::from_str(&format!("{name}={}", key.expose()))
                        .map_err(|_| Error::InvalidRequest {
                            message: format!("the API key cannot be sent in cookie `{name}`"),
                        })?;
                    value.set_sensitive(true);
                    builder.header(reqwest::header::COOKIE, value)
                }
                // `chosen` only holds schemes whose credentials are present.
                _ => builder,
            };
        }
        Ok(builder)
    }
}

/// A media type from the spec as a header value; one a header cannot hold
/// (a control character, say) makes the request fail instead of the client
/// panicking.
fn media_type_header<E>(media_type: &str) -> Result<HeaderValue, Error<E>> {
    HeaderValue::from_str(media_type).map_err(|_| Error::InvalidRequest {
        message: format!("media type {media_type:?} cannot be sent in a header"),
    })
}

/// A cookie value as RFC 6265 allows it: bytes outside `cookie-octet` (and
/// `%`, so the encoding can be undone) become `%XX`.
fn encode_cookie_value(value: &str) -> String {
    percent_encode(
        value,
        |byte| matches!(byte, 0x21 | 0x23..=0x24 | 0x26..=0x2B | 0x2D..=0x3A | 0x3C..=0x5B | 0x5D..=0x7E),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_media_type_no_header_can_hold_is_an_error_not_a_panic() {
        assert!(media_type_header::<()>("application/merge-patch+json").is_ok());
        let error = media_type_header::<()>("text/plain\n").expect_err("a line break");
        assert!(error.to_string().contains(r#""text/plain\n""#), "{error}");
    }
}
