//! The lock's steps, over any [`Cipher`]: setting it up, unlocking with the
//! passphrase or the recovery key, changing the passphrase, and sealing and
//! opening the journal. Plain async Rust, driven natively by the tests with
//! a fake cipher and in the browser with WebCrypto.

use super::cipher::{Cipher, CryptoError};
use super::format::{
    canonical_recovery_key, check_new_passphrase, from_base64, recovery_key_text, FormatError,
    LockHeader, PassphraseProblem, Sealed, Wrap, IV_BYTES, PBKDF2_ITERATIONS, RECOVERY_BYTES,
    SALT_BYTES,
};
use crate::i18n::{k, t, tf};

/// Why a lock step did not go through. Nothing is changed in any case;
/// the `Display` is what the person reads.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LockError {
    /// The passphrase (or recovery key) does not open this lock.
    #[error("{}", t(k::lock::WRONG_PASSPHRASE))]
    Wrong,
    /// A recovery key, but not this lock's.
    #[error("{}", t(k::lock::WRONG_RECOVERY_KEY))]
    WrongRecoveryKey,
    /// Not something a recovery key can be (length, letters).
    #[error("{}", t(k::lock::NOT_A_RECOVERY_KEY))]
    NotARecoveryKey,
    /// This lock was set up without a recovery key.
    #[error("{}", t(k::lock::NO_RECOVERY_KEY))]
    NoRecoveryKey,
    /// The right key, but the data does not match it: changed since it was
    /// locked, or cut off.
    #[error("{}", t(k::lock::DAMAGED))]
    Damaged,
    /// A new passphrase that is not taken.
    #[error("{}", t(match .0 { PassphraseProblem::TooShort => k::lock::TOO_SHORT, PassphraseProblem::Different => k::lock::DIFFERENT }))]
    Passphrase(PassphraseProblem),
    #[error("{}", match .0 {
        FormatError::NewerFormat(format) => tf!(k::lock::NEWER_FORMAT, format = format),
        FormatError::Malformed(detail) => tf!(k::lock::MALFORMED, detail = detail),
    })]
    Format(FormatError),
    /// The browser has no WebCrypto here.
    #[error("{}", tf!(k::lock::NO_CRYPTO, detail = .0))]
    Unavailable(String),
}

impl From<CryptoError> for LockError {
    fn from(error: CryptoError) -> LockError {
        match error {
            CryptoError::Refused => LockError::Wrong,
            CryptoError::Unavailable(name) => LockError::Unavailable(name),
        }
    }
}

impl From<FormatError> for LockError {
    fn from(error: FormatError) -> LockError {
        LockError::Format(error)
    }
}

/// An open lock: the data key (non-extractable) and the header saved with
/// every locked save.
#[derive(Clone, Debug, PartialEq)]
pub struct Unlocked<K> {
    pub key: K,
    pub header: LockHeader,
}

/// A lock just set up, and its recovery key to show once (if asked for).
pub struct SetUp<K> {
    pub unlocked: Unlocked<K>,
    pub recovery_key: Option<String>,
}

/// Wraps the (extractable) `data` key under a key derived from `secret`;
/// returns the wrapping and the key that made it.
async fn wrap_under<C: Cipher>(
    cipher: &C,
    data: &C::Key,
    secret: &str,
) -> Result<(Wrap, C::Key), LockError> {
    let mut salt = [0u8; SALT_BYTES];
    cipher.random(&mut salt);
    let kek = cipher.derive(secret, &salt, PBKDF2_ITERATIONS).await?;
    let wrapped = cipher.wrap(data, &kek).await?;
    Ok((Wrap::new(PBKDF2_ITERATIONS, &salt, &wrapped), kek))
}

/// The data key under `wrap`, for `secret` (already normalised).
async fn unwrap_with<C: Cipher>(
    cipher: &C,
    wrap: &Wrap,
    secret: &str,
    extractable: bool,
) -> Result<C::Key, LockError> {
    let (salt, wrapped) = wrap.parts()?;
    let kek = cipher.derive(secret, &salt, wrap.iterations).await?;
    Ok(cipher.unwrap(&wrapped, &kek, extractable).await?)
}

/// A new passphrase, normalised and checked.
fn new_passphrase<C: Cipher>(
    cipher: &C,
    passphrase: &str,
    again: &str,
) -> Result<String, LockError> {
    let (passphrase, again) = (cipher.normalize(passphrase), cipher.normalize(again));
    check_new_passphrase(&passphrase, &again).map_err(LockError::Passphrase)?;
    Ok(passphrase)
}

/// Sets up a lock: a new random data key, wrapped under the passphrase and,
/// if asked, under a new recovery key.
pub async fn set_up<C: Cipher>(
    cipher: &C,
    passphrase: &str,
    again: &str,
    with_recovery_key: bool,
) -> Result<SetUp<C::Key>, LockError> {
    let passphrase = new_passphrase(cipher, passphrase, again)?;
    let data = cipher.new_data_key().await?;
    let (wrap, kek) = wrap_under(cipher, &data, &passphrase).await?;
    let mut recovery_key = None;
    let mut recovery = None;
    if with_recovery_key {
        let mut random = [0u8; RECOVERY_BYTES];
        cipher.random(&mut random);
        let text = recovery_key_text(&random);
        let canonical = canonical_recovery_key(&text).expect("a fresh key reads back");
        recovery = Some(wrap_under(cipher, &data, &canonical).await?.0);
        recovery_key = Some(text);
    }
    // The copy kept is unwrapped again as non-extractable: from here on the
    // data key cannot be read out as bytes.
    let key = cipher
        .unwrap(&from_base64(&wrap.wrapped_key)?, &kek, false)
        .await?;
    Ok(SetUp {
        unlocked: Unlocked {
            key,
            header: LockHeader::new(wrap, recovery),
        },
        recovery_key,
    })
}

