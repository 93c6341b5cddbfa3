//! A complete crate for one spec: `Cargo.toml` rendered from a template,
//! `src/lib.rs`, and the generated module.

use std::path::{Path, PathBuf};

use crate::{
    Error, FileStatus, Mode, SourceError, Warning, ensure_file_contents, generate_from_file,
};

/// Settings for writing a standalone client crate.
///
/// ```no_run
/// let template = std::fs::read_to_string("templates/Cargo.toml.template")?;
/// let outcome = openapi_codegen::CrateConfig::new("spec.yaml", "out/my-client", template, "../../crates/openapi-client-runtime")
///     .name("my-client")
///     .run()?;
/// println!("{} operations", outcome.operations);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
#[must_use]
pub struct CrateConfig {
    spec: PathBuf,
    out_dir: PathBuf,
    cargo_template: String,
    runtime_path: String,
    name: Option<String>,
    spec_name: Option<String>,
    regenerate_command: Option<String>,
    mode: Mode,
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

impl CrateConfig {
    /// Writes a crate for `spec` into `out_dir`. `cargo_template` is the
    /// manifest with `{{name}}`, `{{title}}`, `{{version}}`, `{{spec}}` and
    /// `{{runtime_path}}` placeholders; `runtime_path` is the path to the
    /// `openapi-client-runtime` crate as seen from `out_dir`.
    pub fn new(
        spec: impl Into<PathBuf>,
        out_dir: impl Into<PathBuf>,
        cargo_template: impl Into<String>,
        runtime_path: impl Into<String>,
    ) -> Self {
        CrateConfig {
            spec: spec.into(),
            out_dir: out_dir.into(),
            cargo_template: cargo_template.into(),
            runtime_path: runtime_path.into(),
            name: None,
            spec_name: None,
            regenerate_command: None,
            mode: Mode::Write,
        }
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
        let generated = generate_from_file(&self.spec, Some(&spec_name), command, None)?;
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
                ("runtime_path", &self.runtime_path),
            ],
        );
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
        let escaped: String = value
            .chars()
            .flat_map(|c| match c {
                '"' => vec!['\\', '"'],
                '\\' => vec!['\\', '\\'],
                c if c.is_control() => vec![' '],
                c => vec![c],
            })
            .collect();
        out = out.replace(&format!("{{{{{key}}}}}"), &escaped);
    }
    out
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
    fn templates_escape_values_for_toml_strings() {
        let rendered = render(
            "a = \"{{x}}\"\nb = \"{{y}}\"",
            &[("x", "say \"hi\" \\ now\n"), ("y", "plain")],
        );
        assert_eq!(rendered, "a = \"say \\\"hi\\\" \\\\ now \"\nb = \"plain\"");
    }
}
