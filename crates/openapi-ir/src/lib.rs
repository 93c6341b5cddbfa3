//! Loads an OpenAPI 3.0 description and lowers it into plain data for code
//! generation: the first two stages of the pipeline (parse → lower → emit →
//! format → write).
//!
//! ```
//! let spec = "openapi: 3.0.3\ninfo: {title: Demo, version: '1'}\npaths: {}\n";
//! let api = openapi_ir::load(spec)?;
//! assert_eq!(api.title, "Demo");
//! # Ok::<(), openapi_ir::Error>(())
//! ```

mod bundle;
mod doc_text;
pub mod draw_values;
mod error;
pub mod ir;
mod load;
mod lower;
pub mod naming;
pub mod reach;
mod repair;

pub use doc_text::{code_span, doc_text};
pub use error::{Error, Result};
pub use ir::*;
pub use load::{parse_document, parse_spec, parse_spec_at};
pub use lower::{lower, lower_with_examples};

/// Parses and lowers a spec given as JSON or YAML text.
///
/// # Errors
///
/// Whatever [`parse_spec`] or [`lower`] reports.
pub fn load(text: &str) -> Result<Api> {
    lower(&parse_spec(text)?)
}
