//! The saved form of a journal: a versioned envelope, the chain of migrations,
//! and encode/decode. Each type's saved form is derived with serde in
//! `domain` (field defaults and names as attributes there). Pure Rust,
//! tested natively against fixtures.

use crate::domain::saved::whole_ms;
use crate::domain::Journal;
use crate::i18n::k;
use crate::lock::Sealed;
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use serde_json::value::RawValue;

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

/// Why saved text could not be read. Each variant is something the person
/// is told (its `Display`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// Not JSON at all, or cut off part-way.
    #[error("{}", crate::i18n::t(k::storage::saved::NOTJSON))]
    NotJson,
    /// JSON, but not a Rebound envelope, or the data inside has the wrong shape.
    #[error("{}", crate::i18n::tf!(k::storage::saved::WRONGSHAPE, detail = .0))]
    WrongShape(String),
    /// Saved by a newer version of Rebound than this one.
    #[error("{}", crate::i18n::tf!(k::storage::saved::NEWERVERSION, format = .0, known = SCHEMA_VERSION))]
    NewerVersion(u32),
    /// Locked with a passphrase: read with [`read_stored`], opened with the key.
    #[error("{}", crate::i18n::t(k::lock::NOTES_ARE_LOCKED))]
    Locked,
}

/// A locked save: its bookkeeping in the clear (so other tabs can tell newer
/// from older without the key), the journal sealed.
#[derive(Clone, Debug, PartialEq)]
pub struct LockedSave {
    pub schema: u32,
    pub rev: u64,
    pub saved_at: f64,
    pub sealed: Sealed,
}

/// What is under our key: a journal in the clear, or a locked one.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    Plain(Loaded),
    Locked(Box<LockedSave>),
}

/// The envelope under our key: `rev` increases with every save, so another
/// tab can tell newer from older.
#[derive(Serialize)]
pub struct Envelope<'a> {
    schema: u32,
    rev: u64,
    #[serde(serialize_with = "whole_ms")]
    saved_at: f64,
    data: &'a Journal,
}

/// What is saved under our key, ready for serde.
pub fn envelope(journal: &Journal, rev: u64, saved_at: f64) -> Envelope<'_> {
    Envelope {
        schema: SCHEMA_VERSION,
        rev,
        saved_at,
        data: journal,
    }
}

/// A locked save as it is written: the same first fields as a plain one
/// (`rev_from_header` reads both), then the lock header, IV and ciphertext.
#[derive(Serialize)]
pub struct SealedEnvelope<'a> {
    schema: u32,
    rev: u64,
    #[serde(serialize_with = "whole_ms")]
    saved_at: f64,
    #[serde(flatten)]
    sealed: &'a Sealed,
}

pub fn sealed_envelope(sealed: &Sealed, rev: u64, saved_at: f64) -> SealedEnvelope<'_> {
    SealedEnvelope {
        schema: SCHEMA_VERSION,
        rev,
        saved_at,
        sealed,
    }
}

pub fn encode_sealed(sealed: &Sealed, rev: u64, saved_at: f64) -> String {
    serde_json::to_string(&sealed_envelope(sealed, rev, saved_at))
        .expect("a sealed journal always serializes")
}

/// The saved text (as `envelope` serializes it).
pub fn encode(journal: &Journal, rev: u64, saved_at: f64) -> String {
    // Structs with plain field names always serialize.
    serde_json::to_string(&envelope(journal, rev, saved_at)).expect("a journal always serializes")
}

/// The top level of a saved envelope (`schema`, `rev`, `saved_at`, `data`)
/// or an export (`app`, `schema`, `data`...), in any order. Values of the
/// wrong kind count as missing; `data` is kept as text until the schema is
/// known (it may need migrating first).
#[derive(Deserialize)]
struct TopLevel<'a> {
    #[serde(default, deserialize_with = "lenient")]
    schema: Option<u64>,
    #[serde(default, deserialize_with = "lenient")]
    rev: Option<u64>,
    #[serde(default, deserialize_with = "lenient")]
    saved_at: Option<f64>,
    #[serde(default, deserialize_with = "lenient")]
    app: Option<String>,
    #[serde(borrow, default)]
    data: Option<&'a RawValue>,
    /// A locked save or export: the lock header, kept as text until needed.
    #[serde(borrow, default)]
    lock: Option<&'a RawValue>,
    #[serde(default, deserialize_with = "lenient")]
    iv: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    ciphertext: Option<String>,
}

