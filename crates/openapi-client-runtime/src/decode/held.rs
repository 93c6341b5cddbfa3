//! A value held while an untagged union tries its alternatives: strings
//! borrowed from the input where the input allows, objects as lists of
//! fields. Building it costs an allocation per object or array and none per
//! string or key (as serde's own buffer for its `untagged` enums), where a
//! `serde_json::Value` costs one per key and string and a tree node per
//! object; each alternative then reads it by reference.

use std::borrow::Cow;
use std::marker::PhantomData;

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, Visitor};
use serde::forward_to_deserialize_any;

/// One JSON value, held for reading by reference as many times as needed.
#[derive(Debug, Clone, PartialEq)]
pub enum Held<'de> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A non-negative integer.
    U64(u64),
    /// A negative integer.
    I64(i64),
    /// Any other number.
    F64(f64),
    /// A string, borrowed from the input when it has no escapes.
    Text(Cow<'de, str>),
    /// An array.
    List(Vec<Held<'de>>),
    /// An object, its fields in input order.
    Object(Vec<(Cow<'de, str>, Held<'de>)>),
}

impl<'de> Held<'de> {
    /// Reads one value.
    ///
    /// # Errors
    ///
    /// The deserializer's error when the input is not JSON-shaped.
    pub fn read<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(HeldVisitor)
    }

    /// Reads the value of the field just keyed in `map`.
    ///
    /// # Errors
    ///
    /// The deserializer's error when the input is not JSON-shaped.
    pub(crate) fn read_value<A: de::MapAccess<'de>>(map: &mut A) -> Result<Self, A::Error> {
        map.next_value_seed(HeldVisitor)
    }

    /// A deserializer that reads this value by reference.
    #[must_use]
    pub fn reader<E>(&self) -> HeldReader<'_, 'de, E> {
        HeldReader {
            held: self,
            error: PhantomData,
        }
    }
}

struct HeldVisitor;

impl<'de> DeserializeSeed<'de> for HeldVisitor {
    type Value = Held<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Held<'de>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for HeldVisitor {
    type Value = Held<'de>;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Held<'de>, E> {
        Ok(Held::Bool(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Held<'de>, E> {
        Ok(match u64::try_from(value) {
            Ok(value) => Held::U64(value),
            Err(_) => Held::I64(value),
        })
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Held<'de>, E> {
        Ok(Held::U64(value))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Held<'de>, E> {
        Ok(Held::F64(value))
    }

    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Held<'de>, E> {
        Ok(Held::Text(Cow::Borrowed(value)))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Held<'de>, E> {
        Ok(Held::Text(Cow::Owned(value.to_owned())))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Held<'de>, E> {
        Ok(Held::Text(Cow::Owned(value)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Held<'de>, E> {
        Ok(Held::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Held<'de>, E> {
        Ok(Held::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Held<'de>, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Held<'de>, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut items: A) -> Result<Held<'de>, A::Error> {
        let mut list = Vec::with_capacity(items.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = items.next_element_seed(HeldVisitor)? {
            list.push(item);
        }
        Ok(Held::List(list))
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut fields: A) -> Result<Held<'de>, A::Error> {
        let mut object = Vec::with_capacity(fields.size_hint().unwrap_or(0).min(4096));
        while let Some(name) = fields.next_key_seed(super::BorrowedText)? {
            object.push((name, fields.next_value_seed(HeldVisitor)?));
        }
        Ok(Held::Object(object))
    }
}

/// Reads a [`Held`] value by reference: strings are lent, so a type that
/// keeps one copies it.
pub struct HeldReader<'de, 'h, E> {
    held: &'de Held<'h>,
    error: PhantomData<fn() -> E>,
}

impl<'de, E: de::Error> Deserializer<'de> for HeldReader<'de, '_, E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.held {
            Held::Null => visitor.visit_unit(),
            Held::Bool(value) => visitor.visit_bool(*value),
            Held::U64(value) => visitor.visit_u64(*value),
            Held::I64(value) => visitor.visit_i64(*value),
            Held::F64(value) => visitor.visit_f64(*value),
            Held::Text(text) => visitor.visit_borrowed_str(text),
            Held::List(items) => {
                let mut items = HeldItems {
                    items: items.iter(),
                    error: PhantomData,
                };
                let value = visitor.visit_seq(&mut items)?;
                match items.items.len() {
                    0 => Ok(value),
                    left => Err(E::custom(format_args!("{left} array items were not read"))),
                }
            }
            Held::Object(fields) => visitor.visit_map(HeldFields {
                fields: fields.iter(),
                value: None,
                error: PhantomData,
            }),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.held {
            Held::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, E> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, E> {
        match self.held {
            Held::Text(text) => visitor.visit_enum(BorrowedStrDeserializer::new(text)),
            Held::Object(fields) => {
                visitor.visit_enum(de::value::MapAccessDeserializer::new(HeldFields {
                    fields: fields.iter(),
                    value: None,
                    error: PhantomData,
                }))
            }
            _ => Err(E::invalid_type(
                de::Unexpected::Other("a value that is not a string or an object"),
                &"an enum",
            )),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_unit()
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct identifier
    }
}

struct HeldItems<'de, 'h, E> {
    items: std::slice::Iter<'de, Held<'h>>,
    error: PhantomData<fn() -> E>,
}

impl<'de, E: de::Error> de::SeqAccess<'de> for HeldItems<'de, '_, E> {
    type Error = E;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, E> {
        self.items
            .next()
            .map(|item| seed.deserialize(item.reader()))
            .transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct HeldFields<'de, 'h, E> {
    fields: std::slice::Iter<'de, (Cow<'h, str>, Held<'h>)>,
    value: Option<&'de Held<'h>>,
    error: PhantomData<fn() -> E>,
}

impl<'de, E: de::Error> de::MapAccess<'de> for HeldFields<'de, '_, E> {
    type Error = E;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, E> {
        let Some((name, value)) = self.fields.next() else {
            return Ok(None);
        };
        self.value = Some(value);
        seed.deserialize(BorrowedStrDeserializer::new(name))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, E> {
        let value = self
            .value
            .take()
            .ok_or_else(|| E::custom("a value before its key"))?;
        seed.deserialize(value.reader())
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.fields.len())
    }
}
