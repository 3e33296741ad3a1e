//! When to save and when to merge with another tab: the saver's decisions,
//! as plain Rust, so `cargo test` can drive them against a fake store with
//! any schedule of edits, failures, page hides and other tabs' saves.
//! `persistence` wires them to the browser (timers, events, the Yew state).
//!
//! The rule that keeps data safe: **dirty is a fact, not a timer**. The
//! journal in memory carries an edit count; `Sync` remembers the count that
//! matches what is stored. Whenever the two differ there are unsaved changes,
//! whatever the cause (a pending debounce, a failed write, a merge), and every
//! trigger (the next change, a page hide, a tab hide, the retry timer) writes
//! them.

use super::schema::Stored;
use crate::domain::Journal;
use crate::i18n::k;
use crate::lock::Sealed;

/// Why a save did not happen; its `Display` is what the person is told.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    /// QuotaExceededError: the browser's storage for this site is full.
    #[error("{}", crate::i18n::t(k::storage::save::FULL))]
    Full,
    /// Storage is blocked or missing.
    #[error("{}", crate::i18n::t(k::storage::save::UNAVAILABLE))]
    Unavailable,
    /// Another page saved data this one cannot read (a newer Rebound, say).
    #[error("{}", crate::i18n::t(k::storage::save::STOREDELSEWHERE))]
    StoredElsewhere,
    /// Another page locked the journal with a passphrase: this page,
    /// which holds no key, must never write it out in the clear.
    #[error("{}", crate::i18n::t(k::lock::LOCKED_IN_ANOTHER_PAGE))]
    LockedElsewhere,
    #[error("{}", crate::i18n::tf!(k::storage::save::FAILED, detail = .0))]
    Other(String),
}

/// Where a journal is written: the browser's storage, or a fake in tests.
pub trait Target {
    /// Writes `journal` as revision `rev`.
    fn write(&self, journal: &Journal, rev: u64, now_ms: f64) -> Result<(), SaveError>;
    /// Writes a locked journal as revision `rev`.
    fn write_sealed(&self, sealed: &Sealed, rev: u64, now_ms: f64) -> Result<(), SaveError>;
    /// Whether anything of ours is stored at all.
    fn holds_data(&self) -> bool;
    /// The revision stored now, if it can be read (cheap: the journal itself
    /// is not decoded).
    fn stored_rev(&self) -> Option<u64>;
    /// What is stored now, read (a locked journal is not opened).
    fn stored(&self) -> Option<Stored>;
}

/// Longest wait between retries of a failing save.
pub const MAX_RETRY_MS: u32 = 30_000;

/// Wait before retrying after `failures` failed saves in a row: 1, 2, 4, 8,
/// 16, then 30 seconds.
pub fn retry_delay_ms(failures: u32) -> u32 {
    let doubled = 1000u64 << failures.saturating_sub(1).min(15);
    doubled.min(MAX_RETRY_MS.into()) as u32
}

/// What a save attempt did.
#[derive(Clone, Debug, PartialEq)]
pub enum Saved {
    /// Nothing to write (no unsaved change), or writing is paused.
    Nothing,
    /// Written. `recovered` after one or more failed attempts. `merged`: another
    /// tab had written in the meantime (its news not yet arrived), so its
    /// entries were merged in by id first and this is what was written: hold
    /// it, then call [`Sync::matched_storage`].
    Wrote {
        recovered: bool,
        merged: Option<Journal>,
    },
    /// Not written; the change stays unsaved. Try again in `retry_in_ms`.
    Failed { error: SaveError, retry_in_ms: u32 },
    /// A locked save not written: another tab saved since this one last
    /// knew. A locked journal cannot be merged without opening it, so the
    /// caller opens what is stored, takes it in (`take_in`, which merges)
    /// and seals again.
    Behind,
}

/// What to do with another tab's save.
#[derive(Clone, Debug, PartialEq)]
pub enum TakeIn {
    /// Older than what this tab knows: nothing.
    Ignore,
    /// Hold this journal: it is what is stored (this tab had nothing unsaved,
    /// or nothing of its own to add). Call [`Sync::matched_storage`] after.
    Replace(Journal),
    /// Hold this merge of both tabs' entries (by id): it adds something to
    /// what is stored, so it is unsaved; save it.
    Merged(Journal),
}

/// The saver's bookkeeping for one open page.
#[derive(Clone, Debug, PartialEq)]
pub struct Sync {
    /// Revision of what is stored, as far as this page knows: what it last
    /// wrote or took in.
    rev: u64,
    /// The journal's edit count when it last matched what is stored.
    saved_edits: u64,
    /// Failed saves in a row.
    failures: u32,
    /// Writing would destroy something (unreadable or newer data is stored).
    paused: bool,
}

impl Sync {
    /// A page that opened storage at revision `rev`, its journal at `edits`.
    pub fn new(rev: u64, edits: u64, paused: bool) -> Sync {
        Sync {
            rev,
            saved_edits: edits,
            failures: 0,
            paused,
        }
    }

