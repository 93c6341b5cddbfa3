//! The generated `/oauth/token` client against a real HTTP server on
//! 127.0.0.1: what goes on the wire for each grant, how each answer decodes,
//! and how each failure is reported.

mod support;

use std::time::Duration;

use pinterest_api::types::{
    OauthAccessTokenRequest, OauthAccessTokenRequestClientCredentials, OauthAccessTokenRequestCode,
    OauthAccessTokenRequestRefresh, OauthAccessTokenResponse,
};
use pinterest_api::{Client, Error};
use serde_json::json;
use support::server_answering;
use wiremock::{MockServer, ResponseTemplate};

const CLIENT_ID: &str = "app-id";
const CLIENT_SECRET: &str = "app-secret";
/// `Basic` + base64 of `app-id:app-secret`.
const BASIC_HEADER: &str = "Basic YXBwLWlkOmFwcC1zZWNyZXQ=";

fn client_for(server: &MockServer) -> Client {
    Client::builder()
        .base_url(format!("{}/v5", server.uri()))
        .basic_auth(CLIENT_ID, CLIENT_SECRET)
        .timeout(Duration::from_secs(5))
        .build()
        .expect("a local base URL is valid")
}

fn token_answer(body: serde_json::Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

/// The one request the server received, checked for everything but the form.
async fn only_request(server: &MockServer) -> Vec<(String, String)> {
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 1, "exactly one request is sent");
    let request = &requests[0];
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.url.path(), "/v5/oauth/token");
    assert_eq!(request.url.query(), None);
    let header = |name: &str| {
        request
            .headers
            .get(name)
            .unwrap_or_else(|| panic!("header {name} is sent"))
            .to_str()
            .expect("header is ASCII")
            .to_owned()
    };
    assert_eq!(header("authorization"), BASIC_HEADER);
    assert_eq!(header("content-type"), "application/x-www-form-urlencoded");
    assert_eq!(header("accept"), "application/json");
    assert!(header("user-agent").starts_with("pinterest-api/"));
    serde_urlencoded::from_bytes(&request.body).expect("the body is form-encoded")
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[tokio::test]
async fn authorization_code_grant_sends_code_and_redirect_uri() {
    let server = server_answering(token_answer(json!({
        "access_token": "pina_access",
        "refresh_token": "pinr_refresh",
        "response_type": "authorization_code",
        "token_type": "bearer",
        "expires_in": 2_592_000,
        "refresh_token_expires_in": 31_536_000,
        "refresh_token_expires_at": 1_767_225_600_i64,
        "scope": "boards:read,pins:read"
    })))
    .await;
    let code = "c0de with spaces&=/+é";
    let redirect_uri = "https://example.com/cb?state=a&b=c";

    let token = client_for(&server)
        .oauth_token(OauthAccessTokenRequestCode {
            additional_properties: Default::default(),
            code: code.into(),
            redirect_uri: redirect_uri.into(),
        })
        .await
        .expect("a 200 answer decodes");

    let form = only_request(&server).await;
    assert_eq!(
        form,
        pairs(&[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", redirect_uri)
        ])
    );
    // Raw bytes too: percent-encoding, not just a round trip.
    let raw = &server.received_requests().await.expect("recording is on")[0].body;
    assert_eq!(
        String::from_utf8_lossy(raw),
        "grant_type=authorization_code&code=c0de+with+spaces%26%3D%2F%2B%C3%A9\
         &redirect_uri=https%3A%2F%2Fexample.com%2Fcb%3Fstate%3Da%26b%3Dc"
    );
    let OauthAccessTokenResponse::AuthorizationCode(token) = token else {
        panic!("expected the authorization_code variant, got {token:?}");
    };
    assert_eq!(token.access_token.expose(), "pina_access");
    assert_eq!(
        token.refresh_token.as_ref().map(|t| t.expose()),
        Some("pinr_refresh")
    );
    assert_eq!(token.expires_in, 2_592_000);
    assert_eq!(token.refresh_token_expires_in, Some(31_536_000));
    assert_eq!(token.refresh_token_expires_at, Some(1_767_225_600));
    assert_eq!(token.scope, "boards:read,pins:read");
    assert_eq!(token.token_type, "bearer");
}

