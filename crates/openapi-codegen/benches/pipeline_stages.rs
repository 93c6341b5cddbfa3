//! Each pipeline stage on its own (parse, lower, emit, format), beside the
//! stock parse it is measured against, on the
//! official Pinterest 5.23.0 spec in both formats, to see where a whole
//! run's time goes. `cargo xtask bench` times whole processes instead.
//!
//! The specs are read from `../shared/specs` beside the repository; when
//! they are missing, our own Pinterest spec stands in.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};

fn specs() -> Vec<(&'static str, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let official = [
        (
            "pinterest-5.23.0.yaml",
            "../shared/specs/pinterest/openapi-5.23.0.yaml",
        ),
        (
            "pinterest-5.23.0.json",
            "../shared/specs/pinterest/openapi-5.23.0.json",
        ),
    ];
    let found: Vec<_> = official
        .iter()
        .filter_map(|(name, path)| Some((*name, std::fs::read_to_string(root.join(path)).ok()?)))
        .collect();
    if found.is_empty() {
        let ours = std::fs::read_to_string(root.join("specs/pinterest-v5.yaml"))
            .expect("our spec is in the repository");
        vec![("pinterest-v5.yaml (ours)", ours)]
    } else {
        found
    }
}

fn stages(c: &mut Criterion) {
    for (name, text) in specs() {
        let mut group = c.benchmark_group(name);
        group.sample_size(10);
        let spec = openapi_ir::parse_spec(&text).expect("the spec parses");
        let api = openapi_ir::lower(&spec).expect("the spec lowers");
        let options = openapi_emit::Options::default();
        let tokens = openapi_emit::emit_tokens(&api, &options);

        // The floor: the stock parsers straight into `openapiv3`, nothing
        // else (no version check, no bundling, no leniency).
        group.bench_function("parse floor", |b| {
            b.iter(|| {
                if text.trim_start().starts_with('{') {
                    serde_json::from_str::<openapiv3::OpenAPI>(black_box(&text)).is_ok()
                } else {
                    serde_yaml::from_str::<openapiv3::OpenAPI>(black_box(&text)).is_ok()
                }
            })
        });
        group.bench_function("parse", |b| {
            b.iter(|| openapi_ir::parse_spec(black_box(&text)))
        });
        group.bench_function("lower", |b| b.iter(|| openapi_ir::lower(black_box(&spec))));
        group.bench_function("emit", |b| {
            b.iter(|| openapi_emit::emit_tokens(black_box(&api), &options))
        });
        group.bench_function("format", |b| {
            b.iter(|| openapi_emit::format(black_box(tokens.clone()), &[]))
        });
        group.finish();
    }
}

// `criterion_group!` defines an undocumented `pub fn`.
#[allow(missing_docs)]
mod group {
    use super::*;
    criterion_group!(benches, stages);
}
criterion_main!(group::benches);
