//! Whole-module snapshots: our Pinterest spec, and small specs that each
//! isolate one construct. A change to generated code shows up here as a
//! reviewable diff (`cargo insta review`).

use std::path::Path;

use openapi_codegen::generate_source;

fn generate(relative: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join(relative)).expect("the spec is in the repository");
    let generated =
        generate_source(&text, relative, Some("cargo xtask generate")).expect("the spec generates");
    // Warnings are pinned with the code: a new or lost one shows in review.
    let warnings: String = generated
        .api
        .warnings
        .iter()
        .map(|w| format!("// warning: {w}\n"))
        .collect();
    format!("{warnings}{}", generated.source)
}

macro_rules! snapshot_tests {
    ($($name:ident => $path:expr,)*) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!(generate($path));
        }
    )*};
}

snapshot_tests! {
    pinterest_v5 => "../../specs/pinterest-v5.yaml",
    discriminator_without_one_of => "tests/specs/discriminator_without_one_of.yaml",
    all_of_merge => "tests/specs/all_of_merge.yaml",
    form_body => "tests/specs/form_body.yaml",
    fidelity => "tests/specs/fidelity.yaml",
    formats => "tests/specs/formats.yaml",
    basic_auth => "tests/specs/basic_auth.yaml",
    default_response => "tests/specs/default_response.yaml",
    recursive_types => "tests/specs/recursive_types.yaml",
    parameter_shapes => "tests/specs/parameter_shapes.yaml",
    one_of_untagged => "tests/specs/one_of_untagged.yaml",
    pagination => "tests/specs/pagination.yaml",
    hostile_text => "tests/specs/hostile_text.yaml",
    inline_discriminator => "tests/specs/inline_discriminator.yaml",
    maps_and_free_form => "tests/specs/maps_and_free_form.yaml",
    multipart => "tests/specs/multipart.yaml",
    nullable_optional => "tests/specs/nullable_optional.yaml",
    responses_by_status => "tests/specs/responses_by_status.yaml",
}
