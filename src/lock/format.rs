//! The lock's saved form, pure and tested natively: the header that travels
//! with every locked save and export (how the data key is wrapped, and with
//! what), the sealed journal, the recovery key's spelling, and the rules a
//! passphrase and the tries at it follow.
//!
//! Format 1 (README, "The passphrase lock's format"):
//! - the journal's JSON (what a plain save holds under `data`), UTF-8,
//!   encrypted with AES-256-GCM under a random data key; a fresh 96-bit IV
//!   per save; the ciphertext ends with GCM's 128-bit tag; no additional data;
//! - the data key wrapped with AES-KW (RFC 3394) under a key derived from the
//!   passphrase by PBKDF2-HMAC-SHA256 (salt and iterations in the header);
//!   optionally wrapped a second time the same way under the recovery key;
//! - every binary value in standard base64 with padding.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

/// The lock format this build writes (and the only one it reads).
pub const LOCK_FORMAT: u32 = 1;
/// OWASP's figure for PBKDF2-HMAC-SHA256 (2023 and still in 2026).
pub const PBKDF2_ITERATIONS: u32 = 600_000;
/// The fewest iterations a file may ask for: fewer would make a guessing
/// attack on someone's passphrase cheap, so such a header is refused.
pub const MIN_ITERATIONS: u32 = 100_000;
/// The most: a header asking for more would freeze the tab for minutes.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
/// Bytes of randomness in a recovery key (160 bits).
pub const RECOVERY_BYTES: usize = 20;
/// NIST SP 800-63B: at least 8 characters, nothing else demanded.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// The names written into every header, so a reader knows what to do.
pub const KDF_NAME: &str = "PBKDF2-HMAC-SHA256";
pub const WRAP_NAME: &str = "AES-KW";
pub const CIPHER_NAME: &str = "AES-256-GCM";

/// One wrapping of the data key: by the passphrase, or by the recovery key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wrap {
    pub kdf: String,
    pub iterations: u32,
    /// base64, 16 bytes.
    pub salt: String,
    /// base64, 40 bytes (AES-KW of a 32-byte key).
    pub wrapped_key: String,
}

/// What a locked save or export says about its lock. Nothing in it reveals
/// the passphrase: a wrong one is known only because unwrapping fails.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockHeader {
    pub format: u32,
    pub cipher: String,
    pub wrap: String,
    pub passphrase: Wrap,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery: Option<Wrap>,
}

/// The journal, encrypted: its IV and ciphertext, base64.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sealed {
    pub lock: LockHeader,
    pub iv: String,
    pub ciphertext: String,
}

/// Why a lock header or sealed text cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// A lock format this build does not know (a newer Rebound's).
    NewerFormat(u32),
    /// Names, sizes or numbers that format 1 does not allow.
    Malformed(&'static str),
}

pub fn to_base64(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

pub fn from_base64(text: &str) -> Result<Vec<u8>, FormatError> {
    STANDARD
        .decode(text)
        .map_err(|_| FormatError::Malformed("base64")) // i18n: technical detail
}

impl Wrap {
    pub fn new(iterations: u32, salt: &[u8], wrapped_key: &[u8]) -> Wrap {
        Wrap {
            kdf: KDF_NAME.into(),
            iterations,
            salt: to_base64(salt),
            wrapped_key: to_base64(wrapped_key),
        }
    }

    /// The salt and the wrapped key, checked against format 1.
    pub fn parts(&self) -> Result<(Vec<u8>, Vec<u8>), FormatError> {
        if self.kdf != KDF_NAME {
            return Err(FormatError::Malformed("kdf")); // i18n: technical detail
        }
        if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&self.iterations) {
            return Err(FormatError::Malformed("iterations")); // i18n: technical detail
        }
        let salt = from_base64(&self.salt)?;
        let wrapped = from_base64(&self.wrapped_key)?;
        if salt.len() < SALT_BYTES || wrapped.len() != 40 {
            return Err(FormatError::Malformed("salt or wrapped key")); // i18n: technical detail
        }
        Ok((salt, wrapped))
    }
}

impl LockHeader {
    pub fn new(passphrase: Wrap, recovery: Option<Wrap>) -> LockHeader {
        LockHeader {
            format: LOCK_FORMAT,
            cipher: CIPHER_NAME.into(),
            wrap: WRAP_NAME.into(),
            passphrase,
            recovery,
        }
    }

    /// Whether this build can open data locked under this header.
    pub fn check(&self) -> Result<(), FormatError> {
        if self.format > LOCK_FORMAT {
            return Err(FormatError::NewerFormat(self.format));
        }
        if self.format == 0 || self.cipher != CIPHER_NAME || self.wrap != WRAP_NAME {
            return Err(FormatError::Malformed("format, cipher or wrap")); // i18n: technical detail
        }
        self.passphrase.parts()?;
        if let Some(recovery) = &self.recovery {
            recovery.parts()?;
        }
        Ok(())
    }
}

impl Sealed {
    pub fn new(lock: LockHeader, iv: &[u8], ciphertext: &[u8]) -> Sealed {
        Sealed {
            lock,
            iv: to_base64(iv),
            ciphertext: to_base64(ciphertext),
        }
    }

