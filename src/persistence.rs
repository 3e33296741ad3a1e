//! Keeps the journal in storage: loads once, saves after changes (debounced so
//! typing does not write on every key), flushes on `pagehide` and when the tab
//! is hidden, takes in newer saves from other tabs, and reports problems.

use crate::browser::now_ms;
use crate::domain::{Action, Journal};
use crate::state::JournalContext;
use crate::storage::{decode, Opened, SaveError, Store};
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use std::cell::{Cell, RefCell};
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
    /// Saved data could not be read; it was set aside and saving is paused
    /// until the user starts fresh or imports.
    Unreadable {
        message: String,
        backup_key: Option<String>,
        raw: String,
    },
    /// Saved by a newer Rebound: read-only.
    Newer { version: u32, raw: String },
}

impl StorageProblem {
    /// What to tell the person about the store just opened; `embedded_blocked`
    /// when an embedded page found its storage blocked.
    pub fn from_opened(opened: &Opened, embedded_blocked: bool) -> Option<StorageProblem> {
        match opened {
            Opened::Empty | Opened::Loaded(_) => None,
            Opened::Unavailable if embedded_blocked => Some(StorageProblem::EmbeddedBlocked),
            Opened::Unavailable => Some(StorageProblem::MemoryOnly),
            Opened::SetAside {
                backup_key,
                error,
                raw,
            } => Some(StorageProblem::Unreadable {
                message: error.message(),
                backup_key: backup_key.clone(),
                raw: raw.clone(),
            }),
            Opened::Newer { version, raw, .. } => Some(StorageProblem::Newer {
                version: *version,
                raw: raw.clone(),
            }),
        }
    }

    /// While this problem stands, writing would destroy something.
    pub fn blocks_saving(&self) -> bool {
        matches!(
            self,
            StorageProblem::Unreadable { .. } | StorageProblem::Newer { .. }
        )
    }
}

/// The saving machinery of one mounted app.
pub struct Saver {
    store: Rc<Store>,
    state: JournalContext,
    /// Revision of what we last wrote or took in.
    rev: Cell<u64>,
    /// The pending debounced save; dropping it cancels it.
    timer: RefCell<Option<Timeout>>,
    paused: Cell<bool>,
    /// Whether the last save failed (a state handle's value would be stale here).
    failing: Cell<bool>,
    /// What to show while there is no storage at all (the embedded case has
    /// its own notice, which a failed save must not replace).
    no_storage: StorageProblem,
    problem: UseStateHandle<Option<StorageProblem>>,
    announce: Callback<String>,
}

impl Saver {
    pub fn schedule(self: &Rc<Self>) {
        let this = self.clone();
        *self.timer.borrow_mut() = Some(Timeout::new(SAVE_DELAY_MS, move || this.flush()));
    }

    /// Saves now if a save is pending.
    pub fn flush(&self) {
        if self.timer.borrow_mut().take().is_none() {
            return;
        }
        self.save_now();
    }

    fn save_now(&self) {
        if self.paused.get() {
            return;
        }
        let rev = self.rev.get() + 1;
        // A fresh clone of the handle reads the latest state without growing the
        // long-lived handle's history of past states.
        let state = self.state.clone();
        // An empty journal never creates the key: after "delete all my data" the
        // browser holds nothing of ours until the user writes something again.
        if state.journal.is_empty() && self.store.raw().is_none() {
            return;
        }
        crate::browser::mark("rebound-save-start");
        let result = self.store.save(&state.journal, rev, now_ms());
        crate::browser::measure_since("rebound-save", "rebound-save-start");
        match result {
            Ok(()) => {
                self.rev.set(rev);
                if self.failing.replace(false) {
                    self.problem.set(None);
                    self.announce
                        .emit("Saved again: your changes are stored in this browser.".into());
                }
            }
            Err(SaveError::Unavailable) => self.problem.set(Some(self.no_storage.clone())),
            Err(error) => {
                self.failing.set(true);
                self.announce.emit(error.message());
                self.problem.set(Some(StorageProblem::SaveFailed(error)));
            }
        }
    }

