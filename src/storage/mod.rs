//! Saving and loading. `schema` is pure and tested natively; `local` is the only
//! code that touches localStorage.

pub mod local;
pub mod schema;
pub mod sync;

pub use local::{EmbeddedStorage, Opened, SaveError, SetAside, Store, DEFAULT_NAMESPACE};
pub use schema::{
    decode, encode, parse_import, read_newer, DecodeError, ImportError, Loaded, MAX_IMPORT_BYTES,
    SCHEMA_VERSION,
};
