//! Values drawn at random from the lowered types: for any type of the arena,
//! JSON that the generated Rust type must decode and encode back unchanged.
//! The property tests of generated clients draw from here, so that what
//! they check follows the IR (required and optional fields, `null`, listed
//! and unlisted enum values, union variants, formats) rather than examples
//! someone thought to write.
//!
//! Drawing is deterministic: the same API, type and seed give the same
//! value, so a failure names the seed that reproduces it.

use serde_json::{Map, Value};

use crate::ir::{Api, TypeDef, TypeKind, TypeRef};

/// Past this depth, optional fields are left out, lists and maps are empty
/// and nullable values are `null`, so recursive types stay finite.
const SHALLOW: usize = 3;

/// Past this depth, drawing gives up on a type that cannot end (a required
/// field that contains its own type) and writes `null`.
const DEEPEST: usize = 24;

/// A source of random values for one API.
pub struct ValueDrawer<'a> {
    api: &'a Api,
    state: u64,
    depth: usize,
}

impl<'a> ValueDrawer<'a> {
    /// A drawer for `api`, seeded with `seed`.
    #[must_use]
    pub fn new(api: &'a Api, seed: u64) -> Self {
        ValueDrawer {
            api,
            state: seed ^ 0x9e37_79b9_7f4a_7c15,
            depth: 0,
        }
    }

    /// SplitMix64: small, fast, and the same on every platform.
    fn next(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `bound` (which must not be 0).
    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound
    }

    fn chance(&mut self, one_in: u64) -> bool {
        self.below(one_in) == 0
    }

