//! What serde's attributes on the saved types point to.

use serde::Serializer;

/// Times are Unix milliseconds from `Date.now()`, always whole: they are
/// written as whole numbers (as Rebound always saved them), and a fraction
/// from a hand-edited import is rounded to the millisecond.
pub fn whole_ms<S: Serializer>(ms: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    let rounded = ms.round();
    if rounded.is_finite() && rounded.abs() < 9.0e15 {
        serializer.serialize_i64(rounded as i64)
    } else {
        serializer.serialize_i64(0)
    }
}
