//! The saver's decisions (`storage::sync`) under any schedule of edits,
//! failing and succeeding writes, page hides and other tabs' saves, against
//! a fake store shared by two tabs, as the browser shares localStorage.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rebound::domain::{Action, Id, Journal, RejectionDetails};
use rebound::lock::format::{from_base64, LockHeader, Sealed, Wrap};
use rebound::storage::schema::{encode_sealed, read_stored, Stored};
use rebound::storage::sync::{retry_delay_ms, Saved, Sync, TakeIn, Target};
use rebound::storage::{decode, encode, SaveError};
use std::cell::{Cell, RefCell};
use std::collections::{BTreeSet, VecDeque};

/// One key of localStorage whose writes fail while `failing` is set, and
/// which tells the other tab about each write (the `storage` event).
#[derive(Default)]
struct FakeStorage {
    text: RefCell<Option<String>>,
    failing: Cell<bool>,
    /// Storage events waiting for each tab.
    events: [RefCell<VecDeque<String>>; 2],
}

/// A tab's view of the shared storage: writes notify the other tab.
struct TabTarget<'a> {
    storage: &'a FakeStorage,
    tab: usize,
}

impl Target for TabTarget<'_> {
    fn write(&self, journal: &Journal, rev: u64, now_ms: f64) -> Result<(), SaveError> {
        if self.storage.failing.get() {
            return Err(SaveError::Full);
        }
        let text = encode(journal, rev, now_ms);
        *self.storage.text.borrow_mut() = Some(text.clone());
        self.storage.events[1 - self.tab]
            .borrow_mut()
            .push_back(text);
        Ok(())
    }

    fn write_sealed(&self, sealed: &Sealed, rev: u64, now_ms: f64) -> Result<(), SaveError> {
        if self.storage.failing.get() {
            return Err(SaveError::Full);
        }
        let text = encode_sealed(sealed, rev, now_ms);
        *self.storage.text.borrow_mut() = Some(text.clone());
        self.storage.events[1 - self.tab]
            .borrow_mut()
            .push_back(text);
        Ok(())
    }

    fn holds_data(&self) -> bool {
        self.storage.text.borrow().is_some()
    }

    fn stored_rev(&self) -> Option<u64> {
        // As the browser's store reads it: the envelope's start first.
        let text = self.storage.text.borrow().clone()?;
        let head: String = text.chars().take(64).collect();
        rebound::storage::schema::rev_from_header(&head)
            .or_else(|| rebound::storage::schema::stored_rev(&text))
    }

    fn stored(&self) -> Option<Stored> {
        read_stored(self.storage.text.borrow().as_deref()?).ok()
    }
}

/// An open page: its journal, the edit count the Yew state keeps, and the saver.
struct Tab {
    journal: Journal,
    edits: u64,
    sync: Sync,
}

impl Tab {
    fn open(storage: &FakeStorage) -> Tab {
        let (journal, rev) = match storage.text.borrow().as_deref().map(decode) {
            Some(Ok(loaded)) => (loaded.journal, loaded.rev),
            _ => (Journal::default(), 0),
        };
        Tab {
            journal,
            edits: 0,
            sync: Sync::new(rev, 0, false),
        }
    }

    /// The reducer: an action that changes the journal counts as an edit.
    fn apply(&mut self, action: Action) {
        if self.journal.apply(action) {
            self.edits += 1;
        }
    }

    /// A save trigger, as `persistence` handles it.
    fn save(&mut self, storage: &FakeStorage, tab: usize) -> Saved {
        let target = TabTarget { storage, tab };
        let saved = self.sync.save(&target, &self.journal, self.edits, 0.0);
        if let Saved::Wrote {
            merged: Some(journal),
            ..
        } = &saved
        {
            self.apply(Action::ReplaceJournal(Box::new(journal.clone())));
            self.sync.matched_storage(self.edits);
        }
        saved
    }

