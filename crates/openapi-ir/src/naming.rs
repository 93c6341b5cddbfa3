//! Rust names for spec names: every identifier the generator writes is made
//! here, so that every one is valid, never a keyword, and unique where it
//! must be.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Words that cannot be identifiers, even as raw identifiers (`r#self`), or
/// that would be confusing as one; a trailing underscore avoids them all.
const RESERVED: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Splits a spec name into words that `heck` can case: anything that is not
/// an ASCII letter or digit separates words, and non-ASCII letters are spelt
/// out as `u` and their code point, so distinct names stay distinct.
fn words(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if c.is_alphanumeric() {
            out.push_str(&format!(" u{:x} ", u32::from(c)));
        } else {
            out.push(' ');
        }
    }
    out
}

/// Makes `candidate` a valid identifier: not empty, not starting with a
/// digit, not reserved.
fn sanitize(candidate: String, fallback: &str) -> String {
    let mut ident = if candidate.is_empty() {
        fallback.to_owned()
    } else {
        candidate
    };
    if ident.starts_with(|c: char| c.is_ascii_digit()) {
        ident.insert(0, '_');
        // `_1` is fine, but a lone `_` is not an identifier.
    }
    if ident == "_" {
        ident = fallback.to_owned();
    }
    if RESERVED.contains(&ident.as_str()) {
        ident.push('_');
    }
    ident
}

/// Identifiers longer than this are cut, and a hash of the whole name keeps
/// them distinct: a spec's million-character name would otherwise become a
/// million-character identifier, which exhausts the compiler's memory.
const MAX_IDENT_LEN: usize = 255;

/// `ident` cut to [`MAX_IDENT_LEN`] with a hash of `name` appended when it
/// is longer; `separator` goes before the hash. The cut keeps the start, so
/// the result stays a valid, unreserved identifier.
fn bounded(ident: String, name: &str, separator: &str) -> String {
    if ident.len() <= MAX_IDENT_LEN {
        return ident;
    }
    // FNV-1a: stable across runs and platforms, unlike std's hasher.
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    // `words` leaves only ASCII, so any byte index is a char boundary.
    let keep = MAX_IDENT_LEN - 16 - separator.len();
    format!(
        "{}{separator}{hash:016x}",
        ident[..keep].trim_end_matches('_')
    )
}

/// A type or variant name: `oauth/token` → `OauthToken`.
#[must_use]
pub fn type_name(name: &str) -> String {
    let ident = sanitize(words(name).to_upper_camel_case(), "Unnamed");
    let ident = if ident.starts_with('_') {
        // A leading digit: `_1` is legal, but types read better as `V1`.
        format!("V{}", ident.trim_start_matches('_'))
    } else {
        ident
    };
    bounded(ident, name, "H")
}

/// A variant name for an enum value, where signs and symbols carry meaning:
/// `Etc/GMT+1` → `EtcGmtPlus1` and `Etc/GMT-1` → `EtcGmtMinus1` (not both
/// `EtcGmt1`), and a value of symbols only is spelt out (`!=` →
/// `NotEqual`, `>=` → `GreaterEqual`), so values that differ by a sign or
/// a symbol get distinct names that do not depend on their order.
#[must_use]
pub fn enum_value_name(value: &str) -> String {
    let spelt = |c: char| {
        Some(match c {
            '+' => "plus",
            '-' => "minus",
            '=' => "equal",
            '!' => "not",
            '<' => "less",
            '>' => "greater",
            '*' => "star",
            '/' => "slash",
            '\\' => "backslash",
            '.' => "dot",
            ',' => "comma",
            '%' => "percent",
            '&' => "and",
            '|' => "or",
            '~' => "tilde",
            '^' => "caret",
            '@' => "at",
            '#' => "hash",
            '$' => "dollar",
            '?' => "question",
            ':' => "colon",
            ';' => "semicolon",
            '_' => "underscore",
            ' ' => "space",
            '(' => "open",
            ')' => "close",
            '[' => "open bracket",
            ']' => "close bracket",
            '{' => "open brace",
            '}' => "close brace",
            '\'' => "quote",
            '"' => "double quote",
            '`' => "backtick",
            _ => return None,
        })
    };
    let mut words = String::with_capacity(value.len() + 8);
    if !value.is_empty() && !value.chars().any(char::is_alphanumeric) {
        for c in value.chars() {
            match spelt(c) {
                Some(word) => words.push_str(word),
                None => words.push_str(&format!("u{:x}", u32::from(c))),
            }
            words.push(' ');
        }
        return type_name(&words);
    }
    let chars: Vec<char> = value.chars().collect();
    for (index, &c) in chars.iter().enumerate() {
        let before_digit = chars.get(index + 1).is_some_and(char::is_ascii_digit);
        let after_digit = index > 0 && chars[index - 1].is_ascii_digit();
        match c {
            // A sign, not a separator: `+1`, `GMT-1`, but not `2024-01`.
            '+' if before_digit => words.push_str(" plus "),
            '-' if before_digit && !after_digit => words.push_str(" minus "),
            _ => words.push(c),
        }
    }
    type_name(&words)
}

/// A field, argument, method or module name: `oauth/token` → `oauth_token`.
#[must_use]
pub fn value_name(name: &str) -> String {
    bounded(sanitize(words(name).to_snake_case(), "value"), name, "_")
}

/// Hands out names that are unique within one namespace, adding a number to
/// a name already taken. Callers ask in a deterministic order, so the same
/// spec always gets the same names.
#[derive(Debug, Default)]
pub struct UniqueNames {
    taken: BTreeSet<String>,
}

