//! A pull reader for the JSON raikit writes itself: the built-in rule packs
//! and language files (build.rs), translation trees and compiled interface
//! messages (language packs), and parsed documents (the formats bundle).
//!
//! Why not serde: a derived visitor keeps an `Option` per field, checks each
//! for duplicates and drops every filled one on each error path. For the
//! language file (forty lists), a rule (twenty fields) and a principle that
//! came to about 11 KB gzipped of the policy checker's 300 KB first load.
//! Here a type reads itself field by field (`lint/pull.rs`), through the few
//! non-generic methods below. Tests hold every built-in
//! file to the serde result (`lint::tests::pull_reads_what_serde_reads`), so
//! the two readers cannot drift apart; users' own packs still go through serde.
//! The policy checker's bundle reads all its JSON this way, which keeps
//! serde's visitor machinery out of it.

use super::de::Number;
use super::{Deserializer, Error};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// A type that reads itself from raikit's own JSON data.
pub trait Pull: Sized {
    fn pull(de: &mut Deserializer) -> Result<Self, Error>;
}

/// Parses `text`, one JSON value of type `T`.
pub fn pull<T: Pull>(text: &str) -> Result<T, Error> {
    let mut de = Deserializer::new(text);
    let value = T::pull(&mut de)?;
    de.end()?;
    Ok(value)
}

/// What a field handler is given: the reader, positioned on the value, and
/// the key. It must read the value.
pub type Field<'f, 'de> = &'f mut dyn FnMut(&mut Deserializer<'de>, &str) -> Result<(), Error>;

impl<'de> Deserializer<'de> {
    fn expect(&mut self, open: u8, what: &str) -> Result<(), Error> {
        if self.peek_value()? != open {
            return Err(self.error(format!("expected {what}")));
        }
        Ok(())
    }

    /// Reads an object, handing each key to `field`.
    pub fn pull_object(&mut self, field: Field<'_, 'de>) -> Result<(), Error> {
        self.expect(b'{', "an object")?;
        self.enter()?;
        let mut first = true;
        while self.more(b'}', first)? {
            first = false;
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a key in double quotes"));
            }
            let key: Cow<'de, str> = self.string()?;
            self.colon()?;
            field(self, &key)?;
        }
        self.close(b'}')
    }

    /// Reads an array, calling `item` once per element.
    pub fn pull_array(&mut self, item: &mut dyn FnMut(&mut Deserializer<'de>) -> Result<(), Error>) -> Result<(), Error> {
        self.expect(b'[', "a list")?;
        self.enter()?;
        let mut first = true;
        while self.more(b']', first)? {
            first = false;
            item(self)?;
        }
        self.close(b']')
    }

    pub fn pull_string(&mut self) -> Result<String, Error> {
        self.expect(b'"', "a string")?;
        self.string().map(Cow::into_owned)
    }

    pub fn pull_bool(&mut self) -> Result<bool, Error> {
        match self.peek_value()? {
            b't' | b'f' => self.boolean(),
            _ => Err(self.error("expected true or false")),
        }
    }

    /// The first byte of the next value (`"`, `[`, `{`, a digit…), for
    /// types that take more than one shape.
    pub fn next_byte(&mut self) -> Result<u8, Error> {
        self.peek_value()
    }

    /// A whole number of zero or more that fits `usize` (offsets, lengths).
    pub fn pull_usize(&mut self) -> Result<usize, Error> {
        if !matches!(self.peek_value()?, b'-' | b'0'..=b'9') {
            return Err(self.error("expected a number"));
        }
        match self.number()? {
            Number::Positive(n) => usize::try_from(n).map_err(|_| self.error("a number too large for an offset")),
            _ => Err(self.error("expected a whole number of zero or more")),
        }
    }

    /// Reads past one value of any kind: a key the type has no use for.
    pub fn skip_value(&mut self) -> Result<(), Error> {
        match self.peek_value()? {
            b'"' => self.string().map(drop),
            b'-' | b'0'..=b'9' => self.number().map(drop),
            b't' | b'f' => self.boolean().map(drop),
            b'n' => self.literal("null"),
            b'[' => self.pull_array(&mut |de| de.skip_value()),
            b'{' => self.pull_object(&mut |de, _| de.skip_value()),
            _ => Err(self.unexpected_character()),
        }
    }

    pub fn pull_strings(&mut self) -> Result<Vec<String>, Error> {
        let mut list = Vec::new();
        self.pull_array(&mut |de| {
            list.push(de.pull_string()?);
            Ok(())
        })?;
        Ok(list)
    }

    pub fn pull_string_lists(&mut self) -> Result<Vec<Vec<String>>, Error> {
        let mut lists = Vec::new();
        self.pull_array(&mut |de| {
            lists.push(de.pull_strings()?);
            Ok(())
        })?;
        Ok(lists)
    }

    /// A list of two-word pairs: `[["law", "authorise"], …]`.
    pub fn pull_pairs(&mut self) -> Result<Vec<[String; 2]>, Error> {
        let mut pairs = Vec::new();
        self.pull_array(&mut |de| {
            let pair = de.pull_strings()?;
            let pair: [String; 2] = pair.try_into().map_err(|_| de.error("expected a pair of two strings"))?;
            pairs.push(pair);
            Ok(())
        })?;
        Ok(pairs)
    }

    /// An object of string lists: `{"physical": ["bag", …], …}`.
    pub fn pull_string_map(&mut self) -> Result<BTreeMap<String, Vec<String>>, Error> {
        let mut map = BTreeMap::new();
        self.pull_object(&mut |de, key| {
            map.insert(key.to_string(), de.pull_strings()?);
            Ok(())
        })?;
        Ok(map)
    }

    /// An object whose values are all of one pulled type.
    pub fn pull_map<T: Pull>(&mut self) -> Result<BTreeMap<String, T>, Error> {
        let mut map = BTreeMap::new();
        self.pull_object(&mut |de, key| {
            map.insert(key.to_string(), T::pull(de)?);
            Ok(())
        })?;
        Ok(map)
    }

    pub fn pull_list<T: Pull>(&mut self) -> Result<Vec<T>, Error> {
        let mut list = Vec::new();
        self.pull_array(&mut |de| {
            list.push(T::pull(de)?);
            Ok(())
        })?;
        Ok(list)
    }

    /// An error at the reading position, for a type's own checks.
    pub fn error_here(&self, message: impl Into<String>) -> Error {
        self.error(message)
    }

    /// The error for a key the type does not know.
    pub fn unknown_field(&self, key: &str) -> Error {
        self.error(format!("unknown field `{key}`"))
    }

    /// The error for a name outside a type's set (a rule's `kind`).
    pub fn unknown_value(&self, value: &str) -> Error {
        self.error(format!("unknown value `{value}`"))
    }

    /// The error for a required key that never came.
    pub fn missing_field(&self, key: &str) -> Error {
        self.error(format!("missing field `{key}`"))
    }
}
