//! The only code that touches localStorage.
//!
//! Through gloo-storage's `LocalStorage`: the journal is written with `set`
//! (serde straight to the key) and keys are removed with `delete`. Saved text
//! is read raw (`LocalStorage::raw()`), not with `get`, because unreadable
//! text must be kept exactly as it was, to be set aside, never parsed away.
//! gloo throws when storage is blocked, so it is only called behind a probe
//! that writes and removes a key first; its `clear()` and `get_all()` act on
//! every key of the host site and are never used: only keys under our own
//! namespace are touched.
//!
//! An embedded page granted storage access in Chromium gets a handle whose
//! own `Storage` object is the unpartitioned one; gloo's `LocalStorage` is
//! always `window.localStorage`, so that one source is used through web-sys.

use super::keys::{
    backup_prefix, beside, is_rebound_key, journal_key, namespace_or_default, probe_key, Beside,
};
use super::schema::{self, DecodeError, LockedSave, Stored};
use super::sync::SaveError;
use crate::domain::{Day, Journal, RejectionDetails};
use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage as _};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

/// What was found under our key when the app opened.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    /// Nothing saved yet: a first visit.
    Empty,
    Loaded(super::schema::Loaded),
    /// Locked with a passphrase: opened once the person unlocks it.
    Locked(Box<LockedSave>),
    /// Saved text this page will not write over (see [`SetAside`]).
    SetAside(SetAside),
    /// Storage is blocked or missing: the app works in memory only.
    Unavailable,
}

/// Saved text this page cannot use as it is. It was first copied to
/// `backup_key` (`None` if even that failed), the original stays in place,
/// and saving waits until the person chooses what to do.
#[derive(Clone, Debug, PartialEq)]
pub enum SetAside {
    /// Text that could not be read.
    Unreadable {
        backup_key: Option<String>,
        error: DecodeError,
        raw: String,
    },
    /// Saved by a newer Rebound: shown read-only (what this version can read
    /// of it).
    Newer {
        version: u32,
        raw: String,
        journal: Option<Journal>,
        backup_key: Option<String>,
    },
}

/// Where the journal is kept.
#[derive(Clone)]
enum Source {
    /// Storage is blocked or missing: nothing is kept.
    None,
    /// `window.localStorage`, through gloo-storage.
    Local,
    /// The storage of a Storage Access handle (Chromium).
    Granted(web_sys::Storage),
}

/// One namespace's slice of localStorage, or none when it is unavailable.
/// The source can change once: when an embedded page is granted storage
/// access, the granted storage is adopted (see [`request_access`]).
pub struct Store {
    key: String,
    source: RefCell<Source>,
    /// The journal is locked with a passphrase: nothing the person typed
    /// is kept beside it in the clear (a form's draft stays in memory).
    locked: std::cell::Cell<bool>,
}

fn error_name(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_else(|| "unknown error".into()) // i18n: technical detail
}

/// What a failed write means for the person.
fn save_error(name: &str) -> SaveError {
    match name {
        // Firefox used to name it NS_ERROR_DOM_QUOTA_REACHED.
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => SaveError::Full,
        "SecurityError" => SaveError::Unavailable,
        other => SaveError::Other(other.to_owned()),
    }
}

/// Returns localStorage only if it can really be written: `window.localStorage`
/// throws a SecurityError in sandboxed iframes and with site data disabled, and
/// some browsers hand out a storage object whose every write fails.
pub(super) fn probe(namespace: &str) -> Option<web_sys::Storage> {
    let storage = web_sys::window()?.local_storage().ok()??;
    writable(&storage, namespace).then_some(storage)
}

/// Leaves a mark in this page's own storage (in a board's frame, the
/// storage the browser keeps for that board), so that a storage handed over
/// later can be told apart from it. `None` where this page has no storage
/// it may write.
pub(super) fn mark_own_storage(namespace: &str) -> Option<String> {
    let storage = web_sys::window()?.local_storage().ok()??;
    let mark = format!("{}", js_sys::Math::random());
    storage.set_item(&access_mark_key(namespace), &mark).ok()?;
    Some(mark)
}

