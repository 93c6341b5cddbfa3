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
    example_and_drawn_checks(api, examples, &[], library, preamble)
}

/// A value drawn from one type of the arena (see
/// [`openapi_ir::draw_values`]), to check as an example is checked.
#[derive(Clone, Debug)]
pub struct DrawnValue {
    /// The arena type it was drawn from.
    pub ty: openapi_ir::TypeRef,
    /// Where it came from: the type's pointer and the seed.
    pub label: String,
    /// The value.
    pub value: serde_json::Value,
}

/// [`example_checks`], plus a second test that checks values drawn at
/// random from the types (printing `drawn: …` as the first prints
/// `examples: …`).
///
/// # Errors
///
/// [`crate::Error::InvalidOutput`] if the generated tokens do not parse,
/// which is a generator bug.
pub fn example_and_drawn_checks(
    api: &Api,
    examples: &[&Example],
    drawn: &[DrawnValue],
    library: &str,
    preamble: &[String],
) -> Result<String, crate::Error> {
    let drawn_checks = drawn.iter().map(|drawn| {
        let ty = type_tokens(api, &drawn.ty, Scope::Client);
        let label = &drawn.label;
        let text = serde_json::to_string(&drawn.value).unwrap_or_default();
        quote!(tally.check::<#ty>(#label, #text);)
    });
    // A crate may be named like a keyword (`box`): then it is `r#box`.
    let library =
        syn::parse_str::<syn::Ident>(library).unwrap_or_else(|_| format_ident!("r#{}", library));
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
        use ::openapi_client_runtime::round_trip::{RoundTrip, round_trip};

        #[derive(Default)]
        struct Tally {
            decoded: usize,
            changed: Vec<String>,
            failed: Vec<String>,
        }

        impl Tally {
            fn check<T>(&mut self, pointer: &str, text: &str)
            where
                T: ::openapi_client_runtime::serde::de::DeserializeOwned + ::openapi_client_runtime::serde::Serialize,
            {
                match round_trip::<T>(text) {
                    RoundTrip::Unchanged => self.decoded += 1,
                    RoundTrip::Changed(at) => {
                        self.decoded += 1;
                        self.changed.push(format!("{pointer}: {at}"));
                    }
                    RoundTrip::Failed(why) => self.failed.push(format!("{pointer}: {why}")),
                }
            }
        }

        impl Tally {
            fn report(&self, what: &str) {
                for line in self.failed.iter() {
                    println!("failed: {line}");
                }
                for line in self.changed.iter() {
                    println!("changed: {line}");
                }
                println!(
                    "{what}: {} decoded, {} changed, {} failed",
                    self.decoded,
                    self.changed.len(),
                    self.failed.len()
                );
            }
        }

        #[test]
        fn every_example_decodes_and_encodes_back_unchanged() {
            // Mutated by each check; a spec may have no examples.
            #[allow(unused_mut)]
            let mut tally = Tally::default();
            #(#checks)*
            tally.report("examples");
        }

        #[test]
        fn values_drawn_from_every_schema_decode_and_encode_back_unchanged() {
            // Mutated by each check; a spec may have none drawn.
            #[allow(unused_mut)]
            let mut tally = Tally::default();
            #(#drawn_checks)*
            tally.report("drawn");
        }
    };
    crate::format_file(tokens, preamble)
}

/// A module with one function, `roundtrip(type_name, text)`, that sends
/// JSON through the named type of `types_path` and back (the runtime's
/// `round_trip`):
/// how a test that draws values from the IR at run time reaches the
/// generated types, which it can only name statically.
///
/// # Errors
///
/// [`crate::Error::InvalidOutput`] if the generated tokens do not parse,
/// which is a generator bug.
pub fn roundtrip_dispatch(
    api: &Api,
    module: &str,
    types_path: &str,
) -> Result<String, crate::Error> {
    let module = format_ident!("{}", module);
    let types_path: syn::Path =
        syn::parse_str(types_path).map_err(|error| crate::Error::InvalidOutput {
            message: error.to_string(),
        })?;
    // Types that are not JSON (answers by status, multipart bodies with
    // files) have no JSON form to round-trip.
    let drawer = openapi_ir::draw_values::ValueDrawer::new(api, 0);
    let arms = api
        .types
        .iter()
        .enumerate()
        .filter(|(index, _)| {
            drawer.drawable(&openapi_ir::TypeRef::Named(openapi_ir::TypeId(*index)))
        })
        .map(|(_, def)| {
            let name = &def.name;
            let ident = format_ident!("{}", def.name);
            quote!(#name => ::core::option::Option::Some(::openapi_client_runtime::round_trip::round_trip::<#types_path::#ident>(text)),)
        });
    let tokens = quote! {
        /// Sends values through the generated types and back, by name.
        // A spec without JSON types has nothing to dispatch to.
        #[allow(unused_variables, clippy::match_single_binding)]
        pub mod #module {
            /// The JSON `text` sent through the type named `name` and back;
            /// `None` for a name that is no JSON type of the API.
            pub fn roundtrip(name: &str, text: &str) -> ::core::option::Option<::openapi_client_runtime::round_trip::RoundTrip> {
                match name {
                    #(#arms)*
                    _ => ::core::option::Option::None,
                }
            }
        }
    };
    crate::format_file(tokens, &[])
}

/// The index of several [`roundtrip_dispatch`] modules, each named
/// `{name}_roundtrip`: `ALL`, each name with its `roundtrip`, so a test
/// reaches every spec's types without listing them again.
///
/// # Errors
///
/// [`crate::Error::InvalidOutput`] if the generated tokens do not parse,
/// which is a generator bug.
pub fn roundtrip_index(names: &[&str]) -> Result<String, crate::Error> {
    let entries = names.iter().map(|name| {
        let module = format_ident!("{}_roundtrip", name);
        quote!((#name, #module::roundtrip),)
    });
    let tokens = quote! {
        /// Sends JSON through a named type of one spec and back.
        pub type Roundtrip = fn(&str, &str) -> ::core::option::Option<::openapi_client_runtime::round_trip::RoundTrip>;

        /// Each spec's `roundtrip`, by the spec's name.
        pub const ALL: &[(&str, Roundtrip)] = &[#(#entries)*];
    };
    crate::format_file(tokens, &[])
}
