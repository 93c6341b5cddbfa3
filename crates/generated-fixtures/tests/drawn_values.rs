//! A property test over every type of every fixture spec: values drawn at
//! random from the IR (`openapi_ir::draw_values`) decode into the generated
//! type and encode back to the same JSON.

use std::path::Path;

use openapi_ir::draw_values::ValueDrawer;
use openapi_ir::{TypeId, TypeRef};
use serde_json::Value;

type Roundtrip = fn(&str, &Value) -> Option<Result<Value, String>>;

/// Values drawn per type; each seed draws a different one.
const SEEDS: u64 = 64;

use openapi_client_runtime::decode::same_json_value as same;

#[test]
fn values_drawn_from_every_fixture_type_decode_and_encode_back_unchanged() {
    use generated_fixtures::roundtrip::*;
    let specs: &[(&str, Roundtrip)] = &[
        ("all_of_merge", all_of_merge_roundtrip::roundtrip),
        ("basic_auth", basic_auth_roundtrip::roundtrip),
        ("default_response", default_response_roundtrip::roundtrip),
        (
            "discriminator_without_one_of",
            discriminator_without_one_of_roundtrip::roundtrip,
        ),
        ("fidelity", fidelity_roundtrip::roundtrip),
        ("form_body", form_body_roundtrip::roundtrip),
        ("formats", formats_roundtrip::roundtrip),
        ("hostile_text", hostile_text_roundtrip::roundtrip),
        (
            "inline_discriminator",
            inline_discriminator_roundtrip::roundtrip,
        ),
        (
            "maps_and_free_form",
            maps_and_free_form_roundtrip::roundtrip,
        ),
        ("multipart", multipart_roundtrip::roundtrip),
        ("nullable_optional", nullable_optional_roundtrip::roundtrip),
        ("one_of_untagged", one_of_untagged_roundtrip::roundtrip),
        ("pagination", pagination_roundtrip::roundtrip),
        ("parameter_shapes", parameter_shapes_roundtrip::roundtrip),
        ("recursive_types", recursive_types_roundtrip::roundtrip),
        (
            "responses_by_status",
            responses_by_status_roundtrip::roundtrip,
        ),
    ];
    let mut checked = 0;
    let mut failures = Vec::new();
    for (spec, roundtrip) in specs {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../openapi-codegen/tests/specs")
            .join(format!("{spec}.yaml"));
        let text = std::fs::read_to_string(&path).expect("the spec is in the repository");
        let api = openapi_ir::load(&text).expect("the fixture lowers");
        for (index, def) in api.types.iter().enumerate() {
            let ty = TypeRef::Named(TypeId(index));
            for seed in 0..SEEDS {
                let mut drawer = ValueDrawer::new(&api, seed);
                if !drawer.drawable(&ty) {
                    break;
                }
                let value = drawer.value(&ty);
                let Some(result) = roundtrip(&def.name, &value) else {
                    failures.push(format!("{spec}: no roundtrip for {}", def.name));
                    break;
                };
                checked += 1;
                match result {
                    Ok(again) if same(&value, &again) => {}
                    Ok(again) => failures.push(format!(
                        "{spec} {} seed {seed}: {value} came back as {again}",
                        def.name
                    )),
                    Err(error) => {
                        failures.push(format!("{spec} {} seed {seed}: {value}: {error}", def.name));
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} drawn values did not hold:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // 74 JSON types across the fixtures, 64 values each.
    assert!(checked > 4_000, "only {checked} values checked");
}
