//! The deserializer: one pass over the text, no intermediate tree. Strings
//! without escapes are lent out of the text rather than copied.

use super::Error;
use serde::de::{self, Deserialize, DeserializeSeed, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor};
use serde::forward_to_deserialize_any;
use std::borrow::Cow;

/// Deeper nesting is refused, so a hostile file cannot exhaust the stack
/// (serde_json draws the line at the same depth).
const MAX_DEPTH: usize = 128;

pub struct Deserializer<'de> {
    text: &'de str,
    pos: usize,
    depth: usize,
}

impl<'de> Deserializer<'de> {
    pub fn new(text: &'de str) -> Self {
        Deserializer { text, pos: 0, depth: 0 }
    }

    /// Checks that only whitespace follows the value.
    pub fn end(&mut self) -> Result<(), Error> {
        self.skip_whitespace();
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.error("unexpected characters after the JSON value")),
        }
    }

    pub(super) fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.pos += 1;
        }
    }

    /// The first byte of the next value.
    pub(super) fn peek_value(&mut self) -> Result<u8, Error> {
        self.skip_whitespace();
        self.peek().ok_or_else(|| self.error("the text ends where a value was expected"))
    }

    pub(super) fn error(&self, message: impl Into<String>) -> Error {
        let (line, column) = self.position();
        Error::at(message, line, column)
    }

    /// Gives an error raised by a visitor (a missing field, a wrong type)
    /// the place where reading stopped, unless it already has one.
    fn locate(&self, e: Error) -> Error {
        if e.has_position() {
            return e;
        }
        let (line, column) = self.position();
        e.with_position(line, column)
    }

    /// 1-based line and column (in characters) of the reading position.
    /// Counted only when an error needs it.
    fn position(&self) -> (usize, usize) {
        let mut at = self.pos.min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let before = &self.text[..at];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (before.matches('\n').count() + 1, before[line_start..].chars().count() + 1)
    }

    pub(super) fn literal(&mut self, word: &str) -> Result<(), Error> {
        if self.text[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(self.error(format!("expected `{word}`")))
        }
    }

    pub(super) fn enter(&mut self) -> Result<(), Error> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error(format!("values are nested more than {MAX_DEPTH} levels deep")));
        }
        self.pos += 1;
        Ok(())
    }

    /// Whether another element or entry follows, consuming the comma that
    /// separates it from the previous one.
    pub(super) fn more(&mut self, close: u8, first: bool) -> Result<bool, Error> {
        self.skip_whitespace();
        match self.peek() {
            None => return Err(self.error(format!("the text ends before the closing `{}`", close as char))),
            Some(c) if c == close => return Ok(false),
            Some(b',') if !first => {
                self.pos += 1;
                self.skip_whitespace();
                if self.peek() == Some(close) {
                    return Err(self.error(format!("a comma before `{}` (trailing commas are not JSON)", close as char)));
                }
            }
            Some(_) if !first => return Err(self.error(format!("expected `,` or `{}`", close as char))),
            Some(_) => {}
        }
        Ok(true)
    }

    /// Consumes the closing bracket after a visitor has read what it wanted.
    pub(super) fn close(&mut self, close: u8) -> Result<(), Error> {
        self.skip_whitespace();
        match self.peek() {
            Some(c) if c == close => {
                self.pos += 1;
                self.depth -= 1;
                Ok(())
            }
            Some(b',') => Err(self.error("more items than expected")),
            None => Err(self.error(format!("the text ends before the closing `{}`", close as char))),
            Some(_) => Err(self.error(format!("expected `,` or `{}`", close as char))),
        }
    }

    /// Reads a string; the opening quote is the next byte.
    pub(super) fn string(&mut self) -> Result<Cow<'de, str>, Error> {
        self.pos += 1;
        let mut start = self.pos;
        let mut owned: Option<String> = None;
        loop {
            match self.peek() {
                None => return Err(self.error("the text ends inside a string")),
                Some(b'"') => {
                    let tail = &self.text[start..self.pos];
                    self.pos += 1;
                    return Ok(match owned {
                        None => Cow::Borrowed(tail),
                        Some(mut s) => {
                            s.push_str(tail);
                            Cow::Owned(s)
                        }
                    });
                }
                Some(b'\\') => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(&self.text[start..self.pos]);
                    self.pos += 1;
                    s.push(self.escape()?);
                    start = self.pos;
                }
                Some(0x00..=0x1f) => return Err(self.error("a control character inside a string (write it as an escape, such as \\n)")),
                Some(_) => self.pos += 1,
            }
        }
    }

    /// Reads what follows a backslash.
    fn escape(&mut self) -> Result<char, Error> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                return self.unicode_escape();
            }
            _ => return Err(self.error("an unknown escape in a string")),
        };
        self.pos += 1;
        Ok(c)
    }

    /// `\uXXXX`, or a surrogate pair of two of them.
    fn unicode_escape(&mut self) -> Result<char, Error> {
        let first = self.hex4()?;
        let code = match first {
            0xd800..=0xdbff => {
                if !self.text[self.pos..].starts_with("\\u") {
                    return Err(self.error("a \\u escape of half a surrogate pair"));
                }
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xdc00..=0xdfff).contains(&second) {
                    return Err(self.error("a \\u escape of half a surrogate pair"));
                }
                0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
            }
            0xdc00..=0xdfff => return Err(self.error("a \\u escape of half a surrogate pair")),
            _ => first,
        };
        char::from_u32(code).ok_or_else(|| self.error("an invalid \\u escape"))
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self.text.get(self.pos..self.pos + 4).filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let n = digits.and_then(|d| u32::from_str_radix(d, 16).ok()).ok_or_else(|| self.error("a \\u escape needs four hexadecimal digits"))?;
        self.pos += 4;
        Ok(n)
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    /// Reads a number: an integer when it has no fraction or exponent and
    /// fits 64 bits, else a float (as serde_json does). Not generic, so each
    /// visitor adds only a three-way dispatch.
    pub(super) fn number(&mut self) -> Result<Number, Error> {
        let start = self.pos;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.error("a number needs a digit here")),
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.error("a number needs a digit after the decimal point"));
            }
            integer = false;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("a number needs a digit in its exponent"));
            }
            integer = false;
        }
        let text = &self.text[start..self.pos];
        if integer {
            match (negative, text.parse::<i64>(), text.parse::<u64>()) {
                // -0 is a float in JSON's number model, as in serde_json.
                (true, Ok(0), _) => return Ok(Number::Float(-0.0)),
                (true, Ok(n), _) => return Ok(Number::Negative(n)),
                (false, _, Ok(n)) => return Ok(Number::Positive(n)),
                _ => {}
            }
        }
        match parse_float(text) {
            Some(n) if n.is_finite() => Ok(Number::Float(n)),
            _ => Err(self.error("a number too large to represent")),
        }
    }

    pub(super) fn unexpected_character(&self) -> Error {
        let found = self.text[self.pos..].chars().next().unwrap_or(' ');
        self.error(format!("expected a value, found `{found}`"))
    }

    /// The error for a value of another kind than the type wants. The value
    /// is read so that the message can say what it is.
    #[inline(never)]
    fn wrong_type(&mut self, expected: &dyn de::Expected) -> Error {
        use de::{Error as _, Unexpected};
        let error = match self.peek_value() {
            Err(e) => e,
            Ok(b'n') => self.literal("null").map_or_else(|e| e, |()| Error::invalid_type(Unexpected::Unit, expected)),
            Ok(b't') => self.literal("true").map_or_else(|e| e, |()| Error::invalid_type(Unexpected::Bool(true), expected)),
            Ok(b'f') => self.literal("false").map_or_else(|e| e, |()| Error::invalid_type(Unexpected::Bool(false), expected)),
            Ok(b'"') => self.string().map_or_else(|e| e, |s| Error::invalid_type(Unexpected::Str(&s), expected)),
            Ok(b'-' | b'0'..=b'9') => match self.number() {
                Err(e) => e,
                Ok(Number::Positive(n)) => Error::invalid_type(Unexpected::Unsigned(n), expected),
                Ok(Number::Negative(n)) => Error::invalid_type(Unexpected::Signed(n), expected),
                Ok(Number::Float(n)) => Error::invalid_type(Unexpected::Float(n), expected),
            },
            Ok(b'[') => Error::invalid_type(Unexpected::Seq, expected),
            Ok(b'{') => Error::invalid_type(Unexpected::Map, expected),
            Ok(_) => self.unexpected_character(),
        };
        self.locate(error)
    }

    fn seq<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value, Error> {
        self.enter()?;
        let value = visitor.visit_seq(Seq { de: self, first: true })?;
        self.close(b']')?;
        Ok(value)
    }

    fn map<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value, Error> {
        self.enter()?;
        let value = visitor.visit_map(Map { de: self, first: true })?;
        self.close(b'}')?;
        Ok(value)
    }

    fn any<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value, Error> {
        match self.peek_value()? {
            b'n' => {
                self.literal("null")?;
                visitor.visit_unit()
            }
            b't' | b'f' => visitor.visit_bool(self.boolean()?),
            b'"' => visit_string(self.string()?, visitor),
            b'-' | b'0'..=b'9' => visit_number(self.number()?, visitor),
            b'[' => self.seq(visitor),
            b'{' => self.map(visitor),
            _ => Err(self.unexpected_character()),
        }
    }

    pub(super) fn boolean(&mut self) -> Result<bool, Error> {
        if self.peek() == Some(b't') {
            self.literal("true").map(|()| true)
        } else {
            self.literal("false").map(|()| false)
        }
    }

    fn enum_value<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value, Error> {
        match self.peek_value()? {
            b'"' => visitor.visit_enum(UnitVariant { de: self }),
            b'{' => {
                self.enter()?;
                self.skip_whitespace();
                if self.peek() != Some(b'"') {
                    return Err(self.error("expected the variant's name in double quotes"));
                }
                let value = visitor.visit_enum(Variant { de: self })?;
                self.close(b'}')?;
                Ok(value)
            }
            _ => Err(self.error("expected a string or an object with one key")),
        }
    }

    pub(super) fn colon(&mut self) -> Result<(), Error> {
        self.skip_whitespace();
        if self.peek() != Some(b':') {
            return Err(self.error("expected `:` after the key"));
        }
        self.pos += 1;
        Ok(())
    }
}

