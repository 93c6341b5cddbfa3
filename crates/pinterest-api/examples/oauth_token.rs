//! Gets a Pinterest OAuth token from the command line.
//!
//! ```text
//! cargo run -p pinterest-api --example oauth_token -- authorization-code --code C --redirect-uri URI
//! cargo run -p pinterest-api --example oauth_token -- refresh-token --refresh-token T [--scope S]
//! cargo run -p pinterest-api --example oauth_token -- client-credentials --scope S
//! ```
//!
//! Reads `PINTEREST_CLIENT_ID` and `PINTEREST_CLIENT_SECRET` (required) and
//! `PINTEREST_API_BASE` (optional; default the spec's server). On success it
//! prints the token response as one JSON object and exits 0. On failure it
//! prints the cause on stderr and exits 1 (2 for bad usage). It never prints
//! the client secret.

use std::io::Write;
use std::process::ExitCode;

use pinterest_api::types::{
    OauthAccessTokenRequest, OauthAccessTokenRequestClientCredentials, OauthAccessTokenRequestCode,
    OauthAccessTokenRequestRefresh,
};
use pinterest_api::{Client, Error};

const USAGE: &str = "usage: oauth_token authorization-code --code C --redirect-uri URI
       oauth_token refresh-token --refresh-token T [--scope S]
       oauth_token client-credentials --scope S
environment: PINTEREST_CLIENT_ID, PINTEREST_CLIENT_SECRET (required), PINTEREST_API_BASE (optional)";

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = run(
        &args,
        |name| std::env::var(name).ok(),
        &mut std::io::stdout(),
        &mut std::io::stderr(),
    )
    .await;
    ExitCode::from(code)
}

/// Runs the example: parses `args`, reads settings through `env`, performs
/// the grant and writes the answer. Returns the exit code.
pub async fn run(
    args: &[String],
    env: impl Fn(&str) -> Option<String>,
    stdout: &mut impl Write,
    stderr: &mut impl Write,
) -> u8 {
    let request = match parse_grant(args) {
        Ok(request) => request,
        Err(problem) => {
            let _ = writeln!(stderr, "error: {problem}\n{USAGE}");
            return 2;
        }
    };
    let (Some(client_id), Some(client_secret)) =
        (env("PINTEREST_CLIENT_ID"), env("PINTEREST_CLIENT_SECRET"))
    else {
        let _ = writeln!(
            stderr,
            "error: set PINTEREST_CLIENT_ID and PINTEREST_CLIENT_SECRET\n{USAGE}"
        );
        return 2;
    };
    let mut builder = Client::builder().basic_auth(client_id, client_secret);
    if let Some(base) = env("PINTEREST_API_BASE").filter(|base| !base.is_empty()) {
        builder = builder.base_url(base);
    }
    let client = match builder.build() {
        Ok(client) => client,
        Err(error) => {
            let _ = writeln!(stderr, "error: {error}");
            return 1;
        }
    };
    match client.oauth_token(request).await {
        Ok(token) => match serde_json::to_string(&token) {
            Ok(json) => {
                let _ = writeln!(stdout, "{json}");
                0
            }
            Err(error) => {
                let _ = writeln!(stderr, "error: cannot print the answer as JSON: {error}");
                1
            }
        },
        Err(error) => {
            let _ = writeln!(stderr, "{}", describe(&error));
            1
        }
    }
}

/// One line for a failed call: status, code and message for an API error.
fn describe(error: &Error) -> String {
    match error {
        Error::Api { status, body, .. } => {
            format!("error: HTTP {status}: code {}: {}", body.code, body.message)
        }
        Error::UnexpectedResponse { status, .. } => {
            format!(
                "error: HTTP {status}: {}",
                error.body_preview().unwrap_or_default()
            )
        }
        other => format!("error: {other}"),
    }
}

fn parse_grant(args: &[String]) -> Result<OauthAccessTokenRequest, String> {
    let Some((grant, flags)) = args.split_first() else {
        return Err("name a grant".to_owned());
    };
    let allowed: &[&str] = match grant.as_str() {
        "authorization-code" => &["--code", "--redirect-uri"],
        "refresh-token" => &["--refresh-token", "--scope"],
        "client-credentials" => &["--scope"],
        other => return Err(format!("unknown grant `{other}`")),
    };
    let mut values: Vec<(&str, String)> = Vec::new();
    let mut rest = flags.iter();
    while let Some(flag) = rest.next() {
        if !allowed.contains(&flag.as_str()) {
            return Err(format!("`{flag}` is not a flag of `{grant}`"));
        }
        let Some(value) = rest.next() else {
            return Err(format!("`{flag}` needs a value"));
        };
        if values.iter().any(|(seen, _)| *seen == flag.as_str()) {
            return Err(format!("`{flag}` is given twice"));
        }
        values.push((flag.as_str(), value.clone()));
    }
    let take = |flag: &str| {
        values
            .iter()
            .find(|(name, _)| *name == flag)
            .map(|(_, value)| value.clone())
    };
    let need = |flag: &str| take(flag).ok_or_else(|| format!("`{grant}` needs `{flag}`"));
    Ok(match grant.as_str() {
        "authorization-code" => OauthAccessTokenRequestCode {
            additional_properties: Default::default(),
            code: need("--code")?,
            redirect_uri: need("--redirect-uri")?,
        }
        .into(),
        "refresh-token" => OauthAccessTokenRequestRefresh {
            additional_properties: Default::default(),
            refresh_token: need("--refresh-token")?.into(),
            scope: take("--scope"),
        }
        .into(),
        _ => OauthAccessTokenRequestClientCredentials {
            additional_properties: Default::default(),
            scope: need("--scope")?,
        }
        .into(),
    })
}
