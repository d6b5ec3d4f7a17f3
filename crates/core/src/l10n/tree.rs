//! A translation file as read: tables of tables whose leaves are strings,
//! looked up by key path. One shape for every overlay keeps the browser
//! bundle to a single deserialiser.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Tree {
    Text(String),
    Table(BTreeMap<String, Tree>),
}

impl Default for Tree {
    fn default() -> Self {
        Tree::Table(BTreeMap::new())
    }
}

impl Tree {
    pub fn from_json(json: &str) -> Result<Tree, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    /// The subtree at `path`.
    pub fn at(&self, path: &[&str]) -> Option<&Tree> {
        let mut node = self;
        for key in path {
            match node {
                Tree::Table(t) => node = t.get(*key)?,
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
    pub fn entries(&self, path: &[&str]) -> impl Iterator<Item = (&String, &Tree)> {
        let table = match self.at(path) {
            Some(Tree::Table(t)) => Some(t),
            _ => None,
        };
        table.into_iter().flatten()
    }
}
