//! Project automation, run as `cargo xtask <command>`.
//!
//! `generate` regenerates every checked-in client from `specs/`, rewriting
//! only files whose content changed; `generate --check` writes nothing and
//! fails, naming each stale file, when one would change.
//! `generate --spec PATH --out DIR [--name CRATE]` writes a standalone crate
//! for any spec into DIR, and prints what it degraded and where.
//! `check-corpus` does that for every real spec in `../shared/specs` and runs
//! `cargo clippy -D warnings` on each crate.
//! `bench [--runs N]` times whole generation runs against the parse floor
//! and the generated Pinterest client's `cargo check`, and records the
//! table in `BENCHMARKS.md` (see [`bench`]).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use openapi_codegen::{
    Config, CrateConfig, FileStatus, Mode, RuntimeDependency, ensure_file_contents,
};

mod bench;
mod repeated_spec;

/// The command that regenerates the checked-in clients.
const GENERATE: &str = "cargo xtask generate";

/// Every checked-in client: (spec, generated module), relative to the
/// workspace root.
const CLIENTS: &[(&str, &str)] = &[(
    "specs/pinterest-v5.yaml",
    "crates/pinterest-api/src/generated.rs",
)];

const USAGE: &str = "usage: cargo xtask generate [--check]
       cargo xtask generate --spec PATH --out DIR [--name CRATE] [--tag-features] [--check]
       cargo xtask check-corpus [CRATE...]
       cargo xtask bench [--runs N]";

/// The real specs `check-corpus` generates and lints, relative to the
/// workspace root (they are read from `shared/`, never copied in), each with
/// the crate name to give it.
const CORPUS: &[(&str, &str)] = &[
    (
        "../shared/specs/pinterest/openapi-5.23.0.yaml",
        "pinterest-5-23-yaml",
    ),
    (
        "../shared/specs/pinterest/openapi-5.23.0.json",
        "pinterest-5-23-json",
    ),
    (
        "../shared/specs/pinterest/openapi-5.14.0.yaml",
        "pinterest-5-14-yaml",
    ),
    ("../shared/specs/corpus/box.json", "box"),
    ("../shared/specs/corpus/digitalocean.yaml", "digitalocean"),
    (
        "../shared/specs/corpus/oai-api-with-examples.yaml",
        "oai-api-with-examples",
    ),
    (
        "../shared/specs/corpus/oai-callback-example.yaml",
        "oai-callback-example",
    ),
    (
        "../shared/specs/corpus/oai-link-example.yaml",
        "oai-link-example",
    ),
    (
        "../shared/specs/corpus/oai-petstore-expanded.yaml",
        "oai-petstore-expanded",
    ),
    ("../shared/specs/corpus/oai-petstore.yaml", "oai-petstore"),
    ("../shared/specs/corpus/oai-uspto.yaml", "oai-uspto"),
    ("../shared/specs/corpus/stripe.yaml", "stripe"),
    (
        "../shared/specs/corpus/twilio-api-v2010.json",
        "twilio-api-v2010",
    ),
];

/// Examples of each corpus spec known to come back changed or to fail to
/// decode, as (crate, changed, failed): check-corpus fails when a spec does
/// worse, so the count can only go down. Each is listed, with its pointer
/// and the difference, by `cargo xtask check-corpus`. Crates not listed
/// must have none.
///
/// Measured 2026-12-02, not counting examples that break their own schema
/// (reported as spec defects: Pinterest's date-times without an offset,
/// Twilio's prices as strings where the schema says number, and more):
/// every corpus spec decodes and re-encodes all its other examples.
const EXAMPLE_BUDGET: &[(&str, usize, usize)] = &[];

/// What the command line asks for.
enum Command {
    /// Regenerate the checked-in clients.
    CheckedIn(Mode),
    /// Write a standalone crate for one spec.
    Standalone {
        spec: PathBuf,
        out: PathBuf,
        name: Option<String>,
        mode: Mode,
        tag_features: bool,
    },
}

