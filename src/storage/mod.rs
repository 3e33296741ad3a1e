//! Saving and loading. `schema` is pure and tested natively; `local` is the only
//! code that touches localStorage.

pub mod local;
pub mod schema;

pub use local::{Opened, SaveError, Store, DEFAULT_NAMESPACE};
pub use schema::{decode, encode, DecodeError, Loaded, SCHEMA_VERSION};
