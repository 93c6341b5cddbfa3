//! The one error type of every generated call.

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// How many characters of an unexpected body an error message shows.
const BODY_PREVIEW_CHARS: usize = 200;

/// Why a call failed. `E` is the operation's declared error body (the spec's
/// `default` or 4xx/5xx schema).
///
/// No variant's `Display` or `Debug` contains a credential: the request's
/// auth is never stored here, URLs are dropped from transport errors (an API
/// key may ride in the query), and successful bodies (which may carry
/// tokens) are never quoted.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error<E> {
    /// The server answered with an error the spec declares, decoded.
    #[error("the server answered {status}: {body:?}")]
    Api {
        /// The HTTP status.
        status: StatusCode,
        /// The response headers.
        headers: HeaderMap,
        /// The decoded error body.
        body: E,
    },
    /// The server answered with an error whose body is not the declared
    /// schema (often not JSON at all: a proxy's HTML page, plain text).
    #[error(
        "the server answered {status} with an undeclared body: {}",
        preview(body)
    )]
    UnexpectedResponse {
        /// The HTTP status.
        status: StatusCode,
        /// The response headers.
        headers: HeaderMap,
        /// The body as text (invalid UTF-8 replaced).
        body: String,
    },
    /// A successful answer whose body does not decode as the declared type.
    #[error("the server answered {status}, but the body does not decode: {source}")]
    Decode {
        /// The HTTP status.
        status: StatusCode,
        /// The response headers.
        headers: HeaderMap,
        /// Where and why decoding failed.
        source: serde_json::Error,
    },
    /// The answer was larger than the client's limit
    /// ([`ClientBuilder::max_response_bytes`](crate::ClientBuilder::max_response_bytes)).
    #[error("the server answered {status} with a body over the {limit}-byte limit")]
    BodyTooLarge {
        /// The HTTP status.
        status: StatusCode,
        /// The limit that was exceeded.
        limit: usize,
    },
    /// The request or the answer took longer than the client's timeout.
    #[error("the request timed out")]
    Timeout {
        /// The underlying error, its URL removed.
        source: reqwest::Error,
    },
    /// The request could not be sent or the answer not read: DNS,
    /// connection, TLS, a broken body.
    #[error("the request failed: {source}")]
    Transport {
        /// The underlying error, its URL removed.
        source: reqwest::Error,
    },
    /// The operation needs credentials the client was not given.
    #[error("the operation needs credentials for one of: {}; set them on the client builder", schemes.join(", "))]
    MissingCredentials {
        /// The security schemes that would do, by kind.
        schemes: Vec<String>,
    },
    /// The request could not be built (for example a body that cannot be
    /// form-encoded, or a base URL that does not parse).
    #[error("the request could not be built: {message}")]
    InvalidRequest {
        /// What went wrong.
        message: String,
    },
}

impl<E> Error<E> {
    /// The HTTP status, when the server answered.
    #[must_use]
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api { status, .. }
            | Error::UnexpectedResponse { status, .. }
            | Error::Decode { status, .. }
            | Error::BodyTooLarge { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The response headers, when the server answered.
    #[must_use]
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Error::Api { headers, .. }
            | Error::UnexpectedResponse { headers, .. }
            | Error::Decode { headers, .. } => Some(headers),
            _ => None,
        }
    }

    /// The start of an undeclared error body, on one line, as the error
    /// message shows it; `None` for other errors.
    #[must_use]
    pub fn body_preview(&self) -> Option<String> {
        match self {
            Error::UnexpectedResponse { body, .. } => Some(preview(body)),
            _ => None,
        }
    }

    pub(crate) fn from_reqwest(error: reqwest::Error) -> Self {
        let source = error.without_url();
        if source.is_timeout() {
            Error::Timeout { source }
        } else {
            Error::Transport { source }
        }
    }
}

/// The start of a body, on one line, for a message.
fn preview(body: &str) -> String {
    let flat: String = body
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(BODY_PREVIEW_CHARS)
        .collect();
    if body.chars().count() > BODY_PREVIEW_CHARS {
        format!("{}…", flat.trim_end())
    } else {
        flat.trim_end().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unexpected_bodies_are_previewed_on_one_line() {
        let error: Error<()> = Error::UnexpectedResponse {
            status: StatusCode::BAD_GATEWAY,
            headers: HeaderMap::new(),
            body: format!("<html>\nbad gateway{}", "x".repeat(500)),
        };
        let message = error.to_string();
        assert!(message.starts_with(
            "the server answered 502 Bad Gateway with an undeclared body: <html> bad gateway"
        ));
        assert!(message.ends_with('…'));
        assert!(message.len() < 300, "{message}");
    }
}
