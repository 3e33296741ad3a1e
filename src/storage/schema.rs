//! The saved form of a journal: a versioned envelope, the chain of migrations,
//! and encode/decode. Pure serde_json, tested natively against fixtures.

use crate::domain::Journal;
use serde::{Deserialize, Serialize};
use serde_json::Value;

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
    let envelope = EnvelopeRef {
        schema: SCHEMA_VERSION,
        rev,
        saved_at,
        data: journal,
    };
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// What sits under our key in localStorage: `{schema, rev, saved_at, data}`.
/// `rev` increases with every save, so another tab can tell newer from older.
#[derive(Serialize)]
struct EnvelopeRef<'a> {
    schema: u32,
    rev: u64,
    saved_at: f64,
    data: &'a Journal,
}

/// The envelope's bookkeeping, read without touching `data` (skipped, not parsed).
#[derive(Deserialize)]
struct Header {
    schema: u32,
    rev: u64,
    saved_at: f64,
}

/// The data of a current-schema envelope or export, read straight from text,
/// with the envelope's bookkeeping when it is there (an export has none).
/// Every read of a journal goes through this one path (and every write through
/// `serde_json::to_string`): each extra way of (de)serialising would copy the
/// whole derive code into the user's download.
#[derive(Deserialize)]
struct Body {
    schema: Option<u32>,
    rev: Option<u64>,
    saved_at: Option<f64>,
    data: Journal,
}

fn is_syntax(error: &serde_json::Error) -> bool {
    matches!(
        error.classify(),
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof
    )
}

/// Reads the journal out of `text`, migrating it first if `schema` is older.
fn read_data(text: &str, schema: u32) -> Result<Journal, DecodeError> {
    let shape = |e: serde_json::Error| DecodeError::WrongShape(e.to_string());
    if schema == SCHEMA_VERSION {
        return serde_json::from_str::<Body>(text)
            .map(|b| b.data)
            .map_err(shape);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| DecodeError::NotJson)?;
    let data = value
        .get("data")
        .cloned()
        .ok_or_else(|| DecodeError::WrongShape("no data".into()))?;
    let migrated = migrate(schema, data)?;
    let text = serde_json::to_string(&migrated).map_err(shape)?;
    serde_json::from_str(&text).map_err(shape)
}

pub fn decode(text: &str) -> Result<Loaded, DecodeError> {
    // Nearly always the text is a current envelope: read it in one pass. Only
    // when that fails does the header decide what went wrong, or which
    // migration to run.
    if let Ok(Body {
        schema: Some(SCHEMA_VERSION),
        rev: Some(rev),
        saved_at: Some(saved_at),
        data,
    }) = serde_json::from_str::<Body>(text)
    {
        return Ok(Loaded {
            journal: data,
            rev,
            saved_at,
        });
    }
    let header: Header = serde_json::from_str(text).map_err(|e| {
        if is_syntax(&e) {
            DecodeError::NotJson
        } else {
            DecodeError::WrongShape("no schema, revision and data".into())
        }
    })?;
    if header.schema > SCHEMA_VERSION {
        return Err(DecodeError::NewerVersion(header.schema));
    }
    if header.schema == 0 {
        return Err(DecodeError::WrongShape(
            "schema version 0 does not exist".into(),
        ));
    }
    Ok(Loaded {
        journal: read_data(text, header.schema)?,
        rev: header.rev,
        saved_at: header.saved_at,
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
    serde_json::to_string(&export).unwrap_or_default()
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
    /// What tells an export (or a saved envelope) from any other JSON.
    #[derive(Deserialize)]
    struct Marks {
        app: Option<String>,
        schema: Option<u32>,
        rev: Option<u64>,
        saved_at: Option<f64>,
        data: Option<serde::de::IgnoredAny>,
    }
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    let marks: Marks = serde_json::from_str(text).map_err(|e| {
        if is_syntax(&e) {
            ImportError::NotJson
        } else {
            ImportError::NotRebound
        }
    })?;
    let is_export = marks.app.as_deref() == Some(EXPORT_APP);
    let is_envelope = marks.rev.is_some() && marks.saved_at.is_some();
    let (Some(schema), Some(_), true) = (marks.schema, marks.data, is_export || is_envelope) else {
        return Err(ImportError::NotRebound);
    };
    if schema > SCHEMA_VERSION {
        return Err(ImportError::NewerVersion(schema));
    }
    if schema == 0 {
        return Err(ImportError::NotRebound);
    }
    read_data(text, schema).map_err(|e| match e {
        DecodeError::NotJson => ImportError::NotJson,
        other => ImportError::WrongShape(other.message()),
    })
}

/// Best effort for data a newer Rebound saved: read what this version
/// understands (unknown fields are skipped) so it can be shown read-only.
pub fn read_newer(text: &str) -> Option<Journal> {
    serde_json::from_str::<Body>(text).ok().map(|b| b.data)
}
