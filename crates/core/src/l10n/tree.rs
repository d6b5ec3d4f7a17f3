//! A translation file as read: tables of tables whose leaves are strings,
//! looked up by key path. One small shape for every overlay keeps the
//! browser bundle to a single, hand-written deserialiser.

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum Tree {
    Text(String),
    /// Entries in file order; tables are small, so a list is enough.
    Table(Vec<(String, Tree)>),
}

impl Default for Tree {
    fn default() -> Self {
        Tree::Table(Vec::new())
    }
}

impl Tree {
    pub fn from_json(json: &str) -> Result<Tree, String> {
        crate::json::from_str(json).map_err(|e| e.to_string())
    }

    /// The subtree at `path`.
    pub fn at(&self, path: &[&str]) -> Option<&Tree> {
        let mut node = self;
        for key in path {
            match node {
                Tree::Table(t) => node = t.iter().find(|(k, _)| k == key).map(|(_, v)| v)?,
                Tree::Text(_) => return None,
            }
        }
        Some(node)
    }

    /// The text at `path`, if there is one.
    pub fn text(&self, path: &[&str]) -> Option<&String> {
        match self.at(path)? {
            Tree::Text(s) => Some(s),
            Tree::Table(_) => None,
        }
    }

    /// The entries of the table at `path` (none if it is absent).
    pub fn entries(&self, path: &[&str]) -> impl Iterator<Item = &(String, Tree)> {
        let table = match self.at(path) {
            Some(Tree::Table(t)) => Some(t),
            _ => None,
        };
        table.into_iter().flatten()
    }
}

impl<'de> Deserialize<'de> for Tree {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Tree, D::Error> {
        struct TreeVisitor;
        impl<'de> Visitor<'de> for TreeVisitor {
            type Value = Tree;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a table of strings")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Tree, E> {
                Ok(Tree::Text(s.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Tree, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, Tree>()? {
                    entries.push(entry);
                }
                Ok(Tree::Table(entries))
            }
        }
        d.deserialize_any(TreeVisitor)
    }
}
