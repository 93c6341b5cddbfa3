//! Per-tag Cargo features, for a crate whose users compile only the parts
//! of an API they call: each tag's operations are compiled under a feature
//! named after the tag, and each type under the features of the operations
//! that reach it. Operations without a tag, and types that no tagged
//! operation alone needs (those an untagged operation reaches, and
//! components no operation uses, with all they reach), are always compiled.

use openapi_ir::reach::{operation_types, reachable_types};
use openapi_ir::{Api, Operation, TypeId};
use proc_macro2::TokenStream;
use quote::quote;

/// The feature an operation is compiled under: its first tag, as a Rust
/// name (`ad_accounts`); `None` for an untagged operation.
#[must_use]
pub fn operation_feature(operation: &Operation) -> Option<String> {
    operation
        .tags
        .first()
        .map(|tag| openapi_ir::naming::value_name(tag))
}

/// Every feature the API's operations are compiled under, sorted, each
/// once.
#[must_use]
pub fn feature_names(api: &Api) -> Vec<String> {
    let names: std::collections::BTreeSet<String> = api
        .operations
        .iter()
        .filter_map(operation_feature)
        .collect();
    names.into_iter().collect()
}

/// For each type of the arena, the features it is compiled under; empty
/// for a type that is always compiled.
pub(crate) fn type_features(api: &Api) -> Vec<Vec<String>> {
    let count = api.types.len();
    let mut features: Vec<std::collections::BTreeSet<String>> = vec![Default::default(); count];
    let mut always_roots: Vec<TypeId> = Vec::new();
    let mut reached_by_any = vec![false; count];
    for operation in &api.operations {
        let reached = reachable_types(&api.types, operation_types(operation));
        let feature = operation_feature(operation);
        for (index, _) in reached.iter().enumerate().filter(|(_, reached)| **reached) {
            reached_by_any[index] = true;
            match &feature {
                Some(feature) => {
                    features[index].insert(feature.clone());
                }
                None => always_roots.push(TypeId(index)),
            }
        }
    }
    always_roots.extend(
        (0..count)
            .filter(|&index| !reached_by_any[index])
            .map(TypeId),
    );
    let always = reachable_types(&api.types, always_roots);
    features
        .into_iter()
        .zip(always)
        .map(|(features, always)| {
            if always {
                Vec::new()
            } else {
                features.into_iter().collect()
            }
        })
        .collect()
}

/// `#[cfg(…)]` for items compiled under `features`; nothing when there are
/// none (always compiled).
pub(crate) fn cfg_attr(features: &[String]) -> TokenStream {
    match features {
        [] => quote!(),
        [one] => quote!(#[cfg(feature = #one)]),
        many => quote!(#[cfg(any(#(feature = #many),*))]),
    }
}

/// `tokens`, each item of them under `cfg`.
pub(crate) fn each_item_under(tokens: TokenStream, cfg: &TokenStream) -> TokenStream {
    if cfg.is_empty() {
        return tokens;
    }
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => {
            let items = file.items;
            quote!(#(#cfg #items)*)
        }
        // Not items: left as they are, and the formatter reports it.
        Err(_) => tokens,
    }
}
