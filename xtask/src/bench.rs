//! `cargo xtask bench`: whole-process timings, as a user meets them.
//!
//! Each measurement is a fresh process of the release build of this xtask
//! (`bench-one`), so start-up, reading, parsing, generating, formatting and
//! writing are all counted, and the peak memory is the process's own
//! (`VmHWM`). The parse floor (the spec into `openapiv3::OpenAPI`, nothing
//! else) is measured in the same run for comparison. Then the generated
//! Pinterest client is type-checked with its dependencies prebuilt.
//!
//! The table goes to stdout and into `BENCHMARKS.md` between markers, so
//! the notes around it (profiles, what changed) are kept.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The specs timed, relative to the workspace root: both Pinterest formats
/// first (the targets name them), then the corpus.
const SPECS: &[&str] = &[
    "../shared/specs/pinterest/openapi-5.23.0.yaml",
    "../shared/specs/pinterest/openapi-5.23.0.json",
    "../shared/specs/pinterest/openapi-5.14.0.yaml",
    "../shared/specs/corpus/stripe.yaml",
    "../shared/specs/corpus/digitalocean.yaml",
    "../shared/specs/corpus/box.json",
    "../shared/specs/corpus/twilio-api-v2010.json",
    "../shared/specs/corpus/oai-petstore.yaml",
];

const START: &str = "<!-- bench:start -->";
const END: &str = "<!-- bench:end -->";

/// One timed thing: wall times of each run, sorted, and the largest peak
/// memory.
struct Sample {
    times: Vec<Duration>,
    peak_kib: u64,
}

impl Sample {
    fn median(&self) -> Duration {
        self.times[self.times.len() / 2]
    }
    fn min(&self) -> Duration {
        self.times[0]
    }
    fn max(&self) -> Duration {
        self.times[self.times.len() - 1]
    }
}

fn ms(duration: Duration) -> String {
    format!("{:.1}", duration.as_secs_f64() * 1000.0)
}

fn mib(kib: u64) -> String {
    format!("{:.1}", kib as f64 / 1024.0)
}

fn cargo() -> std::ffi::OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

