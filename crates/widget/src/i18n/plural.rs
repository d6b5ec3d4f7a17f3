//! CLDR cardinal plural categories for the widget's languages, so a select
//! on a count picks the right variant without a plural-rules library.
//! Numbers are never shown in compact or exponent form, so CLDR's `e`
//! operand is always 0 here.

/// The category of `n` in `lang` (`one`, `few`…), or None for a language
/// without rules here (its selects then use their default variant).
pub fn category(lang: &str, n: f64) -> Option<&'static str> {
    let n = n.abs();
    let (i, integer) = (n.trunc(), n.fract() == 0.0);
    // French and Spanish: a whole, non-zero multiple of a million (`1 million de …`).
    let millions = integer && i != 0.0 && i % 1_000_000.0 == 0.0;
    let category = match lang.split('-').next().unwrap_or(lang) {
        "en" if i == 1.0 && integer => "one",
        "en" => "other",
        "fr" if i == 0.0 || i == 1.0 => "one",
        "es" if n == 1.0 => "one",
        "fr" | "es" if millions => "many",
        "fr" | "es" => "other",
        "ar" => arabic(n, integer),
        _ => return None,
    };
    Some(category)
}

fn arabic(n: f64, integer: bool) -> &'static str {
    if !integer {
        return "other";
    }
    match (n % 100.0) as u32 {
        _ if n == 0.0 => "zero",
        _ if n == 1.0 => "one",
        _ if n == 2.0 => "two",
        3..=10 => "few",
        11..=99 => "many",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::category;

    fn cats(lang: &str, ns: &[f64]) -> Vec<&'static str> {
        ns.iter().map(|n| category(lang, *n).unwrap()).collect()
    }

    #[test]
    fn english_has_one_for_the_integer_1_only() {
        assert_eq!(cats("en", &[0.0, 1.0, 2.0, 1.5, 1_000_000.0]), ["other", "one", "other", "other", "other"]);
    }

    #[test]
    fn french_counts_0_and_1_as_one_and_has_many_for_millions() {
        assert_eq!(cats("fr", &[0.0, 1.0, 1.5, 2.0, 100.0]), ["one", "one", "one", "other", "other"]);
        assert_eq!(cats("fr", &[1_000_000.0, 3_000_000.0, 1_000_001.0, 2.5]), ["many", "many", "other", "other"]);
    }

    #[test]
    fn spanish_has_one_for_1_and_many_for_millions() {
        assert_eq!(cats("es", &[0.0, 1.0, 1.5, 2.0]), ["other", "one", "other", "other"]);
        assert_eq!(cats("es", &[1_000_000.0, 2_000_000.0, 1_500_000.0]), ["many", "many", "other"]);
    }

    #[test]
    fn arabic_has_all_six_categories_by_the_last_two_digits() {
        assert_eq!(cats("ar", &[0.0, 1.0, 2.0, 3.0, 10.0, 11.0, 99.0, 100.0]), ["zero", "one", "two", "few", "few", "many", "many", "other"]);
        // n % 100, not n: 103 is "few", 111 is "many", 102 is "other".
        assert_eq!(cats("ar", &[103.0, 111.0, 102.0, 1_000_000.0, 2.5]), ["few", "many", "other", "other", "other"]);
    }

    #[test]
    fn regional_variants_follow_their_language_and_unknown_ones_have_none() {
        assert_eq!(category("fr-CA", 0.0), Some("one"));
        assert_eq!(category("xx", 1.0), None);
    }
}