pub(super) enum Number {
    Positive(u64),
    Negative(i64),
    Float(f64),
}

fn visit_number<'de, V: Visitor<'de>>(n: Number, visitor: V) -> Result<V::Value, Error> {
    match n {
        Number::Positive(n) => visitor.visit_u64(n),
        Number::Negative(n) => visitor.visit_i64(n),
        Number::Float(n) => visitor.visit_f64(n),
    }
}

fn visit_string<'de, V: Visitor<'de>>(s: Cow<'de, str>, visitor: V) -> Result<V::Value, Error> {
    match s {
        Cow::Borrowed(s) => visitor.visit_borrowed_str(s),
        Cow::Owned(s) => visitor.visit_string(s),
    }
}

/// Each method reads only the kinds of value its type can take and
/// reports any other as a wrong type, as serde_json does. Forwarding them
/// all to `deserialize_any` would compile every kind of visit for every
/// type: several times the code in the wasm bundle.
impl<'de> de::Deserializer<'de> for &mut Deserializer<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = self.any(visitor);
        result.map_err(|e| self.locate(e))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match self.peek_value()? {
            b't' | b'f' => self.boolean().and_then(|b| visitor.visit_bool(b)),
            _ => Err(self.wrong_type(&visitor)),
        };
        result.map_err(|e| self.locate(e))
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match self.peek_value()? {
            b'-' | b'0'..=b'9' => self.number().and_then(|n| visit_number(n, visitor)),
            _ => Err(self.wrong_type(&visitor)),
        };
        result.map_err(|e| self.locate(e))
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match self.peek_value()? {
            b'"' => self.string().and_then(|s| visit_string(s, visitor)),
            _ => Err(self.wrong_type(&visitor)),
        };
        result.map_err(|e| self.locate(e))
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match self.peek_value()? {
            b'n' => self.literal("null").and_then(|()| visitor.visit_unit()),
            _ => Err(self.wrong_type(&visitor)),
        };
        result.map_err(|e| self.locate(e))
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match self.peek_value()? {
            b'[' => self.seq(visitor),
            _ => Err(self.wrong_type(&visitor)),
        };
        result.map_err(|e| self.locate(e))
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match self.peek_value()? {
            b'{' => self.map(visitor),
            _ => Err(self.wrong_type(&visitor)),
        };
        result.map_err(|e| self.locate(e))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match self.peek_value()? {
            b'n' => self.literal("null").and_then(|()| visitor.visit_none()),
            _ => visitor.visit_some(&mut *self),
        };
        result.map_err(|e| self.locate(e))
    }

    fn deserialize_enum<V: Visitor<'de>>(self, _: &'static str, _: &'static [&'static str], visitor: V) -> Result<V::Value, Error> {
        let result = self.enum_value(visitor);
        result.map_err(|e| self.locate(e))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(self, _: &'static str, _: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(self, _: &'static str, _: &'static [&'static str], visitor: V) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        // Read and dropped; one instance of the full reader serves them all.
        self.deserialize_any(de::IgnoredAny)?;
        visitor.visit_unit()
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }
    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }
    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    forward_to_deserialize_any! { i128 u128 bytes byte_buf }
}