/// Runs the benchmarks, `runs` times each.
///
/// # Errors
///
/// A message when a build, a run or a write fails.
pub fn run(root: &Path, runs: usize) -> Result<(), String> {
    let target_dir =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    let status = Command::new(cargo())
        .args(["build", "--release", "--quiet", "-p", "xtask"])
        .current_dir(root)
        .status()
        .map_err(|error| format!("cannot run cargo: {error}"))?;
    if !status.success() {
        return Err(String::from("the release build of xtask failed"));
    }
    let exe = target_dir.join("release").join("xtask");
    let scratch = target_dir.join("bench");

    let mut rows = Vec::new();
    for spec in SPECS {
        let path = root.join(spec);
        if !path.exists() {
            return Err(format!(
                "{} is missing; the specs live in shared/ beside the repository",
                path.display()
            ));
        }
        let size = std::fs::metadata(&path).map_err(|e| e.to_string())?.len();
        let out = scratch.join("out");
        // Floor and generation alternate, so a machine that speeds up or
        // slows down during the run weighs on both alike and their ratio
        // holds.
        let [floor, generate] = measure_in_turns(
            runs,
            [
                &mut || one(&exe, &["parse", &path.to_string_lossy()]),
                &mut || {
                    // A fresh directory each time, so every run writes every file.
                    let _ = std::fs::remove_dir_all(&out);
                    one(
                        &exe,
                        &["generate", &path.to_string_lossy(), &out.to_string_lossy()],
                    )
                },
            ],
        )?;
        eprintln!(
            "{spec}: floor {} ms, generate {} ms",
            ms(floor.median()),
            ms(generate.median())
        );
        rows.push((
            spec.trim_start_matches("../shared/specs/"),
            size,
            floor,
            generate,
        ));
    }

    let repeats = repeated_pinterest(root, &exe, &scratch, runs)?;
    let [check, boards] = check_pinterest(root, &exe, &target_dir, runs)?;

    let mut table = String::new();
    table.push_str(&format!("Measured {} on {}.\n\n", today(), machine()));
    table.push_str(&format!("Whole processes, release build, {runs} runs each: median (min–max) ms; peak is the largest `VmHWM` seen.\n\n"));
    table.push_str("| spec | size | parse floor ms | floor peak MiB | generate ms | generate peak MiB | generate ÷ floor | generate ms per MB |\n");
    table.push_str("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (spec, size, floor, generate) in &rows {
        let ratio = generate.median().as_secs_f64() / floor.median().as_secs_f64();
        let per_mb = per_mb(generate, *size);
        table.push_str(&format!(
            "| {spec} | {:.2} MB | {} ({}–{}) | {} | {} ({}–{}) | {} | {ratio:.2} | {per_mb:.0} |\n",
            *size as f64 / 1e6,
            ms(floor.median()), ms(floor.min()), ms(floor.max()), mib(floor.peak_kib),
            ms(generate.median()), ms(generate.min()), ms(generate.max()), mib(generate.peak_kib),
        ));
    }
    table.push_str(
        "\nGrowth with size on the same content: Pinterest 5.23.0 (JSON) repeated under new names (paths, components and operation ids renamed in each copy), generated the same way.\n\n",
    );
    table.push_str(
        "| copies | size | operations | generate ms | generate peak MiB | generate ms per MB |\n",
    );
    table.push_str("|---:|---:|---:|---:|---:|---:|\n");
    for (copies, size, operations, generate) in &repeats {
        table.push_str(&format!(
            "| {copies} | {:.2} MB | {operations} | {} ({}–{}) | {} | {:.0} |\n",
            *size as f64 / 1e6,
            ms(generate.median()),
            ms(generate.min()),
            ms(generate.max()),
            mib(generate.peak_kib),
            per_mb(generate, *size),
        ));
    }
    table.push_str(&format!(
        "\n`cargo check` of the generated Pinterest 5.23.0 client, dependencies prebuilt, after touching the generated module, incremental compilation off: median {:.1} s ({:.1}–{:.1} s), largest rustc resident set {} MiB (sampled every 20 ms).\n",
        check.median().as_secs_f64(),
        check.min().as_secs_f64(),
        check.max().as_secs_f64(),
        mib(check.peak_kib),
    ));
    table.push_str(&format!(
        "The same crate generated with `--tag-features`, checked with only the `boards` feature (its operations and the types they need): median {:.1} s ({:.1}–{:.1} s), {} MiB.\n",
        boards.median().as_secs_f64(),
        boards.min().as_secs_f64(),
        boards.max().as_secs_f64(),
        mib(boards.peak_kib),
    ));
    table.push_str("\nTargets:\n\n");
    let target_line = |label: &str, met: bool| {
        format!("- {label}: {}\n", if met { "met" } else { "**not met**" })
    };
    // (spec, how many times its parse floor generation may take)
    let ratio_targets = [
        ("pinterest/openapi-5.23.0.yaml", 4.0),
        ("pinterest/openapi-5.23.0.json", 8.0),
        ("corpus/stripe.yaml", 4.0),
    ];
    for (spec, limit) in ratio_targets {
        let Some((_, _, floor, generate)) = rows.iter().find(|row| row.0 == spec) else {
            continue;
        };
        let ratio = generate.median().as_secs_f64() / floor.median().as_secs_f64();
        table.push_str(&target_line(
            &format!("{spec} within {limit}× its parse floor ({ratio:.2}×)"),
            ratio <= limit,
        ));
    }
    let peak = rows.iter().map(|r| r.3.peak_kib).max().unwrap_or(0);
    table.push_str(&target_line(
        &format!("generation under 100 MiB peak (largest {} MiB)", mib(peak)),
        peak < 100 * 1024,
    ));
    table.push_str(&target_line(
        &format!(
            "`cargo check` of the Pinterest client under 20 s and 1 GiB ({:.1} s, {} MiB)",
            check.median().as_secs_f64(),
            mib(check.peak_kib)
        ),
        check.median() < Duration::from_secs(20) && check.peak_kib < 1024 * 1024,
    ));

    // Linear growth: the largest repeat costs no more per megabyte than a
    // quarter over the single copy (start-up weighs on the single copy, so
    // a linear pipeline comes in under it).
    if let (Some(single), Some(largest)) = (repeats.first(), repeats.last()) {
        let (single_rate, largest_rate) =
            (per_mb(&single.3, single.1), per_mb(&largest.3, largest.1));
        table.push_str(&target_line(
            &format!(
                "cost linear in size: {} copies cost {largest_rate:.0} ms per MB against {single_rate:.0} for one (within 1.25×)",
                largest.0
            ),
            largest_rate <= single_rate * 1.25,
        ));
    }

    println!("{table}");
    write_benchmarks(&root.join("BENCHMARKS.md"), &table)
}

