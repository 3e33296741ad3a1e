//! Stable item ids. Made from time and randomness supplied by the caller, so the
//! domain stays deterministic in tests and two browser tabs never mint the same id.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Saved as its text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(String);

fn base36(mut n: u64, out: &mut String) {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut buf = [0u8; 16];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = DIGITS[(n % 36) as usize];
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&buf[i..]).unwrap_or("0"));
}

impl Id {
    /// `unix_ms` orders ids roughly by creation; `random` (0.0..1.0) separates
    /// ids made in the same millisecond, in this tab or another.
    pub fn generate(unix_ms: f64, random: f64) -> Id {
        let mut text = String::with_capacity(16);
        base36(unix_ms.max(0.0) as u64, &mut text);
        text.push('-');
        base36((random.clamp(0.0, 1.0) * 2_176_782_335.0) as u64, &mut text);
        Id(text)
    }

    /// The id whose text this is: one chosen in the page (a select's value),
    /// one derived from another id, or a test's.
    pub fn from_text(text: &str) -> Id {
        Id(text.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