    /// The IV and the ciphertext (with its tag), checked.
    pub fn parts(&self) -> Result<(Vec<u8>, Vec<u8>), FormatError> {
        self.lock.check()?;
        let iv = from_base64(&self.iv)?;
        let ciphertext = from_base64(&self.ciphertext)?;
        if iv.len() != IV_BYTES || ciphertext.len() < 16 {
            return Err(FormatError::Malformed("iv or ciphertext")); // i18n: technical detail
        }
        Ok((iv, ciphertext))
    }
}

/// Crockford's base32: no I, L, O or U, so a written-down key is read back
/// without confusing 1 with I or 0 with O.
const RECOVERY_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters of a recovery key without its dashes (160 bits / 5).
pub const RECOVERY_CHARS: usize = RECOVERY_BYTES * 8 / 5;

/// A recovery key as it is shown and written down: eight groups of four
/// (`7KQ2-…`), from [`RECOVERY_BYTES`] random bytes.
pub fn recovery_key_text(random: &[u8; RECOVERY_BYTES]) -> String {
    let mut chars = String::with_capacity(RECOVERY_CHARS + 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for byte in random {
        buffer = (buffer << 8) | u32::from(*byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            let index = ((buffer >> bits) & 31) as usize;
            if !chars.is_empty() && (chars.len() + 1) % 5 == 0 {
                chars.push('-');
            }
            chars.push(char::from(RECOVERY_ALPHABET[index]));
        }
    }
    chars
}

/// A typed recovery key in the one spelling its wrapping key is derived
/// from: upper case, dashes and spaces dropped, O read as 0 and I or L as 1.
/// `None` when it cannot be a recovery key (wrong length or letters).
pub fn canonical_recovery_key(typed: &str) -> Option<String> {
    let mut canonical = String::with_capacity(RECOVERY_CHARS);
    for c in typed.chars() {
        let c = match c.to_ascii_uppercase() {
            '-' | ' ' | '\u{a0}' | '\t' | '\n' => continue,
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        };
        if !c.is_ascii() || !RECOVERY_ALPHABET.contains(&(c as u8)) {
            return None;
        }
        canonical.push(c);
    }
    (canonical.chars().count() == RECOVERY_CHARS).then_some(canonical)
}

/// Why a new passphrase is not taken. (Only length: no rules about kinds of
/// characters, which make passphrases weaker and harder to remember.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassphraseProblem {
    TooShort,
    /// The two fields differ.
    Different,
}

/// Checks a new passphrase (already normalised) and its repetition.
pub fn check_new_passphrase(passphrase: &str, again: &str) -> Result<(), PassphraseProblem> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        Err(PassphraseProblem::TooShort)
    } else if passphrase != again {
        Err(PassphraseProblem::Different)
    } else {
        Ok(())
    }
}

/// Free tries before each further one waits.
pub const FREE_TRIES: u32 = 3;
/// The longest wait between tries.
pub const MAX_TRY_DELAY_MS: u32 = 30_000;

/// How long to wait before the next try after `wrong` wrong tries in a
/// row: nothing for the first three, then 2, 4, 8, 16 and at most 30
/// seconds. Nothing is ever wiped: anyone could trigger that.
pub fn try_delay_ms(wrong: u32) -> u32 {
    if wrong < FREE_TRIES {
        return 0;
    }
    let doubled = 2000u64 << (wrong - FREE_TRIES).min(8);
    doubled.min(MAX_TRY_DELAY_MS.into()) as u32
}

/// When an unlocked Rebound locks itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AutoLock {
    /// As soon as the tab is hidden (another tab, another app, the screen off).
    WhenHidden,
    /// After this many minutes without use.
    Minutes(u32),
}

impl Default for AutoLock {
    fn default() -> AutoLock {
        AutoLock::Minutes(5)
    }
}

impl AutoLock {
    pub const CHOICES: [AutoLock; 5] = [
        AutoLock::WhenHidden,
        AutoLock::Minutes(1),
        AutoLock::Minutes(5),
        AutoLock::Minutes(15),
        AutoLock::Minutes(60),
    ];

    /// As kept beside the journal: `hidden` or the minutes.
    pub fn code(self) -> String {
        match self {
            AutoLock::WhenHidden => "hidden".into(), // i18n: a stored code, not words
            AutoLock::Minutes(minutes) => minutes.to_string(),
        }
    }

    /// A kept code; anything that is not one of the choices is the default.
    pub fn parse(code: &str) -> AutoLock {
        AutoLock::CHOICES
            .into_iter()
            .find(|choice| choice.code() == code)
            .unwrap_or_default()
    }

    /// How long without use before locking; `None` for "when hidden".
    pub fn limit_ms(self) -> Option<f64> {
        match self {
            AutoLock::WhenHidden => None,
            AutoLock::Minutes(minutes) => Some(f64::from(minutes) * 60_000.0),
        }
    }

    /// When the warning shows: a minute before, or half-way for the
    /// one-minute choice (WCAG 2.2.1 asks for at least 20 seconds to react).
    pub fn warn_after_ms(self) -> Option<f64> {
        let limit = self.limit_ms()?;
        Some((limit - 60_000.0).max(limit / 2.0))
    }
}