fn parse(args: &[String]) -> Option<Command> {
    let (first, rest) = args.split_first()?;
    if first != "generate" {
        return None;
    }
    let (mut spec, mut out, mut name, mut mode) = (None, None, None, Mode::Write);
    let mut tag_features = false;
    let mut rest = rest.iter();
    while let Some(flag) = rest.next() {
        match flag.as_str() {
            "--check" => mode = Mode::Check,
            "--tag-features" => tag_features = true,
            "--spec" => spec = Some(PathBuf::from(rest.next()?)),
            "--out" => out = Some(PathBuf::from(rest.next()?)),
            "--name" => name = Some(rest.next()?.clone()),
            _ => return None,
        }
    }
    match (spec, out) {
        (None, None) if name.is_none() && !tag_features => Some(Command::CheckedIn(mode)),
        (Some(spec), Some(out)) => Some(Command::Standalone {
            spec,
            out,
            name,
            mode,
            tag_features,
        }),
        _ => None,
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if matches!(
        args.first().map(String::as_str),
        Some("help" | "--help" | "-h")
    ) {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    match args.first().map(String::as_str) {
        Some("bench") => {
            let runs = match args.get(1..).unwrap_or_default() {
                [] => Ok(5),
                [flag, n] if flag == "--runs" => n.parse().map_err(|_| ()),
                _ => Err(()),
            };
            let Ok(runs) = runs else {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            };
            return finish(bench::run(&workspace_root(), runs));
        }
        Some("bench-one") => return finish(bench::one_job(&args[1..])),
        _ => {}
    }
    if args.first().map(String::as_str) == Some("check-corpus") {
        return finish(check_corpus(&workspace_root(), &args[1..]));
    }
    let result = match parse(&args) {
        Some(Command::CheckedIn(mode)) => generate(&workspace_root(), mode),
        Some(Command::Standalone {
            spec,
            out,
            name,
            mode,
            tag_features,
        }) => generate_crate(&spec, &out, name, mode, tag_features),
        None => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    finish(result)
}

/// Writes a standalone crate for `spec` into `out`, then prints a summary.
///
/// # Errors
///
/// The message to print, as for [`generate`].
fn generate_crate(
    spec: &Path,
    out: &Path,
    name: Option<String>,
    mode: Mode,
    tag_features: bool,
) -> Result<(), String> {
    // This repository's generator writes code for this repository's
    // runtime: depend on the checkout, not on a published version.
    let runtime =
        RuntimeDependency::path_from(out, &workspace_root().join("crates/openapi-client-runtime"))
            .map_err(|error| format!("{}: {error}", out.display()))?;
    let mut config = CrateConfig::new(spec, out)
        .runtime(runtime)
        .tag_features(tag_features)
        .spec_name(spec.display().to_string())
        .regenerate_command(format!(
            "cargo xtask generate --spec {} --out {}",
            spec.display(),
            out.display()
        ))
        .mode(mode);
    if let Some(name) = name {
        config = config.name(name);
    }
    let outcome = config.run().map_err(|error| error.to_string())?;
    for (path, status) in &outcome.files {
        println!("{}: {status:?}", path.display());
    }
    for warning in &outcome.warnings {
        println!("degraded: {warning}");
    }
    println!("{}", outcome.summary());
    let stale: Vec<String> = outcome
        .stale()
        .map(|path| path.display().to_string())
        .collect();
    verdict(&stale, "run the command without --check")
}

/// Generates a crate for each spec in [`CORPUS`] under
/// `target/generated-crates/` and runs `cargo clippy -- -D warnings` on it,
/// sharing the workspace's target directory and dependency versions.
///
/// # Errors
///
/// Which specs failed to generate or to pass clippy.
fn check_corpus(root: &Path, only: &[String]) -> Result<(), String> {
    let lock = root.join("Cargo.lock");
    let target_dir =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    let mut failures = Vec::new();
    for (spec, name) in CORPUS {
        if !only.is_empty() && !only.iter().any(|wanted| wanted == name) {
            continue;
        }
        let spec_path = root.join(spec);
        if !spec_path.exists() {
            return Err(format!(
                "{} is missing; the corpus lives in shared/ beside the repository",
                spec_path.display()
            ));
        }
        let out = target_dir.join("generated-crates").join(name);
        println!("== {spec} → {}", out.display());
        // The JSON Pinterest spec is the YAML one, spelt otherwise: its
        // crate gets per-tag features, checked with all of them and with
        // one alone.
        let tag_features = *name == "pinterest-5-23-json";
        if let Err(message) = generate_crate(
            &spec_path,
            &out,
            Some((*name).to_owned()),
            Mode::Write,
            tag_features,
        ) {
            eprintln!("error: {message}");
            failures.push(format!("{spec} (generate)"));
            continue;
        }
        // The workspace's lock file pins the same dependency versions, so the
        // shared target directory builds them once for every crate.
        std::fs::copy(&lock, out.join("Cargo.lock"))
            .map_err(|error| format!("cannot copy Cargo.lock: {error}"))?;
        let clippy = |features: &[&str]| {
            std::process::Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
                .args(["clippy", "--quiet"])
                .args(features)
                .args(["--", "-D", "warnings"])
                .current_dir(&out)
                .env("CARGO_TARGET_DIR", &target_dir)
                .status()
                .map_err(|error| format!("cannot run cargo: {error}"))
        };
        if !clippy(&[])?.success() {
            failures.push(format!("{spec} (clippy)"));
            continue;
        }
        if tag_features {
            if !clippy(&["--no-default-features", "--features", "boards"])?.success() {
                failures.push(format!("{spec} (clippy, only the `boards` feature)"));
            }
            // Its examples are the YAML spec's: compiling them twice buys
            // nothing.
            continue;
        }
        if let Err(message) = check_examples(&spec_path, &out, name, &target_dir) {
            eprintln!("error: {message}");
            failures.push(format!("{spec} (examples)"));
        }
    }
    if failures.is_empty() {
        println!(
            "all {} corpus crates generate and pass clippy",
            CORPUS.len()
        );
        Ok(())
    } else {
        Err(format!(
            "{} of {} corpus specs failed: {}",
            failures.len(),
            CORPUS.len(),
            failures.join(", ")
        ))
    }
}

/// Decodes every example `spec` carries into its generated type in the crate
/// at `out`, encodes it again and compares: writes `tests/examples.rs` there
/// and runs it, printing what decoded, what changed and what failed, each
/// with its JSON pointer.
fn check_examples(spec: &Path, out: &Path, name: &str, target_dir: &Path) -> Result<(), String> {
    let api = openapi_codegen::lower_file(spec).map_err(|error| error.to_string())?;
    let examples: Vec<&openapi_codegen::Example> = api.examples.iter().collect();
    let drawn = if DRAW_FROM.contains(&name) {
        drawn_values(&api)
    } else {
        Vec::new()
    };
    println!(
        "{} examples in the spec, {} values drawn from its types",
        examples.len(),
        drawn.len()
    );
    if examples.is_empty() && drawn.is_empty() {
        return Ok(());
    }
    let library = name.replace('-', "_");
    let preamble = [format!(
        "@generated by `cargo xtask check-corpus` from {}.",
        spec.display()
    )];
    let source =
        openapi_codegen::example_and_drawn_checks(&api, &examples, &drawn, &library, &preamble)
            .map_err(|error| error.to_string())?;
    ensure_file_contents(&out.join("tests/examples.rs"), &source, Mode::Write)
        .map_err(|error| error.to_string())?;
    let output =
        std::process::Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
            // One thread, so the two tests' reports do not interleave.
            .args([
                "test",
                "--quiet",
                "--test",
                "examples",
                "--",
                "--nocapture",
                "--test-threads=1",
            ])
            .current_dir(out)
            .env("CARGO_TARGET_DIR", target_dir)
            .stderr(std::process::Stdio::inherit())
            .output()
            .map_err(|error| format!("cannot run cargo: {error}"))?;
    // `--quiet` marks each finished test with a dot, at the start of the
    // next test's first line.
    let stdout = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| line.trim_start_matches('.'))
        .collect::<Vec<_>>()
        .join("\n");
    for line in stdout.lines().filter(|line| {
        ["examples:", "drawn:", "failed:", "changed:"]
            .iter()
            .any(|prefix| line.starts_with(prefix))
    }) {
        println!("{line}");
    }
    if !output.status.success() {
        return Err(format!("{name}: the examples test did not run"));
    }
    // An example that breaks its own schema is the spec's defect, not the
    // generator's: only the others count.
    let defects = SpecDefects::new(spec, &api)?;
    let mut counts = (0, 0);
    for line in stdout.lines() {
        let (kind, rest) = if let Some(rest) = line.strip_prefix("changed: ") {
            (0, rest)
        } else if let Some(rest) = line.strip_prefix("failed: ") {
            (1, rest)
        } else {
            continue;
        };
        let pointer = rest.split(": ").next().unwrap_or(rest);
        if pointer.contains(" drawn with seed ") {
            // Counted by the drawn values' own tally, below.
            continue;
        }
        match defects.breaks_its_schema(pointer) {
            Some(why) => println!("spec defect: {pointer}: {why}"),
            None if kind == 0 => counts.0 += 1,
            None => counts.1 += 1,
        }
    }
    println!(
        "{name}: {} changed and {} failed that hold to their schema",
        counts.0, counts.1
    );
    let budget = EXAMPLE_BUDGET
        .iter()
        .find(|(crate_name, ..)| crate_name == &name)
        .map_or((0, 0), |&(_, changed, failed)| (changed, failed));
    if counts.0 > budget.0 || counts.1 > budget.1 {
        return Err(format!(
            "{name}: {} examples changed and {} failed, more than the {} and {} known (EXAMPLE_BUDGET)",
            counts.0, counts.1, budget.0, budget.1
        ));
    }
    if counts != budget {
        println!(
            "{name}: fewer examples changed or failed than EXAMPLE_BUDGET allows; lower it to {counts:?}"
        );
    }
    // Drawn values follow the types by construction: every one must hold.
    if let Some(line) = stdout.lines().find(|line| line.starts_with("drawn: "))
        && !line.ends_with(" 0 changed, 0 failed")
    {
        return Err(format!("{name}: not every drawn value held ({line})"));
    }
    Ok(())
}

/// The examples of one spec, checked against their own schemas with a
/// JSON Schema validator (draft 4, which OpenAPI 3.0's schemas follow, with
/// `nullable` spelt as JSON Schema spells it and formats checked).
struct SpecDefects<'a> {
    document: serde_json::Value,
    api: &'a openapi_codegen::Api,
}

impl<'a> SpecDefects<'a> {
    fn new(spec: &Path, api: &'a openapi_codegen::Api) -> Result<Self, String> {
        let text = std::fs::read_to_string(spec)
            .map_err(|error| format!("cannot read {}: {error}", spec.display()))?;
        let mut document =
            openapi_codegen::parse_document(&text).map_err(|error| error.to_string())?;
        as_json_schema(&mut document);
        Ok(SpecDefects { document, api })
    }

    /// Why the example at `pointer` breaks its own schema, or `None` when
    /// it holds to it (or is no example this spec has).
    fn breaks_its_schema(&self, pointer: &str) -> Option<String> {
        let example = self.api.examples.iter().find(|e| e.pointer == pointer)?;
        let mut root = self.document.clone();
        let object = root.as_object_mut()?;
        // Draft 4 ignores a `$ref`'s siblings: the root is the schema the
        // example illustrates, and every `#/…` still resolves in the spec.
        let schema_pointer = resolved_pointer(&self.document, &example.schema_pointer)?;
        object.insert(
            "$ref".to_owned(),
            serde_json::Value::String(uri_fragment(&schema_pointer)),
        );
        let validator = match jsonschema::draft4::options()
            .should_validate_formats(true)
            .build(&root)
        {
            Ok(validator) => validator,
            Err(error) => {
                // Counted against the generator: unchecked is not a defect.
                println!("cannot check {pointer} against its schema: {error}");
                return None;
            }
        };
        let error = validator.iter_errors(&example.value).next()?;
        Some(format!("{error} at {}", error.instance_path()))
    }
}

/// Where `pointer` really leads in `document`: the lowering names a schema
/// by the path it reached it on (`…/responses/200/content/…/schema`), which
/// may pass through `$ref`s (`responses/200` may be a reference to
/// `#/components/responses/…`); each is followed.
fn resolved_pointer(document: &serde_json::Value, pointer: &str) -> Option<String> {
    let mut at = String::from("#");
    for token in pointer.strip_prefix('#')?.split('/').skip(1) {
        for _ in 0..32 {
            let here = document.pointer(at.trim_start_matches('#'))?;
            match here.get("$ref").and_then(serde_json::Value::as_str) {
                Some(reference) if reference.starts_with("#/") => reference.clone_into(&mut at),
                _ => break,
            }
        }
        at.push('/');
        at.push_str(token);
    }
    document.pointer(at.trim_start_matches('#')).map(|_| at)
}

/// A JSON pointer (`#/paths/~1a~1{id}/…`) as a URI fragment, which `$ref`
/// needs: characters a fragment may not hold are percent-encoded.
fn uri_fragment(pointer: &str) -> String {
    let mut out = String::with_capacity(pointer.len());
    for byte in pointer.bytes() {
        let allowed = byte.is_ascii_alphanumeric() || b"#/-._~!$&'()*+,;=:@?".contains(&byte);
        if allowed {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Rewrites OpenAPI 3.0's `nullable: true` the way JSON Schema says it:
/// `null` added to `type` and to `enum`.
fn as_json_schema(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            if map.get("nullable") == Some(&serde_json::Value::Bool(true)) {
                if let Some(serde_json::Value::String(kind)) = map.get("type").cloned() {
                    map.insert("type".to_owned(), serde_json::json!([kind, "null"]));
                }
                if let Some(serde_json::Value::Array(values)) = map.get_mut("enum")
                    && !values.contains(&serde_json::Value::Null)
                {
                    values.push(serde_json::Value::Null);
                }
            }
            for (key, child) in map.iter_mut() {
                if !matches!(key.as_str(), "example" | "examples" | "enum" | "default") {
                    as_json_schema(child);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(as_json_schema),
        _ => {}
    }
}

/// The crates whose every type `check-corpus` also draws values from (the
/// issue's bar: Pinterest 5.23.0; the fixture specs are drawn from in their
/// own tests), and how many values per type.
const DRAW_FROM: &[&str] = &["pinterest-5-23-yaml"];
const DRAWS_PER_TYPE: u64 = 4;

/// [`DRAWS_PER_TYPE`] values drawn from each type of `api` that is JSON.
fn drawn_values(api: &openapi_codegen::Api) -> Vec<openapi_codegen::DrawnValue> {
    let mut drawn = Vec::new();
    for (index, def) in api.types.iter().enumerate() {
        let ty = openapi_codegen::TypeRef::Named(openapi_codegen::TypeId(index));
        for seed in 0..DRAWS_PER_TYPE {
            let mut drawer = openapi_codegen::ValueDrawer::new(api, seed);
            if !drawer.drawable(&ty) {
                break;
            }
            drawn.push(openapi_codegen::DrawnValue {
                value: drawer.value(&ty),
                ty: ty.clone(),
                label: format!("{} ({}) drawn with seed {seed}", def.pointer, def.name),
            });
        }
    }
    drawn
}

/// Exit status for a command's result: 1 with the message on failure.
fn finish(result: Result<(), String>) -> ExitCode {
    match result {
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
    verdict(&stale, &format!("run `{GENERATE}` and commit the result"))
}

/// Success, or the stale files and how to fix them.
fn verdict(stale: &[impl AsRef<str>], fix: &str) -> Result<(), String> {
    if stale.is_empty() {
        return Ok(());
    }
    let names: Vec<&str> = stale.iter().map(AsRef::as_ref).collect();
    Err(format!(
        "{} out of date with its spec; {fix}",
        names.join(", ")
    ))
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
    fn example_schemas_are_found_through_refs_and_spelt_as_json_schema() {
        let mut document = serde_json::json!({
            "paths": {"/a/{id}": {"get": {"responses": {"200": {"$ref": "#/components/responses/Ok"}}}}},
            "components": {
                "responses": {"Ok": {"content": {"application/json": {"schema": {"type": "string", "nullable": true, "enum": ["x"]}}}}}
            }
        });
        let reached = "#/paths/~1a~1{id}/get/responses/200/content/application~1json/schema";
        assert_eq!(
            resolved_pointer(&document, reached).as_deref(),
            Some("#/components/responses/Ok/content/application~1json/schema")
        );
        assert_eq!(resolved_pointer(&document, "#/paths/~1b"), None);
        assert_eq!(
            uri_fragment(reached),
            "#/paths/~1a~1%7Bid%7D/get/responses/200/content/application~1json/schema"
        );
        as_json_schema(&mut document);
        let schema =
            &document["components"]["responses"]["Ok"]["content"]["application/json"]["schema"];
        assert_eq!(schema["type"], serde_json::json!(["string", "null"]));
        assert_eq!(schema["enum"], serde_json::json!(["x", null]));
    }

    #[test]
    fn command_lines() {
        let parse_words = |words: &str| {
            parse(
                &words
                    .split_whitespace()
                    .map(str::to_owned)
                    .collect::<Vec<_>>(),
            )
        };
        assert!(matches!(
            parse_words("generate"),
            Some(Command::CheckedIn(Mode::Write))
        ));
        assert!(matches!(
            parse_words("generate --check"),
            Some(Command::CheckedIn(Mode::Check))
        ));
        assert!(matches!(
            parse_words("generate --spec a.yaml --out d --name n"),
            Some(Command::Standalone {
                name: Some(_),
                mode: Mode::Write,
                tag_features: false,
                ..
            })
        ));
        assert!(matches!(
            parse_words("generate --tag-features --spec a.yaml --out d"),
            Some(Command::Standalone {
                tag_features: true,
                ..
            })
        ));
        for bad in [
            "",
            "frob",
            "generate --spec a.yaml",
            "generate --name n",
            "generate --out",
            "generate -x",
        ] {
            assert!(parse_words(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn checked_in_clients_are_fresh() {
        generate(&workspace_root(), Mode::Check).unwrap();
    }
}
