//! Keeps the journal in storage: loads once, saves after changes (debounced so
//! typing does not write on every key), flushes on `pagehide` and when the tab
//! is hidden, takes in newer saves from other tabs, and reports problems.

mod lock;

pub use lock::{AutoLockHold, LockState};

use crate::browser::now_ms;
use crate::domain::{Action, Journal};
use crate::i18n::k;
use crate::i18n::t;
use crate::lock::Unlocked;
use crate::state::JournalContext;
use crate::storage::schema::Stored;
use crate::storage::sync::{Saved, Sync, TakeIn};
use crate::storage::{Opened, SaveError, SetAside, Store};
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Quiet time after the last change before writing; short enough that a closed
/// tab loses nothing (pagehide flushes anyway), long enough to batch typing.
const SAVE_DELAY_MS: u32 = 400;

/// What the user should know about where their data is.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageProblem {
    /// Storage is blocked: the app runs in memory only.
    MemoryOnly,
    /// Embedded in another site by a browser that gives embedded tools no
    /// storage: in memory only, with a way to the widget's own tab.
    EmbeddedBlocked,
    /// A save failed; the data is still in memory.
    SaveFailed(SaveError),
    /// The saved data was set aside on opening; saving is paused until the
    /// person starts fresh or imports.
    SetAside(SetAside),
}

impl StorageProblem {
    /// What to tell the person about the store just opened; `embedded_blocked`
    /// when an embedded page found its storage blocked.
    pub fn from_opened(opened: &Opened, embedded_blocked: bool) -> Option<StorageProblem> {
        match opened {
            Opened::Empty | Opened::Loaded(_) | Opened::Locked(_) => None,
            Opened::Unavailable if embedded_blocked => Some(StorageProblem::EmbeddedBlocked),
            Opened::Unavailable => Some(StorageProblem::MemoryOnly),
            Opened::SetAside(set_aside) => Some(StorageProblem::SetAside(set_aside.clone())),
        }
    }

    /// While this problem stands, writing would destroy something.
    pub fn blocks_saving(&self) -> bool {
        matches!(self, StorageProblem::SetAside(_))
    }
}

/// The saving machinery of one mounted app: browser timers and events around
/// the decisions in [`storage::sync::Sync`](crate::storage::sync::Sync).
pub struct Saver {
    store: Rc<Store>,
    state: JournalContext,
    sync: RefCell<Sync>,
    /// The pending debounced save; dropping it cancels it.
    timer: RefCell<Option<Timeout>>,
    /// The next retry of a failed save.
    retry: RefCell<Option<Timeout>>,
    /// What to show while there is no storage at all (the embedded case has
    /// its own notice, which a failed save must not replace).
    no_storage: StorageProblem,
    problem: UseStateHandle<Option<StorageProblem>>,
    announce: Callback<String>,
    /// Set once mounted: lets a failed save schedule its own retry.
    this: RefCell<std::rc::Weak<Saver>>,
    /// The open passphrase lock: its data key (non-extractable) and header.
    /// `None` with no lock, or while locked.
    vault: RefCell<Option<Rc<Unlocked<web_sys::CryptoKey>>>>,
    /// Locked: nothing is held in memory, and nothing may be written.
    locked: std::cell::Cell<bool>,
    /// What the screens see of the lock.
    lock_view: UseStateHandle<LockState>,
    /// A locked save is being sealed; `again` once more is due after it;
    /// `after_sealing` runs when the journal is sealed and stored.
    sealing: std::cell::Cell<bool>,
    again: std::cell::Cell<bool>,
    after_sealing: RefCell<Vec<Box<dyn FnOnce()>>>,
    /// Tells the other tabs of this journal to lock too.
    channel: RefCell<Option<web_sys::BroadcastChannel>>,
    /// Wrong tries at the passphrase since the page opened (each further
    /// one waits longer; see `lock::format::try_delay_ms`).
    wrong_tries: std::cell::Cell<u32>,
    /// When the person last used this page (for the auto-lock).
    last_use: std::cell::Cell<f64>,
    /// This page had focus when it locked: the lock screen takes it.
    locked_with_focus: std::cell::Cell<bool>,
    /// What this page held, unsaved, when it found the journal locked by
    /// another (or in storage it was granted): merged in once unlocked.
    kept_for_unlock: RefCell<Option<Journal>>,
    /// This page set, changed or recovered the lock and has not written the
    /// new header yet: another tab's older header is not adopted meanwhile.
    header_changed_here: std::cell::Cell<bool>,
    /// Counts the drafts given to be sealed: only the latest is written.
    draft_seals: std::cell::Cell<u64>,
    /// The form's draft, opened with the journal at the unlock, until the
    /// screens take it.
    opened_draft: RefCell<Option<String>>,
    /// Screens that keep the lock from locking by itself (see
    /// [`Saver::hold_auto_lock`]).
    auto_lock_holds: std::cell::Cell<u32>,
}