#[tokio::test]
async fn refresh_token_grant_sends_scope_only_when_given() {
    for (scope, expected) in [
        (
            None,
            pairs(&[
                ("grant_type", "refresh_token"),
                ("refresh_token", "pinr_old"),
            ]),
        ),
        (
            Some("pins:read"),
            pairs(&[
                ("grant_type", "refresh_token"),
                ("refresh_token", "pinr_old"),
                ("scope", "pins:read"),
            ]),
        ),
    ] {
        let server = server_answering(token_answer(json!({
            "access_token": "pina_new",
            "refresh_token": "pinr_new",
            "response_type": "refresh_token",
            "token_type": "bearer",
            "expires_in": 2_592_000,
            "refresh_token_expires_in": 5_184_000,
            "refresh_token_expires_at": 1_772_000_000_i64,
            "scope": "pins:read"
        })))
        .await;
        let token = client_for(&server)
            .oauth_token(OauthAccessTokenRequestRefresh {
                additional_properties: Default::default(),
                refresh_token: "pinr_old".into(),
                scope: scope.map(str::to_owned),
            })
            .await
            .expect("a 200 answer decodes");
        assert_eq!(only_request(&server).await, expected);
        let OauthAccessTokenResponse::RefreshToken(token) = token else {
            panic!("expected the refresh_token variant, got {token:?}");
        };
        // Required here, unlike in the authorization code answer.
        assert_eq!(token.refresh_token.expose(), "pinr_new");
        assert_eq!(token.refresh_token_expires_in, 5_184_000);
        assert_eq!(token.refresh_token_expires_at, 1_772_000_000);
    }
}

#[tokio::test]
async fn client_credentials_grant_sends_scope() {
    let server = server_answering(token_answer(json!({
        "access_token": "pina_client",
        "response_type": "client_credentials",
        "token_type": "bearer",
        "expires_in": 2_592_000,
        "scope": "ads:read"
    })))
    .await;
    let token = client_for(&server)
        .oauth_token(OauthAccessTokenRequestClientCredentials {
            additional_properties: Default::default(),
            scope: "ads:read".into(),
        })
        .await
        .expect("a 200 answer decodes");
    assert_eq!(
        only_request(&server).await,
        pairs(&[("grant_type", "client_credentials"), ("scope", "ads:read")])
    );
    let OauthAccessTokenResponse::ClientCredentials(token) = token else {
        panic!("expected the client_credentials variant, got {token:?}");
    };
    assert_eq!(token.access_token.expose(), "pina_client");
    assert_eq!(token.scope, "ads:read");
}

fn any_grant() -> OauthAccessTokenRequest {
    OauthAccessTokenRequestClientCredentials {
        additional_properties: Default::default(),
        scope: "ads:read".into(),
    }
    .into()
}

#[tokio::test]
async fn integration_refresh_is_a_variant_though_not_in_the_enum() {
    let server = server_answering(token_answer(json!({
        "access_token": "pina_i",
        "refresh_token": "pinr_i",
        "response_type": "integration_refresh",
        "token_type": "bearer",
        "expires_in": 100,
        "refresh_token_expires_in": 200,
        "scope": "ads:read"
    })))
    .await;
    let token = client_for(&server)
        .oauth_token(any_grant())
        .await
        .expect("decodes");
    let OauthAccessTokenResponse::IntegrationRefresh(token) = token else {
        panic!("expected the integration_refresh variant, got {token:?}");
    };
    assert_eq!(token.refresh_token.expose(), "pinr_i");
    assert_eq!(token.refresh_token_expires_in, 200);
}

