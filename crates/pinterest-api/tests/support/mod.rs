//! What several test files share: a local server for `/oauth/token`.

use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A server on 127.0.0.1 that answers `POST /v5/oauth/token` with `template`.
pub async fn server_answering(template: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v5/oauth/token"))
        .respond_with(template)
        .mount(&server)
        .await;
    server
}
