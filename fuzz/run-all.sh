#!/usr/bin/env bash
# Runs each fuzz target for FUZZ_SECONDS (default 1800) in turn, on one core.
# Crashes land in fuzz/artifacts/<target>/; see README.md for what to do.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${FUZZ_SECONDS:-1800}"
mkdir -p corpus/spec_bytes corpus/mutated_specs
cp ../specs/*.yaml ../crates/openapi-codegen/tests/specs/*.yaml corpus/spec_bytes/
cargo +nightly fuzz build -O
cargo +nightly fuzz run -O spec_bytes -- \
    -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048
cargo +nightly fuzz run -O mutated_specs -- \
    -max_total_time="$seconds" -max_len=512 -len_control=0 -timeout=20 -rss_limit_mb=2048
