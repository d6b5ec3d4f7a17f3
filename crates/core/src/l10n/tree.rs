//! A translation file as read: tables of tables whose leaves are strings,
//! looked up by key path. One small shape for every overlay keeps the
//! browser bundle to a single, hand-written deserialiser.

use crate::json::{Deserializer, Error, Pull};

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
        crate::json::pull(json).map_err(|e| e.to_string())
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

impl Pull for Tree {
    fn pull(de: &mut Deserializer) -> Result<Tree, Error> {
        match de.next_byte()? {
            b'"' => de.pull_string().map(Tree::Text),
            b'{' => {
                let mut entries = Vec::new();
                de.pull_object(&mut |de, key| {
                    entries.push((key.to_string(), Tree::pull(de)?));
                    Ok(())
                })?;
                Ok(Tree::Table(entries))
            }
            _ => Err(de.error_here("expected a string or a table of strings")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_keep_file_order_and_other_values_are_refused() {
        let tree = Tree::from_json(r#"{"b": "Bee", "a": {"x": "Ex", "y": {"z": "Zed"}}}"#).unwrap();
        let keys: Vec<_> = tree.entries(&[]).map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["b", "a"]);
        assert_eq!(tree.text(&["a", "y", "z"]).map(String::as_str), Some("Zed"));
        assert_eq!(tree.text(&["a"]), None);
        for (bad, at) in [(r#"{"a": 3}"#, "column 7"), (r#"{"a": ["x"]}"#, "column 7"), (r#"{"a": "x"} ,"#, "column 12")] {
            let e = Tree::from_json(bad).unwrap_err();
            assert!(e.ends_with(at), "{bad}: {e}");
        }
    }
}