/// Milliseconds of median generation time per megabyte of spec.
fn per_mb(sample: &Sample, size: u64) -> f64 {
    sample.median().as_secs_f64() * 1000.0 / (size as f64 / 1e6)
}

/// How many copies of Pinterest 5.23.0 the growth rows repeat.
const REPEATS: [usize; 3] = [1, 2, 4];

/// Times generation of Pinterest 5.23.0 repeated [`REPEATS`] times (see
/// `repeated_spec`): (copies, size in bytes, operations, sample) per row.
fn repeated_pinterest(
    root: &Path,
    exe: &Path,
    scratch: &Path,
    runs: usize,
) -> Result<Vec<(usize, u64, usize, Sample)>, String> {
    let source = root.join(SPECS[1]);
    let text = std::fs::read_to_string(&source)
        .map_err(|error| format!("cannot read {}: {error}", source.display()))?;
    let spec: serde_json::Value = serde_json::from_str(&text)
        .map_err(|error| format!("{} is not JSON: {error}", source.display()))?;
    std::fs::create_dir_all(scratch).map_err(|e| e.to_string())?;
    let mut rows = Vec::new();
    for copies in REPEATS {
        let repeated = crate::repeated_spec::repeated(&spec, copies);
        let operations = serde_json::from_value::<openapiv3::OpenAPI>(repeated.clone())
            .map_err(|error| format!("Pinterest ×{copies} is not a spec: {error}"))?
            .operations()
            .count();
        let path = scratch.join(format!("pinterest-5.23.0-x{copies}.json"));
        let text = serde_json::to_string(&repeated).map_err(|e| e.to_string())?;
        std::fs::write(&path, &text).map_err(|e| e.to_string())?;
        let out = scratch.join("out");
        let generate = measure(runs, || {
            let _ = std::fs::remove_dir_all(&out);
            one(
                exe,
                &["generate", &path.to_string_lossy(), &out.to_string_lossy()],
            )
        })?;
        eprintln!("Pinterest ×{copies}: generate {} ms", ms(generate.median()));
        rows.push((copies, text.len() as u64, operations, generate));
    }
    Ok(rows)
}

/// One timed job: a run's wall time and peak memory (KiB), or why it failed.
type Job<'j> = &'j mut dyn FnMut() -> Result<(Duration, u64), String>;

