//! Case folding for the linter's matching. `char::to_lowercase` and
//! `to_uppercase` carry Unicode's full case tables, about 10 KB gzipped in
//! the policy checker's wasm. The linter reads English, French and Spanish,
//! so it folds the scripts such texts (and the names and quotations in them)
//! are written in: Latin (ASCII, Latin-1, Extended-A and Extended
//! Additional), Greek and Cyrillic. Any other character is kept as it is,
//! which only matters for words no rule looks for.

/// `c` in lower case, for the scripts above.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let folded = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 0x20,
        0x130 => 'i' as u32,
        0x178 => 0xFF,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x460..=0x481 | 0x48A..=0x4BF | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => u | 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 0x3F,
        0x400..=0x40F => u + 0x50,
        _ => u,
    };
    char::from_u32(folded).unwrap_or(c)
}

/// `c` in upper case, for the scripts above (the inverse of [`lower`]).
pub fn upper(c: char) -> char {
    let u = c as u32;
    let raised = match u {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE | 0x3B1..=0x3C1 | 0x3C3..=0x3CB | 0x430..=0x44F => u - 0x20,
        0xFF => 0x178,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x460..=0x481 | 0x48A..=0x4BF | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => u & !1,
        0x139..=0x148 | 0x179..=0x17E if u.is_multiple_of(2) => u - 1,
        0x3AC => 0x386,
        0x3AD..=0x3AF => u - 0x25,
        0x3CC => 0x38C,
        0x3CD..=0x3CE => u - 0x3F,
        0x450..=0x45F => u - 0x50,
        _ => u,
    };
    char::from_u32(raised).unwrap_or(c)
}

/// `s` in lower case, character by character.
pub fn lowercase(s: &str) -> String {
    s.chars().map(lower).collect()
}

/// `s` with its first character in upper case.
pub fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or(String::new(), |first| std::iter::once(upper(first)).chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks folded here, where Unicode's one-to-one mappings must agree.
    const BLOCKS: &[(u32, u32)] = &[(0x0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x1E00, 0x1EFF)];

    fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
        let first = it.next()?;
        it.next().is_none().then_some(first)
    }

    #[test]
    fn agrees_with_unicode_wherever_it_folds() {
        for c in BLOCKS.iter().flat_map(|&(a, b)| (a..=b).filter_map(char::from_u32)) {
            // Unicode lowers İ to "i" plus a combining dot; one letter is enough here.
            let expected_lower = if c == '\u{130}' { Some('i') } else { single(c.to_lowercase()) };
            if lower(c) != c {
                assert_eq!(Some(lower(c)), expected_lower, "lower(U+{:04X})", c as u32);
            }
            if upper(c) != c {
                assert_eq!(Some(upper(c)), single(c.to_uppercase()), "upper(U+{:04X})", c as u32);
            }
        }
    }

    #[test]
    fn folds_every_capital_of_latin_1_extended_a_and_the_basic_greek_and_cyrillic_alphabets() {
        let complete = [(0x0, 0x17F), (0x386, 0x3AB), (0x400, 0x42F)];
        for c in complete.iter().flat_map(|&(a, b)| (a..=b).filter_map(char::from_u32)) {
            if let Some(l) = single(c.to_lowercase()).filter(|&l| l != c) {
                assert_eq!(lower(c), l, "lower(U+{:04X})", c as u32);
                assert_eq!(upper(l), c, "upper(U+{:04X})", l as u32);
            }
        }
    }

    #[test]
    fn folds_the_letters_of_english_french_and_spanish() {
        assert_eq!(lowercase("ÉTÉ À L'ŒUVRE, ÑANDÚ, ÇA, İ, Ÿ"), "été à l'œuvre, ñandú, ça, i, ÿ");
        assert_eq!(lowercase("ΑΘΉΝΑ МОСКВА Ёж"), "αθήνα москва ёж");
        assert_eq!(upper_first("doit"), "Doit");
        assert_eq!(upper_first("été"), "Été");
        assert_eq!(upper_first(""), "");
    }

    #[test]
    fn other_characters_are_kept() {
        for c in ['ß', 'ﬁ', 'ǅ', '٣', 'ا', '中', '\u{2019}', '1'] {
            assert_eq!(lower(c), c);
        }
    }
}

/// The linter folds case only through this module: `char::to_lowercase` and
/// friends would bring Unicode's tables back into the wasm.
#[cfg(test)]
mod no_unicode_case_tables {
    #[test]
    fn the_linter_never_calls_the_standard_case_functions() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lint");
        let mut offenders = Vec::new();
        let mut stack = vec![dir];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("case.rs") && !path.ends_with("tests.rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for needle in [".to_lowercase()", ".to_uppercase()", "char::to_lowercase", "char::to_uppercase"] {
                        if text.contains(needle) {
                            offenders.push(format!("{}: {needle}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(offenders.is_empty(), "use lint::case instead: {offenders:?}");
    }
}
