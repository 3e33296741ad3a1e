//! The saved form of a journal: a versioned envelope, the chain of migrations,
//! and encode/decode. Pure serde_json, tested natively against fixtures.

use crate::domain::Journal;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The schema this build writes. Bump it, add a step to [`migrate`], and check
/// in a fixture of the old version under `tests/fixtures/`.
pub const SCHEMA_VERSION: u32 = 1;

/// What sits under our key in localStorage.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Envelope {
    pub schema: u32,
    /// Increases with every save, so another tab can tell newer from older.
    pub rev: u64,
    /// Unix milliseconds of the save.
    pub saved_at: f64,
    pub data: Value,
}

/// A journal read back from storage, with the envelope's bookkeeping.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub journal: Journal,
    pub rev: u64,
    pub saved_at: f64,
}

/// Why saved text could not be read. Each variant is something the user is told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all, or cut off part-way.
    NotJson,
    /// JSON, but not a Rebound envelope, or the data inside has the wrong shape.
    WrongShape(String),
    /// Saved by a newer version of Rebound than this one.
    NewerVersion(u32),
}

impl DecodeError {
    pub fn message(&self) -> String {
        match self {
            DecodeError::NotJson => "The saved data is damaged (it is not complete JSON).".into(),
            DecodeError::WrongShape(detail) => {
                format!("The saved data is not in the shape Rebound expects ({detail}).")
            }
            DecodeError::NewerVersion(v) => format!(
                "This data was saved by a newer version of Rebound (format {v}; this page knows up to {SCHEMA_VERSION})."
            ),
        }
    }
}

pub fn encode(journal: &Journal, rev: u64, saved_at: f64) -> String {
    let envelope = EnvelopeRef {
        schema: SCHEMA_VERSION,
        rev,
        saved_at,
        data: journal,
    };
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Borrowing twin of [`Envelope`], so saving does not clone the journal into a `Value`.
#[derive(Serialize)]
struct EnvelopeRef<'a> {
    schema: u32,
    rev: u64,
    saved_at: f64,
    data: &'a Journal,
}

pub fn decode(text: &str) -> Result<Loaded, DecodeError> {
    let value: Value = serde_json::from_str(text).map_err(|_| DecodeError::NotJson)?;
    let envelope: Envelope = serde_json::from_value(value)
        .map_err(|_| DecodeError::WrongShape("no schema, revision and data".into()))?;
    if envelope.schema > SCHEMA_VERSION {
        return Err(DecodeError::NewerVersion(envelope.schema));
    }
    let data = migrate(envelope.schema, envelope.data)?;
    let journal: Journal =
        serde_json::from_value(data).map_err(|e| DecodeError::WrongShape(e.to_string()))?;
    Ok(Loaded {
        journal,
        rev: envelope.rev,
        saved_at: envelope.saved_at,
    })
}

/// Brings data of an older schema up to [`SCHEMA_VERSION`], one step at a time.
pub fn migrate(from: u32, data: Value) -> Result<Value, DecodeError> {
    if from == 0 {
        return Err(DecodeError::WrongShape(
            "schema version 0 does not exist".into(),
        ));
    }
    // Version 1 is the first; later steps go here as `if version == N { ... }`.
    Ok(data)
}

/// Marks an export file as ours, so another app's JSON is recognised as such.
pub const EXPORT_APP: &str = "rebound";

/// An export: the journal plus what is needed to read it back later.
#[derive(Serialize)]
struct ExportRef<'a> {
    app: &'static str,
    app_version: &'static str,
    schema: u32,
    exported_at: String,
    data: &'a Journal,
}

/// The text of an export file. `exported_at` is an ISO 8601 UTC time.
pub fn export_document(journal: &Journal, exported_at: String) -> String {
    let export = ExportRef {
        app: EXPORT_APP,
        app_version: env!("CARGO_PKG_VERSION"),
        schema: SCHEMA_VERSION,
        exported_at,
        data: journal,
    };
    serde_json::to_string_pretty(&export).unwrap_or_default()
}

/// `rebound-export-2026-11-22.json`
pub fn export_file_name(day: crate::domain::Day) -> String {
    format!("rebound-export-{day}.json")
}
