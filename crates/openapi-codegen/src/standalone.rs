//! A complete crate for one spec: `Cargo.toml` rendered from a template,
//! `src/lib.rs`, and the generated module.

use std::path::{Path, PathBuf};

use crate::{
    Error, FileStatus, Mode, SourceError, Warning, ensure_file_contents, generate_from_file,
};

/// The manifest every standalone crate starts from (`templates/` in this
/// repository), with `{{name}}`, `{{title}}`, `{{version}}`, `{{spec}}` and
/// `{{runtime}}` placeholders.
pub const CARGO_TEMPLATE: &str = include_str!("../templates/Cargo.toml.template");

/// The version of `openapi-client-runtime` generated crates depend on by
/// default: the one this generator writes code for.
pub const RUNTIME_VERSION: &str = "0.1";

/// How a generated crate depends on `openapi-client-runtime`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RuntimeDependency {
    /// From crates.io, by version requirement: a crate that can leave the
    /// machine it was generated on. The default, at [`RUNTIME_VERSION`].
    Version(String),
    /// A checkout of the runtime, by path as seen from the crate's
    /// directory: for developing the runtime itself.
    Path(String),
}

impl Default for RuntimeDependency {
    fn default() -> Self {
        RuntimeDependency::Version(RUNTIME_VERSION.to_owned())
    }
}

impl RuntimeDependency {
    /// A path dependency on the runtime crate in `runtime_dir`, written
    /// relative to `crate_dir` so the pair can move together. Both are
    /// made absolute against the current directory first.
    ///
    /// # Errors
    ///
    /// The current directory cannot be read.
    pub fn path_from(crate_dir: &Path, runtime_dir: &Path) -> std::io::Result<Self> {
        let from = std::path::absolute(crate_dir)?;
        let to = std::path::absolute(runtime_dir)?;
        Ok(RuntimeDependency::Path(
            relative_path(&from, &to).to_string_lossy().into_owned(),
        ))
    }

    /// The dependency's value in `Cargo.toml`.
    fn toml(&self) -> String {
        match self {
            RuntimeDependency::Version(version) => format!("\"{}\"", toml_escaped(version)),
            RuntimeDependency::Path(path) => format!("{{ path = \"{}\" }}", toml_escaped(path)),
        }
    }
}

/// The path to `to` as seen from the directory `from`; both absolute.
fn relative_path(from: &Path, to: &Path) -> PathBuf {
    let from: Vec<_> = from.components().collect();
    let to: Vec<_> = to.components().collect();
    let shared = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut relative = PathBuf::new();
    for _ in shared..from.len() {
        relative.push("..");
    }
    for component in &to[shared..] {
        relative.push(component);
    }
    relative
}

/// Settings for writing a standalone client crate.
///
/// ```no_run
/// use openapi_codegen::{CrateConfig, RuntimeDependency};
///
/// let outcome = CrateConfig::new("spec.yaml", "out/my-client")
///     .name("my-client")
///     .run()?;
/// println!("{}", outcome.summary());
/// // Against a checkout of the runtime, while developing it:
/// let runtime = RuntimeDependency::path_from("out/my-client".as_ref(), "crates/openapi-client-runtime".as_ref())?;
/// CrateConfig::new("spec.yaml", "out/my-client").runtime(runtime).run()?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
#[must_use]
pub struct CrateConfig {
    spec: PathBuf,
    out_dir: PathBuf,
    cargo_template: String,
    runtime: RuntimeDependency,
    name: Option<String>,
    spec_name: Option<String>,
    regenerate_command: Option<String>,
    mode: Mode,
    tag_features: bool,
}

/// What [`CrateConfig::run`] did.
#[derive(Debug)]
pub struct CrateOutcome {
    /// The crate's name.
    pub name: String,
    /// Each file written or checked, with what happened to it.
    pub files: Vec<(PathBuf, FileStatus)>,
    /// Constructs that were typed loosely, each with its place in the spec.
    pub warnings: Vec<Warning>,
    /// How many operations the client has.
    pub operations: usize,
    /// How many types it has.
    pub types: usize,
}

