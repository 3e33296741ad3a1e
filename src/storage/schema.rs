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

/// Largest file an import reads: far beyond any real journal, and it keeps a
/// wrong file (a video, a database dump) from freezing the page.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// Why a file cannot be imported. The current data is untouched in every case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge(usize),
    NotJson,
    /// JSON, but not something Rebound exported.
    NotRebound,
    NewerVersion(u32),
    WrongShape(String),
}

impl ImportError {
    pub fn message(&self) -> String {
        let tail = "Your current data has not changed.";
        match self {
            ImportError::TooLarge(bytes) => format!(
                "That file is {:.1} MB; a Rebound export is far smaller (the limit is 5 MB). Check you picked the right file. {tail}",
                *bytes as f64 / 1_048_576.0
            ),
            ImportError::NotJson => format!("That file is not a Rebound export (it is not JSON, or it is cut off). {tail}"),
            ImportError::NotRebound => format!("That file is JSON, but not a Rebound export; it may come from another app. {tail}"),
            ImportError::NewerVersion(v) => format!("That export comes from a newer version of Rebound (format {v}). Open it there. {tail}"),
            ImportError::WrongShape(detail) => format!("That Rebound export is damaged ({detail}). {tail}"),
        }
    }
}

/// Reads an export file (or a raw saved envelope), checks it, and brings it
/// up to the current schema.
pub fn parse_import(text: &str) -> Result<Journal, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    let value: Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
    let Value::Object(object) = value else {
        return Err(ImportError::NotRebound);
    };
    let is_export = object.get("app").and_then(Value::as_str) == Some(EXPORT_APP);
    let is_envelope = object.contains_key("rev") && object.contains_key("saved_at");
    if !is_export && !is_envelope {
        return Err(ImportError::NotRebound);
    }
    let schema = object
        .get("schema")
        .and_then(Value::as_u64)
        .ok_or(ImportError::NotRebound)? as u32;
    if schema > SCHEMA_VERSION {
        return Err(ImportError::NewerVersion(schema));
    }
    let data = object.get("data").cloned().ok_or(ImportError::NotRebound)?;
    let data = migrate(schema, data).map_err(|e| ImportError::WrongShape(e.message()))?;
    serde_json::from_value(data).map_err(|e| ImportError::WrongShape(e.to_string()))
}

/// Best effort for data a newer Rebound saved: read what this version
/// understands (unknown fields are skipped) so it can be shown read-only.
pub fn read_newer(text: &str) -> Option<Journal> {
    let value: Value = serde_json::from_str(text).ok()?;
    serde_json::from_value(value.get("data")?.clone()).ok()
}