    /// A page whose journal is not in storage at all yet (it was written
    /// before storage became available), which is at revision `rev`.
    pub fn unsaved(rev: u64, paused: bool) -> Sync {
        Sync {
            saved_edits: u64::MAX,
            ..Sync::new(rev, 0, paused)
        }
    }

    pub fn rev(&self) -> u64 {
        self.rev
    }

    /// Whether the journal at `edits` holds changes that are not stored.
    pub fn is_dirty(&self, edits: u64) -> bool {
        edits != self.saved_edits
    }

    pub fn is_failing(&self) -> bool {
        self.failures > 0
    }

    /// Writing may go ahead again (the person started fresh or imported
    /// over data that could not be used, already copied aside): the next
    /// save writes over what is stored, even where its revision can be read
    /// (cut-off text, a newer Rebound's save), instead of refusing it as
    /// another tab's.
    pub fn resume(&mut self, target: &impl Target) {
        self.paused = false;
        if let Some(stored) = target.stored_rev() {
            self.rev = self.rev.max(stored);
        }
    }

    /// Writes the journal if it holds unsaved changes.
    pub fn save(
        &mut self,
        target: &impl Target,
        journal: &Journal,
        edits: u64,
        now_ms: f64,
    ) -> Saved {
        if self.paused || !self.is_dirty(edits) {
            return Saved::Nothing;
        }
        // An empty journal never creates the key: after "delete all my data"
        // the browser holds nothing of ours until the person writes again.
        if journal.is_empty() && !target.holds_data() {
            self.saved_edits = edits;
            return Saved::Nothing;
        }
        // Another tab may have written since this one last knew (its storage
        // event is still on the way): never write over it blind.
        let mut merged = None;
        let mut base = self.rev;
        if let Some(stored_rev) = target.stored_rev().filter(|rev| *rev != self.rev) {
            let stored = match target.stored() {
                Some(Stored::Plain(stored)) => stored,
                // Never in the clear over a locked journal.
                Some(Stored::Locked(_)) => return self.failed(SaveError::LockedElsewhere),
                // Written by something this page cannot read (a newer Rebound
                // in another tab): never overwrite it.
                None => return self.failed(SaveError::StoredElsewhere),
            };
            let mut both = stored.journal;
            both.merge_from(journal);
            base = stored_rev.max(self.rev);
            merged = Some(both);
        }
        let rev = base + 1;
        let written = target.write(merged.as_ref().unwrap_or(journal), rev, now_ms);
        self.written(written, rev, edits, merged)
    }

    /// Writes `sealed`, the journal as it was at `edits` locked, if that
    /// holds unsaved changes: [`Saved::Behind`] when another tab saved
    /// since (never written over blind; see [`Saved::Behind`]).
    pub fn save_sealed(
        &mut self,
        target: &impl Target,
        sealed: &Sealed,
        edits: u64,
        now_ms: f64,
    ) -> Saved {
        if self.paused || !self.is_dirty(edits) {
            return Saved::Nothing;
        }
        if target.stored_rev().is_some_and(|rev| rev != self.rev) {
            return Saved::Behind;
        }
        let rev = self.rev + 1;
        let written = target.write_sealed(sealed, rev, now_ms);
        self.written(written, rev, edits, None)
    }

    fn written(
        &mut self,
        written: Result<(), SaveError>,
        rev: u64,
        edits: u64,
        merged: Option<Journal>,
    ) -> Saved {
        match written {
            Ok(()) => {
                self.rev = rev;
                self.saved_edits = edits;
                let recovered = self.failures > 0;
                self.failures = 0;
                Saved::Wrote { recovered, merged }
            }
            Err(error) => self.failed(error),
        }
    }

    fn failed(&mut self, error: SaveError) -> Saved {
        self.failures += 1;
        Saved::Failed {
            error,
            retry_in_ms: retry_delay_ms(self.failures),
        }
    }

    /// What is held must be written again even though nothing in it
    /// changed: the lock was set, changed or taken off, or the person
    /// started fresh over unreadable text.
    pub fn mark_unsaved(&mut self) {
        self.saved_edits = u64::MAX;
    }

    /// Another tab stored `theirs` as revision `rev`; this tab holds `mine` at
    /// `edits`. A newer revision is taken in. When both sides changed
    /// something (this tab has unsaved changes, pending or failed, or both
    /// wrote the same revision at once), the two are merged by id
    /// (`Journal::merge_from`), so nothing added on either side is lost.
    pub fn take_in(&mut self, theirs: Journal, rev: u64, mine: &Journal, edits: u64) -> TakeIn {
        if rev < self.rev {
            return TakeIn::Ignore;
        }
        let concurrent = self.is_dirty(edits) || rev == self.rev;
        self.rev = rev;
        if !concurrent {
            return TakeIn::Replace(theirs);
        }
        let mut merged = theirs.clone();
        merged.merge_from(mine);
        if merged == theirs {
            TakeIn::Replace(theirs)
        } else {
            TakeIn::Merged(merged)
        }
    }

    /// The journal now held (at `edits`) is the one stored: a take-in was
    /// applied, or the person deleted everything.
    pub fn matched_storage(&mut self, edits: u64) {
        self.saved_edits = edits;
    }
}
