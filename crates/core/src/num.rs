//! Numbers as text, without `f64`'s `Display`: its exact and shortest
//! formatting algorithms cost about 6 KB gzipped in each wasm bundle, for
//! numbers that are scores, percentages and chart geometry.

/// `v` with exactly `decimals` (up to 9) digits after the point. Exact ties
/// go to the even digit, as `format!("{v:.1}")` does; -0 prints as 0.
pub fn fixed(v: f64, decimals: u32) -> String {
    if !v.is_finite() {
        return non_finite(v);
    }
    let scaled = (v * 10f64.powi(decimals as i32)).round_ties_even();
    // 64-bit digits: i128 would bring its own formatting and division code
    // into every bundle (about 3 KB of wasm). Beyond i64 (no score comes
    // near) the number is written as `exact` writes it.
    if scaled.abs() >= 9.0e18 || decimals > 9 {
        return exact(v);
    }
    digits(scaled as i64, decimals)
}

/// `v` as the shortest decimal that reads back as `v` (`62.5`, `3`,
/// `0.125`, `1e-7`), through serde_json's float writer, which every bundle
/// carries anyway. Integers print without a point.
pub fn exact(v: f64) -> String {
    if !v.is_finite() {
        return non_finite(v);
    }
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        return (v as i64).to_string();
    }
    serde_json::Number::from_f64(v).map_or_else(|| non_finite(v), |n| n.to_string())
}

fn non_finite(v: f64) -> String {
    if v.is_nan() { "NaN" } else if v > 0.0 { "inf" } else { "-inf" }.to_string()
}

/// `n / 10^decimals` as text.
fn digits(n: i64, decimals: u32) -> String {
    let scale = 10i64.pow(decimals);
    let (whole, frac) = ((n / scale).unsigned_abs(), (n % scale).unsigned_abs());
    let mut out = if n < 0 { format!("-{whole}") } else { whole.to_string() };
    let width = decimals as usize;
    if width > 0 {
        out.push('.');
        let f = frac.to_string();
        out.extend(std::iter::repeat_n('0', width - f.len()));
        out.push_str(&f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn fixed_matches_format_on_scores() {
        for v in [0.0, 62.5, 63.5, 0.25, 0.75, 3.0, 12.3, -2.5, -0.04, 100.0, 1234567.891, 41.666666] {
            for d in 0..3 {
                let theirs = format!("{v:.*}", d as usize);
                assert_eq!(fixed(v, d), theirs.strip_prefix("-").filter(|t| t.chars().all(|c| c == '0' || c == '.')).map_or(theirs.clone(), str::to_string), "{v} {d}");
            }
        }
    }

    #[test]
    fn exact_reads_back_as_the_same_number() {
        assert_eq!(exact(62.5), "62.5");
        assert_eq!(exact(3.0), "3");
        assert_eq!(exact(-0.0), "0");
        assert_eq!(exact(0.1), "0.1");
        assert_eq!(exact(-7.25), "-7.25");
        assert_eq!(exact(f64::NAN), "NaN");
        assert_eq!(exact(1e-7).parse::<f64>(), Ok(1e-7));
    }

    proptest! {
        #[test]
        fn exact_matches_display_for_scores(hundredths in -100_000_000i64..100_000_000) {
            let v = hundredths as f64 / 100.0;
            prop_assert_eq!(exact(v), format!("{v}"));
        }

        #[test]
        fn exact_round_trips(v in proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL | proptest::num::f64::ZERO) {
            prop_assert_eq!(exact(v).parse::<f64>().unwrap(), v);
        }

        #[test]
        fn fixed_matches_format_with_one_decimal(v in -1.0e6f64..1.0e6) {
            let theirs = format!("{v:.1}");
            let theirs = if theirs == "-0.0" { "0.0".to_string() } else { theirs };
            prop_assert_eq!(fixed(v, 1), theirs);
        }
    }
}
