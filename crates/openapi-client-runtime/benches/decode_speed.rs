//! Decoding time of the runtime's derives against serde's derive on the
//! same payloads, in one run: `cargo bench -p openapi-client-runtime --bench
//! decode_speed`. Allocations are counted by the `decode_allocations` bench.

#![allow(missing_docs)]

mod support;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn decode(c: &mut Criterion) {
    for payload in support::payloads() {
        let mut group = c.benchmark_group(&payload.name);
        group.throughput(Throughput::Bytes(payload.json.len() as u64));
        let bytes = payload.json.as_bytes();
        group.bench_function("generated", |b| b.iter(|| (payload.ours)(bytes)));
        group.bench_function("serde derive", |b| b.iter(|| (payload.serde)(bytes)));
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = decode
}
criterion_main!(benches);
