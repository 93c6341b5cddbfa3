//! Arbitrary bytes as a spec: the pipeline must answer with output or an
//! error, never a panic, and never emit Rust that does not parse.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        openapi_fuzz::check_pipeline(text);
    }
});