impl TopLevel<'_> {
    fn is_envelope(&self) -> bool {
        self.schema.is_some() && self.rev.is_some() && self.saved_at.is_some()
    }

    fn is_rebound_export(&self) -> bool {
        self.app.as_deref() == Some(EXPORT_APP)
    }

    /// The sealed journal of a locked save or export; `None` when this is
    /// not one, an error when it is one in a shape this build cannot read.
    fn sealed(&self) -> Option<Result<Sealed, DecodeError>> {
        let lock = self.lock?;
        let wrong = || DecodeError::WrongShape("lock, iv or ciphertext".into()); // i18n: technical detail
        let (Some(iv), Some(ciphertext)) = (self.iv.clone(), self.ciphertext.clone()) else {
            return Some(Err(wrong()));
        };
        Some(
            serde_json::from_str(lock.get())
                .map(|lock| Sealed {
                    lock,
                    iv,
                    ciphertext,
                })
                .map_err(|_| wrong()),
        )
    }
}

/// A value of the expected kind, or `None` for any other JSON value.
fn lenient<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    let value = serde_json::Value::deserialize(deserializer)?;
    Ok(T::deserialize(value).ok())
}

/// serde_json's message without its "at line 1 column 52" tail: the field
/// path says where, and nobody counts columns in a one-line file.
fn without_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    // i18n: technical detail
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// Why `text` could not be read: damaged, or too deeply nested to be ours.
fn not_json(error: &serde_json::Error) -> DecodeError {
    let message = without_position(error);
    // serde_json stops at 128 levels instead of exhausting the stack; no
    // Rebound file comes near that.
    // i18n: technical detail
    if message.starts_with("recursion limit exceeded") {
        // i18n: technical detail
        DecodeError::WrongShape("nested far deeper than any Rebound data".into())
    } else {
        DecodeError::NotJson
    }
}

/// Reads the top level of `text`: `None` if it is JSON but not an object.
fn read_top_level(text: &str) -> Result<Option<TopLevel<'_>>, DecodeError> {
    if !text.trim_start().starts_with('{') {
        return match serde_json::from_str::<IgnoredAny>(text) {
            Ok(_) => Ok(None),
            Err(error) => Err(not_json(&error)),
        };
    }
    serde_json::from_str::<TopLevel>(text)
        .map(Some)
        .map_err(|error| match error.classify() {
            Category::Data => DecodeError::WrongShape(without_position(&error)),
            _ => not_json(&error),
        })
}

/// The schema version, checked: `Err` for one this build cannot read.
fn checked_schema(schema: u64) -> Result<u32, DecodeError> {
    match u32::try_from(schema) {
        Ok(0) => Err(DecodeError::WrongShape(
            "schema version 0 does not exist".into(), // i18n: technical detail
        )),
        Ok(v) if v <= SCHEMA_VERSION => Ok(v),
        Ok(v) => Err(DecodeError::NewerVersion(v)),
        Err(_) => Err(DecodeError::NewerVersion(u32::MAX)),
    }
}

/// Reads a journal from the text of `data`. A wrong shape says what was
/// wrong and where in the data, by line and column: enough for whoever
/// looks into a damaged file, while a field path (serde_path_to_error)
/// wrapped every saved type's reader and was an eighth of the download.
fn read_journal(data: &str) -> Result<Journal, DecodeError> {
    serde_json::from_str(data).map_err(|error| {
        if error.classify() != Category::Data {
            return not_json(&error);
        }
        DecodeError::WrongShape(format!(
            "{} (line {}, column {})", // i18n: technical detail
            without_position(&error),
            error.line(),
            error.column()
        ))
    })
}

/// The journal of a checked top level, migrated from an older `schema` first.
fn journal_of(top: TopLevel, schema: u32) -> Result<Journal, DecodeError> {
    let data = top
        .data
        .ok_or_else(|| DecodeError::WrongShape("no data".into()))?; // i18n: technical detail
    read_journal(&migrate(schema, data.get())?)
}

/// The revision of a saved envelope, without decoding its journal.
pub fn stored_rev(text: &str) -> Option<u64> {
    read_top_level(text).ok()??.rev
}

/// How much of a saved envelope's text `rev_from_header` needs: the
/// longest `{"schema":N,"rev":N,` there can be.
pub const HEADER_CHARS: u32 = 64;