    /// The user chose to start fresh or imported over data we could not use
    /// (already copied to a backup key when it was found): saving may resume.
    pub fn resume(&self) {
        self.paused.set(false);
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
        self.paused
            .set(problem.as_ref().is_some_and(StorageProblem::blocks_saving));
        self.problem.set(problem);
        if let Opened::Loaded(loaded) = opened {
            self.rev.set(loaded.rev);
            let in_memory = self.state.clone().journal.clone();
            let mut journal = loaded.journal;
            journal.merge_from(&in_memory);
            if in_memory.current_rejection().is_some() {
                journal.current = in_memory.current.clone();
            }
            self.state
                .dispatch(Action::ReplaceJournal(Box::new(journal)));
        }
        self.save_now();
    }

    /// A journal handed over from the embedded widget (see `handover`): its
    /// entries join this tab's by id and are saved at once, and the rejection
    /// the person was on becomes the current one.
    pub fn receive_hand_over(&self, journal: Journal) {
        self.timer.borrow_mut().take();
        // Dispatch updates the shared state at once, so this saves the merge.
        self.state
            .dispatch(Action::ReceiveHandOver(Box::new(journal)));
        self.save_now();
    }

    /// Removes our keys; a pending save is dropped so it cannot bring them back.
    pub fn delete_all(&self) -> Result<(), SaveError> {
        self.timer.borrow_mut().take();
        self.store.delete_all()
    }

    pub fn is_persistent(&self) -> bool {
        self.store.is_available()
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Another tab saved. A newer revision is taken in. When both sides
    /// changed something (this tab has an unsaved edit, or both wrote the same
    /// revision at once), the two are merged by item id (`Journal::merge_from`:
    /// nothing added on either side is lost) and the result is saved, so both
    /// tabs converge on it.
    fn take_in(&self, raw: Option<String>) {
        let Some(raw) = raw else { return };
        let Ok(loaded) = decode(&raw) else { return };
        if loaded.rev < self.rev.get() {
            return;
        }
        let pending = self.timer.borrow_mut().take().is_some();
        let concurrent = pending || loaded.rev == self.rev.get();
        let mut incoming = loaded.journal;
        let mut differs = false;
        if concurrent {
            let theirs = incoming.clone();
            incoming.merge_from(&self.state.clone().journal);
            differs = incoming != theirs;
        }
        self.rev.set(loaded.rev);
        self.state
            .dispatch(Action::ReplaceJournal(Box::new(incoming)));
        if pending || differs {
            self.save_now();
        }
    }
}

/// The initial journal and problem for a freshly opened store.
pub fn initial(opened: &Opened) -> (Journal, u64) {
    match opened {
        Opened::Loaded(loaded) => (loaded.journal.clone(), loaded.rev),
        Opened::Newer {
            journal: Some(journal),
            ..
        } => (journal.clone(), 0),
        _ => (Journal::default(), 0),
    }
}

/// Wires a [`Saver`] to the app: saves after each change and listens for
/// page hide, tab hide and other tabs.
#[hook]
pub fn use_saver(
    store: Rc<Store>,
    start_rev: u64,
    state: JournalContext,
    problem: UseStateHandle<Option<StorageProblem>>,
    announce: Callback<String>,
    no_storage: StorageProblem,
) -> Rc<Saver> {
    let paused = problem.as_ref().is_some_and(StorageProblem::blocks_saving);
    let saver = use_memo((), move |_| Saver {
        no_storage,
        store,
        state,
        rev: Cell::new(start_rev),
        timer: RefCell::new(None),
        paused: Cell::new(paused),
        failing: Cell::new(false),
        problem,
        announce,
    });

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
            if let Some(l) = saver.store.on_other_tab_change(move |raw| s.take_in(raw)) {
                listeners.push(l);
            }
            move || drop(listeners)
        });
    }
    saver
}