impl Saver {
    /// A change was made: save it after a short quiet time (typing batches).
    pub fn schedule(self: &Rc<Self>) {
        let this = self.clone();
        *self.timer.borrow_mut() = Some(Timeout::new(SAVE_DELAY_MS, move || this.flush()));
    }

    /// Writes any unsaved change now (page hide, tab hide, retry, "Your data").
    pub fn flush(&self) {
        self.timer.borrow_mut().take();
        let edits = self.state.clone().edits;
        if self.sync.borrow().is_dirty(edits) {
            self.save_now();
        }
    }

    fn save_now(&self) {
        self.timer.borrow_mut().take();
        self.retry.borrow_mut().take();
        if self.locked.get() {
            // Nothing is held while locked, and nothing may be written.
            return;
        }
        if self.vault.borrow().is_some() {
            if let Some(this) = self.this.borrow().upgrade() {
                this.seal_and_save();
            }
            return;
        }
        // A fresh clone of the handle reads the latest state without growing the
        // long-lived handle's history of past states.
        let state = self.state.clone();
        let was_failing = self.sync.borrow().is_failing();
        crate::browser::mark("rebound-save-start");
        let saved =
            self.sync
                .borrow_mut()
                .save(&*self.store, &state.journal, state.edits, now_ms());
        crate::browser::measure_since("rebound-save", "rebound-save-start");
        self.after_saved(saved, was_failing);
    }

    /// Tells the person what came of a save and does what follows from it.
    fn after_saved(&self, saved: Saved, was_failing: bool) {
        match saved {
            Saved::Nothing | Saved::Behind => {}
            Saved::Failed {
                error: SaveError::LockedElsewhere,
                ..
            } => self.lock_as_stored(),
            Saved::Wrote { recovered, merged } => {
                if let Some(journal) = merged {
                    // Another tab's entries were merged in before writing.
                    self.state
                        .dispatch(Action::ReplaceJournal(Box::new(journal)));
                    let edits = self.state.clone().edits;
                    self.sync.borrow_mut().matched_storage(edits);
                }
                if recovered {
                    self.problem.set(None);
                    self.announce
                        .emit(t(k::persistence::SAVED_AGAIN_YOUR_CHANGES).to_string());
                }
            }
            Saved::Failed {
                error: SaveError::Unavailable,
                ..
            } => self.problem.set(Some(self.no_storage.clone())),
            Saved::Failed { error, retry_in_ms } => {
                // Said once, not again on every quiet retry (the notice stays).
                if !was_failing {
                    self.announce.emit(error.to_string());
                }
                self.problem.set(Some(StorageProblem::SaveFailed(error)));
                // Nothing waits for the person's next change: retry on a timer.
                if let Some(this) = self.this.borrow().upgrade() {
                    *self.retry.borrow_mut() =
                        Some(Timeout::new(retry_in_ms, move || this.flush()));
                }
            }
        }
    }

    /// The user chose to start fresh or imported over data we could not use
    /// (already copied to a backup key when it was found): saving may resume.
    pub fn resume(&self) {
        self.sync.borrow_mut().resume(&*self.store);
        // Even with nothing written since, so the unreadable text is
        // replaced and not found (and set aside) again at the next visit.
        self.sync.borrow_mut().mark_unsaved();
        self.problem.set(None);
        self.save_now();
    }