/// Whether `storage` (what a grant handed over, if anything) holds the
/// `mark` left in this page's own storage: then it is that storage after
/// all. The mark is taken away in every case.
pub(super) fn holds_mark(
    storage: Option<&web_sys::Storage>,
    namespace: &str,
    mark: Option<&str>,
) -> bool {
    let key = access_mark_key(namespace);
    let held = mark.is_some()
        && storage.is_some_and(|s| s.get_item(&key).ok().flatten().as_deref() == mark);
    if let Some(own) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = own.remove_item(&key);
    }
    held
}

fn access_mark_key(namespace: &str) -> String {
    beside(&journal_key(namespace), Beside::AccessMark)
}

/// Writes and removes a probe key.
pub(super) fn writable(storage: &web_sys::Storage, namespace: &str) -> bool {
    let probe_key = probe_key(namespace);
    storage.set_item(&probe_key, "1").is_ok() && storage.remove_item(&probe_key).is_ok()
}

/// The language the person picked on the hosted page, if any: read before
/// the app (and its `Store`) exists, to fetch the right words, so without
/// the write probe `Store::open` makes. Kept by [`Store::remember_language`].
pub fn remembered_language(namespace: &str) -> Option<String> {
    let storage = web_sys::window()?.local_storage().ok()??;
    storage
        .get_item(&beside(&journal_key(namespace), Beside::Language))
        .ok()?
}

impl Store {
    pub fn open(namespace: &str) -> Store {
        let namespace = namespace_or_default(namespace);
        let source = match probe(namespace) {
            Some(_) => Source::Local,
            None => Source::None,
        };
        Store {
            key: journal_key(namespace),
            source: RefCell::new(source),
            locked: std::cell::Cell::new(false),
        }
    }

    /// The journal's key (other keys and channels are named after it).
    pub fn key(&self) -> &str {
        &self.key
    }

    pub fn is_available(&self) -> bool {
        !matches!(*self.source.borrow(), Source::None)
    }

    /// Uses `storage` from now on (storage access was granted). What it holds
    /// is read with [`Store::load`] next.
    pub fn adopt(&self, storage: web_sys::Storage) {
        let is_window_storage = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some_and(|local| js_sys::Object::is(local.as_ref(), storage.as_ref()));
        *self.source.borrow_mut() = if is_window_storage {
            Source::Local
        } else {
            Source::Granted(storage)
        };
    }

    /// The storage, for reading raw text and listing keys; `None` when
    /// blocked (gloo's `raw()` would throw, so it is asked only after the probe).
    fn storage(&self) -> Option<web_sys::Storage> {
        match &*self.source.borrow() {
            Source::None => None,
            Source::Local => Some(LocalStorage::raw()),
            Source::Granted(storage) => Some(storage.clone()),
        }
    }

    /// Removes one of our keys.
    fn remove(&self, key: &str) -> Result<(), SaveError> {
        match &*self.source.borrow() {
            Source::None => Err(SaveError::Unavailable),
            Source::Local => {
                LocalStorage::delete(key);
                Ok(())
            }
            Source::Granted(storage) => storage
                .remove_item(key)
                .map_err(|e| SaveError::Other(error_name(&e))),
        }
    }

    fn backup_prefix(&self) -> String {
        backup_prefix(&self.key)
    }

    pub fn load(&self, now_ms: f64) -> Opened {
        let Some(storage) = &self.storage() else {
            return Opened::Unavailable;
        };
        let raw = match storage.get_item(&self.key) {
            Ok(Some(raw)) => raw,
            Ok(None) => return Opened::Empty,
            Err(_) => return Opened::Unavailable,
        };
        match schema::read_stored(&raw) {
            Ok(Stored::Plain(loaded)) => Opened::Loaded(loaded),
            Ok(Stored::Locked(locked)) => Opened::Locked(locked),
            Err(DecodeError::NewerVersion(version)) => Opened::SetAside(SetAside::Newer {
                version,
                journal: schema::read_newer(&raw),
                backup_key: self.set_aside(storage, &raw, now_ms),
                raw,
            }),
            Err(error) => Opened::SetAside(SetAside::Unreadable {
                backup_key: self.set_aside(storage, &raw, now_ms),
                error,
                raw,
            }),
        }
    }