    /// Whether a value of `ty` is JSON at all: files and raw bytes are not,
    /// nor are per-status answer enums, which decode from a status and
    /// bytes rather than from JSON. Each named type is looked at once, so
    /// recursive types cost no more than flat ones.
    #[must_use]
    pub fn drawable(&self, ty: &TypeRef) -> bool {
        let mut seen = vec![false; self.api.types.len()];
        let mut stack = vec![ty];
        while let Some(ty) = stack.pop() {
            match ty {
                TypeRef::File | TypeRef::Bytes => return false,
                TypeRef::List(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => {
                    stack.push(inner);
                }
                TypeRef::Named(id) => {
                    if std::mem::replace(&mut seen[id.0], true) {
                        continue;
                    }
                    match &self.api.type_def(*id).kind {
                        TypeKind::StatusUnion(_) => return false,
                        TypeKind::Alias(target) => stack.push(target),
                        TypeKind::Struct(def) => {
                            stack.extend(def.fields.iter().map(|field| &field.ty));
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        true
    }

    /// A value of `ty`.
    pub fn value(&mut self, ty: &TypeRef) -> Value {
        if self.depth > DEEPEST {
            return Value::Null;
        }
        self.depth += 1;
        let value = self.value_inner(ty);
        self.depth -= 1;
        value
    }

    fn shallow(&self) -> bool {
        self.depth > SHALLOW
    }

    fn value_inner(&mut self, ty: &TypeRef) -> Value {
        match ty {
            TypeRef::String | TypeRef::SecretString => Value::String(self.text()),
            TypeRef::I32 => Value::from(self.integer(i64::from(i32::MIN), i64::from(i32::MAX))),
            TypeRef::I64 => Value::from(self.integer(i64::MIN, i64::MAX)),
            TypeRef::U32 => Value::from(self.integer(0, i64::from(u32::MAX))),
            TypeRef::U64 => match self.below(4) {
                0 => Value::from(u64::MAX),
                _ => Value::from(self.next() >> self.below(64)),
            },
            TypeRef::F64 => self.float(),
            TypeRef::Bool => Value::Bool(self.chance(2)),
            TypeRef::Json => self.any_json(),
            TypeRef::Bytes | TypeRef::File => Value::Null,
            TypeRef::DateTime => Value::String(self.date_time()),
            TypeRef::Date => Value::String(self.date()),
            TypeRef::Uuid => Value::String(self.uuid()),
            TypeRef::Base64 => {
                let bytes: Vec<u8> = (0..self.below(8)).map(|_| self.next() as u8).collect();
                Value::String(base64(&bytes))
            }
            TypeRef::List(item) => {
                let count = if self.shallow() { 0 } else { self.below(4) };
                Value::Array((0..count).map(|_| self.value(item)).collect())
            }
            TypeRef::Map(value) => {
                let count = if self.shallow() { 0 } else { self.below(3) };
                let mut map = Map::new();
                for index in 0..count {
                    map.insert(format!("key{index}"), self.value(value));
                }
                Value::Object(map)
            }
            TypeRef::Nullable(inner) => {
                if self.shallow() || self.chance(4) {
                    Value::Null
                } else {
                    self.value(inner)
                }
            }
            TypeRef::Named(id) => {
                let def = self.api.type_def(*id);
                self.named(def)
            }
        }
    }

    fn named(&mut self, def: &'a TypeDef) -> Value {
        match &def.kind {
            TypeKind::Alias(target) => self.value(target),
            TypeKind::Struct(_) => self.object(def, None),
            TypeKind::StringEnum(values) => {
                let listed = values.variants.len() as u64;
                if listed == 0 || self.chance(8) {
                    // A value the spec does not list: kept as sent.
                    let mut other = format!("unlisted-{}", self.below(1000));
                    while values.variants.iter().any(|v| v.api_name == other) {
                        other.push('x');
                    }
                    Value::String(other)
                } else {
                    let index = usize::try_from(self.below(listed)).unwrap_or(0);
                    Value::String(values.variants[index].api_name.clone())
                }
            }
            TypeKind::IntegerEnum(values) => {
                let listed = values.variants.len() as u64;
                if listed == 0 || self.chance(8) {
                    let mut other = self.integer(-1000, 1000);
                    while values.variants.iter().any(|(_, value)| *value == other) {
                        other += 1001;
                    }
                    Value::from(other)
                } else {
                    let index = usize::try_from(self.below(listed)).unwrap_or(0);
                    Value::from(values.variants[index].1)
                }
            }
            TypeKind::TaggedUnion(union) => {
                // Variants that are objects of their own fields; one written
                // as it is (a union in a union) draws its own tag.
                let structs: Vec<_> = union
                    .variants
                    .iter()
                    .filter(|variant| {
                        matches!(self.underlying(variant.ty).kind, TypeKind::Struct(_))
                    })
                    .collect();
                if structs.is_empty() || self.chance(6) {
                    let mut unknown = format!("unlisted-{}", self.below(1000));
                    while union.variants.iter().any(|v| v.tag_value == unknown) {
                        unknown.push('x');
                    }
                    let fallback = self.api.type_def(union.fallback);
                    return self.object(fallback, Some((&union.tag, &unknown)));
                }
                let index = usize::try_from(self.below(structs.len() as u64)).unwrap_or(0);
                let variant = structs[index];
                let def = self.underlying(variant.ty);
                self.object(def, Some((&union.tag, &variant.tag_value)))
            }
            TypeKind::UntaggedUnion(union) => {
                let drawable: Vec<_> = union
                    .variants
                    .iter()
                    .filter(|variant| self.drawable(&variant.ty))
                    .collect();
                if drawable.is_empty() {
                    return Value::Null;
                }
                let index = usize::try_from(self.below(drawable.len() as u64)).unwrap_or(0);
                let ty = drawable[index].ty.clone();
                self.value(&ty)
            }
            TypeKind::StatusUnion(_) => Value::Null,
        }
    }

    /// The struct a variant names, through aliases.
    fn underlying(&self, id: crate::ir::TypeId) -> &'a TypeDef {
        let named = TypeRef::Named(id);
        match self.api.resolve_alias(&named) {
            TypeRef::Named(target) => self.api.type_def(*target),
            // An alias of a non-named type: the alias itself.
            _ => self.api.type_def(id),
        }
    }

    /// An object of a struct's fields, the tag (a union's, or the struct's
    /// own) first, and now and then a property the spec does not list where
    /// the struct keeps those.
    fn object(&mut self, def: &'a TypeDef, tag: Option<(&str, &str)>) -> Value {
        let TypeKind::Struct(fields) = &def.kind else {
            return self.named(def);
        };
        let mut map = Map::new();
        let own_tag = fields
            .tag
            .as_ref()
            .map(|(name, value)| (name.as_str(), value.as_str()));
        if let Some((name, value)) = tag.or(own_tag) {
            map.insert(name.to_owned(), Value::String(value.to_owned()));
        }
        for field in &fields.fields {
            if map.contains_key(&field.api_name) {
                // The tag, as a fallback's field: already written.
                continue;
            }
            if !field.required && (self.shallow() || self.chance(3)) {
                continue;
            }
            let value = self.value(&field.ty);
            map.insert(field.api_name.clone(), value);
        }
        if let Some(additional) = &fields.additional
            && !self.shallow()
            && self.chance(3)
        {
            let mut name = String::from("unlisted_property");
            while map.contains_key(&name) || fields.fields.iter().any(|f| f.api_name == name) {
                name.push('_');
            }
            let value = self.value(additional);
            map.insert(name, value);
        }
        Value::Object(map)
    }

    fn integer(&mut self, low: i64, high: i64) -> i64 {
        match self.below(6) {
            0 => low,
            1 => high,
            2 => 0.clamp(low, high),
            _ => {
                let span = i128::from(high) - i128::from(low) + 1;
                let offset = i128::from(self.next()) % span;
                i64::try_from(i128::from(low) + offset).unwrap_or(low)
            }
        }
    }

    fn float(&mut self) -> Value {
        let value = match self.below(4) {
            0 => self.integer(-1000, 1000) as f64,
            1 => 0.1,
            _ => loop {
                let candidate = f64::from_bits(self.next());
                if candidate.is_finite() {
                    break candidate;
                }
            },
        };
        serde_json::Number::from_f64(value).map_or(Value::Null, Value::Number)
    }

    fn text(&mut self) -> String {
        const SAMPLES: &[&str] = &[
            "",
            "a",
            "héllo wörld",
            "line\nbreak",
            "quote \" and \\",
            "🦀",
        ];
        if self.chance(2) {
            let index = usize::try_from(self.below(SAMPLES.len() as u64)).unwrap_or(0);
            return SAMPLES[index].to_owned();
        }
        let length = self.below(12);
        (0..length)
            .map(|_| {
                let index = self.below(36) as u8;
                if index < 10 {
                    char::from(b'0' + index)
                } else {
                    char::from(b'a' + index - 10)
                }
            })
            .collect()
    }

    fn date(&mut self) -> String {
        let year = 1970 + self.below(130);
        let month = 1 + self.below(12);
        let day = 1 + self.below(28);
        format!("{year:04}-{month:02}-{day:02}")
    }

    fn date_time(&mut self) -> String {
        let date = self.date();
        let (hour, minute, second) = (self.below(24), self.below(60), self.below(60));
        format!("{date}T{hour:02}:{minute:02}:{second:02}Z")
    }

    fn uuid(&mut self) -> String {
        let (high, low) = (self.next(), self.next());
        format!(
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            high >> 32,
            (high >> 16) & 0xffff,
            high & 0xffff,
            low >> 48,
            low & 0xffff_ffff_ffff
        )
    }

    fn any_json(&mut self) -> Value {
        let kinds = if self.shallow() { 4 } else { 6 };
        match self.below(kinds) {
            0 => Value::Null,
            1 => Value::Bool(self.chance(2)),
            2 => Value::from(self.integer(-1000, 1000)),
            3 => Value::String(self.text()),
            4 => Value::Array(
                (0..self.below(3))
                    .map(|_| self.value(&TypeRef::Json))
                    .collect(),
            ),
            _ => {
                let mut map = Map::new();
                for index in 0..self.below(3) {
                    map.insert(format!("k{index}"), self.value(&TypeRef::Json));
                }
                Value::Object(map)
            }
        }
    }
}

/// Standard base64 with padding, as the runtime's `Base64` writes it.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (index, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if index <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_alphabet_with_padding() {
        let cases: [(&[u8], &str); 5] = [
            (b"", ""),
            (b"h", "aA=="),
            (b"hi", "aGk="),
            (b"hi!", "aGkh"),
            (&[0xff, 0xfe, 0xfd, 0xfc], "//79/A=="),
        ];
        for (bytes, expected) in cases {
            assert_eq!(base64(bytes), expected);
        }
    }

    #[test]
    fn drawing_is_deterministic_and_follows_the_type() {
        let api = crate::load(
            "openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pin:
      type: object
      additionalProperties: false
      required: [id, kind]
      properties:
        id: {type: string}
        kind: {type: string, enum: [image, video]}
        note: {type: string, nullable: true}
",
        )
        .expect("lowers");
        let ty = TypeRef::Named(crate::ir::TypeId(
            api.types.iter().position(|t| t.name == "Pin").expect("Pin"),
        ));
        for seed in 0..50 {
            let value = ValueDrawer::new(&api, seed).value(&ty);
            assert_eq!(
                value,
                ValueDrawer::new(&api, seed).value(&ty),
                "seed {seed}"
            );
            let object = value.as_object().expect("an object");
            assert!(object.get("id").is_some_and(Value::is_string), "{value}");
            assert!(object.get("kind").is_some_and(Value::is_string), "{value}");
            assert!(
                object
                    .keys()
                    .all(|key| ["id", "kind", "note"].contains(&key.as_str())),
                "{value}"
            );
        }
    }
}
