//! Every localStorage key name Rebound uses, in one pure module (no
//! web-sys): the storage module writes under these names, `options` checks
//! a host's namespace with them, and the build hands the same rules to
//! `start.js` (which reads the journal key and the language before any
//! wasm; see `tests/storage.rs` for the check that they agree).
//!
//! A namespace (`rebound` unless a host picks one) holds `<ns>:journal`, the
//! small values beside it (`<ns>:journal:lang`, `:screen`, `:form`,
//! `:visit`), set-aside copies (`<ns>:journal:backup:<ms>`) and, for a
//! moment, a write probe (`<ns>:probe`).

/// The namespace of the hosted page and of any embed that picks none.
pub const DEFAULT_NAMESPACE: &str = "rebound";

/// What follows the namespace in the journal's key.
pub const JOURNAL_SUFFIX: &str = ":journal";

/// A small value kept beside the journal, never what the person wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Beside {
    /// The language picked on the hosted page.
    Language,
    /// The address of the screen open last time.
    Screen,
    /// "What happened" as typed, until it is saved or cancelled.
    Form,
    /// The day of the last visit, for the return's greeting.
    Visit,
    /// For a moment, in a board's frame: a mark that tells the frame's own
    /// storage from the storage a storage-access grant hands over.
    AccessMark,
    /// When an open passphrase lock locks itself.
    AutoLock,
}

impl Beside {
    /// What follows the journal's key.
    pub const fn suffix(self) -> &'static str {
        match self {
            Beside::Language => ":lang",
            Beside::Screen => ":screen",
            Beside::Form => ":form",
            Beside::Visit => ":visit",
            Beside::AccessMark => ":access-mark",
            Beside::AutoLock => ":autolock",
        }
    }
}

/// A namespace's alphabet beside ASCII letters and digits, and its length.
const NAMESPACE_EXTRA: [char; 3] = ['-', '_', '.'];
const NAMESPACE_MAX: usize = 64;

/// Keeps namespaces to a safe, readable alphabet (letters, digits, `-`,
/// `_`, `.`, at most 64); anything else falls back to the default.
pub fn clean_namespace(namespace: &str) -> Option<&str> {
    let ok = !namespace.is_empty()
        && namespace.len() <= NAMESPACE_MAX
        && namespace
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || NAMESPACE_EXTRA.contains(&c));
    ok.then_some(namespace)
}

/// The same rule as a JavaScript regular expression, for `start.js` (the
/// build writes it there, so the two never drift apart).
pub fn namespace_pattern() -> String {
    let extra: String = NAMESPACE_EXTRA.iter().map(|c| format!("\\{c}")).collect();
    format!("^[A-Za-z0-9{extra}]{{1,{NAMESPACE_MAX}}}$")
}

/// The namespace to use for what a host asked for.
pub fn namespace_or_default(namespace: &str) -> &str {
    clean_namespace(namespace).unwrap_or(DEFAULT_NAMESPACE)
}

/// The key the journal of `namespace` is kept under.
pub fn journal_key(namespace: &str) -> String {
    format!("{}{JOURNAL_SUFFIX}", namespace_or_default(namespace))
}

/// The key of a value kept beside the journal under `journal_key`.
pub fn beside(journal_key: &str, what: Beside) -> String {
    format!("{journal_key}{}", what.suffix())
}

/// Where set-aside copies of unreadable data go: this, then the time.
pub fn backup_prefix(journal_key: &str) -> String {
    format!("{journal_key}:backup:")
}

/// The key a write probe uses, removed as soon as it is written.
pub fn probe_key(namespace: &str) -> String {
    format!("{namespace}:probe")
}

/// A key Rebound writes in some namespace: `<ns>:journal`, anything beside
/// it (`<ns>:journal:…`), or a write probe left behind (`<ns>:probe`).
pub fn is_rebound_key(key: &str) -> bool {
    let Some((namespace, rest)) = key.split_once(':') else {
        return false;
    };
    clean_namespace(namespace).is_some()
        && (rest == "journal" || rest.starts_with("journal:") || rest == "probe")
}