/// The revision from the start of a saved envelope as `encode` writes it
/// (`{"schema":1,"rev":42,...`), so that a save need not read the whole
/// journal to learn whether another tab wrote since. `None` when the text
/// starts any other way (or is cut inside the number): then the caller
/// reads it all with `stored_rev`.
pub fn rev_from_header(head: &str) -> Option<u64> {
    let after_schema = head.strip_prefix("{\"schema\":")?;
    let rest = after_schema
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .strip_prefix(",\"rev\":")?;
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    // A whole number ends at the comma before `saved_at`, not at the cut.
    if digits == 0 || !rest[digits..].starts_with(',') {
        return None;
    }
    rest[..digits].parse().ok()
}

/// A saved journal in the clear; [`DecodeError::Locked`] for a locked one.
pub fn decode(text: &str) -> Result<Loaded, DecodeError> {
    match read_stored(text)? {
        Stored::Plain(loaded) => Ok(loaded),
        Stored::Locked(_) => Err(DecodeError::Locked),
    }
}

/// What a saved text holds: a journal, or a locked one (not opened here).
pub fn read_stored(text: &str) -> Result<Stored, DecodeError> {
    let no_envelope = || DecodeError::WrongShape("no schema, revision and data".into()); // i18n: technical detail
    let top = read_top_level(text)?.ok_or_else(no_envelope)?;
    let (Some(schema), Some(rev), Some(saved_at)) = (top.schema, top.rev, top.saved_at) else {
        return Err(no_envelope());
    };
    let schema = checked_schema(schema)?;
    if let Some(sealed) = top.sealed() {
        return Ok(Stored::Locked(Box::new(LockedSave {
            schema,
            rev,
            saved_at,
            sealed: sealed?,
        })));
    }
    Ok(Stored::Plain(Loaded {
        journal: journal_of(top, schema)?,
        rev,
        saved_at,
    }))
}

/// The journal a locked save or export held, once opened: `plain` is the
/// text a plain save holds under `data`, of schema `schema`.
pub fn journal_from_opened(schema: u32, plain: &str) -> Result<Journal, DecodeError> {
    read_journal(&migrate(schema, plain)?)
}

/// Brings the text of data saved under an older schema up to
/// [`SCHEMA_VERSION`], one step at a time. Steps work on the text, so that
/// the types in `domain` only ever know the current shape. (A step that needs
/// a tree can parse the text into a `serde_json::Value`.)
pub fn migrate(from: u32, data: &str) -> Result<std::borrow::Cow<'_, str>, DecodeError> {
    if from == 0 {
        return Err(DecodeError::WrongShape(
            "schema version 0 does not exist".into(), // i18n: technical detail
        ));
    }
    // Version 1 is the first; later steps go here as `if version == N { ... }`.
    Ok(data.into())
}

/// Marks an export file as ours, so another app's JSON is recognised as such.
pub const EXPORT_APP: &str = "rebound";

/// An export file's top level: what is needed to read it back later, and
/// its `body` (the journal under `data`, or sealed).
#[derive(Serialize)]
struct Export<'a, B> {
    app: &'a str,
    app_version: &'a str,
    schema: u32,
    exported_at: String,
    #[serde(flatten)]
    body: B,
}

fn export_text(body: impl Serialize, exported_at: String) -> String {
    let export = Export {
        app: EXPORT_APP,
        app_version: env!("CARGO_PKG_VERSION"),
        schema: SCHEMA_VERSION,
        exported_at,
        body,
    };
    serde_json::to_string(&export).expect("a journal always serializes")
}

/// The text of an export file: the journal plus what is needed to read it
/// back later. `exported_at` is an ISO 8601 UTC time.
pub fn export_document(journal: &Journal, exported_at: String) -> String {
    #[derive(Serialize)]
    struct Data<'a> {
        data: &'a Journal,
    }
    export_text(Data { data: journal }, exported_at)
}

/// The text of a locked export: what `export_document` writes, with the
/// journal sealed in place of `data` (README: "The passphrase lock's format").
pub fn export_sealed_document(sealed: &Sealed, exported_at: String) -> String {
    export_text(sealed, exported_at)
}

/// `rebound-export-2026-11-22.json`
pub fn export_file_name(day: crate::domain::Day) -> String {
    format!("rebound-export-{day}.json")
}