/// Runs each job `runs` times, the jobs taking turns, so a machine that
/// speeds up or slows down during the run weighs on each alike; a sample
/// per job.
fn measure_in_turns<const N: usize>(
    runs: usize,
    mut jobs: [Job<'_>; N],
) -> Result<[Sample; N], String> {
    let mut samples = std::array::from_fn(|_| Sample {
        times: Vec::new(),
        peak_kib: 0,
    });
    for _ in 0..runs.max(1) {
        for (job, sample) in jobs.iter_mut().zip(&mut samples) {
            let (time, peak) = job()?;
            sample.times.push(time);
            sample.peak_kib = sample.peak_kib.max(peak);
        }
    }
    for sample in &mut samples {
        sample.times.sort();
    }
    Ok(samples)
}

/// Runs `job` `runs` times.
fn measure(
    runs: usize,
    mut job: impl FnMut() -> Result<(Duration, u64), String>,
) -> Result<Sample, String> {
    let [sample] = measure_in_turns(runs, [&mut job])?;
    Ok(sample)
}

/// One `bench-one` process: its wall time, and the peak it reports.
fn one(exe: &Path, args: &[&str]) -> Result<(Duration, u64), String> {
    let start = Instant::now();
    let output = Command::new(exe)
        .arg("bench-one")
        .args(args)
        .output()
        .map_err(|error| format!("cannot run {}: {error}", exe.display()))?;
    let elapsed = start.elapsed();
    if !output.status.success() {
        return Err(format!(
            "bench-one {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let peak = String::from_utf8_lossy(&output.stdout)
        .lines()
        .last()
        .and_then(|line| line.strip_prefix("peak_kib="))
        .and_then(|n| n.parse().ok())
        .ok_or("bench-one did not report its peak")?;
    Ok((elapsed, peak))
}

/// The child side: does one job and prints its own peak memory.
///
/// # Errors
///
/// A message when the job fails.
pub fn one_job(args: &[String]) -> Result<(), String> {
    match args {
        [kind, spec] if kind == "parse" => {
            let text = std::fs::read_to_string(spec).map_err(|e| e.to_string())?;
            parse_floor(&text)?;
        }
        [kind, spec, out] if kind == "generate" => {
            crate::generate_crate(
                Path::new(spec),
                Path::new(out),
                None,
                openapi_codegen::Mode::Write,
                false,
            )?;
        }
        _ => {
            return Err(String::from(
                "usage: xtask bench-one parse SPEC | generate SPEC OUT",
            ));
        }
    }
    println!("peak_kib={}", peak_kib());
    Ok(())
}

/// The floor: the document into `openapiv3::OpenAPI` with the stock
/// parsers and nothing else. A document the strict parse rejects (a number
/// beyond 64 bits) is read through once more, ignoring every value, so the
/// floor still counts one whole parse.
fn parse_floor(text: &str) -> Result<(), String> {
    use serde::de::IgnoredAny;
    if text.trim_start().starts_with('{') {
        if serde_json::from_str::<openapiv3::OpenAPI>(text).is_err() {
            serde_json::from_str::<IgnoredAny>(text).map_err(|e| e.to_string())?;
        }
    } else if serde_yaml::from_str::<openapiv3::OpenAPI>(text).is_err() {
        serde_yaml::from_str::<IgnoredAny>(text).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// This process's peak resident set (`VmHWM`), in KiB; 0 where `/proc` is
/// not there.
fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| kib_field(&status, "VmHWM:"))
        .unwrap_or(0)
}

/// The value of a `Key:   1234 kB` line of a `/proc` file, in KiB.
fn kib_field(text: &str, key: &str) -> Option<u64> {
    text.lines()
        .find_map(|line| line.strip_prefix(key))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
}

/// Generates the Pinterest 5.23.0 crate with per-tag features, builds its
/// dependencies once, then times `cargo check` after each touch of the
/// generated module: with every feature (the default), and with only
/// `boards`, taking turns. A sample for each.
fn check_pinterest(
    root: &Path,
    exe: &Path,
    target_dir: &Path,
    runs: usize,
) -> Result<[Sample; 2], String> {
    let spec = root.join(SPECS[0]);
    let out = target_dir.join("bench").join("pinterest-5-23");
    let status = Command::new(exe)
        .args(["generate", "--tag-features", "--spec"])
        .arg(&spec)
        .arg("--out")
        .arg(&out)
        .args(["--name", "pinterest-5-23"])
        .stdout(std::process::Stdio::null())
        .status()
        .map_err(|error| format!("cannot run {}: {error}", exe.display()))?;
    if !status.success() {
        return Err(String::from("generating the Pinterest crate failed"));
    }
    std::fs::copy(root.join("Cargo.lock"), out.join("Cargo.lock"))
        .map_err(|error| format!("cannot copy Cargo.lock: {error}"))?;
    let check = |features: &[&str]| {
        Command::new(cargo())
            .args(["check", "--quiet"])
            .args(features)
            .current_dir(&out)
            .env("CARGO_TARGET_DIR", target_dir)
            // The touched module is byte-identical: incremental compilation
            // would reuse nearly everything and flatter the figure, where a
            // user's regenerated client has really changed.
            .env("CARGO_INCREMENTAL", "0")
            .spawn()
            .map_err(|error| format!("cannot run cargo: {error}"))
    };
    let boards = ["--no-default-features", "--features", "boards"];
    // Warm-up: dependencies, and the crate once each way.
    for features in [&[][..], &boards] {
        let status = check(features)?.wait().map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(String::from(
                "cargo check of the generated Pinterest crate failed",
            ));
        }
    }
    let module = out.join("src").join("generated.rs");
    let timed = |features: &[&str]| -> Result<(Duration, u64), String> {
        let text = std::fs::read(&module).map_err(|e| e.to_string())?;
        std::fs::write(&module, text).map_err(|e| e.to_string())?;
        let start = Instant::now();
        let mut child = check(features)?;
        let mut peak = 0;
        loop {
            if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
                if !status.success() {
                    return Err(String::from("cargo check failed"));
                }
                break;
            }
            peak = peak.max(largest_rustc_kib());
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok((start.elapsed(), peak))
    };
    let mut full = || timed(&[]);
    let mut only_boards = || timed(&boards);
    measure_in_turns(runs, [&mut full, &mut only_boards])
}

/// The resident set of the largest `rustc` process running now, in KiB.
fn largest_rustc_kib() -> u64 {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .filter_map(|entry| std::fs::read_to_string(entry.path().join("status")).ok())
        .filter(|status| {
            status
                .lines()
                .next()
                .is_some_and(|l| l.trim_start_matches("Name:").trim() == "rustc")
        })
        .filter_map(|status| kib_field(&status, "VmRSS:"))
        .max()
        .unwrap_or(0)
}

/// Today's date (UTC), from the system clock.
fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Howard Hinnant's days-to-civil.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// CPU model, cores and memory, from `/proc`.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|line| line.strip_prefix("model name"))
        .map(|rest| rest.trim_start_matches([' ', '\t', ':']).to_owned())
        .unwrap_or_else(|| String::from("unknown CPU"));
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|meminfo| kib_field(&meminfo, "MemTotal:"))
        .map_or_else(String::new, |kib| {
            format!(", {:.0} GiB", kib as f64 / 1024.0 / 1024.0)
        });
    let rustc = Command::new("rustc")
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    format!("{model}, {cores} cores{memory}; {rustc}")
}

/// Puts `table` between the markers of `BENCHMARKS.md`, keeping the rest.
fn write_benchmarks(path: &Path, table: &str) -> Result<(), String> {
    let existing = std::fs::read_to_string(path).unwrap_or_default();
    let block = format!("{START}\n{table}{END}");
    let updated = match (existing.find(START), existing.find(END)) {
        (Some(start), Some(end)) if start < end => {
            format!(
                "{}{block}{}",
                &existing[..start],
                &existing[end + END.len()..]
            )
        }
        _ => format!("# Benchmarks\n\n{block}\n{existing}"),
    };
    std::fs::write(path, updated)
        .map_err(|error| format!("cannot write {}: {error}", path.display()))
}