    /// Storage access was granted to this embedded page: read what that storage
    /// already holds (the person may have used Rebound before), add what was
    /// written here in memory (merged by id, so nothing is lost or doubled),
    /// and save. Unreadable or newer data found there is set aside and left
    /// untouched, as at start.
    pub fn adopt_storage(&self, storage: web_sys::Storage) {
        self.timer.borrow_mut().take();
        self.store.adopt(storage);
        let opened = self.store.load(now_ms());
        let problem = StorageProblem::from_opened(&opened, false);
        let paused = problem.as_ref().is_some_and(StorageProblem::blocks_saving);
        self.problem.set(problem);
        let mut rev = 0;
        if let Opened::Locked(locked) = &opened {
            // That storage is locked: what was written here waits, in memory,
            // and joins the journal once the person unlocks it.
            *self.sync.borrow_mut() = Sync::new(locked.rev, 0, false);
            self.keep_for_unlock();
            self.go_locked();
            return;
        }
        if let Opened::Loaded(loaded) = opened {
            rev = loaded.rev;
            let in_memory = self.state.clone().journal.clone();
            let mut journal = loaded.journal;
            journal.merge_from(&in_memory);
            if in_memory.current_rejection().is_some() {
                journal.current = in_memory.current.clone();
            }
            self.state
                .dispatch(Action::ReplaceJournal(Box::new(journal)));
        }
        // What is held now is not in that storage until it is written.
        *self.sync.borrow_mut() = Sync::unsaved(rev, paused);
        self.save_now();
    }

    /// A journal handed over from the embedded widget (see `handover`): its
    /// entries join this tab's by id and are saved at once, and the rejection
    /// the person was on becomes the current one.
    pub fn receive_hand_over(&self, journal: Journal) {
        // Dispatch updates the shared state at once, so this saves the merge.
        self.state
            .dispatch(Action::ReceiveHandOver(Box::new(journal)));
        self.flush();
    }

    /// Removes our keys; a pending save is dropped so it cannot bring them back.
    /// Deletes this namespace's data, or (`everywhere`, on Rebound's own
    /// site) every namespace's.
    pub fn delete_all(&self, everywhere: bool) -> Result<(), SaveError> {
        self.timer.borrow_mut().take();
        self.retry.borrow_mut().take();
        if everywhere {
            self.store.delete_every_namespace()?;
        } else {
            self.store.delete_all()?;
        }
        self.after_delete();
        Ok(())
    }

