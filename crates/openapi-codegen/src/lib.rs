//! Generates a Rust client module from an OpenAPI 3.0 description.
//!
//! The whole pipeline, in one place: read the spec, parse it
//! ([`openapi_ir::parse_spec`]), lower it ([`openapi_ir::lower`]), emit and
//! format Rust ([`openapi_emit::emit`]), and write the file only if its
//! content changed ([`ensure_file_contents`]). The generated module depends
//! on the `openapi-client-runtime` crate.
//!
//! From a `build.rs`:
//!
//! ```no_run
//! let out = std::path::Path::new(&std::env::var("OUT_DIR")?).join("client.rs");
//! openapi_codegen::Config::new("specs/api.yaml", out).module("api").run()?;
//! println!("cargo::rerun-if-changed=specs/api.yaml");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! and in the crate, `include!(concat!(env!("OUT_DIR"), "/client.rs"));`
//! defines `mod api`. The crate depends on `openapi-client-runtime`.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

mod standalone;

pub use openapi_emit::{
    DrawnValue, example_and_drawn_checks, example_checks, roundtrip_dispatch, roundtrip_index,
};
pub use openapi_ir::draw_values::ValueDrawer;
pub use openapi_ir::{Api, Example, TypeId, TypeKind, TypeRef, Warning, parse_document};
pub use standalone::{
    CARGO_TEMPLATE, CrateConfig, CrateOutcome, RUNTIME_VERSION, RuntimeDependency,
};

/// Why generation failed. Nothing was written when it does.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The spec file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The spec's path.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The spec is not one the generator accepts.
    #[error("{path}: {source}")]
    Spec {
        /// The spec's path.
        path: PathBuf,
        /// What is wrong, and where in the spec.
        source: openapi_ir::Error,
    },
    /// The generator produced invalid Rust: a bug, not a spec problem.
    #[error("{path}: {source}")]
    Emit {
        /// The spec's path.
        path: PathBuf,
        /// What went wrong.
        source: openapi_emit::Error,
    },
    /// The output file could not be written; the previous file is intact.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The output path.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
}

/// What [`ensure_file_contents`] did, or in check mode would do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileStatus {
    /// The file already had this content; it was not touched.
    Unchanged,
    /// The file was written.
    Written,
    /// Check mode: the file differs or is missing, and nothing was written.
    Stale,
}

/// Whether to write output or only compare it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// Write files whose content changed.
    #[default]
    Write,
    /// Write nothing; report files that would change as [`FileStatus::Stale`].
    Check,
}

/// The result of a generation run.
#[derive(Debug)]
pub struct Outcome {
    /// What happened to the output file.
    pub status: FileStatus,
    /// Constructs that were typed loosely, each with its place in the spec.
    pub warnings: Vec<Warning>,
    /// How many operations the client has.
    pub operations: usize,
    /// How many types it has.
    pub types: usize,
}

/// Generated source, before it is written anywhere.
#[derive(Debug)]
pub struct Generated {
    /// The formatted module.
    pub source: String,
    /// The lowered API it was generated from.
    pub api: openapi_ir::Api,
}

/// Settings for one spec → module generation.
///
/// ```no_run
/// use openapi_codegen::{Config, Mode};
///
/// let outcome = Config::new("specs/pinterest-v5.yaml", "crates/pinterest-api/src/generated.rs")
///     .spec_name("specs/pinterest-v5.yaml")
///     .regenerate_command("cargo xtask generate")
///     .mode(Mode::Check)
///     .run()?;
/// println!("{:?}", outcome.status);
/// # Ok::<(), openapi_codegen::Error>(())
/// ```
#[derive(Clone, Debug)]
#[must_use]
pub struct Config {
    spec: PathBuf,
    output: PathBuf,
    spec_name: Option<String>,
    regenerate_command: Option<String>,
    module: Option<String>,
    mode: Mode,
}

impl Config {
    /// Generates `output` from the spec at `spec`.
    pub fn new(spec: impl Into<PathBuf>, output: impl Into<PathBuf>) -> Self {
        Config {
            spec: spec.into(),
            output: output.into(),
            spec_name: None,
            regenerate_command: None,
            module: None,
            mode: Mode::Write,
        }
    }

    /// How the header names the spec (default: its path as given). Use a
    /// path relative to the repository so output does not depend on where
    /// it was checked out.
    pub fn spec_name(mut self, name: impl Into<String>) -> Self {
        self.spec_name = Some(name.into());
        self
    }

    /// The command the header tells readers to run to regenerate the file.
    pub fn regenerate_command(mut self, command: impl Into<String>) -> Self {
        self.regenerate_command = Some(command.into());
        self
    }

