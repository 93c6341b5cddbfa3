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
    "one_of_untagged",
    "parameter_shapes",
    "recursive_types",
];

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
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
    }
}
