//! Maps byte offsets in the normalized text back to the original input.
//! Each segment is either verbatim (offsets map one to one) or replaced
//! (a decoded entity: its start maps to the start, anything else to the end).

use crate::json::{Deserializer, Error, Pull};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SourceMap {
    segs: Vec<Seg>,
}

/// Serialised as `[norm, norm_len, orig, orig_len]`: maps of large
/// documents cross between wasm bundles as JSON.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(from = "[usize; 4]", into = "[usize; 4]")]
struct Seg {
    norm: usize,
    norm_len: usize,
    orig: usize,
    orig_len: usize,
}

impl From<[usize; 4]> for Seg {
    fn from([norm, norm_len, orig, orig_len]: [usize; 4]) -> Seg {
        Seg { norm, norm_len, orig, orig_len }
    }
}

impl From<Seg> for [usize; 4] {
    fn from(s: Seg) -> [usize; 4] {
        [s.norm, s.norm_len, s.orig, s.orig_len]
    }
}

/// Reads the serde form, a list of `[norm, norm_len, orig, orig_len]`.
impl Pull for SourceMap {
    fn pull(de: &mut Deserializer) -> Result<Self, Error> {
        let mut segs = Vec::new();
        de.pull_array(&mut |de| {
            let (mut seg, mut n) = ([0; 4], 0);
            de.pull_array(&mut |de| {
                let value = de.pull_usize()?;
                *seg.get_mut(n).ok_or_else(|| de.error_here("a map segment has four numbers"))? = value;
                n += 1;
                Ok(())
            })?;
            if n < 4 {
                return Err(de.error_here("a map segment has four numbers"));
            }
            segs.push(Seg::from(seg));
            Ok(())
        })?;
        Ok(SourceMap { segs })
    }
}

impl SourceMap {
    /// True when every segment lies within texts of these lengths, in order.
    pub(crate) fn fits(&self, norm_len: usize, orig_len: usize) -> bool {
        let mut prev = 0;
        self.segs.iter().all(|s| {
            let ok = s.norm >= prev
                && s.norm.checked_add(s.norm_len).is_some_and(|e| e <= norm_len)
                && s.orig.checked_add(s.orig_len).is_some_and(|e| e <= orig_len);
            prev = s.norm;
            ok
        })
    }

    pub(crate) fn push(&mut self, norm: usize, norm_len: usize, orig: usize, orig_len: usize) {
        // Merge adjacent verbatim pieces so maps stay small.
        if let Some(last) = self.segs.last_mut() {
            if last.norm_len == last.orig_len
                && norm_len == orig_len
                && last.norm + last.norm_len == norm
                && last.orig + last.orig_len == orig
            {
                last.norm_len += norm_len;
                last.orig_len += orig_len;
                return;
            }
        }
        self.segs.push(Seg { norm, norm_len, orig, orig_len });
    }

    /// Drops everything at or after `norm_len` (used when trimming blocks).
    pub(crate) fn truncate(&mut self, norm_len: usize) {
        while let Some(last) = self.segs.last_mut() {
            if last.norm >= norm_len {
                self.segs.pop();
            } else {
                if last.norm + last.norm_len > norm_len {
                    let cut = norm_len - last.norm;
                    if last.norm_len == last.orig_len {
                        last.orig_len = cut;
                    }
                    last.norm_len = cut;
                }
                break;
            }
        }
    }

    /// An identity map over `len` bytes.
    pub fn identity(len: usize) -> SourceMap {
        let mut map = SourceMap::default();
        map.push(0, len, 0, len);
        map
    }

    /// Maps a normalized start offset to the original.
    pub fn start(&self, norm: usize) -> usize {
        // The segment containing `norm` as [norm, norm+len).
        let i = self.segs.partition_point(|s| s.norm + s.norm_len <= norm);
        match self.segs.get(i) {
            Some(s) if s.norm <= norm => {
                if s.norm_len == s.orig_len {
                    s.orig + (norm - s.norm)
                } else if norm == s.norm {
                    s.orig
                } else {
                    s.orig + s.orig_len
                }
            }
            Some(s) => s.orig,
            None => self.segs.last().map_or(0, |s| s.orig + s.orig_len),
        }
    }

    /// Maps a normalized end offset (exclusive) to the original.
    pub fn end(&self, norm: usize) -> usize {
        // The segment containing `norm` as (norm, norm+len].
        let i = self.segs.partition_point(|s| s.norm + s.norm_len < norm);
        match self.segs.get(i) {
            Some(s) if s.norm < norm => {
                if s.norm_len == s.orig_len {
                    s.orig + (norm - s.norm)
                } else {
                    s.orig + s.orig_len
                }
            }
            Some(s) => s.orig,
            None => self.segs.last().map_or(0, |s| s.orig + s.orig_len),
        }
    }

    /// True when the normalized range maps to the original byte for byte,
    /// which is when a textual fix can be applied safely.
    pub fn is_verbatim(&self, start: usize, end: usize) -> bool {
        let i = self.segs.partition_point(|s| s.norm + s.norm_len <= start);
        match self.segs.get(i) {
            Some(s) => s.norm <= start && end <= s.norm + s.norm_len && s.norm_len == s.orig_len,
            None => false,
        }
    }
}
