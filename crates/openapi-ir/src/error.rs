//! Why a spec could not be loaded or lowered.

/// A spec the generator refuses, with the place it refuses it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The text is neither valid JSON nor valid YAML.
    #[error("{format} syntax error at line {line}, column {column}: {message}")]
    Syntax {
        /// `JSON` or `YAML`: which parser the content was given to.
        format: &'static str,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's explanation.
        message: String,
    },
    /// The document is not OpenAPI 3.0.
    #[error("{found}; this generator reads OpenAPI 3.0 documents (`openapi: 3.0.x`){hint}")]
    UnsupportedVersion {
        /// What the document says it is.
        found: String,
        /// What to do about it.
        hint: &'static str,
    },
    /// The document is OpenAPI 3.0 but does not have the shape the
    /// specification requires.
    #[error("{pointer}: {message}")]
    Invalid {
        /// JSON pointer of the offending place.
        pointer: String,
        /// What is wrong there.
        message: String,
    },
    /// A `$ref` names something that is not in the document.
    #[error("{pointer}: reference `{reference}` does not resolve{hint}")]
    UnresolvedRef {
        /// JSON pointer of the `$ref`.
        pointer: String,
        /// The reference as written.
        reference: String,
        /// What to do about it.
        hint: String,
    },
    /// Schemas that are nothing but `$ref`s to each other, in a cycle.
    #[error(
        "{pointer}: `$ref` cycle through aliases only ({chain}): none of them defines a type; give one of them a `type` or `properties`"
    )]
    RefCycle {
        /// JSON pointer of the first schema in the cycle.
        pointer: String,
        /// The cycle, by Rust name.
        chain: String,
    },
    /// Two operations share an `operationId`.
    #[error(
        "{pointer}: operationId `{operation_id}` is already used by {first}; operationIds must be unique"
    )]
    DuplicateOperationId {
        /// JSON pointer of the second operation.
        pointer: String,
        /// The repeated id.
        operation_id: String,
        /// JSON pointer of the first operation.
        first: String,
    },
}

/// Results of loading and lowering.
pub type Result<T, E = Error> = std::result::Result<T, E>;
