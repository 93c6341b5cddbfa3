//! JSON held back while a union looks for its tag, replayed into the types
//! that read it: moved, never rebuilt.
//!
//! A tagged union whose tag does not come first keeps the fields before it
//! as [`Value`]s, and an untagged union keeps its whole value. Handing such
//! a value on through `serde_json::Value`'s own `Deserializer` would make a
//! nested union that buffers again rebuild it, once per level of nesting.
//! [`Buffered`] reads like that deserializer, and also hands a value over
//! whole to [`take_value`], which every buffering reader here uses: the
//! value is moved out through a thread-local slot under a private newtype
//! name, the way `serde_json`'s `RawValue` passes borrowed text.

use std::cell::Cell;
use std::marker::PhantomData;

use serde::de::value::{BorrowedStrDeserializer, StringDeserializer};
use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, Visitor};
use serde::forward_to_deserialize_any;
use serde_json::Value;

/// The newtype name under which a [`Buffered`] value hands itself over.
const HAND_OVER: &str = "$openapi_client_runtime::HandOver";

thread_local! {
    /// A value on its way from a [`Buffered`] to [`take_value`]: set and
    /// taken within one `deserialize_newtype_struct` call.
    static HANDED_OVER: Cell<Option<Value>> = const { Cell::new(None) };
}

/// Reads any JSON value: a [`Buffered`] one is moved out whole, any other
/// deserializer's is read as `serde_json::Value` reads it.
///
/// # Errors
///
/// The deserializer's error when the input is not JSON-shaped.
pub fn take_value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
    deserializer.deserialize_newtype_struct(HAND_OVER, TakeValue)
}

/// [`take_value`] as a seed, for a map's next value.
pub(crate) struct TakeValue;

impl<'de> DeserializeSeed<'de> for TakeValue {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        take_value(deserializer)
    }
}

impl<'de> Visitor<'de> for TakeValue {
    type Value = Value;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("any JSON value")
    }

    /// Only a [`Buffered`] answers the private name, with the value handed
    /// over; any other unit is JSON's `null`.
    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(HANDED_OVER.take().unwrap_or(Value::Null))
    }

    /// Any other deserializer: read the value, each part of it taken the
    /// same way (so a map replayed from held-back fields moves them).
    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Value, D::Error> {
        deserializer.deserialize_any(TakeValue)
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        take_value(deserializer)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut items: A) -> Result<Value, A::Error> {
        let mut values = Vec::with_capacity(items.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = items.next_element_seed(TakeValue)? {
            values.push(item);
        }
        Ok(Value::Array(values))
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut fields: A) -> Result<Value, A::Error> {
        let mut map = serde_json::Map::new();
        while let Some(name) = fields.next_key::<String>()? {
            let value = fields.next_value_seed(TakeValue)?;
            map.insert(name, value);
        }
        Ok(Value::Object(map))
    }
}

/// A JSON value held back, read as `serde_json::Value`'s deserializer reads
/// it but with the caller's error type, and moved whole into
/// [`take_value`].
pub struct Buffered<E> {
    value: Value,
    error: PhantomData<fn() -> E>,
}

impl<E> Buffered<E> {
    /// Wraps a value for reading.
    #[must_use]
    pub fn new(value: Value) -> Self {
        Buffered {
            value,
            error: PhantomData,
        }
    }
}

impl<'de, E: de::Error> Deserializer<'de> for Buffered<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.value {
            Value::String(text) => visitor.visit_string(text),
            Value::Array(items) => {
                let mut items = BufferedItems {
                    items: items.into_iter(),
                    error: PhantomData,
                };
                let value = visitor.visit_seq(&mut items)?;
                match items.items.len() {
                    0 => Ok(value),
                    left => Err(E::custom(format_args!("{left} array items were not read"))),
                }
            }
            Value::Object(map) => visitor.visit_map(BufferedFields {
                fields: map.into_iter(),
                value: None,
                error: PhantomData,
            }),
            // Scalars hold no allocation worth moving.
            scalar => scalar.deserialize_any(visitor).map_err(E::custom),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, E> {
        if name == HAND_OVER {
            HANDED_OVER.set(Some(self.value));
            visitor.visit_unit()
        } else {
            visitor.visit_newtype_struct(self)
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, E> {
        self.value
            .deserialize_enum(name, variants, visitor)
            .map_err(E::custom)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        drop(self);
        visitor.visit_unit()
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct identifier
    }
}

impl<'de, E: de::Error> IntoDeserializer<'de, E> for Buffered<E> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

struct BufferedItems<E> {
    items: std::vec::IntoIter<Value>,
    error: PhantomData<fn() -> E>,
}

impl<'de, E: de::Error> de::SeqAccess<'de> for BufferedItems<E> {
    type Error = E;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, E> {
        self.items
            .next()
            .map(|item| seed.deserialize(Buffered::new(item)))
            .transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct BufferedFields<E> {
    fields: serde_json::map::IntoIter,
    value: Option<Value>,
    error: PhantomData<fn() -> E>,
}

impl<'de, E: de::Error> de::MapAccess<'de> for BufferedFields<E> {
    type Error = E;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, E> {
        let Some((name, value)) = self.fields.next() else {
            return Ok(None);
        };
        self.value = Some(value);
        seed.deserialize(StringDeserializer::new(name)).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, E> {
        let value = self
            .value
            .take()
            .ok_or_else(|| E::custom("a value before its key"))?;
        seed.deserialize(Buffered::new(value))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.fields.len())
    }
}

/// A field name or tag value that is borrowed from the input when the
/// input allows it: visited as borrowed, so a reader keeps it without a
/// copy.
pub(crate) enum Text<'de, E> {
    Borrowed(BorrowedStrDeserializer<'de, E>),
    Owned(StringDeserializer<E>),
}

impl<'de, E: de::Error> Text<'de, E> {
    pub(crate) fn new(text: std::borrow::Cow<'de, str>) -> Self {
        match text {
            std::borrow::Cow::Borrowed(text) => Text::Borrowed(BorrowedStrDeserializer::new(text)),
            std::borrow::Cow::Owned(text) => Text::Owned(StringDeserializer::new(text)),
        }
    }
}

impl<'de, E: de::Error> Deserializer<'de> for Text<'de, E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self {
            Text::Borrowed(text) => text.deserialize_any(visitor),
            Text::Owned(text) => text.deserialize_any(visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_some(self)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}
