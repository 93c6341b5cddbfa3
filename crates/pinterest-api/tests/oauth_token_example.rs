//! The `oauth_token` example's own code, run against a local HTTP server:
//! all three grants, an API error, a non-JSON error, and bad usage.

#[allow(dead_code, missing_docs)]
#[path = "../examples/oauth_token.rs"]
mod example;

use serde_json::{Value, json};
use wiremock::matchers::{body_string_contains, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const SECRET: &str = "the-client-secret";

struct Outcome {
    code: u8,
    stdout: String,
    stderr: String,
}

async fn run_example(server: &MockServer, args: &[&str]) -> Outcome {
    run_example_at(&format!("{}/v5", server.uri()), args).await
}

/// Runs the example against `base`, checking it never prints the secret.
async fn run_example_at(base: &str, args: &[&str]) -> Outcome {
    let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    let env = |name: &str| match name {
        "PINTEREST_CLIENT_ID" => Some("the-client-id".to_owned()),
        "PINTEREST_CLIENT_SECRET" => Some(SECRET.to_owned()),
        "PINTEREST_API_BASE" => Some(base.to_owned()),
        _ => None,
    };
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = example::run(&args, env, &mut stdout, &mut stderr).await;
    let outcome = Outcome {
        code,
        stdout: String::from_utf8(stdout).expect("UTF-8"),
        stderr: String::from_utf8(stderr).expect("UTF-8"),
    };
    assert!(
        !outcome.stdout.contains(SECRET) && !outcome.stderr.contains(SECRET),
        "the client secret is never printed"
    );
    outcome
}

/// A server that answers each grant with its own token response.
async fn token_server() -> MockServer {
    let server = MockServer::start().await;
    let answers = [
        (
            "grant_type=authorization_code",
            json!({"access_token": "a1", "refresh_token": "r1", "response_type": "authorization_code",
                   "token_type": "bearer", "expires_in": 10, "refresh_token_expires_in": 20,
                   "refresh_token_expires_at": 30, "scope": "pins:read"}),
        ),
        (
            "grant_type=refresh_token",
            json!({"access_token": "a2", "refresh_token": "r2", "response_type": "refresh_token",
                   "token_type": "bearer", "expires_in": 10, "refresh_token_expires_in": 20,
                   "refresh_token_expires_at": 30, "scope": "pins:read"}),
        ),
        (
            "grant_type=client_credentials",
            json!({"access_token": "a3", "response_type": "client_credentials",
                   "token_type": "bearer", "expires_in": 10, "scope": "ads:read"}),
        ),
    ];
    for (grant, answer) in answers {
        Mock::given(method("POST"))
            .and(path("/v5/oauth/token"))
            .and(body_string_contains(grant))
            .respond_with(ResponseTemplate::new(200).set_body_json(answer))
            .mount(&server)
            .await;
    }
    server
}

fn printed_json(outcome: &Outcome) -> Value {
    assert_eq!(outcome.code, 0, "stderr: {}", outcome.stderr);
    assert_eq!(
        outcome.stdout.lines().count(),
        1,
        "one JSON object on one line"
    );
    serde_json::from_str(&outcome.stdout).expect("stdout is JSON")
}

#[tokio::test]
async fn performs_all_three_grants() {
    let server = token_server().await;

    let printed = printed_json(
        &run_example(
            &server,
            &[
                "authorization-code",
                "--code",
                "C",
                "--redirect-uri",
                "https://x.test/cb",
            ],
        )
        .await,
    );
    assert_eq!(
        printed,
        json!({"access_token": "a1", "refresh_token": "r1", "response_type": "authorization_code",
               "token_type": "bearer", "expires_in": 10, "refresh_token_expires_in": 20,
               "refresh_token_expires_at": 30, "scope": "pins:read"})
    );

    let printed = printed_json(
        &run_example(
            &server,
            &[
                "refresh-token",
                "--refresh-token",
                "T",
                "--scope",
                "pins:read",
            ],
        )
        .await,
    );
    assert_eq!(printed["response_type"], "refresh_token");
    assert_eq!(printed["refresh_token"], "r2");

    let printed =
        printed_json(&run_example(&server, &["client-credentials", "--scope", "ads:read"]).await);
    assert_eq!(
        printed,
        json!({"access_token": "a3", "response_type": "client_credentials",
               "token_type": "bearer", "expires_in": 10, "scope": "ads:read"})
    );

    let bodies: Vec<String> = server
        .received_requests()
        .await
        .expect("recording is on")
        .iter()
        .map(|r| String::from_utf8_lossy(&r.body).into_owned())
        .collect();
    assert_eq!(
        bodies,
        [
            "grant_type=authorization_code&code=C&redirect_uri=https%3A%2F%2Fx.test%2Fcb",
            "grant_type=refresh_token&refresh_token=T&scope=pins%3Aread",
            "grant_type=client_credentials&scope=ads%3Aread",
        ]
    );
}

#[tokio::test]
async fn api_error_prints_status_code_and_message() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"code": 2, "message": "Authentication failed."})),
        )
        .mount(&server)
        .await;
    let outcome = run_example(&server, &["client-credentials", "--scope", "ads:read"]).await;
    assert_eq!(outcome.code, 1);
    assert_eq!(outcome.stdout, "");
    assert_eq!(
        outcome.stderr.trim(),
        "error: HTTP 401 Unauthorized: code 2: Authentication failed."
    );
}

#[tokio::test]
async fn non_json_error_prints_status_and_body_start() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(503).set_body_raw("upstream\nunavailable", "text/plain"),
        )
        .mount(&server)
        .await;
    let outcome = run_example(&server, &["client-credentials", "--scope", "ads:read"]).await;
    assert_eq!(outcome.code, 1);
    assert_eq!(
        outcome.stderr.trim(),
        "error: HTTP 503 Service Unavailable: upstream unavailable"
    );
}

#[tokio::test]
async fn bad_usage_exits_2_and_sends_nothing() {
    let server = token_server().await;
    for args in [
        &[][..],
        &["password"][..],
        &["authorization-code", "--code", "C"][..],
        &["client-credentials"][..],
        &["client-credentials", "--scope"][..],
        &["refresh-token", "--code", "C"][..],
    ] {
        let outcome = run_example(&server, args).await;
        assert_eq!(outcome.code, 2, "{args:?}");
        assert!(
            outcome.stderr.contains("usage:"),
            "{args:?}: {}",
            outcome.stderr
        );
    }
    assert!(
        server
            .received_requests()
            .await
            .expect("recording is on")
            .is_empty()
    );
}

#[tokio::test]
async fn unreachable_server_is_one_line() {
    // Nothing listens on the discard port of the loopback address.
    let outcome = run_example_at(
        "http://127.0.0.1:9/v5",
        &["client-credentials", "--scope", "s"],
    )
    .await;
    assert_eq!(outcome.code, 1);
    assert_eq!(outcome.stdout, "");
    assert_eq!(
        outcome.stderr.trim().lines().count(),
        1,
        "{}",
        outcome.stderr
    );
    assert!(
        outcome.stderr.starts_with("error: the request failed"),
        "{}",
        outcome.stderr
    );
}
