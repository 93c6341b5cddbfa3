//! Documentation text as `#[doc]` attributes.

use proc_macro2::TokenStream;
use quote::quote;

/// One `#[doc = "…"]` per line, so `prettyplease` prints `///` comments and
/// no text from the spec can end a comment or start an attribute: it only
/// ever sits inside a string literal.
pub(crate) fn doc_attrs(docs: Option<&str>) -> TokenStream {
    doc_lines(docs, false)
}

/// Like [`doc_attrs`], as inner attributes (`#![doc]`) for a module's own docs.
pub(crate) fn inner_doc_attrs(docs: Option<&str>) -> TokenStream {
    doc_lines(docs, true)
}

fn doc_lines(docs: Option<&str>, inner: bool) -> TokenStream {
    let Some(docs) = docs else {
        return TokenStream::new();
    };
    let lines = docs.lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        if inner {
            quote!(#![doc = #line])
        } else {
            quote!(#[doc = #line])
        }
    });
    quote!(#(#lines)*)
}

/// Doc attributes for several paragraphs, skipping missing ones.
pub(crate) fn doc_paragraphs<'a>(
    paragraphs: impl IntoIterator<Item = Option<&'a str>>,
) -> TokenStream {
    let text: Vec<&str> = paragraphs.into_iter().flatten().collect();
    if text.is_empty() {
        TokenStream::new()
    } else {
        doc_attrs(Some(&text.join("\n\n")))
    }
}
