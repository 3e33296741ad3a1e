//! The saved form of a journal: a versioned envelope, the chain of migrations,
//! and encode/decode (each type's saved form is in `codec`). Pure Rust,
//! tested natively against fixtures.

use super::codec::{write_key, write_str, Stored};
use crate::domain::Journal;
use serde_json::{Map, Value};

/// The schema this build writes. Bump it, add a step to [`migrate`], and check
/// in a fixture of the old version under `tests/fixtures/`.
pub const SCHEMA_VERSION: u32 = 1;

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
    // `{schema, rev, saved_at, data}`: `rev` increases with every save, so
    // another tab can tell newer from older.
    let mut out = String::with_capacity(64 * 1024);
    out.push('{');
    write_key(&mut out, "schema");
    SCHEMA_VERSION.write(&mut out);
    write_key(&mut out, "rev");
    rev.write(&mut out);
    write_key(&mut out, "saved_at");
    saved_at.write(&mut out);
    write_key(&mut out, "data");
    journal.write(&mut out);
    out.push('}');
    out
}

/// The JSON object in `text`. Text that is not JSON, or is cut off, is `None`.
fn parse_object(text: &str) -> Option<Option<Map<String, Value>>> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => Some(Some(map)),
        Ok(_) => Some(None),
        Err(_) => None,
    }
}

/// A whole number under `key`, if there is one.
fn number(map: &Map<String, Value>, key: &str) -> Option<u64> {
    map.get(key).and_then(Value::as_u64)
}

/// Reads the journal out of an envelope's or export's `data`, migrating it
/// first if `schema` is older.
fn read_data(data: Value, schema: u32) -> Result<Journal, DecodeError> {
    let data = migrate(schema, data)?;
    Journal::read(data).map_err(|e| DecodeError::WrongShape(e.describe()))
}

/// The schema version in `map`, checked: `Err` for one this build cannot read.
fn schema_of(map: &Map<String, Value>) -> Option<Result<u32, DecodeError>> {
    let schema = number(map, "schema")?;
    Some(match u32::try_from(schema) {
        Ok(0) => Err(DecodeError::WrongShape(
            "schema version 0 does not exist".into(),
        )),
        Ok(v) if v <= SCHEMA_VERSION => Ok(v),
        Ok(v) => Err(DecodeError::NewerVersion(v)),
        Err(_) => Err(DecodeError::NewerVersion(u32::MAX)),
    })
}

pub fn decode(text: &str) -> Result<Loaded, DecodeError> {
    let no_envelope = || DecodeError::WrongShape("no schema, revision and data".into());
    let mut envelope = parse_object(text)
        .ok_or(DecodeError::NotJson)?
        .ok_or_else(no_envelope)?;
    let rev = number(&envelope, "rev");
    let saved_at = envelope.get("saved_at").and_then(Value::as_f64);
    let (Some(schema), Some(rev), Some(saved_at)) = (schema_of(&envelope), rev, saved_at) else {
        return Err(no_envelope());
    };
    let schema = schema?;
    let data = envelope
        .remove("data")
        .ok_or_else(|| DecodeError::WrongShape("no data".into()))?;
    Ok(Loaded {
        journal: read_data(data, schema)?,
        rev,
        saved_at,
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

/// The text of an export file: the journal plus what is needed to read it
/// back later. `exported_at` is an ISO 8601 UTC time.
pub fn export_document(journal: &Journal, exported_at: String) -> String {
    let mut out = String::with_capacity(64 * 1024);
    out.push('{');
    write_key(&mut out, "app");
    write_str(&mut out, EXPORT_APP);
    write_key(&mut out, "app_version");
    write_str(&mut out, env!("CARGO_PKG_VERSION"));
    write_key(&mut out, "schema");
    SCHEMA_VERSION.write(&mut out);
    write_key(&mut out, "exported_at");
    write_str(&mut out, &exported_at);
    write_key(&mut out, "data");
    journal.write(&mut out);
    out.push('}');
    out
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
                "That file is {} MB; a Rebound export is far smaller (the limit is 5 MB). Check you picked the right file. {tail}",
                crate::domain::one_decimal(*bytes as f64 / 1_048_576.0)
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
    let mut file = parse_object(text)
        .ok_or(ImportError::NotJson)?
        .ok_or(ImportError::NotRebound)?;
    // What tells an export (or a saved envelope) from any other JSON.
    let is_export = file.get("app").and_then(Value::as_str) == Some(EXPORT_APP);
    let is_envelope =
        number(&file, "rev").is_some() && file.get("saved_at").and_then(Value::as_f64).is_some();
    let data = file.remove("data");
    let (Some(schema), Some(data), true) = (schema_of(&file), data, is_export || is_envelope)
    else {
        return Err(ImportError::NotRebound);
    };
    let schema = schema.map_err(|e| match e {
        DecodeError::NewerVersion(v) => ImportError::NewerVersion(v),
        _ => ImportError::NotRebound,
    })?;
    read_data(data, schema).map_err(|e| ImportError::WrongShape(e.message()))
}

/// Best effort for data a newer Rebound saved: read what this version
/// understands (unknown fields are skipped) so it can be shown read-only.
pub fn read_newer(text: &str) -> Option<Journal> {
    let data = parse_object(text)??.remove("data")?;
    Journal::read(data).ok()
}
