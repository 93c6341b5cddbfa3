//! A test file that decodes every example a spec carries into the type the
//! generator gave its schema, encodes it again and compares the JSON: the
//! check that the generated types hold real data, not only that they
//! compile. `cargo xtask check-corpus` writes it into each corpus crate.

use openapi_ir::{Api, Example};
use quote::{format_ident, quote};

use crate::types::{Scope, type_tokens};

/// The test file for `examples` (a subset of `api.examples`, say those that
/// hold to their own schema) in a crate whose library is `library`.
///
/// # Errors
///
/// [`crate::Error::InvalidOutput`] if the generated tokens do not parse,
/// which is a generator bug.
pub fn example_checks(
    api: &Api,
    examples: &[&Example],
    library: &str,
    preamble: &[String],
) -> Result<String, crate::Error> {
    let library = format_ident!("{}", library);
    let checks = examples.iter().map(|example| {
        let ty = type_tokens(api, &example.ty, Scope::Client);
        let pointer = &example.pointer;
        // Compact JSON of any spec value serialises; nothing to report.
        let text = serde_json::to_string(&example.value).unwrap_or_default();
        quote!(tally.check::<#ty>(#pointer, #text);)
    });
    let tokens = quote! {
        //! Every example of the spec, decoded into its generated type and
        //! encoded again.

        use #library::types;
        use ::openapi_client_runtime::serde_json::{self, Value};

        #[derive(Default)]
        struct Tally {
            decoded: usize,
            changed: Vec<String>,
            failed: Vec<String>,
        }

        /// JSON equality up to how a number is spelt (`1` and `1.0`).
        fn same(a: &Value, b: &Value) -> bool {
            match (a, b) {
                (Value::Number(x), Value::Number(y)) => {
                    x == y || x.as_f64().zip(y.as_f64()).is_some_and(|(x, y)| x == y)
                }
                (Value::Array(x), Value::Array(y)) => {
                    x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
                }
                (Value::Object(x), Value::Object(y)) => {
                    x.len() == y.len()
                        && x.iter().all(|(key, value)| y.get(key).is_some_and(|other| same(value, other)))
                }
                _ => a == b,
            }
        }

        impl Tally {
            fn check<T>(&mut self, pointer: &str, text: &str)
            where
                T: ::openapi_client_runtime::serde::de::DeserializeOwned + ::openapi_client_runtime::serde::Serialize,
            {
                let original: Value = match serde_json::from_str(text) {
                    Ok(value) => value,
                    Err(error) => {
                        self.failed.push(format!("{pointer}: not JSON: {error}"));
                        return;
                    }
                };
                let decoded: T = match serde_json::from_str(text) {
                    Ok(decoded) => decoded,
                    Err(error) => {
                        self.failed.push(format!("{pointer}: {error}"));
                        return;
                    }
                };
                self.decoded += 1;
                match serde_json::to_value(&decoded) {
                    Ok(again) if same(&original, &again) => {}
                    Ok(again) => self.changed.push(format!("{pointer}: {original} came back as {again}")),
                    Err(error) => self.failed.push(format!("{pointer}: does not encode: {error}")),
                }
            }
        }

        #[test]
        fn every_example_decodes_and_encodes_back_unchanged() {
            let mut tally = Tally::default();
            #(#checks)*
            for line in tally.failed.iter() {
                println!("failed: {line}");
            }
            for line in tally.changed.iter() {
                println!("changed: {line}");
            }
            println!(
                "examples: {} decoded, {} changed, {} failed",
                tally.decoded,
                tally.changed.len(),
                tally.failed.len()
            );
            assert!(
                tally.failed.is_empty() && tally.changed.is_empty(),
                "{} examples failed and {} changed",
                tally.failed.len(),
                tally.changed.len()
            );
        }
    };
    crate::format_file(tokens, preamble)
}
