//! Allocations, bytes allocated and peak heap of one decode through the
//! runtime's derives and through serde's derive, on the payloads of
//! `decode_speed`: `cargo bench -p openapi-client-runtime --bench
//! decode_allocations` prints a Markdown table (dhat counts every
//! allocation; its bookkeeping would distort timings, hence a bench of its
//! own).

#![allow(missing_docs)]

mod support;

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

/// (allocations, bytes allocated, peak bytes live) of one call.
fn measure(decode: fn(&[u8]), json: &[u8]) -> (u64, u64, usize) {
    let _profiler = dhat::Profiler::builder().testing().build();
    decode(json);
    let stats = dhat::HeapStats::get();
    (stats.total_blocks, stats.total_bytes, stats.max_bytes)
}

fn main() {
    println!(
        "| payload | bytes | allocations ours / serde | ratio | bytes allocated ours / serde | ratio | peak heap ours / serde | ratio |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for payload in support::payloads() {
        let json = payload.json.as_bytes();
        let ours = measure(payload.ours, json);
        let serde = measure(payload.serde, json);
        let ratio = |a: f64, b: f64| if b == 0.0 { f64::NAN } else { a / b };
        println!(
            "| {} | {} | {} / {} | {:.2} | {} / {} | {:.2} | {} / {} | {:.2} |",
            payload.name,
            json.len(),
            ours.0,
            serde.0,
            ratio(ours.0 as f64, serde.0 as f64),
            ours.1,
            serde.1,
            ratio(ours.1 as f64, serde.1 as f64),
            ours.2,
            serde.2,
            ratio(ours.2 as f64, serde.2 as f64),
        );
    }
}