#[tokio::test]
async fn unknown_or_missing_response_type_falls_back_keeping_every_field() {
    for response_type in [Some("everlasting_refresh"), None] {
        let mut body = json!({
            "access_token": "pina_x",
            "token_type": "bearer",
            "expires_in": 60,
            "scope": "pins:read",
            "refresh_token": "pinr_x",
            "something_new": {"nested": [1, 2]}
        });
        if let Some(value) = response_type {
            body["response_type"] = json!(value);
        }
        let server = server_answering(token_answer(body.clone())).await;
        let token = client_for(&server)
            .oauth_token(any_grant())
            .await
            .expect("never fails on the tag");
        let OauthAccessTokenResponse::Unknown(fallback) = &token else {
            panic!("expected the fallback, got {token:?}");
        };
        assert_eq!(fallback.response_type.as_deref(), response_type);
        assert_eq!(fallback.access_token.expose(), "pina_x");
        assert_eq!(fallback.expires_in, 60);
        assert_eq!(
            fallback.additional_properties.get("something_new"),
            Some(&json!({"nested": [1, 2]}))
        );
        // Re-encoding gives back exactly what the server sent.
        assert_eq!(serde_json::to_value(&token).expect("encodes"), body);
        // Unknown fields may be credentials: Debug names them, never shows them.
        let debug = format!("{token:?}");
        assert!(debug.contains("refresh_token"), "{debug}");
        assert!(
            !debug.contains("pinr_x") && !debug.contains("pina_x"),
            "{debug}"
        );
    }
}

#[tokio::test]
async fn known_response_type_with_broken_body_is_a_decode_error() {
    let server = server_answering(token_answer(json!({
        "access_token": "pina_x",
        "response_type": "refresh_token",
        "token_type": "bearer",
        "expires_in": 60,
        "scope": "pins:read"
    })))
    .await;
    let error = client_for(&server)
        .oauth_token(any_grant())
        .await
        .unwrap_err();
    let Error::Decode { status, source, .. } = &error else {
        panic!("expected Decode, got {error:?}");
    };
    assert_eq!(status.as_u16(), 200);
    let message = source.to_string();
    assert!(
        message.contains("`response_type` is `refresh_token`"),
        "{message}"
    );
    assert!(
        message.contains("missing field `refresh_token`"),
        "{message}"
    );
}

#[tokio::test]
async fn with_http_info_returns_status_and_headers() {
    let server = server_answering(
        token_answer(json!({
            "access_token": "pina", "response_type": "client_credentials",
            "token_type": "bearer", "expires_in": 1, "scope": "s"
        }))
        .insert_header("x-pinterest-rid", "rid-123"),
    )
    .await;
    let answer = client_for(&server)
        .oauth_token_with_http_info(any_grant())
        .await
        .expect("decodes");
    assert_eq!(answer.status.as_u16(), 200);
    assert_eq!(
        answer.headers.get("x-pinterest-rid").map(|v| v.as_bytes()),
        Some(&b"rid-123"[..])
    );
    assert!(matches!(
        answer.body,
        OauthAccessTokenResponse::ClientCredentials(_)
    ));
}

#[tokio::test]
async fn declared_error_is_typed_with_status_and_headers() {
    let server = server_answering(
        ResponseTemplate::new(401)
            .set_body_json(json!({"code": 2, "message": "Authentication failed."}))
            .insert_header("x-pinterest-rid", "rid-401"),
    )
    .await;
    let error = client_for(&server)
        .oauth_token(any_grant())
        .await
        .unwrap_err();
    let Error::Api {
        status,
        headers,
        body,
    } = &error
    else {
        panic!("expected Api, got {error:?}");
    };
    assert_eq!(status.as_u16(), 401);
    assert_eq!(
        headers.get("x-pinterest-rid").map(|v| v.as_bytes()),
        Some(&b"rid-401"[..])
    );
    assert_eq!(body.code, 2);
    assert_eq!(body.message, "Authentication failed.");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    let shown = error.to_string();
    assert!(
        shown.contains("401") && shown.contains("Authentication failed."),
        "{shown}"
    );
}

#[tokio::test]
async fn non_json_error_keeps_status_and_text() {
    let server = server_answering(
        ResponseTemplate::new(502)
            .set_body_raw("<html><body>Bad gateway</body></html>", "text/html"),
    )
    .await;
    let error = client_for(&server)
        .oauth_token(any_grant())
        .await
        .unwrap_err();
    let Error::UnexpectedResponse { status, body, .. } = &error else {
        panic!("expected UnexpectedResponse, got {error:?}");
    };
    assert_eq!(status.as_u16(), 502);
    assert_eq!(body, "<html><body>Bad gateway</body></html>");
    assert!(error.to_string().contains("502"));
}