impl CrateOutcome {
    /// One line that says what was generated: crate, operations, types, and
    /// how many constructs were typed more loosely than the spec says.
    #[must_use]
    pub fn summary(&self) -> String {
        format!(
            "crate `{}`: {} operations, {} types, {} constructs degraded",
            self.name,
            self.operations,
            self.types,
            self.warnings.len()
        )
    }

    /// The files that differ from what would be generated (in check mode,
    /// nothing was written).
    pub fn stale(&self) -> impl Iterator<Item = &Path> {
        self.files
            .iter()
            .filter(|(_, status)| *status == FileStatus::Stale)
            .map(|(path, _)| path.as_path())
    }
}

impl CrateConfig {
    /// Writes a crate for `spec` into `out_dir`, depending on the published
    /// runtime (see [`CrateConfig::runtime`]).
    pub fn new(spec: impl Into<PathBuf>, out_dir: impl Into<PathBuf>) -> Self {
        CrateConfig {
            spec: spec.into(),
            out_dir: out_dir.into(),
            cargo_template: CARGO_TEMPLATE.to_owned(),
            runtime: RuntimeDependency::default(),
            name: None,
            spec_name: None,
            regenerate_command: None,
            mode: Mode::Write,
            tag_features: false,
        }
    }

    /// How the crate depends on `openapi-client-runtime` (default: by
    /// version, [`RUNTIME_VERSION`]).
    pub fn runtime(mut self, runtime: RuntimeDependency) -> Self {
        self.runtime = runtime;
        self
    }

    /// The manifest template (default: [`CARGO_TEMPLATE`]).
    pub fn cargo_template(mut self, template: impl Into<String>) -> Self {
        self.cargo_template = template.into();
        self
    }

    /// Compile each tag's operations under a Cargo feature named after the
    /// tag, and each type only when a selected operation needs it; every
    /// feature is on by default (off by default: no features).
    pub fn tag_features(mut self, on: bool) -> Self {
        self.tag_features = on;
        self
    }

    /// The package name (default: from the API's title).
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// How headers name the spec (default: its path as given).
    pub fn spec_name(mut self, name: impl Into<String>) -> Self {
        self.spec_name = Some(name.into());
        self
    }

    /// The command headers tell readers to run to regenerate the crate.
    pub fn regenerate_command(mut self, command: impl Into<String>) -> Self {
        self.regenerate_command = Some(command.into());
        self
    }

    /// Write (default) or only check.
    pub fn mode(mut self, mode: Mode) -> Self {
        self.mode = mode;
        self
    }

    /// Generates every file in memory, then writes those that changed.
    ///
    /// # Errors
    ///
    /// As [`crate::Config::run`]; nothing is written unless every file
    /// could be generated.
    pub fn run(&self) -> Result<CrateOutcome, Error> {
        let spec_name = self
            .spec_name
            .clone()
            .unwrap_or_else(|| self.spec.display().to_string());
        let command = self.regenerate_command.as_deref();
        let generated = generate_from_file(
            &self.spec,
            Some(&spec_name),
            command,
            openapi_emit::Options {
                tag_features: self.tag_features,
                ..Default::default()
            },
        )?;
        let api = &generated.api;
        let name = self.name.clone().unwrap_or_else(|| crate_name(&api.title));
        let preamble = vec![format!("@generated from {spec_name}. Do not edit by hand.")];
        let lib = openapi_emit::crate_root(api, "generated", &preamble)
            .map_err(|e| SourceError::Emit(e).at(&self.spec))?;
        let manifest = render(
            &self.cargo_template,
            &[
                ("name", &name),
                ("title", &api.title),
                ("version", &api.version),
                ("spec", &spec_name),
            ],
        )
        // TOML of its own making, escaped inside.
        .replace("{{runtime}}", &self.runtime.toml())
        .replace("{{features}}", &features_table(api, self.tag_features));
        let files = [
            (Path::new("Cargo.toml"), manifest.as_str()),
            (Path::new("src/lib.rs"), lib.as_str()),
            (Path::new("src/generated.rs"), generated.source.as_str()),
        ];
        let mut statuses = Vec::new();
        for (relative, contents) in files {
            let path = self.out_dir.join(relative);
            statuses.push((
                path.clone(),
                ensure_file_contents(&path, contents, self.mode)?,
            ));
        }
        Ok(CrateOutcome {
            name,
            files: statuses,
            operations: generated.api.operations.len(),
            types: generated.api.types.len(),
            warnings: generated.api.warnings,
        })
    }
}

