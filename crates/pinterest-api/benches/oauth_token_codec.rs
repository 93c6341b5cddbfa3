//! The client's own cost per `/oauth/token` call, without the network:
//! building and form-encoding the request, and decoding each kind of
//! answer (a tagged union read through the runtime's tag decoder).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use openapi_client_runtime::{Method, Request};
use pinterest_api::types::{
    OauthAccessTokenRequest, OauthAccessTokenRequestCode, OauthAccessTokenResponse,
};

fn codec(c: &mut Criterion) {
    let request: OauthAccessTokenRequest = OauthAccessTokenRequestCode {
        additional_properties: Default::default(),
        code: "a-code-from-the-redirect".into(),
        redirect_uri: "https://example.com/oauth/callback".to_owned(),
    }
    .into();
    c.bench_function("encode authorization_code request", |b| {
        b.iter(|| Request::new(Method::POST, "/oauth/token").form_body(black_box(&request)))
    });

    let answers = [
        (
            "decode authorization_code answer",
            r#"{"access_token":"pina_AAAA","refresh_token":"pinr_BBBB","response_type":"authorization_code","token_type":"bearer","expires_in":2592000,"refresh_token_expires_in":31536000,"scope":"boards:read pins:read user_accounts:read"}"#,
        ),
        (
            "decode unknown response_type (fallback)",
            r#"{"access_token":"pina_AAAA","response_type":"something_new","token_type":"bearer","expires_in":2592000,"scope":"boards:read","extra":{"nested":[1,2,3]}}"#,
        ),
    ];
    for (name, body) in answers {
        c.bench_function(name, |b| {
            b.iter(|| {
                serde_json::from_slice::<OauthAccessTokenResponse>(black_box(body.as_bytes()))
            })
        });
    }
}

// `criterion_group!` defines an undocumented `pub fn`.
#[allow(missing_docs)]
mod group {
    use super::*;
    criterion_group!(benches, codec);
}
criterion_main!(group::benches);
