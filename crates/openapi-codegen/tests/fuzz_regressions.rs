//! Inputs the fuzzers (`fuzz/`) once found a problem with, kept so the
//! problem stays fixed: each must generate or be refused with a spec error,
//! never panic and never produce Rust that does not parse.

use openapi_codegen::{SourceError, generate_source};

#[test]
fn every_saved_fuzz_input_generates_or_is_refused_cleanly() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("the regressions directory is in the repository")
        .map(|entry| entry.expect("readable directory entry").path())
        .collect();
    entries.sort();
    assert!(!entries.is_empty(), "no saved inputs in {}", dir.display());
    for path in entries {
        let bytes = std::fs::read(&path).expect("readable input");
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        match generate_source(text, "fuzz input", None) {
            Ok(_) | Err(SourceError::Spec(_)) => {}
            Err(error) => panic!("{}: generator bug: {error}", path.display()),
        }
    }
}
