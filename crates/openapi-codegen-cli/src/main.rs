//! The `openapi-codegen` command: the generator outside this repository.
//! `cargo install --path crates/openapi-codegen-cli` puts it on the path;
//! it writes a standalone crate for a spec through the same library code
//! (`openapi_codegen::CrateConfig`) as `cargo xtask generate --spec`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use openapi_codegen::{CrateConfig, FileStatus, Mode, RUNTIME_VERSION, RuntimeDependency};

const USAGE: &str = "\
openapi-codegen: writes a Rust client crate for an OpenAPI 3.0 description

usage:
  openapi-codegen generate --spec PATH --out DIR [--name CRATE] [--runtime-path DIR] [--tag-features] [--check]
  openapi-codegen help [generate]

exit status: 0 done; 1 the spec was refused, a file could not be written,
or (with --check) a file is stale; 2 the command line is wrong.";

fn generate_usage() -> String {
    format!(
        "\
usage: openapi-codegen generate --spec PATH --out DIR [--name CRATE] [--runtime-path DIR] [--tag-features] [--check]

Writes a crate for the spec into DIR: Cargo.toml, src/lib.rs and
src/generated.rs. Only files whose content changed are rewritten, and
nothing is written unless the whole crate could be generated.

  --spec PATH          the OpenAPI 3.0 description, YAML or JSON; a $ref to
                       another file is read relative to the file that says it
  --out DIR            the crate's directory, created if missing
  --name CRATE         the package name (default: from the API's title)
  --runtime-path DIR   depend on the openapi-client-runtime checkout in DIR
                       (default: version {RUNTIME_VERSION} from crates.io)
  --tag-features       one Cargo feature per tag: each tag's operations, and
                       the types only they need, compile only when it is on
                       (all are on by default)
  --check              write nothing; fail naming each file that differs

Prints each file written (or stale), each construct typed more loosely
than the spec says, with its JSON pointer, and a one-line summary."
    )
}

/// A command line, understood.
#[derive(Debug, PartialEq)]
enum Command {
    Help(Option<String>),
    Generate(Generate),
}

#[derive(Debug, PartialEq)]
struct Generate {
    spec: PathBuf,
    out: PathBuf,
    name: Option<String>,
    runtime_path: Option<PathBuf>,
    tag_features: bool,
    mode: Mode,
}

/// The command `args` (without the program name) ask for, or why they do
/// not make one.
fn parse(args: &[String]) -> Result<Command, String> {
    let Some((first, rest)) = args.split_first() else {
        return Err("no command given".to_owned());
    };
    match first.as_str() {
        "help" | "--help" | "-h" => return Ok(Command::Help(rest.first().cloned())),
        "generate" => {}
        other => return Err(format!("unknown command `{other}`")),
    }
    let mut generate = Generate {
        spec: PathBuf::new(),
        out: PathBuf::new(),
        name: None,
        runtime_path: None,
        tag_features: false,
        mode: Mode::Write,
    };
    let (mut spec, mut out) = (None, None);
    let mut rest = rest.iter();
    while let Some(flag) = rest.next() {
        let mut value = || {
            rest.next()
                .cloned()
                .ok_or_else(|| format!("`{flag}` needs a value"))
        };
        match flag.as_str() {
            "--help" | "-h" => return Ok(Command::Help(Some("generate".to_owned()))),
            "--check" => generate.mode = Mode::Check,
            "--tag-features" => generate.tag_features = true,
            "--spec" => spec = Some(PathBuf::from(value()?)),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--name" => generate.name = Some(value()?),
            "--runtime-path" => generate.runtime_path = Some(PathBuf::from(value()?)),
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    generate.spec = spec.ok_or("`--spec PATH` is required")?;
    generate.out = out.ok_or("`--out DIR` is required")?;
    Ok(Command::Generate(generate))
}

/// Writes (or checks) the crate and prints what happened.
///
/// # Errors
///
/// The message to print: the spec refused (with where), a file that
/// cannot be written, or in check mode the stale files.
fn generate(command: &Generate) -> Result<(), String> {
    let started = Instant::now();
    let runtime = match &command.runtime_path {
        Some(dir) => RuntimeDependency::path_from(&command.out, dir)
            .map_err(|error| format!("{}: {error}", dir.display()))?,
        None => RuntimeDependency::default(),
    };
    let mut config = CrateConfig::new(&command.spec, &command.out)
        .runtime(runtime)
        .tag_features(command.tag_features)
        .spec_name(command.spec.display().to_string())
        .regenerate_command(format!(
            "openapi-codegen generate --spec {} --out {}",
            command.spec.display(),
            command.out.display()
        ))
        .mode(command.mode);
    if let Some(name) = &command.name {
        config = config.name(name.clone());
    }
    let outcome = config.run().map_err(|error| error.to_string())?;
    for (path, status) in &outcome.files {
        if *status != FileStatus::Unchanged {
            println!("{}: {status:?}", path.display());
        }
    }
    for warning in &outcome.warnings {
        eprintln!("degraded: {warning}");
    }
    println!(
        "{}, in {} ms",
        outcome.summary(),
        started.elapsed().as_millis()
    );
    let stale: Vec<String> = outcome
        .stale()
        .map(|path| path.display().to_string())
        .collect();
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "stale: {}; run the command without --check",
            stale.join(", ")
        ))
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse(&args) {
        Ok(Command::Help(topic)) => {
            match topic.as_deref() {
                Some("generate") => println!("{}", generate_usage()),
                _ => println!("{USAGE}"),
            }
            ExitCode::SUCCESS
        }
        Ok(Command::Generate(command)) => match generate(&command) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::from(1)
            }
        },
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn command_lines() {
        let generate = |spec: &str, out: &str| Generate {
            spec: spec.into(),
            out: out.into(),
            name: None,
            runtime_path: None,
            tag_features: false,
            mode: Mode::Write,
        };
        let cases = [
            (
                "generate --spec a.yaml --out d",
                Ok(Command::Generate(generate("a.yaml", "d"))),
            ),
            (
                "generate --out d --spec a.yaml --check --name n --runtime-path r --tag-features",
                Ok(Command::Generate(Generate {
                    name: Some("n".into()),
                    runtime_path: Some("r".into()),
                    tag_features: true,
                    mode: Mode::Check,
                    ..generate("a.yaml", "d")
                })),
            ),
            ("--help", Ok(Command::Help(None))),
            ("help generate", Ok(Command::Help(Some("generate".into())))),
            (
                "generate --spec a.yaml --help",
                Ok(Command::Help(Some("generate".into()))),
            ),
            ("", Err("no command given".to_owned())),
            ("build", Err("unknown command `build`".to_owned())),
            (
                "generate --spec a.yaml",
                Err("`--out DIR` is required".to_owned()),
            ),
            (
                "generate --out d",
                Err("`--spec PATH` is required".to_owned()),
            ),
            ("generate --spec", Err("`--spec` needs a value".to_owned())),
            (
                "generate --spec a --out d --force",
                Err("unknown option `--force`".to_owned()),
            ),
        ];
        for (line, expected) in cases {
            assert_eq!(parse(&words(line)), expected, "{line}");
        }
    }
}