    /// Copies text we will not use as-is under a dated backup key, before
    /// anything else can happen to it; a backup already holding the same text
    /// is reused, so reloading a broken page does not pile up copies until the
    /// quota is full. `None` if even that failed.
    fn set_aside(&self, storage: &web_sys::Storage, raw: &str, now_ms: f64) -> Option<String> {
        let prefix = self.backup_prefix();
        let existing = self.own_keys().into_iter().find(|key| {
            key.starts_with(&prefix) && storage.get_item(key).ok().flatten().as_deref() == Some(raw)
        });
        if existing.is_some() {
            return existing;
        }
        let backup_key = format!("{prefix}{}", now_ms as u64);
        storage.set_item(&backup_key, raw).ok().map(|_| backup_key)
    }

    /// The copies set aside so far (see `set_aside`), oldest first, with
    /// their text as it was found: in the clear, even once the lock is on.
    pub fn set_aside_copies(&self) -> Vec<(String, String)> {
        let Some(storage) = self.storage() else {
            return Vec::new();
        };
        let prefix = self.backup_prefix();
        let mut copies: Vec<(String, String)> = self
            .own_keys()
            .into_iter()
            .filter(|key| key.starts_with(&prefix))
            .filter_map(|key| {
                let text = storage.get_item(&key).ok().flatten()?;
                Some((key, text))
            })
            .collect();
        copies.sort();
        copies
    }

    /// Removes the copies set aside, once the person has had the chance to
    /// download them.
    pub fn remove_set_aside_copies(&self) -> Result<(), SaveError> {
        for (key, _) in self.set_aside_copies() {
            self.remove(&key)?;
        }
        Ok(())
    }

    /// Writes the journal. The caller decides whether saving is allowed (it is
    /// not while unreadable or newer data sits under the key).
    pub fn save(&self, journal: &Journal, rev: u64, now_ms: f64) -> Result<(), SaveError> {
        self.write_envelope(schema::envelope(journal, rev, now_ms))
    }

    /// Writes a locked journal.
    pub fn save_sealed(
        &self,
        sealed: &crate::lock::Sealed,
        rev: u64,
        now_ms: f64,
    ) -> Result<(), SaveError> {
        self.write_envelope(schema::sealed_envelope(sealed, rev, now_ms))
    }

    /// Writes what is saved under our key, with serde.
    fn write_envelope(&self, envelope: impl serde::Serialize) -> Result<(), SaveError> {
        match &*self.source.borrow() {
            Source::None => Err(SaveError::Unavailable),
            Source::Local => LocalStorage::set(&self.key, envelope).map_err(|e| match e {
                StorageError::JsError(error) => save_error(&error.name),
                other => SaveError::Other(other.to_string()),
            }),
            Source::Granted(storage) => {
                let text = serde_json::to_string(&envelope)
                    .map_err(|error| SaveError::Other(error.to_string()))?;
                storage
                    .set_item(&self.key, &text)
                    .map_err(|e| save_error(&error_name(&e)))
            }
        }
    }

    /// What is stored now, read (a locked journal is not opened).
    pub fn stored_now(&self) -> Option<Stored> {
        schema::read_stored(&self.raw()?).ok()
    }

    /// From now on the journal is (or is no longer) locked: a form's draft
    /// kept in the clear is removed, and no other is written (the saver
    /// keeps drafts sealed instead, see `keep_sealed_form_draft`).
    pub fn set_locked(&self, locked: bool) {
        self.locked.set(locked);
        if locked && self.form_draft().is_some() {
            self.forget_form_draft();
        }
    }