impl UniqueNames {
    /// An empty namespace.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether `name` is taken already.
    #[must_use]
    pub fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    /// Reserves exactly `name`, if it is free.
    pub fn try_claim(&mut self, name: &str) -> bool {
        self.taken.insert(name.to_owned())
    }

    /// Reserves `name` if free; otherwise `name2`, `name3`, … (or `name_2`
    /// for snake case names).
    pub fn claim(&mut self, name: String) -> String {
        if self.taken.insert(name.clone()) {
            return name;
        }
        // `ref_` + `_2` would be `ref__2`, which rustc's snake-case lint rejects.
        let separator = if name.ends_with('_') {
            ""
        } else if name.contains('_') || name.chars().all(|c| !c.is_uppercase()) {
            "_"
        } else {
            ""
        };
        // `Self_` + `2` would be `Self_2`, which rustc's camel-case lint
        // rejects: the number goes before the trailing underscore instead.
        let (stem, tail) = if separator.is_empty() && name.starts_with(|c: char| c.is_uppercase()) {
            (
                name.trim_end_matches('_'),
                &name[name.trim_end_matches('_').len()..],
            )
        } else {
            (name.as_str(), "")
        };
        let mut n = 2u64;
        loop {
            let candidate = format!("{stem}{separator}{n}{tail}");
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
            n += 1;
        }
    }
}

/// Escapes a string as one JSON pointer token (RFC 6901).
#[must_use]
pub fn pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// The string one JSON pointer token stands for: [`pointer_token`] undone.
#[must_use]
pub fn decode_pointer_token(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names() {
        let cases = [
            ("OauthAccessTokenRequest", "OauthAccessTokenRequest"),
            ("oauth/token", "OauthToken"),
            ("authorization_code", "AuthorizationCode"),
            ("ad_accounts/list", "AdAccountsList"),
            ("Etc/GMT+1", "EtcGmt1"),
            ("123abc", "V123abc"),
            ("$ref", "Ref"),
            ("@type", "Type"),
            ("Self", "Self_"),
            ("", "Unnamed"),
            ("+", "Unnamed"),
            ("café", "CafUe9"),
        ];
        for (input, expected) in cases {
            assert_eq!(type_name(input), expected, "type_name({input:?})");
        }
    }

    #[test]
    fn enum_value_names_keep_signs_and_spell_symbols() {
        let cases = [
            ("Etc/GMT+1", "EtcGmtPlus1"),
            ("Etc/GMT-1", "EtcGmtMinus1"),
            ("+1", "Plus1"),
            ("-1", "Minus1"),
            ("2024-01-02", "V20240102"),
            ("x-request-id", "XRequestId"),
            ("!=", "NotEqual"),
            (">=", "GreaterEqual"),
            ("<", "Less"),
            ("=", "Equal"),
            ("ACTIVE", "Active"),
            ("", "Unnamed"),
        ];
        for (input, expected) in cases {
            assert_eq!(
                enum_value_name(input),
                expected,
                "enum_value_name({input:?})"
            );
        }
    }

    #[test]
    fn value_names() {
        let cases = [
            ("grant_type", "grant_type"),
            ("redirectUri", "redirect_uri"),
            ("oauth/token", "oauth_token"),
            ("type", "type_"),
            ("self", "self_"),
            ("ref", "ref_"),
            ("match", "match_"),
            ("1st", "_1st"),
            ("$expand", "expand"),
            ("@id", "id"),
            ("", "value"),
            ("_", "value"),
            ("X-Request-Id", "x_request_id"),
        ];
        for (input, expected) in cases {
            assert_eq!(value_name(input), expected, "value_name({input:?})");
        }
    }

    #[test]
    fn long_names_are_cut_and_keep_a_hash_of_the_whole() {
        let long = "word ".repeat(200_000);
        let longer = format!("{long}x");
        for make in [type_name, value_name] {
            let (a, b) = (make(&long), make(&longer));
            assert!(
                a.len() <= MAX_IDENT_LEN && b.len() <= MAX_IDENT_LEN,
                "{a} {b}"
            );
            assert_ne!(a, b, "names that differ only past the cut stay distinct");
            assert_eq!(a, make(&long), "the cut is deterministic");
        }
        let longest = "a".repeat(MAX_IDENT_LEN);
        assert_eq!(
            value_name(&longest),
            longest,
            "the longest allowed is not cut"
        );
    }

    #[test]
    fn unique_names_number_repeats() {
        let mut names = UniqueNames::new();
        assert_eq!(names.claim("Label".into()), "Label");
        assert_eq!(names.claim("Label".into()), "Label2");
        assert_eq!(names.claim("Label".into()), "Label3");
        assert_eq!(names.claim("parent_type".into()), "parent_type");
        assert_eq!(names.claim("parent_type".into()), "parent_type_2");
        assert_eq!(names.claim("ref_".into()), "ref_");
        assert_eq!(names.claim("ref_".into()), "ref_2");
        assert_eq!(names.claim("Self_".into()), "Self_");
        assert_eq!(names.claim("Self_".into()), "Self2_");
    }

    #[test]
    fn pointer_tokens_escape_slash_and_tilde() {
        assert_eq!(pointer_token("/oauth/token"), "~1oauth~1token");
        assert_eq!(pointer_token("a~b"), "a~0b");
        for text in ["/oauth/token", "a~b", "~1", "~01/~"] {
            assert_eq!(decode_pointer_token(&pointer_token(text)), text);
        }
    }
}
