//! Saving and loading. `schema` and `sync` are pure and tested natively;
//! `local` is the only code that touches localStorage, and `access` the only
//! code that asks the browser about storage.

pub mod access;
pub mod keys;
pub mod local;
pub mod schema;
pub mod sync;

pub use access::EmbeddedStorage;
pub use keys::DEFAULT_NAMESPACE;
pub use local::{Opened, SetAside, Store};
pub use schema::{
    decode, encode, parse_import, read_newer, read_stored, DecodeError, ImportError, Loaded,
    MAX_IMPORT_BYTES, SCHEMA_VERSION,
};
pub use sync::SaveError;