    /// The next storage event from the other tab, as `persistence` handles
    /// it: the event says something changed; what is stored *now* is read
    /// (a later write may have replaced the one the event is about).
    fn receive(&mut self, storage: &FakeStorage, tab: usize) {
        if storage.events[tab].borrow_mut().pop_front().is_none() {
            return;
        }
        let raw = storage
            .text
            .borrow()
            .clone()
            .expect("something was written");
        let loaded = decode(&raw).expect("what a tab wrote reads back");
        match self
            .sync
            .take_in(loaded.journal, loaded.rev, &self.journal, self.edits)
        {
            TakeIn::Ignore => {}
            TakeIn::Replace(journal) => {
                self.apply(Action::ReplaceJournal(Box::new(journal)));
                self.sync.matched_storage(self.edits);
            }
            TakeIn::Merged(journal) => {
                self.apply(Action::ReplaceJournal(Box::new(journal)));
                self.save(storage, tab);
            }
        }
    }
}

fn ids(journal: &Journal) -> BTreeSet<String> {
    journal
        .rejections
        .iter()
        .map(|r| r.id.as_str().to_owned())
        .collect()
}

#[derive(Clone, Debug)]
enum Step {
    /// The person records a rejection in this tab.
    Edit(usize),
    /// A save trigger in this tab: the debounce or retry timer, a page or tab hide.
    Save(usize),
    /// This tab's browser delivers the next storage event.
    Receive(usize),
    /// Storage starts or stops failing.
    Failing(bool),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (0..2usize).prop_map(Step::Edit),
        3 => (0..2usize).prop_map(Step::Save),
        3 => (0..2usize).prop_map(Step::Receive),
        2 => any::<bool>().prop_map(Step::Failing),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn nothing_is_lost_under_any_schedule(steps in prop::collection::vec(step(), 0..60), both in any::<bool>()) {
        let storage = FakeStorage::default();
        let mut tabs = vec![Tab::open(&storage)];
        if both {
            tabs.push(Tab::open(&storage));
        }
        let mut added = BTreeSet::new();
        for (n, step) in steps.into_iter().enumerate() {
            match step {
                Step::Edit(t) if t < tabs.len() => {
                    let id = format!("r{n}");
                    tabs[t].apply(Action::RecordRejection {
                        id: Id::from_text(&id),
                        details: RejectionDetails::default(),
                        at_ms: n as f64,
                    });
                    added.insert(id);
                }
                Step::Save(t) if t < tabs.len() => {
                    tabs[t].save(&storage, t);
                }
                Step::Receive(t) if t < tabs.len() => tabs[t].receive(&storage, t),
                Step::Failing(failing) => storage.failing.set(failing),
                _ => {}
            }
        }
        // Writes succeed again; each tab's page is hidden once (pagehide
        // flushes), and the browser delivers what is pending.
        storage.failing.set(false);
        for t in 0..tabs.len() {
            tabs[t].save(&storage, t);
            for (other, tab) in tabs.iter_mut().enumerate() {
                while !storage.events[other].borrow().is_empty() {
                    tab.receive(&storage, other);
                }
            }
        }
        let stored = storage.text.borrow().as_deref().map(|t| decode(t).unwrap().journal).unwrap_or_default();
        prop_assert_eq!(ids(&stored), added, "every rejection added in either tab is stored");
        for tab in &tabs {
            prop_assert_eq!(&tab.journal, &stored, "each tab holds what is stored");
            prop_assert!(!tab.sync.is_dirty(tab.edits));
        }
    }
}

#[test]
fn a_failed_save_stays_unsaved_and_is_written_by_the_next_trigger() {
    let storage = FakeStorage::default();
    let mut tab = Tab::open(&storage);
    tab.apply(Action::RecordRejection {
        id: Id::from_text("a"),
        details: RejectionDetails::default(),
        at_ms: 1.0,
    });
    storage.failing.set(true);
    assert_eq!(
        tab.save(&storage, 0),
        Saved::Failed {
            error: SaveError::Full,
            retry_in_ms: 1000
        }
    );
    assert!(
        tab.sync.is_dirty(tab.edits),
        "still unsaved, with no timer pending"
    );
    assert!(matches!(
        tab.save(&storage, 0),
        Saved::Failed {
            retry_in_ms: 2000,
            ..
        }
    ));
    storage.failing.set(false);
    assert_eq!(
        tab.save(&storage, 0),
        Saved::Wrote {
            recovered: true,
            merged: None
        }
    );
    assert!(!tab.sync.is_dirty(tab.edits));
    assert_eq!(
        tab.save(&storage, 0),
        Saved::Nothing,
        "nothing left to write"
    );
}

