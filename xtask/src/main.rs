//! Project automation, run as `cargo xtask <command>`.
//!
//! `generate` regenerates every checked-in client from `specs/`, rewriting
//! only files whose content changed; `generate --check` writes nothing and
//! fails, naming each stale file, when one would change.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use openapi_codegen::{Config, FileStatus, Mode};

/// The command that regenerates the checked-in clients.
const GENERATE: &str = "cargo xtask generate";

/// Every checked-in client: (spec, generated module), relative to the
/// workspace root.
const CLIENTS: &[(&str, &str)] = &[(
    "specs/pinterest-v5.yaml",
    "crates/pinterest-api/src/generated.rs",
)];

const USAGE: &str = "usage: cargo xtask generate [--check]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["generate"] => generate(Mode::Write),
        ["generate", "--check"] => generate(Mode::Check),
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn workspace_root() -> PathBuf {
    // xtask lives one level below the workspace root.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

fn generate(mode: Mode) -> ExitCode {
    let root = workspace_root();
    let mut stale = Vec::new();
    for (spec, output) in CLIENTS {
        let outcome = Config::new(root.join(spec), root.join(output))
            .spec_name(*spec)
            .regenerate_command(GENERATE)
            .mode(mode)
            .run();
        let outcome = match outcome {
            Ok(outcome) => outcome,
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::from(1);
            }
        };
        for warning in &outcome.warnings {
            eprintln!("warning: {spec}: {warning}");
        }
        let what = match outcome.status {
            FileStatus::Unchanged => "unchanged",
            FileStatus::Written => "written",
            FileStatus::Stale => {
                stale.push(*output);
                "stale"
            }
        };
        println!(
            "{output}: {what} ({} operations, {} types, {} warnings)",
            outcome.operations,
            outcome.types,
            outcome.warnings.len()
        );
    }
    if stale.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "error: {} out of date with its spec; run `{GENERATE}` and commit the result",
            stale.join(", ")
        );
        ExitCode::from(1)
    }
}