#[tokio::test]
async fn undecodable_success_body_is_a_decode_error() {
    let server = server_answering(
        ResponseTemplate::new(200).set_body_raw("{\"access_token\": ", "application/json"),
    )
    .await;
    let error = client_for(&server)
        .oauth_token(any_grant())
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Decode { status, .. } if status.as_u16() == 200),
        "{error:?}"
    );
}

#[tokio::test]
async fn slow_server_times_out() {
    let server = server_answering(token_answer(json!({})).set_delay(Duration::from_secs(3))).await;
    let client = Client::builder()
        .base_url(format!("{}/v5", server.uri()))
        .basic_auth(CLIENT_ID, CLIENT_SECRET)
        .timeout(Duration::from_millis(200))
        .build()
        .expect("valid");
    let error = client.oauth_token(any_grant()).await.unwrap_err();
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
}

#[tokio::test]
async fn missing_credentials_fail_before_sending() {
    let server = server_answering(token_answer(json!({}))).await;
    let client = Client::builder()
        .base_url(format!("{}/v5", server.uri()))
        .build()
        .expect("valid");
    let error = client.oauth_token(any_grant()).await.unwrap_err();
    assert!(
        matches!(&error, Error::MissingCredentials { .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("basic_auth"), "{error}");
    assert!(
        server
            .received_requests()
            .await
            .expect("recording is on")
            .is_empty()
    );
}

#[tokio::test]
async fn secrets_never_show_in_debug_or_errors() {
    let server =
        server_answering(ResponseTemplate::new(400).set_body_raw("nope", "text/plain")).await;
    let client = client_for(&server);
    let client_debug = format!("{client:?}");
    assert!(
        client_debug.contains(CLIENT_ID),
        "the client id is not secret: {client_debug}"
    );
    assert!(!client_debug.contains(CLIENT_SECRET), "{client_debug}");

    let request: OauthAccessTokenRequest = OauthAccessTokenRequestRefresh {
        additional_properties: Default::default(),
        refresh_token: "pinr_very_secret".into(),
        scope: None,
    }
    .into();
    assert!(!format!("{request:?}").contains("pinr_very_secret"));
    let error = client.oauth_token(request).await.unwrap_err();
    for shown in [format!("{error}"), format!("{error:?}")] {
        assert!(
            !shown.contains("pinr_very_secret") && !shown.contains(CLIENT_SECRET),
            "{shown}"
        );
        assert!(!shown.contains(&BASIC_HEADER[6..]), "{shown}");
    }
}

#[test]
fn default_base_url_comes_from_the_spec() {
    assert_eq!(
        pinterest_api::DEFAULT_BASE_URL,
        "https://api.pinterest.com/v5"
    );
    let client = Client::builder()
        .build()
        .expect("the spec's server is a valid base URL");
    assert_eq!(client.base_url(), "https://api.pinterest.com/v5");
}

#[test]
fn bad_base_url_is_refused() {
    let error = Client::builder().base_url("not a url").build().unwrap_err();
    assert!(error.to_string().contains("not a url"), "{error}");
}

#[tokio::test]
async fn own_http_client_and_user_agent_are_used() {
    use openapi_client_runtime::reqwest;

    let server = server_answering(token_answer(json!({
        "access_token": "a", "response_type": "client_credentials",
        "token_type": "bearer", "expires_in": 1, "scope": "s"
    })))
    .await;
    let mut defaults = reqwest::header::HeaderMap::new();
    defaults.insert(
        "x-from-own-client",
        reqwest::header::HeaderValue::from_static("yes"),
    );
    let own = reqwest::Client::builder()
        .default_headers(defaults)
        .build()
        .expect("builds");
    let client = Client::builder()
        .http_client(own)
        .user_agent("my-app/2.0")
        .base_url(format!("{}/v5/", server.uri()))
        .basic_auth(CLIENT_ID, CLIENT_SECRET)
        .build()
        .expect("valid");
    client.oauth_token(any_grant()).await.expect("decodes");
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(
        requests[0].url.path(),
        "/v5/oauth/token",
        "a trailing slash on the base URL is harmless"
    );
    assert_eq!(requests[0].headers["x-from-own-client"], "yes");
    assert_eq!(requests[0].headers["user-agent"], "my-app/2.0");
}
