//! Numbers shown with one decimal ("5.5 out of 10", "1.2 MB", SVG coordinates).
//! Formatting an `f64` with `{:.1}` pulls the standard library's whole
//! float-printing code (about 20 KB) into the download; one decimal needs
//! only integer arithmetic.

/// `x` rounded to one decimal: "5.5", "-0.3", "12.0".
pub fn one_decimal(x: f64) -> String {
    if !x.is_finite() {
        return "0.0".into();
    }
    let tenths = (x * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::one_decimal;

    #[test]
    fn rounds_to_one_decimal_like_the_standard_formatter() {
        // (Exact ties may differ: the standard formatter rounds half to even.)
        for x in [
            0.0,
            5.5,
            5.44,
            5.46,
            12.0,
            1023.96,
            -0.3,
            -4.26,
            0.04,
            7.0 / 3.0,
        ] {
            assert_eq!(
                one_decimal(x),
                format!("{x:.1}").replace("-0.0", "0.0"),
                "{x}"
            );
        }
        assert_eq!(one_decimal(f64::NAN), "0.0");
    }
}