struct Seq<'a, 'de> {
    de: &'a mut Deserializer<'de>,
    first: bool,
}

impl<'de> SeqAccess<'de> for Seq<'_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        if !self.de.more(b']', self.first)? {
            return Ok(None);
        }
        self.first = false;
        seed.deserialize(&mut *self.de).map(Some)
    }
}

struct Map<'a, 'de> {
    de: &'a mut Deserializer<'de>,
    first: bool,
}

impl<'de> MapAccess<'de> for Map<'_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        if !self.de.more(b'}', self.first)? {
            return Ok(None);
        }
        self.first = false;
        if self.de.peek() != Some(b'"') {
            return Err(self.de.error("expected a key in double quotes"));
        }
        let key = self.de.string()?;
        seed.deserialize(Key(key)).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        self.de.colon()?;
        seed.deserialize(&mut *self.de)
    }
}

/// An enum written as its variant's name: `"high"`.
struct UnitVariant<'a, 'de> {
    de: &'a mut Deserializer<'de>,
}

impl<'de> EnumAccess<'de> for UnitVariant<'_, 'de> {
    type Error = Error;
    type Variant = NameOnly;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, NameOnly), Error> {
        Ok((seed.deserialize(&mut *self.de)?, NameOnly))
    }
}

/// An enum written as an object with one key: `{"between": [1, 3]}`.
struct Variant<'a, 'de> {
    de: &'a mut Deserializer<'de>,
}

