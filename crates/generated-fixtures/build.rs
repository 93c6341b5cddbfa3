//! Generates a client for each small spec in `openapi-codegen/tests/specs`,
//! the way a user's build script would.

use std::path::Path;

/// The specs, by file stem; each becomes a module of the same name.
const SPECS: &[&str] = &[
    "all_of_merge",
    "basic_auth",
    "default_response",
    "discriminator_without_one_of",
    "form_body",
    "fidelity",
    "formats",
    "hostile_text",
    "inline_discriminator",
    "maps_and_free_form",
    "multipart",
    "nullable_optional",
    "one_of_untagged",
    "pagination",
    "parameter_shapes",
    "recursive_types",
    "responses_by_status",
];

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    // Every spec's round-trip dispatch and their index, in one file.
    let mut roundtrips = String::new();
    for spec in SPECS {
        let path = Path::new("../openapi-codegen/tests/specs").join(format!("{spec}.yaml"));
        println!("cargo::rerun-if-changed={}", path.display());
        let result =
            openapi_codegen::Config::new(&path, Path::new(&out_dir).join(format!("{spec}.rs")))
                .module(*spec)
                .run();
        if let Err(error) = result {
            eprintln!("error: {error}");
            std::process::exit(1);
        }
        // How the drawn-values test reaches this spec's types by name.
        let dispatch = openapi_codegen::lower_file(&path)
            .map_err(|error| error.to_string())
            .and_then(|api| {
                openapi_codegen::roundtrip_dispatch(
                    &api,
                    &format!("{spec}_roundtrip"),
                    &format!("crate::{spec}::types"),
                )
                .map_err(|error| error.to_string())
            });
        match dispatch {
            Ok(source) => roundtrips.push_str(&source),
            Err(error) => {
                eprintln!("error: {error}");
                std::process::exit(1);
            }
        }
    }
    match openapi_codegen::roundtrip_index(SPECS) {
        Ok(index) => roundtrips.push_str(&index),
        Err(error) => {
            eprintln!("error: {error}");
            std::process::exit(1);
        }
    }
    std::fs::write(Path::new(&out_dir).join("roundtrip.rs"), roundtrips)
        .expect("OUT_DIR is writable");
    split_across_files(Path::new(&out_dir));
    huge_text(Path::new(&out_dir));
}

/// A spec whose paths, parameters and schemas live in several files.
fn split_across_files(out_dir: &Path) {
    let dir = Path::new("../openapi-codegen/tests/specs/split");
    println!("cargo::rerun-if-changed={}", dir.display());
    let result = openapi_codegen::Config::new(dir.join("api.yaml"), out_dir.join("split.rs"))
        .module("split")
        .run();
    if let Err(error) = result {
        eprintln!("error: {error}");
        std::process::exit(1);
    }
}

/// A spec whose description, property name and enum value are each a
/// million characters: the output must still compile, and quickly.
fn huge_text(out_dir: &Path) {
    let million = "x".repeat(1_000_000);
    // JSON: YAML caps implicit keys at 1,024 characters.
    let spec = format!(
        r##"{{"openapi": "3.0.3",
  "info": {{"title": "huge", "version": "1", "description": "{million} */ end"}},
  "paths": {{}},
  "components": {{"schemas": {{"Huge": {{
    "type": "object",
    "description": "{million}",
    "properties": {{
      "{million}": {{"type": "string"}},
      "kind": {{"$ref": "#/components/schemas/HugeEnum"}}
    }}
  }},
  "HugeEnum": {{"type": "string", "enum": ["{million}", "short"]}}
  }}}}
}}"##
    );
    let spec_path = out_dir.join("huge_text.json");
    std::fs::write(&spec_path, spec).expect("OUT_DIR is writable");
    let result = openapi_codegen::Config::new(&spec_path, out_dir.join("huge_text.rs"))
        .spec_name("a generated spec with million-character text")
        .module("huge_text")
        .run();
    if let Err(error) = result {
        eprintln!("error: {error}");
        std::process::exit(1);
    }
}
