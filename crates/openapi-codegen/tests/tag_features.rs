//! Per-tag Cargo features: which items each feature guards, and the
//! manifest's `[features]` table. (That every guard is complete, so the
//! crate compiles with any one feature, is checked by `cargo xtask
//! check-corpus` on Pinterest with only `boards`.)

use std::path::Path;

use openapi_codegen::CrateConfig;

#[test]
fn each_tag_guards_its_operations_and_the_types_only_they_need() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/specs/tag_features.yaml");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("tag-features");
    CrateConfig::new(&spec, &out)
        .tag_features(true)
        .run()
        .expect("generates");
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).expect("a manifest");
    assert!(
        manifest
            .contains("\n[features]\ndefault = [\"pets\", \"stores\"]\npets = []\nstores = []\n"),
        "{manifest}"
    );
    let source = std::fs::read_to_string(out.join("src/generated.rs")).expect("a module");
    // (the item's first line, the `cfg` right above it, or `None` for an
    // item compiled always)
    let pets = Some("#[cfg(feature = \"pets\")]");
    let cases = [
        ("pub struct Pet {", pets),
        ("impl Client {\n    /// Sends `GET /pets`.", pets),
        ("pub struct Store {", Some("#[cfg(feature = \"stores\")]")),
        (
            "pub struct Owner {",
            Some("#[cfg(any(feature = \"pets\", feature = \"stores\"))]"),
        ),
        // Reached by an untagged operation, or by nothing: always there.
        ("pub struct Health {", None),
        ("pub enum Status {", None),
        ("pub struct Orphan {", None),
        ("pub struct Kin {", None),
        ("impl Client {\n    /// Sends `GET /health`.", None),
    ];
    for (item, cfg) in cases {
        let at = source
            .find(item)
            .unwrap_or_else(|| panic!("`{item}` in\n{source}"));
        // The attribute lines right above the item (docs, derives, cfg).
        let above: Vec<&str> = source[..at]
            .lines()
            .rev()
            .skip(1)
            .take_while(|line| {
                line.trim_start().starts_with("#[") || line.trim_start().starts_with("///")
            })
            .map(str::trim)
            .collect();
        let found = above.iter().find(|line| line.starts_with("#[cfg("));
        assert_eq!(found.copied(), cfg, "{item}: {above:?}");
    }
    // `pets` alone guards exactly its operations' block and `Pet`.
    assert_eq!(source.matches("#[cfg(feature = \"pets\")]").count(), 2);

    // Without the option: no features, no guards.
    let plain = Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-tag-features");
    CrateConfig::new(&spec, &plain).run().expect("generates");
    let manifest = std::fs::read_to_string(plain.join("Cargo.toml")).expect("a manifest");
    assert!(!manifest.contains("[features]"), "{manifest}");
    let source = std::fs::read_to_string(plain.join("src/generated.rs")).expect("a module");
    assert!(!source.contains("#[cfg("), "{source}");
}