/// Largest file an import reads: far beyond any real journal, and it keeps a
/// wrong file (a video, a database dump) from freezing the page.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// Why a file cannot be imported. The current data is untouched in every
/// case, and each message says so.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("{}", crate::i18n::tf!(k::storage::import::TOOLARGE, mb = crate::i18n::decimal(*.0 as f64 / 1_048_576.0)))]
    TooLarge(usize),
    #[error("{}", crate::i18n::t(k::storage::import::NOTJSON))]
    NotJson,
    /// JSON, but not something Rebound exported.
    #[error("{}", crate::i18n::t(k::storage::import::NOTREBOUND))]
    NotRebound,
    #[error("{}", crate::i18n::tf!(k::storage::import::NEWERVERSION, format = .0))]
    NewerVersion(u32),
    /// What is wrong, and where (`rejections[1].details.company: ...`).
    #[error("{}", crate::i18n::tf!(k::storage::import::WRONGSHAPE, detail = .0))]
    WrongShape(String),
    /// Two different entries under one id: merging by id would drop one.
    #[error("{}", crate::i18n::tf!(k::storage::import::REPEATEDID, detail = .0))]
    RepeatedId(String),
    /// A locked export: [`locked_import`] reads it, the passphrase opens it.
    #[error("{}", crate::i18n::t(k::lock::FILE_IS_LOCKED))]
    Locked,
}

impl From<DecodeError> for ImportError {
    fn from(error: DecodeError) -> ImportError {
        match error {
            DecodeError::NotJson => ImportError::NotJson,
            DecodeError::WrongShape(detail) => ImportError::WrongShape(detail),
            DecodeError::NewerVersion(v) => ImportError::NewerVersion(v),
            DecodeError::Locked => ImportError::Locked,
        }
    }
}

/// The top level of an import, checked to be ours and of a schema this
/// build reads.
fn import_top_level(text: &str) -> Result<(TopLevel<'_>, u32), ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    let top = match read_top_level(text) {
        Ok(Some(top)) => top,
        Ok(None) => return Err(ImportError::NotRebound),
        Err(error) => return Err(error.into()),
    };
    // Ours: an export names the app, an envelope has its revision and time.
    let is_ours = top.is_rebound_export() || top.is_envelope();
    let has_data = top.data.is_some() || top.lock.is_some();
    let (Some(schema), true, true) = (top.schema, has_data, is_ours) else {
        return Err(ImportError::NotRebound);
    };
    let schema = checked_schema(schema).map_err(|e| match e {
        DecodeError::NewerVersion(v) => ImportError::NewerVersion(v),
        _ => ImportError::NotRebound,
    })?;
    Ok((top, schema))
}

/// Reads an export file (or a raw saved envelope), checks it, and brings it
/// up to the current schema. A locked one is [`ImportError::Locked`].
pub fn parse_import(text: &str) -> Result<Journal, ImportError> {
    let (top, schema) = import_top_level(text)?;
    if top.lock.is_some() {
        return Err(ImportError::Locked);
    }
    checked_import(journal_of(top, schema)?)
}

/// A locked export (or saved envelope): its schema and sealed journal, to
/// be opened with its passphrase and read with [`import_opened`]. `None`
/// for a file that is not locked.
pub fn locked_import(text: &str) -> Option<Result<(u32, Sealed), ImportError>> {
    let (top, schema) = match import_top_level(text) {
        Ok(checked) => checked,
        Err(error) => return Some(Err(error)),
    };
    let sealed = top.sealed()?;
    Some(
        sealed
            .map(|sealed| (schema, sealed))
            .map_err(ImportError::from),
    )
}

/// The journal of a locked import, opened: checked as any import is.
pub fn import_opened(schema: u32, plain: &str) -> Result<Journal, ImportError> {
    checked_import(journal_from_opened(schema, plain)?)
}

fn checked_import(journal: Journal) -> Result<Journal, ImportError> {
    match journal.repeated_id() {
        Some(id) => Err(ImportError::RepeatedId(id.to_string())),
        None => Ok(journal),
    }
}

/// Best effort for data a newer Rebound saved: read what this version
/// understands (unknown fields are skipped) so it can be shown read-only.
pub fn read_newer(text: &str) -> Option<Journal> {
    let data = read_top_level(text).ok()??.data?;
    read_journal(data.get()).ok()
}