impl<'de> EnumAccess<'de> for Variant<'_, 'de> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Error> {
        let variant = seed.deserialize(&mut *self.de)?;
        self.de.colon()?;
        Ok((variant, self))
    }
}

impl<'de> VariantAccess<'de> for Variant<'_, 'de> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        Deserialize::deserialize(self.de)
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(self.de)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_any(self.de, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(self, _: &'static [&'static str], visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_any(self.de, visitor)
    }
}

/// An object's key. Keys are always strings in JSON; integer keys (a map
/// keyed by number) are read from the string, as serde_json does.
struct Key<'de>(Cow<'de, str>);

macro_rules! integer_key {
    ($($method:ident $visit:ident $ty:ty),*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            match self.0.parse::<$ty>() {
                Ok(n) => visitor.$visit(n),
                Err(_) => self.deserialize_any(visitor),
            }
        }
    )*};
}

impl<'de> de::Deserializer<'de> for Key<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Cow::Borrowed(s) => visitor.visit_borrowed_str(s),
            Cow::Owned(s) => visitor.visit_string(s),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(self, _: &'static str, _: &'static [&'static str], visitor: V) -> Result<V::Value, Error> {
        visitor.visit_enum(self)
    }

    integer_key!(deserialize_u8 visit_u8 u8, deserialize_u16 visit_u16 u16, deserialize_u32 visit_u32 u32,
        deserialize_u64 visit_u64 u64, deserialize_i32 visit_i32 i32, deserialize_i64 visit_i64 i64);

    forward_to_deserialize_any! {
        bool i8 i16 i128 u128 f32 f64 char str string bytes byte_buf unit
        unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

impl<'de> EnumAccess<'de> for Key<'de> {
    type Error = Error;
    type Variant = NameOnly;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, NameOnly), Error> {
        Ok((seed.deserialize(self)?, NameOnly))
    }
}

