//! The saved form of a journal: a versioned envelope, the chain of migrations,
//! and encode/decode (each type's saved form is in `codec`). Pure Rust,
//! tested natively against fixtures.

use super::codec::{write_key, write_str, Stored};
use super::json::{Kind, Number, ReadError, Reader};
use crate::domain::Journal;

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

/// The top level of a saved envelope (`schema`, `rev`, `saved_at`, `data`)
/// or an export (`app`, `schema`, `data`...). Values of the wrong kind count
/// as missing.
#[derive(Default)]
struct TopLevel<'a> {
    schema: Option<u64>,
    rev: Option<u64>,
    saved_at: Option<f64>,
    from_rebound_app: bool,
    /// `data`, read as it went by when the keys before it allowed that (our
    /// own files put it last)...
    journal: Option<Journal>,
    /// ...or else its text, read once the rest is known.
    data: Option<&'a str>,
}

impl TopLevel<'_> {
    fn is_envelope(&self) -> bool {
        self.schema.is_some() && self.rev.is_some() && self.saved_at.is_some()
    }
}

fn syntax_or_shape(error: ReadError) -> DecodeError {
    if error.is_syntax() {
        DecodeError::NotJson
    } else {
        DecodeError::WrongShape(error.describe())
    }
}

/// A number if that is what comes next; anything else is skipped.
fn lenient_number(reader: &mut Reader) -> Result<Option<Number>, ReadError> {
    if reader.kind()? == Kind::Number {
        reader.number().map(Some)
    } else {
        reader.skip().map(|_| None)
    }
}

/// Reads the top level of `text`: `None` if it is JSON but not an object.
/// `read_now` says, from the keys met so far, whether `data` may be read as a
/// current-schema journal as it goes by (one pass, the usual case).
fn read_top_level<'a>(
    text: &'a str,
    read_now: fn(&TopLevel) -> bool,
) -> Result<Option<TopLevel<'a>>, DecodeError> {
    let mut reader = Reader::new(text);
    if reader.kind().map_err(syntax_or_shape)? != Kind::Object {
        reader.skip().map_err(syntax_or_shape)?;
        reader.finish().map_err(syntax_or_shape)?;
        return Ok(None);
    }
    let mut top = TopLevel::default();
    let read = || -> Result<(), ReadError> {
        reader.begin_object()?;
        while let Some(key) = reader.next_key()? {
            match &*key {
                "schema" => top.schema = lenient_number(&mut reader)?.and_then(whole),
                "rev" => top.rev = lenient_number(&mut reader)?.and_then(whole),
                "saved_at" => top.saved_at = lenient_number(&mut reader)?.map(Number::as_f64),
                "app" => {
                    top.from_rebound_app = match reader.kind()? {
                        Kind::Text => reader.text()? == EXPORT_APP,
                        _ => reader.skip().map(|_| false)?,
                    }
                }
                "data" if top.schema == Some(SCHEMA_VERSION.into()) && read_now(&top) => {
                    top.journal = Some(Journal::read(&mut reader)?);
                }
                "data" => top.data = Some(reader.raw()?),
                _ => reader.skip()?,
            }
        }
        reader.finish()
    };
    match read() {
        Ok(()) => Ok(Some(top)),
        // Broken JSON anywhere is "not JSON", even after a shape error.
        Err(error) if !error.is_syntax() && Reader::new(text).skip_all().is_err() => {
            Err(DecodeError::NotJson)
        }
        Err(error) => Err(syntax_or_shape(error)),
    }
}

fn whole(number: Number) -> Option<u64> {
    match number {
        Number::Whole(n) => Some(n),
        Number::Other(_) => None,
    }
}

/// The schema version, checked: `Err` for one this build cannot read.
fn checked_schema(schema: u64) -> Result<u32, DecodeError> {
    match u32::try_from(schema) {
        Ok(0) => Err(DecodeError::WrongShape(
            "schema version 0 does not exist".into(),
        )),
        Ok(v) if v <= SCHEMA_VERSION => Ok(v),
        Ok(v) => Err(DecodeError::NewerVersion(v)),
        Err(_) => Err(DecodeError::NewerVersion(u32::MAX)),
    }
}

/// The journal of a checked top level: read already, or read from its text
/// after migrating it from an older `schema`.
fn journal_of(top: TopLevel, schema: u32) -> Result<Journal, DecodeError> {
    if let Some(journal) = top.journal {
        return Ok(journal);
    }
    let data = top
        .data
        .ok_or_else(|| DecodeError::WrongShape("no data".into()))?;
    let data = migrate(schema, data)?;
    let mut reader = Reader::new(&data);
    let journal = Journal::read(&mut reader).map_err(syntax_or_shape)?;
    reader.finish().map_err(syntax_or_shape)?;
    Ok(journal)
}

pub fn decode(text: &str) -> Result<Loaded, DecodeError> {
    let no_envelope = || DecodeError::WrongShape("no schema, revision and data".into());
    let top = read_top_level(text, |top| top.is_envelope())?.ok_or_else(no_envelope)?;
    let (Some(schema), Some(rev), Some(saved_at)) = (top.schema, top.rev, top.saved_at) else {
        return Err(no_envelope());
    };
    let schema = checked_schema(schema)?;
    Ok(Loaded {
        journal: journal_of(top, schema)?,
        rev,
        saved_at,
    })
}

/// Brings the text of data saved under an older schema up to
/// [`SCHEMA_VERSION`], one step at a time. Steps work on the text, so that
/// the types in `domain` only ever know the current shape. (A step that needs
/// a tree can parse the text with serde_json, now a test-only dependency, at
/// the cost of its bytes in the download.)
pub fn migrate(from: u32, data: &str) -> Result<std::borrow::Cow<'_, str>, DecodeError> {
    if from == 0 {
        return Err(DecodeError::WrongShape(
            "schema version 0 does not exist".into(),
        ));
    }
    // Version 1 is the first; later steps go here as `if version == N { ... }`.
    Ok(data.into())
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
    // Ours: an export names the app, an envelope has its revision and time.
    let is_ours = |top: &TopLevel| top.from_rebound_app || top.is_envelope();
    let top = match read_top_level(text, is_ours) {
        Ok(Some(top)) => top,
        Ok(None) => return Err(ImportError::NotRebound),
        Err(DecodeError::NotJson) => return Err(ImportError::NotJson),
        Err(other) => return Err(ImportError::WrongShape(other.message())),
    };
    let has_data = top.journal.is_some() || top.data.is_some();
    let (Some(schema), true, true) = (top.schema, has_data, is_ours(&top)) else {
        return Err(ImportError::NotRebound);
    };
    let schema = checked_schema(schema).map_err(|e| match e {
        DecodeError::NewerVersion(v) => ImportError::NewerVersion(v),
        _ => ImportError::NotRebound,
    })?;
    journal_of(top, schema).map_err(|e| match e {
        DecodeError::NotJson => ImportError::NotJson,
        other => ImportError::WrongShape(other.message()),
    })
}

/// Best effort for data a newer Rebound saved: read what this version
/// understands (unknown fields are skipped) so it can be shown read-only.
pub fn read_newer(text: &str) -> Option<Journal> {
    let data = read_top_level(text, |_| false).ok()??.data?;
    Journal::read(&mut Reader::new(data)).ok()
}