    /// The saved text, as it is (for "your data" sizes and downloads).
    pub fn raw(&self) -> Option<String> {
        self.storage()?.get_item(&self.key).ok()?
    }

    fn screen_key(&self) -> String {
        beside(&self.key, Beside::Screen)
    }

    fn language_key(&self) -> String {
        beside(&self.key, Beside::Language)
    }

    fn form_key(&self) -> String {
        beside(&self.key, Beside::Form)
    }

    fn visit_key(&self) -> String {
        beside(&self.key, Beside::Visit)
    }

    fn auto_lock_key(&self) -> String {
        beside(&self.key, Beside::AutoLock)
    }

    /// When an open lock locks itself (a choice, never what was written).
    pub fn auto_lock(&self) -> crate::lock::AutoLock {
        self.beside(&self.auto_lock_key())
            .map(|code| crate::lock::AutoLock::parse(&code))
            .unwrap_or_default()
    }

    pub fn remember_auto_lock(&self, choice: crate::lock::AutoLock) {
        self.keep_beside(&self.auto_lock_key(), &choice.code());
    }

    /// A small value kept beside the journal (never what the person wrote,
    /// unless sealed).
    fn beside(&self, key: &str) -> Option<String> {
        self.storage()?.get_item(key).ok()?
    }

    /// Best effort: if it fails, the person simply starts from the default.
    fn keep_beside(&self, key: &str, value: &str) {
        if let Some(storage) = self.storage() {
            let _ = storage.set_item(key, value);
        }
    }

    /// The address of the screen open last time, to reopen it.
    pub fn last_screen(&self) -> Option<String> {
        self.beside(&self.screen_key())
    }

    /// Remembers the address of the screen now open (never what is on it).
    pub fn remember_screen(&self, path: &str) {
        self.keep_beside(&self.screen_key(), path);
    }

    /// What was typed into a "what happened" form and not saved yet, with
    /// the form it belongs to ("new", or "edit:" and the rejection's id).
    /// Unreadable text counts as none: the form then starts as it would.
    pub fn form_draft(&self) -> Option<(String, RejectionDetails)> {
        serde_json::from_str(&self.beside(&self.form_key())?).ok()
    }

    /// Keeps what is typed into a form until it is saved or cancelled, so
    /// a reload, a tab the browser discards or a link away loses nothing.
    pub fn keep_form_draft(&self, form: &str, details: &RejectionDetails) {
        if self.locked.get() {
            return;
        }
        if let Ok(text) = serde_json::to_string(&(form, details)) {
            self.keep_beside(&self.form_key(), &text);
        }
    }

    /// While the lock is on: a form's draft, sealed like the journal.
    pub fn keep_sealed_form_draft(&self, sealed: &crate::lock::Sealed) {
        if let Ok(text) = serde_json::to_string(sealed) {
            self.keep_beside(&self.form_key(), &text);
        }
    }

    /// The draft kept sealed while the lock was on (opened with its key).
    pub fn sealed_form_draft(&self) -> Option<crate::lock::Sealed> {
        serde_json::from_str(&self.beside(&self.form_key())?).ok()
    }

    /// The form was saved or cancelled.
    pub fn forget_form_draft(&self) {
        let _ = self.remove(&self.form_key());
    }

    /// The day Rebound was last opened here with notes in it (to notice a
    /// return).
    pub fn last_visit(&self) -> Option<Day> {
        self.beside(&self.visit_key()).and_then(|d| Day::parse(&d))
    }

    /// Remembers today as the last visit (only for someone with notes: a
    /// passer-by leaves nothing behind).
    pub fn remember_visit(&self, today: Day) {
        self.keep_beside(&self.visit_key(), &today.to_string());
    }

    /// Remembers the language picked on the hosted page.
    pub fn remember_language(&self, code: &str) {
        self.keep_beside(&self.language_key(), code);
    }

