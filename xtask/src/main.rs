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
    let mode = match args.as_slice() {
        ["generate"] => Mode::Write,
        ["generate", "--check"] => Mode::Check,
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match generate(&workspace_root(), mode) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(1)
        }
    }
}

fn workspace_root() -> PathBuf {
    // xtask lives one level below the workspace root.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// Generates every client in [`CLIENTS`] below `root`, printing a line per
/// file and any warnings.
///
/// # Errors
///
/// The message to print: a spec the generator refuses, a file that cannot
/// be written, or in check mode the stale files and the command that fixes
/// them.
fn generate(root: &Path, mode: Mode) -> Result<(), String> {
    let mut stale = Vec::new();
    for (spec, output) in CLIENTS {
        let outcome = Config::new(root.join(spec), root.join(output))
            .spec_name(*spec)
            .regenerate_command(GENERATE)
            .mode(mode)
            .run()
            .map_err(|error| error.to_string())?;
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
        Ok(())
    } else {
        Err(format!(
            "{} out of date with its spec; run `{GENERATE}` and commit the result",
            stale.join(", ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch copy of the workspace's specs, with no generated output yet.
    fn scratch_root() -> PathBuf {
        let root = std::env::temp_dir().join(format!("xtask-generate-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for (spec, _) in CLIENTS {
            let target = root.join(spec);
            std::fs::create_dir_all(target.parent().expect("specs live in a directory")).unwrap();
            std::fs::copy(workspace_root().join(spec), target).unwrap();
        }
        root
    }

    #[test]
    fn check_names_stale_files_and_the_fix_and_writes_nothing() {
        let root = scratch_root();
        let (_, output) = CLIENTS[0];
        let message = generate(&root, Mode::Check).unwrap_err();
        assert!(
            message.contains(output) && message.contains("run `cargo xtask generate`"),
            "{message}"
        );
        assert!(!root.join(output).exists(), "check mode writes nothing");

        generate(&root, Mode::Write).unwrap();
        let written = std::fs::read(root.join(output)).unwrap();
        generate(&root, Mode::Check).unwrap();

        std::fs::write(root.join(output), b"// edited by hand\n").unwrap();
        assert!(generate(&root, Mode::Check).is_err());
        generate(&root, Mode::Write).unwrap();
        assert_eq!(std::fs::read(root.join(output)).unwrap(), written);
    }

    #[test]
    fn checked_in_clients_are_fresh() {
        generate(&workspace_root(), Mode::Check).unwrap();
    }
}