    /// Wraps the output in `pub mod <name> { … }`, as a file for `include!`
    /// needs (it cannot start with the module's inner attributes).
    pub fn module(mut self, name: impl Into<String>) -> Self {
        self.module = Some(name.into());
        self
    }

    /// Write (default) or only check.
    pub fn mode(mut self, mode: Mode) -> Self {
        self.mode = mode;
        self
    }

    /// Reads the spec, generates the module and writes it if it changed.
    ///
    /// # Errors
    ///
    /// [`Error::Read`], [`Error::Spec`] (with the JSON pointer of the
    /// problem), [`Error::Emit`] or [`Error::Write`]. On any error the
    /// output file is left exactly as it was.
    pub fn run(&self) -> Result<Outcome, Error> {
        let generated = generate_from_file(
            &self.spec,
            self.spec_name.as_deref(),
            self.regenerate_command.as_deref(),
            openapi_emit::Options {
                module: self.module.clone(),
                ..Default::default()
            },
        )?;
        let status = ensure_file_contents(&self.output, &generated.source, self.mode)?;
        Ok(Outcome {
            status,
            warnings: generated.api.warnings,
            operations: generated.api.operations.len(),
            types: generated.api.types.len(),
        })
    }
}

/// Why [`generate_source`] failed; [`Config::run`] adds the spec's path.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SourceError {
    /// The spec is not one the generator accepts.
    #[error(transparent)]
    Spec(#[from] openapi_ir::Error),
    /// The generator produced invalid Rust.
    #[error(transparent)]
    Emit(#[from] openapi_emit::Error),
}

impl SourceError {
    fn at(self, path: &Path) -> Error {
        match self {
            SourceError::Spec(source) => Error::Spec {
                path: path.to_owned(),
                source,
            },
            SourceError::Emit(source) => Error::Emit {
                path: path.to_owned(),
                source,
            },
        }
    }
}

/// The pipeline without the file system: spec text → formatted module. A
/// spec split across files needs [`Config`], which knows where to look.
///
/// # Errors
///
/// [`SourceError::Spec`] for a spec the generator refuses (one that refers
/// to another file among them),
/// [`SourceError::Emit`] for a generator bug.
pub fn generate_source(
    text: &str,
    spec_name: &str,
    regenerate_command: Option<&str>,
) -> Result<Generated, SourceError> {
    generate(
        text,
        None,
        spec_name,
        regenerate_command,
        openapi_emit::Options::default(),
    )
}

/// Reads and lowers the spec at `path`, its examples recorded: the IR the
/// generated code is made from, for tools that check it against data.
///
/// # Errors
///
/// [`Error::Read`] when the file cannot be read, and whatever parsing or
/// lowering reports, at the spec's path.
pub fn lower_file(path: &Path) -> Result<openapi_ir::Api, Error> {
    let text = fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_owned(),
        source,
    })?;
    openapi_ir::parse_spec_at(&text, path)
        .and_then(|spec| openapi_ir::lower_with_examples(&spec))
        .map_err(|error| SourceError::from(error).at(path))
}

/// Reads the spec at `path` and runs the pipeline on it; the header names
/// the spec by `spec_name`, or by its path.
fn generate_from_file(
    path: &Path,
    spec_name: Option<&str>,
    regenerate_command: Option<&str>,
    emit_options: openapi_emit::Options,
) -> Result<Generated, Error> {
    let text = fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_owned(),
        source,
    })?;
    let spec_name = spec_name.map_or_else(|| path.display().to_string(), str::to_owned);
    generate(
        &text,
        Some(path),
        &spec_name,
        regenerate_command,
        emit_options,
    )
    .map_err(|error| error.at(path))
}

/// The pipeline: parse → lower → emit and format.
fn generate(
    text: &str,
    path: Option<&Path>,
    spec_name: &str,
    regenerate_command: Option<&str>,
    emit_options: openapi_emit::Options,
) -> Result<Generated, SourceError> {
    let spec = match path {
        Some(path) => openapi_ir::parse_spec_at(text, path)?,
        None => openapi_ir::parse_spec(text)?,
    };
    let api = openapi_ir::lower(&spec)?;
    // The parsed document is as large as the IR; emitting needs only the IR.
    drop(spec);
    let mut preamble = vec![format!(
        "@generated from {spec_name} ({} {}). Do not edit by hand.",
        api.title, api.version
    )];
    if let Some(command) = regenerate_command {
        preamble.push(format!("Edit the spec instead and run `{command}`."));
    }
    let source = openapi_emit::emit(
        &api,
        &openapi_emit::Options {
            preamble,
            ..emit_options
        },
    )?;
    Ok(Generated { source, api })
}

