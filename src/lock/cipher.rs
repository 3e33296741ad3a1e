//! What the lock needs from cryptography, as a trait: the browser's
//! WebCrypto in the app (`webcrypto`), a transparent fake in native tests.

/// Why a cryptographic step did not give a result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// The key did not fit: a wrong passphrase (unwrapping), or data that
    /// was changed or locked under another key (decrypting).
    Refused,
    /// The browser could not do it at all (no WebCrypto: an old browser, or
    /// a page that is not served over HTTPS). Its error's name, for whoever
    /// looks into it.
    Unavailable(String),
}

/// The primitives of lock format 1 (see `format`). Keys are opaque: in the
/// browser a `CryptoKey`, which the app asks for as non-extractable, so the
/// data key can never be read out of memory as bytes.
// Single-threaded (wasm, and a block_on in tests): no `Send` bound wanted.
#[allow(async_fn_in_trait)]
pub trait Cipher {
    type Key: Clone;

    /// Unicode NFKC, so a passphrase typed on another keyboard (a composed
    /// "é" or a decomposed one, a full-width digit) derives the same key.
    fn normalize(&self, text: &str) -> String;

    /// Fills `bytes` from a cryptographically strong source.
    fn random(&self, bytes: &mut [u8]);

    /// A key-wrapping key from `secret` by PBKDF2-HMAC-SHA256.
    async fn derive(
        &self,
        secret: &str,
        salt: &[u8],
        iterations: u32,
    ) -> Result<Self::Key, CryptoError>;

    /// A new random AES-256-GCM data key, extractable only so that it can
    /// be wrapped (the app keeps an unwrapped, non-extractable copy).
    async fn new_data_key(&self) -> Result<Self::Key, CryptoError>;

    /// `key` wrapped under `kek` with AES-KW (40 bytes).
    async fn wrap(&self, key: &Self::Key, kek: &Self::Key) -> Result<Vec<u8>, CryptoError>;

    /// The data key from `wrapped`; [`CryptoError::Refused`] when `kek` is
    /// not the one it was wrapped with.
    async fn unwrap(
        &self,
        wrapped: &[u8],
        kek: &Self::Key,
        extractable: bool,
    ) -> Result<Self::Key, CryptoError>;

    /// AES-256-GCM: the ciphertext with its 16-byte tag at the end.
    async fn encrypt(
        &self,
        key: &Self::Key,
        iv: &[u8],
        plain: &[u8],
    ) -> Result<Vec<u8>, CryptoError>;

    /// [`CryptoError::Refused`] when the tag does not match (wrong key, or a
    /// changed byte anywhere).
    async fn decrypt(
        &self,
        key: &Self::Key,
        iv: &[u8],
        ciphertext: &[u8],
    ) -> Result<Vec<u8>, CryptoError>;
}