/// A variant given by its name alone (a string value, or an object key):
/// it has no value.
struct NameOnly;

impl<'de> VariantAccess<'de> for NameOnly {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value, Error> {
        Err(de::Error::invalid_type(de::Unexpected::UnitVariant, &"a variant with a value"))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, Error> {
        Err(de::Error::invalid_type(de::Unexpected::UnitVariant, &"a variant with an array"))
    }

    fn struct_variant<V: Visitor<'de>>(self, _: &'static [&'static str], _: V) -> Result<V::Value, Error> {
        Err(de::Error::invalid_type(de::Unexpected::UnitVariant, &"a variant with an object"))
    }
}

/// A JSON number with a fraction or an exponent (already checked).
#[cfg(feature = "exact-floats")]
fn parse_float(text: &str) -> Option<f64> {
    text.parse::<f64>().ok()
}

#[cfg(not(feature = "exact-floats"))]
fn parse_float(text: &str) -> Option<f64> {
    parse_float_short(text)
}

/// A JSON number with a fraction or an exponent (already checked), without
/// the standard parser: exact when the significant digits fit in 53 bits and
/// the power of ten is at most 22 (both factors are then exact, and one
/// division or multiplication rounds correctly), approximate beyond, and
/// infinite or zero at the very ends of the range.
#[cfg_attr(feature = "exact-floats", allow(dead_code))]
pub(super) fn parse_float_short(text: &str) -> Option<f64> {
    let (negative, text) = text.strip_prefix('-').map_or((false, text), |t| (true, t));
    let (digits, exponent) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], text[i + 1..].parse::<i32>().ok()?),
        None => (text, 0),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let mut mantissa: u64 = 0;
    let mut scale = exponent - i32::try_from(fraction.len()).ok()?;
    for b in whole.bytes().chain(fraction.bytes()) {
        match mantissa.checked_mul(10).and_then(|m| m.checked_add(u64::from(b - b'0'))) {
            Some(m) => mantissa = m,
            // Digits beyond u64 only shift the scale.
            None => scale += 1,
        }
    }
    const POWERS: [f64; 23] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
    let m = mantissa as f64;
    let value = match usize::try_from(scale.unsigned_abs()).ok().and_then(|i| POWERS.get(i)) {
        Some(p) if mantissa < 1 << 53 => if scale < 0 { m / p } else { m * p },
        _ => m * 10f64.powi(scale),
    };
    Some(if negative { -value } else { value })
}
