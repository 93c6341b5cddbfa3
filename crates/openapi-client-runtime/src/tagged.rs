//! Decoding of discriminated unions, shared by every generated one.
//!
//! A generated union lists its tag and the tag's values ([`Variants`]);
//! [`decode`] reads the object's fields until the tag, picks the variant the
//! tag names, and hands the variant the whole object: the fields before the
//! tag (held back, moved on, never rebuilt), the tag, and the rest of the
//! object still unread. When the tag comes first, as it usually does, nothing
//! is held back at all. A known tag with a broken body is a decode error
//! that names the tag, rather than a silent fall into the union's fallback.

use std::borrow::Cow;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, MapAccess, Visitor};
use serde::forward_to_deserialize_any;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use crate::decode::{BorrowedText, Buffered, Held, TakeValue, Text};

/// A discriminated union, as the [`Tagged`](crate::Tagged) derive
/// describes it.
pub trait Variants: Sized {
    /// The property whose value names the variant.
    const TAG: &'static str;
    /// The tag's value for each variant, in order.
    const VALUES: &'static [&'static str];

    /// Decodes the variant at `index` of [`Self::VALUES`] from `body`, the
    /// whole object; `None` for a tag no variant names, or none.
    ///
    /// # Errors
    ///
    /// The body does not decode as the variant.
    fn decode_variant<'de, D: Deserializer<'de>>(
        index: Option<usize>,
        body: D,
    ) -> Result<Self, D::Error>;
}

/// Decodes a union: the generated `Deserialize` in one line.
///
/// # Errors
///
/// The input is not an object, or not one of the variant its tag names.
pub fn decode<'de, T: Variants, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(UnionVisitor(PhantomData))
}

/// Decodes `body` as the variant whose tag value is `value`, naming the tag
/// on failure.
///
/// # Errors
///
/// The body does not decode as `T`: "`tag` is `value`, but …".
pub fn variant<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
    body: D,
    tag: &str,
    value: &str,
) -> Result<T, D::Error> {
    T::deserialize(body)
        .map_err(|error| de::Error::custom(format_args!("`{tag}` is `{value}`, but {error}")))
}

/// Decodes `body` as a variant that is not an object of its own fields
/// (another union, say), naming the tag on failure. The body is taken as
/// one value first (the fields held back are moved into it), so that a
/// union nested in itself reads through one kind of deserializer rather
/// than a replay of a replay of a replay.
///
/// # Errors
///
/// The body does not decode as `T`: "`tag` is `value`, but …".
pub fn variant_as_is<'de, T: serde::de::DeserializeOwned, D: Deserializer<'de>>(
    body: D,
    tag: &str,
    value: &str,
) -> Result<T, D::Error> {
    let whole = crate::decode::take_value(body)?;
    variant(Buffered::<D::Error>::new(whole), tag, value)
}

struct UnionVisitor<T>(PhantomData<fn() -> T>);

impl<'de, T: Variants> Visitor<'de> for UnionVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut before = Vec::new();
        let mut tag = None;
        while let Some(name) = map.next_key_seed(BorrowedText)? {
            if name != T::TAG {
                before.push((name, map.next_value_seed(TakeValue)?));
                continue;
            }
            match Held::read_value(&mut map)? {
                Held::Text(value) => {
                    tag = Some((name, value));
                    break;
                }
                // A tag that is not a string names no variant; keep it as
                // the field it is.
                other => before.push((name, Value::deserialize(other.reader::<A::Error>())?)),
            }
        }
        let index = tag
            .as_ref()
            .and_then(|(_, value)| T::VALUES.iter().position(|known| *known == value));
        let live = tag.is_some();
        T::decode_variant(
            index,
            Replay {
                before: before.into_iter(),
                tag,
                live: live.then_some(map),
                next_value: NextValue::None,
            },
        )
    }
}

/// The object a variant decodes from: the fields held back before the tag,
/// then the tag, then what is left of the object, unread.
struct Replay<'de, A> {
    before: std::vec::IntoIter<(Cow<'de, str>, Value)>,
    tag: Option<(Cow<'de, str>, Cow<'de, str>)>,
    /// `None` once the object has been read to its end (no tag was found).
    live: Option<A>,
    next_value: NextValue<'de>,
}

/// Where the value of the key just given comes from.
enum NextValue<'de> {
    None,
    Held(Value),
    Tag(Cow<'de, str>),
    Live,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some((name, value)) = self.before.next() {
            self.next_value = NextValue::Held(value);
            return seed.deserialize(Text::new(name)).map(Some);
        }
        if let Some((name, value)) = self.tag.take() {
            self.next_value = NextValue::Tag(value);
            return seed.deserialize(Text::new(name)).map(Some);
        }
        match &mut self.live {
            Some(live) => {
                self.next_value = NextValue::Live;
                live.next_key_seed(seed)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match (
            std::mem::replace(&mut self.next_value, NextValue::None),
            &mut self.live,
        ) {
            (NextValue::Held(value), _) => seed.deserialize(Buffered::new(value)),
            (NextValue::Tag(value), _) => seed.deserialize(Text::new(value)),
            (NextValue::Live, Some(live)) => live.next_value_seed(seed),
            _ => Err(de::Error::custom("a value was asked for before its key")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        let live = self.live.as_ref().and_then(MapAccess::size_hint);
        live.map(|live| live + self.before.len() + usize::from(self.tag.is_some()))
    }
}

impl<'de, A: MapAccess<'de>> Deserializer<'de> for Replay<'de, A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_map(self)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_newtype_struct(self)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}