#[test]
fn retries_back_off_to_thirty_seconds() {
    let delays: Vec<u32> = (1..=8).map(retry_delay_ms).collect();
    assert_eq!(delays, [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    assert_eq!(retry_delay_ms(u32::MAX), 30000);
}

#[test]
fn another_tabs_save_merges_with_a_change_whose_save_failed() {
    let storage = FakeStorage::default();
    let mut tabs = [Tab::open(&storage), Tab::open(&storage)];
    storage.failing.set(true);
    tabs[0].apply(Action::RecordRejection {
        id: Id::from_text("mine"),
        details: RejectionDetails::default(),
        at_ms: 1.0,
    });
    tabs[0].save(&storage, 0);
    storage.failing.set(false);
    tabs[1].apply(Action::RecordRejection {
        id: Id::from_text("theirs"),
        details: RejectionDetails::default(),
        at_ms: 2.0,
    });
    tabs[1].save(&storage, 1);
    tabs[0].receive(&storage, 0);
    let stored = decode(storage.text.borrow().as_deref().unwrap())
        .unwrap()
        .journal;
    assert_eq!(
        ids(&stored),
        ["mine", "theirs"].map(String::from).into(),
        "the failed change was merged and saved, not replaced"
    );
}

#[test]
fn data_another_tab_saved_that_this_version_cannot_read_is_never_overwritten() {
    let storage = FakeStorage::default();
    let mut tab = Tab::open(&storage);
    let newer = r#"{"schema":99,"rev":7,"saved_at":0,"data":{"shape":"of the future"}}"#;
    *storage.text.borrow_mut() = Some(newer.to_owned());
    tab.apply(Action::RecordRejection {
        id: Id::from_text("a"),
        details: RejectionDetails::default(),
        at_ms: 1.0,
    });
    assert!(matches!(
        tab.save(&storage, 0),
        Saved::Failed {
            error: SaveError::StoredElsewhere,
            ..
        }
    ));
    assert_eq!(storage.text.borrow().as_deref(), Some(newer), "untouched");
    assert!(
        tab.sync.is_dirty(tab.edits),
        "the change is still held, unsaved"
    );
}

#[test]
fn after_start_fresh_over_cut_off_text_whose_revision_reads_the_next_save_writes() {
    // Found cut off at start (its revision still readable): set aside, and
    // saving paused until the person chose to start fresh.
    let cut_off = r#"{"schema":1,"rev":3,"data":{"rejections":[{"details":{"company":"Old"#;
    let storage = FakeStorage::default();
    *storage.text.borrow_mut() = Some(cut_off.to_owned());
    let mut tab = Tab::open(&storage);
    tab.sync = Sync::new(0, tab.edits, true);
    tab.apply(Action::RecordRejection {
        id: Id::from_text("fresh"),
        details: RejectionDetails::default(),
        at_ms: 1.0,
    });
    assert_eq!(
        tab.save(&storage, 0),
        Saved::Nothing,
        "paused: nothing written"
    );
    assert_eq!(storage.text.borrow().as_deref(), Some(cut_off));

    tab.sync.resume(&TabTarget {
        storage: &storage,
        tab: 0,
    });
    assert!(matches!(tab.save(&storage, 0), Saved::Wrote { .. }));
    let stored = decode(storage.text.borrow().as_deref().unwrap()).expect("readable now");
    assert_eq!(stored.rev, 4, "after the revision it wrote over");
    assert_eq!(ids(&stored.journal), ids(&tab.journal));
}

/// A journal "sealed" in the clear (the cipher is not what these tests are
/// about: `tests/lock.rs` and the browser tests are).
fn sealed(journal: &Journal) -> Sealed {
    let header = LockHeader::new(Wrap::new(600_000, &[1; 16], &[2; 40]), None);
    Sealed::new(
        header,
        &[3; 12],
        serde_json::to_string(journal).unwrap().as_bytes(),
    )
}

/// What a sealed save holds, "opened".
fn opened(storage: &FakeStorage) -> (Journal, u64) {
    let text = storage.text.borrow().clone().unwrap();
    let Ok(Stored::Locked(save)) = read_stored(&text) else {
        panic!("a locked save is stored");
    };
    let plain = from_base64(&save.sealed.ciphertext).unwrap();
    (serde_json::from_slice(&plain).unwrap(), save.rev)
}

fn record(journal: &mut Journal, id: &str) {
    journal.apply(Action::RecordRejection {
        id: Id::from_text(id),
        details: RejectionDetails::default(),
        at_ms: 0.0,
    });
}

#[test]
fn a_locked_save_after_another_tabs_is_merged_never_written_over_it() {
    let storage = FakeStorage::default();
    let (a, b) = (
        TabTarget {
            storage: &storage,
            tab: 0,
        },
        TabTarget {
            storage: &storage,
            tab: 1,
        },
    );
    let (mut mine_a, mut mine_b) = (Journal::default(), Journal::default());
    let (mut sync_a, mut sync_b) = (Sync::new(0, 0, false), Sync::new(0, 0, false));
    record(&mut mine_a, "from-a");
    assert!(matches!(
        sync_a.save_sealed(&a, &sealed(&mine_a), 1, 1.0),
        Saved::Wrote { .. }
    ));
    // Tab B wrote something before A's news reached it.
    record(&mut mine_b, "from-b");
    assert_eq!(
        sync_b.save_sealed(&b, &sealed(&mine_b), 1, 2.0),
        Saved::Behind
    );
    assert_eq!(opened(&storage).0, mine_a, "A's save is untouched");
    // B opens what is stored and takes it in: both rejections, unsaved.
    let (theirs, rev) = opened(&storage);
    let TakeIn::Merged(both) = sync_b.take_in(theirs, rev, &mine_b, 1) else {
        panic!("both tabs added something");
    };
    assert!(matches!(
        sync_b.save_sealed(&b, &sealed(&both), 2, 3.0),
        Saved::Wrote { .. }
    ));
    let (stored, rev) = opened(&storage);
    assert_eq!(rev, 2);
    assert_eq!(
        ids(&stored),
        BTreeSet::from(["from-a".to_owned(), "from-b".to_owned()])
    );
}

#[test]
fn a_page_without_the_key_never_writes_in_the_clear_over_a_locked_journal() {
    let storage = FakeStorage::default();
    let (a, b) = (
        TabTarget {
            storage: &storage,
            tab: 0,
        },
        TabTarget {
            storage: &storage,
            tab: 1,
        },
    );
    let mut journal = Journal::default();
    record(&mut journal, "kept");
    let mut sync_b = Sync::new(0, 0, false);
    assert!(matches!(
        sync_b.save(&b, &journal, 1, 1.0),
        Saved::Wrote { .. }
    ));
    // Tab A turns the lock on.
    let mut sync_a = Sync::new(1, 0, false);
    sync_a.mark_unsaved();
    assert!(matches!(
        sync_a.save_sealed(&a, &sealed(&journal), 0, 2.0),
        Saved::Wrote { .. }
    ));
    let locked_text = storage.text.borrow().clone();
    // Tab B, still in the clear, changes something.
    record(&mut journal, "typed-in-b");
    let saved = sync_b.save(&b, &journal, 2, 3.0);
    assert!(matches!(
        saved,
        Saved::Failed {
            error: SaveError::LockedElsewhere,
            ..
        }
    ));
    assert_eq!(*storage.text.borrow(), locked_text);
    assert!(decode(locked_text.as_deref().unwrap()).is_err());
}

#[test]
fn setting_changing_or_taking_off_the_lock_writes_even_without_a_change() {
    let storage = FakeStorage::default();
    let a = TabTarget {
        storage: &storage,
        tab: 0,
    };
    let journal = Journal::default();
    let mut sync = Sync::new(0, 5, false);
    assert_eq!(
        sync.save_sealed(&a, &sealed(&journal), 5, 1.0),
        Saved::Nothing
    );
    sync.mark_unsaved();
    assert!(matches!(
        sync.save_sealed(&a, &sealed(&journal), 5, 1.0),
        Saved::Wrote { .. }
    ));
    assert!(!sync.is_dirty(5));
}
