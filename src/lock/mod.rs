//! The passphrase lock: the journal encrypted at rest with the browser's
//! own WebCrypto, its data key wrapped under the person's passphrase (and,
//! if they asked for one, a recovery key). `format` and `vault` are pure
//! and tested natively over a fake [`Cipher`]; `webcrypto` is the real one.

pub mod cipher;
pub mod format;
pub mod vault;
pub mod webcrypto;

pub use cipher::{Cipher, CryptoError};
pub use format::{AutoLock, LockHeader, Sealed};
pub use vault::{LockError, SetUp, Unlocked};
pub use webcrypto::WebCrypto;
