//! The installed command, run as a user runs it: exit codes, what it
//! writes, what it prints, and that a refused spec leaves the previous
//! output untouched.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_openapi-codegen"))
        .args(args)
        .output()
        .expect("the command runs")
}

/// `openapi-codegen generate --spec SPEC --out OUT`, then `more`.
fn generate(spec: &str, out: &Path, more: &[&str]) -> Output {
    let out = out.display().to_string();
    let mut args = vec!["generate", "--spec", spec, "--out", &out];
    args.extend_from_slice(more);
    run(&args)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fresh directory for one test, under cargo's scratch space.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    // A leftover from an earlier run would hide a file never written.
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../openapi-codegen/tests/specs")
        .join(name);
    path.display().to_string()
}

#[test]
fn help_is_printed_for_the_command_and_each_subcommand() {
    for args in [&["--help"][..], &["help"], &["-h"]] {
        let output = run(args);
        assert!(output.status.success(), "{args:?}");
        assert!(
            text(&output.stdout).contains("openapi-codegen generate --spec PATH --out DIR"),
            "{args:?}"
        );
    }
    for args in [&["help", "generate"][..], &["generate", "--help"]] {
        let output = run(args);
        assert!(output.status.success(), "{args:?}");
        let help = text(&output.stdout);
        assert!(
            help.contains("--runtime-path DIR") && help.contains("--check"),
            "{help}"
        );
    }
}

#[test]
fn a_wrong_command_line_exits_2_and_says_why() {
    let cases = [
        (&[][..], "no command given"),
        (&["generate", "--spec", "a.yaml"], "`--out DIR` is required"),
        (
            &["generate", "--spec", "a", "--out", "d", "--force"],
            "unknown option `--force`",
        ),
    ];
    for (args, message) in cases {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = text(&output.stderr);
        assert!(
            stderr.contains(message) && stderr.contains("usage:"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn generates_a_crate_that_depends_on_the_published_runtime() {
    let out = scratch("published");
    let spec = fixture("pagination.yaml");
    let output = generate(&spec, &out, &[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    let summary = stdout.lines().last().unwrap_or_default();
    assert!(
        summary
            .starts_with("crate `pagination`: 1 operations, 2 types, 0 constructs degraded, in ")
            && summary.ends_with(" ms"),
        "{stdout}"
    );
    for file in ["Cargo.toml", "src/lib.rs", "src/generated.rs"] {
        assert!(
            stdout.contains(&format!("{}: Written", out.join(file).display())),
            "{stdout}"
        );
    }
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).expect("a manifest");
    assert!(
        manifest.contains("\nopenapi-client-runtime = \"0.1\"\n"),
        "{manifest}"
    );
    assert!(manifest.contains("name = \"pagination\""), "{manifest}");

    // Fresh: --check passes and writes nothing; a changed file fails it,
    // named, and is left as it was.
    let output = generate(&spec, &out, &["--check"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let module = out.join("src/generated.rs");
    std::fs::write(&module, "// edited\n").expect("writable");
    let output = generate(&spec, &out, &["--check"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(&format!("stale: {}", module.display())),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&module).expect("readable"),
        "// edited\n"
    );
}

#[test]
fn a_runtime_checkout_is_named_by_a_path_relative_to_the_crate() {
    let out = scratch("runtime-path");
    let runtime = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi-client-runtime");
    let runtime_path = runtime.display().to_string();
    let output = generate(
        &fixture("pagination.yaml"),
        &out,
        &["--name", "paged", "--runtime-path", &runtime_path],
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).expect("a manifest");
    let line = manifest
        .lines()
        .find(|line| line.starts_with("openapi-client-runtime = "))
        .expect("the runtime dependency");
    let path = line
        .strip_prefix("openapi-client-runtime = { path = \"")
        .and_then(|rest| rest.strip_suffix("\" }"))
        .expect("a path dependency");
    assert!(Path::new(path).is_relative(), "{line}");
    let resolved = std::fs::canonicalize(out.join(path)).expect("the path leads somewhere");
    assert_eq!(
        resolved,
        std::fs::canonicalize(&runtime).expect("the runtime")
    );
    assert!(manifest.contains("name = \"paged\""), "{manifest}");
}

#[test]
fn a_refused_spec_exits_1_names_the_place_and_writes_nothing() {
    let out = scratch("refused");
    let good = generate(&fixture("pagination.yaml"), &out, &[]);
    assert!(good.status.success());
    let before = std::fs::read_to_string(out.join("src/generated.rs")).expect("written");

    let spec = out.with_extension("bad.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.0.3\ninfo: {title: Bad, version: '1'}\npaths:\n  /things:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Missing'}\n",
    )
    .expect("writable");
    let output = generate(&spec.display().to_string(), &out, &[]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("#/paths/~1things/get/responses/200/content/application~1json/schema")
            && stderr.contains("`Missing`"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("src/generated.rs")).expect("kept"),
        before
    );
}
