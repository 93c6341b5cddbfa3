//! Real specs, mutated structurally (nodes deleted, retyped, renamed,
//! re-pointed, filled with hostile text) and fed through the pipeline.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut input = arbitrary::Unstructured::new(data);
    if let Ok(text) = openapi_fuzz::mutated_spec(&mut input) {
        openapi_fuzz::check_pipeline(&text);
    }
});