/// The data key for `passphrase`, or [`LockError::Wrong`].
pub async fn unlock<C: Cipher>(
    cipher: &C,
    header: &LockHeader,
    passphrase: &str,
) -> Result<Unlocked<C::Key>, LockError> {
    header.check()?;
    let passphrase = cipher.normalize(passphrase);
    let key = unwrap_with(cipher, &header.passphrase, &passphrase, false).await?;
    Ok(Unlocked {
        key,
        header: header.clone(),
    })
}

/// `header` with the (extractable) `data` key wrapped under a new
/// passphrase, and the non-extractable key to keep.
async fn with_new_passphrase<C: Cipher>(
    cipher: &C,
    header: &LockHeader,
    data: &C::Key,
    passphrase: &str,
) -> Result<Unlocked<C::Key>, LockError> {
    let (wrap, kek) = wrap_under(cipher, data, passphrase).await?;
    let key = cipher
        .unwrap(&from_base64(&wrap.wrapped_key)?, &kek, false)
        .await?;
    Ok(Unlocked {
        key,
        header: LockHeader {
            passphrase: wrap,
            ..header.clone()
        },
    })
}

/// A new passphrase, with the current one: only the key's wrapping changes
/// (the journal need not be encrypted again, the recovery key still works).
pub async fn change_passphrase<C: Cipher>(
    cipher: &C,
    header: &LockHeader,
    current: &str,
    passphrase: &str,
    again: &str,
) -> Result<Unlocked<C::Key>, LockError> {
    header.check()?;
    let passphrase = new_passphrase(cipher, passphrase, again)?;
    let current = cipher.normalize(current);
    let data = unwrap_with(cipher, &header.passphrase, &current, true).await?;
    with_new_passphrase(cipher, header, &data, &passphrase).await
}

/// A forgotten passphrase: the recovery key opens the lock, and a new
/// passphrase replaces the old one (the recovery key stays valid).
pub async fn recover<C: Cipher>(
    cipher: &C,
    header: &LockHeader,
    recovery_key: &str,
    passphrase: &str,
    again: &str,
) -> Result<Unlocked<C::Key>, LockError> {
    header.check()?;
    let recovery = header.recovery.as_ref().ok_or(LockError::NoRecoveryKey)?;
    let canonical = canonical_recovery_key(recovery_key).ok_or(LockError::NotARecoveryKey)?;
    let passphrase = new_passphrase(cipher, passphrase, again)?;
    let data = match unwrap_with(cipher, recovery, &canonical, true).await {
        Err(LockError::Wrong) => return Err(LockError::WrongRecoveryKey),
        other => other?,
    };
    with_new_passphrase(cipher, header, &data, &passphrase).await
}

/// The journal's text sealed under the open lock, with a fresh IV.
pub async fn seal<C: Cipher>(
    cipher: &C,
    unlocked: &Unlocked<C::Key>,
    plain: &str,
) -> Result<Sealed, LockError> {
    let mut iv = [0u8; IV_BYTES];
    cipher.random(&mut iv);
    let ciphertext = cipher.encrypt(&unlocked.key, &iv, plain.as_bytes()).await?;
    Ok(Sealed::new(unlocked.header.clone(), &iv, &ciphertext))
}

/// The text `sealed` holds, with the data key: [`LockError::Damaged`] when
/// it was changed (or locked under another key).
pub async fn open<C: Cipher>(
    cipher: &C,
    key: &C::Key,
    sealed: &Sealed,
) -> Result<String, LockError> {
    let (iv, ciphertext) = sealed.parts()?;
    let plain = cipher
        .decrypt(key, &iv, &ciphertext)
        .await
        .map_err(|error| match error {
            CryptoError::Refused => LockError::Damaged,
            other => other.into(),
        })?;
    String::from_utf8(plain).map_err(|_| LockError::Damaged)
}

/// A locked file (an export), opened with the passphrase it was locked
/// with or with its recovery key, whichever `secret` is.
pub async fn open_with_secret<C: Cipher>(
    cipher: &C,
    sealed: &Sealed,
    secret: &str,
) -> Result<String, LockError> {
    sealed.parts()?;
    let by_passphrase = unlock(cipher, &sealed.lock, secret).await;
    let key = match (by_passphrase, &sealed.lock.recovery) {
        (Ok(unlocked), _) => unlocked.key,
        (Err(LockError::Wrong), Some(recovery)) => match canonical_recovery_key(secret) {
            Some(canonical) => unwrap_with(cipher, recovery, &canonical, false).await?,
            None => return Err(LockError::Wrong),
        },
        (Err(error), _) => return Err(error),
    };
    open(cipher, &key, sealed).await
}
