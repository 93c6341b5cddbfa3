//! A property test over every type of every fixture spec: values drawn at
//! random from the IR (`openapi_ir::draw_values`) decode into the generated
//! type and encode back to the same JSON.

use std::path::Path;

use generated_fixtures::roundtrip::ALL;
use openapi_client_runtime::round_trip::RoundTrip;
use openapi_ir::draw_values::ValueDrawer;
use openapi_ir::{TypeId, TypeRef};

/// Values drawn per type; each seed draws a different one.
const SEEDS: u64 = 64;

#[test]
fn values_drawn_from_every_fixture_type_decode_and_encode_back_unchanged() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for (spec, roundtrip) in ALL {
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
                let Some(result) = roundtrip(&def.name, &value.to_string()) else {
                    failures.push(format!("{spec}: no roundtrip for {}", def.name));
                    break;
                };
                checked += 1;
                if result != RoundTrip::Unchanged {
                    failures.push(format!(
                        "{spec} {} seed {seed}: {value}: {result:?}",
                        def.name
                    ));
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
    // Every fixture spec is drawn from, and 74 JSON types across them, 64
    // values each.
    assert_eq!(ALL.len(), 17, "fixture specs");
    assert!(checked > 4_000, "only {checked} values checked");
}