/// Makes `path` hold `contents`: leaves a file that already does alone (so
/// its timestamp does not trigger rebuilds), otherwise writes a temporary
/// file beside it and renames it into place, so a reader never sees half a
/// file and a failed write leaves the old one. In [`Mode::Check`] it writes
/// nothing and answers [`FileStatus::Stale`] for a file that would change.
///
/// # Errors
///
/// [`Error::Write`] when the directory or file cannot be written.
pub fn ensure_file_contents(path: &Path, contents: &str, mode: Mode) -> Result<FileStatus, Error> {
    if holds(path, contents.as_bytes()) {
        return Ok(FileStatus::Unchanged);
    }
    if mode == Mode::Check {
        return Ok(FileStatus::Stale);
    }
    let write_error = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    fs::create_dir_all(directory).map_err(write_error)?;
    let file_name = path
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy());
    let temporary = directory.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = fs::File::create(&temporary)
        .and_then(|mut file| {
            file.write_all(contents.as_bytes())?;
            file.sync_all()
        })
        .and_then(|()| fs::rename(&temporary, path));
    if let Err(error) = result {
        // The temporary file is ours alone; if it cannot be removed either,
        // the write error is still the one worth reporting.
        let _ = fs::remove_file(&temporary);
        return Err(write_error(error));
    }
    Ok(FileStatus::Written)
}

/// Whether the file at `path` holds exactly `contents`, read a block at a
/// time: a generated file can be tens of megabytes, and holding it twice
/// would set the run's peak memory. An unreadable file holds nothing.
fn holds(path: &Path, contents: &[u8]) -> bool {
    use std::io::Read;
    let Ok(mut file) = fs::File::open(path) else {
        return false;
    };
    if file.metadata().map(|m| m.len()).ok() != u64::try_from(contents.len()).ok() {
        return false;
    }
    let mut block = vec![0; 64 * 1024];
    let mut rest = contents;
    loop {
        match file.read(&mut block) {
            Ok(0) => return rest.is_empty(),
            Ok(read) => match rest.strip_prefix(&block[..read]) {
                Some(after) => rest = after,
                None => return false,
            },
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("openapi-codegen-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("temp dir is writable");
        dir
    }

    #[test]
    fn compares_large_files_block_by_block() {
        let dir = scratch("holds");
        let file = dir.join("big.rs");
        // Several blocks long, so a difference in the last one must be seen.
        let big: String = "fn f() {}\n".repeat(30_000);
        fs::write(&file, &big).unwrap();
        assert!(holds(&file, big.as_bytes()));
        let mut last_differs = big.clone().into_bytes();
        *last_differs.last_mut().unwrap() = b' ';
        assert!(!holds(&file, &last_differs));
        assert!(!holds(&file, &big.as_bytes()[..big.len() - 1]), "shorter");
        assert!(
            !holds(&dir.join("missing.rs"), b""),
            "no file holds nothing"
        );
        fs::write(&file, "").unwrap();
        assert!(holds(&file, b""));
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn writes_only_when_contents_change() {
        let dir = scratch("ensure");
        let file = dir.join("out.rs");
        assert_eq!(
            ensure_file_contents(&file, "a", Mode::Write).unwrap(),
            FileStatus::Written
        );
        assert_eq!(
            ensure_file_contents(&file, "a", Mode::Write).unwrap(),
            FileStatus::Unchanged
        );
        assert_eq!(
            ensure_file_contents(&file, "b", Mode::Check).unwrap(),
            FileStatus::Stale
        );
        assert_eq!(
            fs::read_to_string(&file).unwrap(),
            "a",
            "check mode never writes"
        );
        assert_eq!(
            ensure_file_contents(&file, "b", Mode::Write).unwrap(),
            FileStatus::Written
        );
        assert_eq!(fs::read_to_string(&file).unwrap(), "b");
        let leftovers: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            leftovers,
            vec![std::ffi::OsString::from("out.rs")],
            "no temporary file remains"
        );
    }

    #[test]
    fn bad_spec_leaves_previous_output_untouched() {
        let dir = scratch("bad-spec");
        let spec = dir.join("spec.yaml");
        let out = dir.join("out.rs");
        fs::write(&spec, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Missing'}\n").unwrap();
        fs::write(&out, "previous").unwrap();
        let error = Config::new(&spec, &out).run().unwrap_err();
        let message = error.to_string();
        assert!(
            message.contains("#/paths/~1a/get/responses/200/content/application~1json/schema"),
            "{message}"
        );
        assert!(message.contains("no schema named `Missing`"), "{message}");
        assert_eq!(fs::read_to_string(&out).unwrap(), "previous");
        assert_eq!(
            fs::read_dir(&dir).unwrap().count(),
            2,
            "no temporary file remains"
        );
    }
}
