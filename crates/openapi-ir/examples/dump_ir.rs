//! Prints the lowered IR of a spec: `cargo run -p openapi-ir --example dump_ir -- SPEC`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump_ir SPEC");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{path}: {error}");
            std::process::exit(1);
        }
    };
    match openapi_ir::load(&text) {
        Ok(api) => println!("{api:#?}"),
        Err(error) => {
            eprintln!("{path}: {error}");
            std::process::exit(1);
        }
    }
}
