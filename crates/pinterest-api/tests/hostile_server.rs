//! The generated client against servers that answer badly: every bad answer
//! ends in a typed error, never a panic, and credentials never leave the
//! host they were given for. Wiremock serves well-formed HTTP; a raw TCP
//! listener on 127.0.0.1 serves what wiremock cannot (lies about lengths,
//! stalls).

mod support;

use std::time::Duration;

use pinterest_api::types::{OauthAccessTokenRequest, OauthAccessTokenRequestCode};
use pinterest_api::{Client, Error};
use support::server_answering;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const SECRET: &str = "app-secret-value";

fn client_at(base: &str) -> Client {
    Client::builder()
        .base_url(format!("{base}/v5"))
        .basic_auth("app-id", SECRET)
        .timeout(Duration::from_millis(500))
        .max_response_bytes(1024)
        .build()
        .expect("a local base URL is valid")
}

fn request() -> OauthAccessTokenRequest {
    OauthAccessTokenRequestCode {
        additional_properties: Default::default(),
        code: "the-code".into(),
        redirect_uri: "https://example.com/cb".to_owned(),
    }
    .into()
}

async fn call(base: &str) -> Error {
    let result = client_at(base).oauth_token(request()).await;
    let error = result.expect_err("a bad answer is an error");
    let text = format!("{error} {error:?}");
    assert!(!text.contains(SECRET), "the secret leaked: {text}");
    error
}

/// A server that reads each request's head, writes `answer`, and then
/// either closes the connection or holds it open without another byte.
async fn raw_server(answer: impl Into<Vec<u8>>, hold_open: bool) -> String {
    let answer: std::sync::Arc<[u8]> = answer.into().into();
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("bound address");
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let answer = answer.clone();
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut buffer = [0u8; 4096];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                    match socket.read(&mut buffer).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buffer[..n]),
                    }
                }
                let _ = socket.write_all(&answer).await;
                if hold_open {
                    tokio::time::sleep(Duration::from_secs(30)).await;
                }
            });
        }
    });
    format!("http://{address}")
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused_whether_or_not_its_length_is_announced() {
    let announced = server_answering(
        ResponseTemplate::new(200).set_body_raw(vec![b' '; 4096], "application/json"),
    )
    .await;
    let error = call(&announced.uri()).await;
    assert!(
        matches!(error, Error::BodyTooLarge { status, limit: 1024 } if status == 200),
        "{error:?}"
    );

    // Chunked, so the size is only known while reading.
    let chunk = format!("400\r\n{}\r\n", " ".repeat(0x400));
    let answer = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n{chunk}{chunk}0\r\n\r\n"
    );
    let chunked = raw_server(answer.into_bytes(), false).await;
    let error = call(&chunked).await;
    assert!(
        matches!(error, Error::BodyTooLarge { limit: 1024, .. }),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_truncated_body_is_a_transport_error() {
    let base = raw_server(
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"access_token\":",
        false,
    )
    .await;
    let error = call(&base).await;
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
}

#[tokio::test]
async fn a_success_that_is_not_json_is_a_decode_error_with_its_status() {
    let server = server_answering(
        ResponseTemplate::new(200).set_body_raw("<html>maintenance</html>", "text/html"),
    )
    .await;
    let error = call(&server.uri()).await;
    assert!(
        matches!(&error, Error::Decode { status, .. } if *status == 200),
        "{error:?}"
    );
}

#[tokio::test]
async fn invalid_utf8_is_a_decode_error_on_success_and_replaced_in_an_error_body() {
    let success = server_answering(
        ResponseTemplate::new(200).set_body_raw(vec![b'"', 0xff, 0xfe, b'"'], "application/json"),
    )
    .await;
    let error = call(&success.uri()).await;
    assert!(matches!(error, Error::Decode { .. }), "{error:?}");

    let failure = server_answering(
        ResponseTemplate::new(502).set_body_raw(vec![b'b', b'a', b'd', 0xff, 0xfe], "text/plain"),
    )
    .await;
    let error = call(&failure.uri()).await;
    assert_eq!(error.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(error.body_preview().as_deref(), Some("bad\u{fffd}\u{fffd}"));
}

#[tokio::test]
async fn statuses_the_spec_does_not_declare_are_unexpected_responses() {
    for (status, body) in [
        (418, r#"{"not": "the error schema"}"#),
        (302, ""),
        (503, "<html>busy</html>"),
    ] {
        let server =
            server_answering(ResponseTemplate::new(status).set_body_raw(body, "application/json"))
                .await;
        let error = call(&server.uri()).await;
        assert!(
            matches!(&error, Error::UnexpectedResponse { status: s, .. } if s.as_u16() == status),
            "{status}: {error:?}"
        );
    }
}

#[tokio::test]
async fn a_server_that_stalls_before_or_during_the_answer_times_out() {
    let silent = raw_server(b"", true).await;
    let error = call(&silent).await;
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");

    let mid_body = raw_server(
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"access",
        true,
    )
    .await;
    let error = call(&mid_body).await;
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
}

#[tokio::test]
async fn a_redirect_to_another_host_is_not_followed_so_credentials_stay_home() {
    let elsewhere = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({})))
        .mount(&elsewhere)
        .await;
    let target = format!("{}/v5/oauth/token", elsewhere.uri());
    let home =
        server_answering(ResponseTemplate::new(307).insert_header("location", target.as_str()))
            .await;

    let error = call(&home.uri()).await;
    assert!(
        matches!(&error, Error::UnexpectedResponse { status, .. } if status.as_u16() == 307),
        "{error:?}"
    );
    let location = error.headers().and_then(|h| h.get("location"));
    assert_eq!(
        location.and_then(|l| l.to_str().ok()),
        Some(target.as_str())
    );
    let forwarded = elsewhere
        .received_requests()
        .await
        .expect("recording is on");
    assert!(
        forwarded.is_empty(),
        "nothing reaches the other host: {forwarded:?}"
    );
}

#[tokio::test]
async fn a_redirect_within_the_same_origin_is_followed_with_credentials() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v5/oauth/token"))
        .respond_with(ResponseTemplate::new(307).insert_header("location", "/v5/oauth/token-moved"))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v5/oauth/token-moved"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "access_token": "a", "token_type": "bearer", "expires_in": 1, "scope": "s",
            "response_type": "authorization_code", "refresh_token": "r",
            "refresh_token_expires_in": 2
        })))
        .mount(&server)
        .await;
    let answer = client_at(&server.uri())
        .oauth_token(request())
        .await
        .expect("the moved endpoint answers");
    assert!(
        format!("{answer:?}").contains("AuthorizationCode"),
        "{answer:?}"
    );
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[1].url.path(), "/v5/oauth/token-moved");
    assert!(requests[1].headers.get("authorization").is_some());
    assert_eq!(
        requests[1].body, requests[0].body,
        "307 re-sends the same form"
    );
}