    /// Our keys: the journal, its backups, the last screen, the language, a
    /// form's unsaved text and the day of the last visit.
    /// Never another key of the host site.
    pub fn own_keys(&self) -> Vec<String> {
        let Some(storage) = self.storage() else {
            return Vec::new();
        };
        let backups = self.backup_prefix();
        let beside = [
            self.key.clone(),
            self.screen_key(),
            self.language_key(),
            self.form_key(),
            self.visit_key(),
            self.auto_lock_key(),
        ];
        let count = storage.length().unwrap_or(0);
        (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| beside.contains(k) || k.starts_with(&backups))
            .collect()
    }

    /// Bytes (UTF-16, as browsers count them) our keys take.
    pub fn bytes_used(&self) -> usize {
        let Some(storage) = self.storage() else {
            return 0;
        };
        self.own_keys()
            .iter()
            .map(|k| {
                let value = storage.get_item(k).ok().flatten().unwrap_or_default();
                (k.encode_utf16().count() + value.encode_utf16().count()) * 2
            })
            .sum()
    }

    /// Removes our journal and its backups, and nothing else.
    pub fn delete_all(&self) -> Result<(), SaveError> {
        if !self.is_available() {
            return Err(SaveError::Unavailable);
        }
        for key in self.own_keys() {
            self.remove(&key)?;
        }
        Ok(())
    }

    /// On Rebound's own site every key is Rebound's: removes the journal of
    /// every namespace (a board's, handed over to the own tab, included),
    /// with its backups, screen, language, form, visit and leftover probe.
    pub fn delete_every_namespace(&self) -> Result<(), SaveError> {
        let Some(storage) = self.storage() else {
            return Err(SaveError::Unavailable);
        };
        let count = storage.length().unwrap_or(0);
        let keys: Vec<String> = (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|key| is_rebound_key(key))
            .collect();
        for key in keys {
            self.remove(&key)?;
        }
        Ok(())
    }
}

impl Store {
    /// Calls `on_change` with the new text whenever another tab writes our key.
    /// (The `storage` event never fires in the tab that wrote.)
    pub fn on_other_tab_change(
        &self,
        on_change: impl Fn(Option<String>) + 'static,
    ) -> Option<gloo_events::EventListener> {
        let window = web_sys::window()?;
        let key = self.key.clone();
        Some(gloo_events::EventListener::new(
            &window,
            "storage",
            move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                if event.key().as_deref() == Some(key.as_str()) {
                    on_change(event.new_value());
                }
            },
        ))
    }
}

impl super::sync::Target for Store {
    fn write(&self, journal: &Journal, rev: u64, now_ms: f64) -> Result<(), SaveError> {
        self.save(journal, rev, now_ms)
    }

    fn write_sealed(
        &self,
        sealed: &crate::lock::Sealed,
        rev: u64,
        now_ms: f64,
    ) -> Result<(), SaveError> {
        self.save_sealed(sealed, rev, now_ms)
    }

    fn holds_data(&self) -> bool {
        self.raw().is_some()
    }

    fn stored_rev(&self) -> Option<u64> {
        // Only the envelope's first characters cross into wasm: a save with
        // 1,000 rejections copies 64 characters here, not the whole journal.
        let text = get_item_in_js(&self.storage()?, &self.key)?;
        let head = String::from(text.slice(0, schema::HEADER_CHARS));
        schema::rev_from_header(&head).or_else(|| schema::stored_rev(&String::from(text)))
    }

    fn stored(&self) -> Option<Stored> {
        self.stored_now()
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// A `Storage` seen through `getItem` alone, its answer left in
    /// JavaScript (web-sys's `get_item` copies it whole into wasm), so that
    /// only the part needed is copied.
    type StorageInJs;

    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item(
        this: &StorageInJs,
        key: &str,
    ) -> Result<Option<js_sys::JsString>, wasm_bindgen::JsValue>;
}

fn get_item_in_js(storage: &web_sys::Storage, key: &str) -> Option<js_sys::JsString> {
    use wasm_bindgen::JsCast;
    storage
        .unchecked_ref::<StorageInJs>()
        .get_item(key)
        .ok()
        .flatten()
}