/// The manifest's `[features]` table for per-tag features: each tag's
/// feature, and all of them by default; nothing without them.
fn features_table(api: &openapi_ir::Api, tag_features: bool) -> String {
    let names = openapi_emit::feature_names(api);
    if !tag_features || names.is_empty() {
        return String::new();
    }
    let quoted: Vec<String> = names.iter().map(|name| format!("\"{name}\"")).collect();
    let mut table = format!("\n[features]\ndefault = [{}]\n", quoted.join(", "));
    for name in &names {
        table.push_str(&format!("{name} = []\n"));
    }
    table
}

/// A package name from an API title: `Pinterest REST API` → `pinterest-rest-api`.
fn crate_name(title: &str) -> String {
    let name: String = title
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let name = name
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    match name.chars().next() {
        Some(first) if first.is_ascii_alphabetic() => name,
        Some(_) => format!("api-{name}"),
        None => "generated-client".to_owned(),
    }
}

/// Fills `{{key}}` placeholders with TOML-string-safe values.
fn render(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (key, value) in values {
        out = out.replace(&format!("{{{{{key}}}}}"), &toml_escaped(value));
    }
    out
}

/// `value` made safe inside a TOML basic string.
fn toml_escaped(value: &str) -> String {
    value
        .chars()
        .flat_map(|c| match c {
            '"' => vec!['\\', '"'],
            '\\' => vec!['\\', '\\'],
            c if c.is_control() => vec![' '],
            c => vec![c],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crate_names_from_titles() {
        let cases = [
            ("Pinterest REST API", "pinterest-rest-api"),
            ("Swagger Petstore", "swagger-petstore"),
            ("Twilio - Api", "twilio-api"),
            ("3D Printing", "api-3d-printing"),
            ("", "generated-client"),
            ("Café API", "caf-api"),
        ];
        for (title, expected) in cases {
            assert_eq!(crate_name(title), expected, "{title:?}");
        }
    }

    #[test]
    fn the_runtime_is_a_version_by_default_or_a_relative_path() {
        assert_eq!(RuntimeDependency::default().toml(), "\"0.1\"");
        let cases = [
            ("/w/out/client", "/w/crates/runtime", "../../crates/runtime"),
            ("/w/out", "/w/out/runtime", "runtime"),
            ("/a/b", "/c", "../../c"),
        ];
        for (from, to, expected) in cases {
            let dependency = RuntimeDependency::path_from(Path::new(from), Path::new(to))
                .expect("absolute paths");
            assert_eq!(dependency, RuntimeDependency::Path(expected.to_owned()));
            assert_eq!(dependency.toml(), format!("{{ path = \"{expected}\" }}"));
        }
        let quoted = RuntimeDependency::Path("a\"b\\c".to_owned());
        assert_eq!(quoted.toml(), "{ path = \"a\\\"b\\\\c\" }");
    }

    /// The default version is the runtime's own, so that a generated crate
    /// builds against the runtime this generator writes code for.
    #[test]
    fn the_default_runtime_version_is_the_runtimes() {
        let manifest = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../openapi-client-runtime/Cargo.toml"
        ))
        .expect("the runtime's manifest");
        let version = manifest
            .lines()
            .find_map(|line| line.strip_prefix("version = \""))
            .and_then(|rest| rest.strip_suffix('"'))
            .expect("a version line");
        let major_minor: Vec<&str> = version.split('.').take(2).collect();
        assert_eq!(major_minor.join("."), RUNTIME_VERSION);
    }

    #[test]
    fn templates_escape_values_for_toml_strings() {
        let rendered = render(
            "a = \"{{x}}\"\nb = \"{{y}}\"",
            &[("x", "say \"hi\" \\ now\n"), ("y", "plain")],
        );
        assert_eq!(rendered, "a = \"say \\\"hi\\\" \\\\ now \"\nb = \"plain\"");
    }
}