    pub fn is_persistent(&self) -> bool {
        self.store.is_available()
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Another tab saved: take it in, merging when this tab holds unsaved
    /// changes (see `Sync::take_in`), and save a merge at once so both tabs
    /// converge on it.
    fn take_in(&self) {
        // What is stored now, not the value the event carries: when both tabs
        // write at once, a later write has replaced the one the event is about,
        // and only reading the key again lets both tabs end up the same.
        if self.locked.get() {
            // Only the lock screen shows; unlocking reads what is stored then.
            self.take_in_while_locked();
            return;
        }
        let Some(raw) = self.store.raw() else { return };
        let loaded = match crate::storage::read_stored(&raw) {
            Ok(Stored::Plain(loaded)) if self.vault.borrow().is_some() => {
                // The lock was taken off in another tab.
                self.forget_key();
                loaded
            }
            Ok(Stored::Plain(loaded)) => loaded,
            Ok(Stored::Locked(_)) => {
                if let Some(this) = self.this.borrow().upgrade() {
                    wasm_bindgen_futures::spawn_local(this.take_in_sealed());
                }
                return;
            }
            Err(_) => return,
        };
        self.take_in_loaded(loaded);
    }

    /// Takes in a journal another tab stored (see `Sync::take_in`).
    fn take_in_loaded(&self, loaded: crate::storage::Loaded) {
        let state = self.state.clone();
        let decision =
            self.sync
                .borrow_mut()
                .take_in(loaded.journal, loaded.rev, &state.journal, state.edits);
        match decision {
            TakeIn::Ignore => {}
            TakeIn::Replace(journal) => {
                self.state
                    .dispatch(Action::ReplaceJournal(Box::new(journal)));
                let edits = self.state.clone().edits;
                self.sync.borrow_mut().matched_storage(edits);
            }
            TakeIn::Merged(journal) => {
                self.state
                    .dispatch(Action::ReplaceJournal(Box::new(journal)));
                self.save_now();
            }
        }
    }
}

/// The journal a freshly opened store starts the app with (read-only for
/// data from a newer Rebound).
pub fn initial_journal(opened: &Opened) -> Journal {
    match opened {
        Opened::Loaded(loaded) => loaded.journal.clone(),
        Opened::SetAside(SetAside::Newer {
            journal: Some(journal),
            ..
        }) => journal.clone(),
        _ => Journal::default(),
    }
}

/// The revision stored when the store was opened.
pub fn opened_rev(opened: &Opened) -> u64 {
    match opened {
        Opened::Loaded(loaded) => loaded.rev,
        Opened::Locked(locked) => locked.rev,
        _ => 0,
    }
}

/// Where the saver tells the screens what they should know.
pub struct Reports {
    pub problem: UseStateHandle<Option<StorageProblem>>,
    pub announce: Callback<String>,
    /// What to show while there is no storage at all.
    pub no_storage: StorageProblem,
    pub lock_view: UseStateHandle<LockState>,
}

/// Wires a [`Saver`] to the app: saves after each change and listens for
/// page hide, tab hide and other tabs.
#[hook]
pub fn use_saver(
    store: Rc<Store>,
    start_rev: u64,
    state: JournalContext,
    reports: Reports,
) -> Rc<Saver> {
    let Reports {
        problem,
        announce,
        no_storage,
        lock_view,
    } = reports;
    let paused = problem.as_ref().is_some_and(StorageProblem::blocks_saving);
    let edits = state.edits;
    let locked = *lock_view == LockState::Locked;
    let saver = use_memo((), move |_| {
        // Set once: from here on the saver keeps the store's flag (a render
        // must never clear it while the lock is open).
        store.set_locked(locked);
        Saver {
            store,
            state,
            sync: RefCell::new(Sync::new(start_rev, edits, paused)),
            timer: RefCell::new(None),
            retry: RefCell::new(None),
            no_storage,
            problem,
            announce,
            this: RefCell::new(std::rc::Weak::new()),
            vault: RefCell::new(None),
            locked: std::cell::Cell::new(locked),
            lock_view,
            sealing: std::cell::Cell::new(false),
            again: std::cell::Cell::new(false),
            after_sealing: RefCell::new(Vec::new()),
            channel: RefCell::new(None),
            wrong_tries: std::cell::Cell::new(0),
            last_use: std::cell::Cell::new(now_ms()),
            locked_with_focus: std::cell::Cell::new(false),
            kept_for_unlock: RefCell::new(None),
            header_changed_here: std::cell::Cell::new(false),
            draft_seals: std::cell::Cell::new(0),
            opened_draft: RefCell::new(None),
            auto_lock_holds: std::cell::Cell::new(0),
        }
    });
    *saver.this.borrow_mut() = Rc::downgrade(&saver);

    {
        let saver = saver.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window();
            let document = window.as_ref().and_then(|w| w.document());
            let mut listeners: Vec<EventListener> = Vec::new();
            if let Some(window) = &window {
                let s = saver.clone();
                listeners.push(EventListener::new(window, "pagehide", move |_| s.flush()));
            }
            if let Some(document) = &document {
                let s = saver.clone();
                listeners.push(EventListener::new(
                    document,
                    "visibilitychange",
                    move |_| s.flush(),
                ));
            }
            let s = saver.clone();
            if let Some(l) = saver.store.on_other_tab_change(move |_| s.take_in()) {
                listeners.push(l);
            }
            listeners.extend(saver.listen_to_other_tabs_locking());
            move || drop(listeners)
        });
    }
    saver
}
