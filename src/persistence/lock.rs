//! The saver's side of the passphrase lock: sealing each save, opening the
//! journal, locking (this tab and the others), and setting, changing and
//! taking off the lock. The steps themselves are in `crate::lock::vault`.
//!
//! While the lock is on, the journal is only ever written sealed; while
//! locked, nothing is held in memory and nothing is written at all.

use super::{Saver, StorageProblem};
use crate::domain::{Action, Journal};
use crate::lock::{vault, LockError, Unlocked, WebCrypto};
use crate::storage::schema::{journal_from_opened, LockedSave, Stored};
use crate::storage::sync::{Saved, Sync};
use crate::storage::{Loaded, SaveError, Store};
use gloo_events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// The passphrase lock, as the screens see it.
#[derive(Clone, Debug, PartialEq)]
pub enum LockState {
    /// No lock: the journal is kept in the clear.
    Off,
    /// Locked: only the lock screen shows.
    Locked,
    /// Unlocked: the data key is in memory, every save is sealed.
    Open,
}

/// What another tab is told on the lock's channel.
const LOCK_MESSAGE: &str = "lock"; // i18n: a message's code, not words

fn cipher() -> Result<WebCrypto, LockError> {
    WebCrypto::new().ok_or_else(|| LockError::Unavailable("crypto.subtle".into()))
    // i18n: an API's name
}

/// The form's draft kept sealed beside the journal, opened with `key`.
/// One that cannot be opened counts as none: the form starts empty.
async fn open_draft(cipher: &WebCrypto, key: &web_sys::CryptoKey, store: &Store) -> Option<String> {
    let sealed = store.sealed_form_draft()?;
    vault::open(cipher, key, &sealed).await.ok()
}

/// The journal a locked save holds, opened with `key`.
async fn open_save(
    cipher: &WebCrypto,
    key: &web_sys::CryptoKey,
    save: &LockedSave,
) -> Result<Journal, LockError> {
    let plain = vault::open(cipher, key, &save.sealed).await?;
    journal_from_opened(save.schema, &plain).map_err(|_| LockError::Damaged)
}

/// See [`Saver::hold_auto_lock`].
pub struct AutoLockHold(Rc<Saver>);

impl Drop for AutoLockHold {
    fn drop(&mut self) {
        let holds = &self.0.auto_lock_holds;
        holds.set(holds.get().saturating_sub(1));
        self.0.touch();
    }
}

impl Saver {
    /// The person used the page (a key, a tap, typing): the auto-lock's
    /// wait starts again.
    pub fn touch(&self) {
        self.last_use.set(crate::browser::now_ms());
    }

    /// Milliseconds since the page was last used.
    pub fn idle_ms(&self) -> f64 {
        crate::browser::now_ms() - self.last_use.get()
    }

    /// Keeps the lock from locking by itself (idle or hidden) until the
    /// hold is dropped: the recovery key is on screen, shown this once,
    /// and the person may be away finding a pen or their password manager.
    pub fn hold_auto_lock(self: &Rc<Self>) -> AutoLockHold {
        self.auto_lock_holds.set(self.auto_lock_holds.get() + 1);
        AutoLockHold(self.clone())
    }

    /// Whether a screen holds the auto-lock off now.
    pub fn auto_lock_held(&self) -> bool {
        self.auto_lock_holds.get() > 0
    }

    /// Wrong tries at the passphrase since this page opened.
    pub fn wrong_tries(&self) -> u32 {
        self.wrong_tries.get()
    }

    /// Holds `journal`, stored as revision `rev`, as what is stored.
    fn hold_stored(&self, journal: Journal, rev: u64) {
        *self.sync.borrow_mut() = Sync::new(rev, 0, false);
        self.state
            .dispatch(Action::ReplaceJournal(Box::new(journal)));
        let edits = self.state.clone().edits;
        self.sync.borrow_mut().matched_storage(edits);
    }

    /// Whether this page had focus when it locked (once: the lock screen
    /// asks as it opens). An embedded widget never takes focus otherwise.
    pub fn take_locked_with_focus(&self) -> bool {
        self.locked_with_focus.replace(false)
    }

    /// Locked: the key and the plain journal are dropped.
    pub(super) fn go_locked(&self) {
        let focused = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.has_focus().unwrap_or(false));
        self.locked_with_focus.set(focused);
        self.timer.borrow_mut().take();
        self.retry.borrow_mut().take();
        self.vault.borrow_mut().take();
        self.locked.set(true);
        self.store.set_locked(true);
        let rev = self.sync.borrow().rev();
        self.hold_stored(Journal::default(), rev);
        self.lock_view.set(LockState::Locked);
    }

    /// Keeps what this page holds and has not saved, to merge in once the
    /// journal is unlocked (it is about to lock without having written it).
    pub(super) fn keep_for_unlock(&self) {
        let held = self.state.clone().journal.clone();
        if held.is_empty() {
            return;
        }
        let mut kept = self.kept_for_unlock.borrow_mut();
        match kept.as_mut() {
            Some(kept) => kept.merge_from(&held),
            None => *kept = Some(held),
        }
    }

    /// Keeps unsaved changes for the unlock, then locks.
    fn go_locked_keeping_changes(&self) {
        let edits = self.state.clone().edits;
        if self.sync.borrow().is_dirty(edits) {
            self.keep_for_unlock();
        }
        self.go_locked();
    }

    /// Open, with `unlocked`'s key, holding `journal` (stored as `rev`), and
    /// whatever was kept for the unlock merged in (and saved).
    fn go_open(
        self: &Rc<Self>,
        unlocked: Unlocked<web_sys::CryptoKey>,
        mut journal: Journal,
        rev: u64,
    ) {
        let kept = self.kept_for_unlock.borrow_mut().take();
        if let Some(kept) = &kept {
            journal.merge_from(kept);
        }
        *self.vault.borrow_mut() = Some(Rc::new(unlocked));
        self.locked.set(false);
        self.store.set_locked(true);
        self.wrong_tries.set(0);
        self.touch();
        self.hold_stored(journal, rev);
        self.lock_view.set(LockState::Open);
        if kept.is_some() {
            self.sync.borrow_mut().mark_unsaved();
            self.clone().seal_and_save();
        }
    }

    /// No lock any more: saves are in the clear again.
    pub(super) fn forget_key(&self) {
        self.vault.borrow_mut().take();
        self.locked.set(false);
        self.store.set_locked(false);
        self.lock_view.set(LockState::Off);
    }

    /// A page without the key found the journal locked by another: it
    /// locks too (and never writes in the clear over it).
    pub(super) fn lock_as_stored(&self) {
        if matches!(self.store.stored_now(), Some(Stored::Locked(_))) {
            self.problem.set(None);
            self.go_locked_keeping_changes();
        }
    }

    /// Another tab saved while this one is locked: if it took the lock
    /// off, or deleted everything, this one follows.
    pub(super) fn take_in_while_locked(&self) {
        match self.store.stored_now() {
            Some(Stored::Plain(loaded)) => {
                self.forget_key();
                let mut journal = loaded.journal;
                let kept = self.kept_for_unlock.borrow_mut().take();
                if let Some(kept) = &kept {
                    journal.merge_from(kept);
                }
                self.hold_stored(journal, loaded.rev);
                if kept.is_some() {
                    self.sync.borrow_mut().mark_unsaved();
                    self.save_now();
                }
            }
            None if self.store.raw().is_none() => {
                self.forget_key();
                self.hold_stored(Journal::default(), 0);
            }
            _ => {}
        }
    }

    /// Another tab saved a locked journal: opened with the key held here
    /// and taken in (merged when this tab has changes of its own). A tab
    /// without the key locks; so does one whose key no longer fits (the
    /// lock was set anew elsewhere).
    pub(super) async fn take_in_sealed(self: Rc<Self>) {
        let Some(Stored::Locked(save)) = self.store.stored_now() else {
            return;
        };
        let Some(unlocked) = self.vault.borrow().clone() else {
            self.go_locked_keeping_changes();
            return;
        };
        let Ok(cipher) = cipher() else { return };
        match open_save(&cipher, &unlocked.key, &save).await {
            Ok(journal) => {
                // A passphrase changed in the other tab is the one kept
                // (unless this tab has just set one it has not written yet).
                if unlocked.header != save.sealed.lock && !self.header_changed_here.get() {
                    *self.vault.borrow_mut() = Some(Rc::new(Unlocked {
                        key: unlocked.key.clone(),
                        header: save.sealed.lock.clone(),
                    }));
                }
                self.take_in_loaded(Loaded {
                    journal,
                    rev: save.rev,
                    saved_at: save.saved_at,
                });
            }
            Err(_) => self.go_locked_keeping_changes(),
        }
    }

    /// Seals the journal and saves it; one seal at a time (a change made
    /// meanwhile is sealed next), then whatever waits for it runs.
    pub(super) fn seal_and_save(self: Rc<Self>) {
        if self.sealing.replace(true) {
            self.again.set(true);
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            loop {
                self.again.set(false);
                self.clone().seal_once().await;
                if !self.again.get() {
                    break;
                }
            }
            self.sealing.set(false);
            let waiting: Vec<_> = self.after_sealing.borrow_mut().drain(..).collect();
            for then in waiting {
                then();
            }
        });
    }

    async fn seal_once(self: Rc<Self>) {
        let Some(unlocked) = self.vault.borrow().clone() else {
            return;
        };
        let state = self.state.clone();
        let edits = state.edits;
        if !self.sync.borrow().is_dirty(edits) {
            return;
        }
        let was_failing = self.sync.borrow().is_failing();
        // What is stored as far as this tab knew when sealing began: a take-in
        // while sealing makes this seal stale (it lacks what was taken in).
        let base_rev = self.sync.borrow().rev();
        crate::browser::mark("rebound-save-start");
        let plain = serde_json::to_string(&state.journal).expect("a journal always serializes");
        drop(state);
        let sealed = match cipher() {
            Ok(cipher) => vault::seal(&cipher, &unlocked, &plain).await,
            Err(error) => Err(error),
        };
        let sealed = match sealed {
            Ok(sealed) => sealed,
            Err(error) => {
                let failed = Saved::Failed {
                    error: SaveError::Other(error.to_string()),
                    retry_in_ms: crate::storage::sync::retry_delay_ms(1),
                };
                self.after_saved(failed, was_failing);
                return;
            }
        };
        // The lock changed while this was sealed (a new passphrase, or off):
        // seal again with what holds now.
        let same_lock = self
            .vault
            .borrow()
            .as_ref()
            .is_some_and(|now| Rc::ptr_eq(now, &unlocked));
        if !same_lock || self.sync.borrow().rev() != base_rev {
            self.again.set(true);
            return;
        }
        let saved = self.sync.borrow_mut().save_sealed(
            &*self.store,
            &sealed,
            edits,
            crate::browser::now_ms(),
        );
        crate::browser::measure_since("rebound-save", "rebound-save-start");
        if saved == Saved::Behind {
            self.clone().take_in_sealed().await;
            if self.sync.borrow().rev() == base_rev && self.vault.borrow().is_some() {
                // What is stored could not be taken in (a newer Rebound's, or
                // damaged): never written over; tried again later.
                let failed = Saved::Failed {
                    error: SaveError::StoredElsewhere,
                    retry_in_ms: crate::storage::sync::retry_delay_ms(2),
                };
                self.after_saved(failed, was_failing);
                return;
            }
            self.again.set(true);
            return;
        }
        if matches!(saved, Saved::Wrote { .. }) {
            self.header_changed_here.set(false);
        }
        self.after_saved(saved, was_failing);
    }

    /// While the lock is open, keeps a form's draft (`text`) sealed beside
    /// the journal, so that locking, or a reload, loses nothing typed and
    /// nothing is kept in the clear. `false` when there is no open lock:
    /// the caller keeps it in the clear as before.
    pub fn keep_draft_sealed(self: &Rc<Self>, text: String) -> bool {
        let Some(unlocked) = self.vault.borrow().clone() else {
            return false;
        };
        let this_seal = self.draft_seals.get() + 1;
        self.draft_seals.set(this_seal);
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(cipher) = cipher() else { return };
            if let Ok(sealed) = vault::seal(&cipher, &unlocked, &text).await {
                // A later draft, or the form's Save or Cancel, came since.
                if this.draft_seals.get() == this_seal {
                    this.store.keep_sealed_form_draft(&sealed);
                }
            }
        });
        true
    }

    /// The form was saved or cancelled: no draft is kept, in any form.
    pub fn forget_draft(&self) {
        self.draft_seals.set(self.draft_seals.get() + 1);
        self.store.forget_form_draft();
    }

    /// The draft opened at the unlock (once).
    pub fn take_opened_draft(&self) -> Option<String> {
        self.opened_draft.borrow_mut().take()
    }

    /// Locks: any unsaved change is sealed and saved first, then the key
    /// and the plain journal are dropped. `tell_others`: the other open
    /// tabs of this journal lock too. A save that fails keeps it open (its
    /// notice says why), so nothing typed is lost.
    pub fn lock(self: &Rc<Self>, tell_others: bool) {
        if self.vault.borrow().is_none() {
            return;
        }
        if tell_others {
            if let Some(channel) = &*self.channel.borrow() {
                let _ = channel.post_message(&LOCK_MESSAGE.into());
            }
        }
        let this = self.clone();
        self.after_sealing.borrow_mut().push(Box::new(move || {
            let edits = this.state.clone().edits;
            let saved = !this.sync.borrow().is_dirty(edits);
            if saved && this.vault.borrow().is_some() {
                this.go_locked();
            } else if !saved {
                this.announce
                    .emit(crate::i18n::t(crate::i18n::k::lock::COULD_NOT_LOCK).to_string());
            }
        }));
        self.timer.borrow_mut().take();
        self.clone().seal_and_save();
    }

    /// Hears other tabs lock (see [`Saver::lock`]).
    pub(super) fn listen_to_other_tabs_locking(self: &Rc<Self>) -> Option<EventListener> {
        let name = format!("{}:lock", self.store.key()); // i18n: a channel's name
        let channel = web_sys::BroadcastChannel::new(&name).ok()?;
        let this = self.clone();
        let listener = EventListener::new(&channel, "message", move |event| {
            let message = event
                .dyn_ref::<web_sys::MessageEvent>()
                .and_then(|event| event.data().as_string());
            if message.as_deref() == Some(LOCK_MESSAGE) {
                this.lock(false);
            }
        });
        *self.channel.borrow_mut() = Some(channel);
        Some(listener)
    }

    /// Unlocks with the passphrase: what is stored now is opened.
    pub async fn unlock(self: Rc<Self>, passphrase: String) -> Result<(), LockError> {
        let save = match self.store.stored_now() {
            Some(Stored::Locked(save)) => save,
            // Taken off or deleted in another tab meanwhile.
            _ => {
                self.take_in_while_locked();
                return Ok(());
            }
        };
        let cipher = cipher()?;
        let unlocked = match vault::unlock(&cipher, &save.sealed.lock, &passphrase).await {
            Ok(unlocked) => unlocked,
            Err(error) => {
                if error == LockError::Wrong {
                    self.wrong_tries.set(self.wrong_tries.get() + 1);
                }
                return Err(error);
            }
        };
        let journal = open_save(&cipher, &unlocked.key, &save).await?;
        *self.opened_draft.borrow_mut() = open_draft(&cipher, &unlocked.key, &self.store).await;
        self.go_open(unlocked, journal, save.rev);
        // Another tab saved while the key was being derived: take that in too.
        if self.store.stored_now().is_some_and(|now| match now {
            Stored::Locked(now) => now.rev != save.rev,
            Stored::Plain(_) => true,
        }) {
            self.take_in();
        }
        Ok(())
    }

    /// A forgotten passphrase: the recovery key opens the lock and a new
    /// passphrase is set (the recovery key stays valid).
    pub async fn recover(
        self: Rc<Self>,
        recovery_key: String,
        passphrase: String,
        again: String,
    ) -> Result<(), LockError> {
        let Some(Stored::Locked(save)) = self.store.stored_now() else {
            self.take_in_while_locked();
            return Ok(());
        };
        let cipher = cipher()?;
        let unlocked = vault::recover(
            &cipher,
            &save.sealed.lock,
            &recovery_key,
            &passphrase,
            &again,
        )
        .await?;
        let journal = open_save(&cipher, &unlocked.key, &save).await?;
        *self.opened_draft.borrow_mut() = open_draft(&cipher, &unlocked.key, &self.store).await;
        self.header_changed_here.set(true);
        self.go_open(unlocked, journal, save.rev);
        self.sync.borrow_mut().mark_unsaved();
        self.seal_and_save();
        Ok(())
    }

    /// Turns the lock on: from now on every save is sealed. Returns the
    /// recovery key to show once, if one was asked for.
    pub async fn set_lock(
        self: Rc<Self>,
        passphrase: String,
        again: String,
        with_recovery_key: bool,
    ) -> Result<Option<String>, LockError> {
        let cipher = cipher()?;
        let set_up = vault::set_up(&cipher, &passphrase, &again, with_recovery_key).await?;
        *self.vault.borrow_mut() = Some(Rc::new(set_up.unlocked));
        self.header_changed_here.set(true);
        self.store.set_locked(true);
        self.sync.borrow_mut().mark_unsaved();
        // The screens say "on" once the locked journal is stored (so "Your
        // data" counts the size it takes now).
        let this = self.clone();
        self.after_sealing
            .borrow_mut()
            .push(Box::new(move || this.lock_view.set(LockState::Open)));
        self.seal_and_save();
        Ok(set_up.recovery_key)
    }

    /// The header of the open lock.
    fn open_lock(&self) -> Result<Rc<Unlocked<web_sys::CryptoKey>>, LockError> {
        self.vault.borrow().clone().ok_or(LockError::Wrong)
    }

    /// A new passphrase (the current one first); only the key's wrapping changes.
    pub async fn change_passphrase(
        self: Rc<Self>,
        current: String,
        passphrase: String,
        again: String,
    ) -> Result<(), LockError> {
        let open = self.open_lock()?;
        let changed =
            vault::change_passphrase(&cipher()?, &open.header, &current, &passphrase, &again)
                .await?;
        *self.vault.borrow_mut() = Some(Rc::new(changed));
        self.header_changed_here.set(true);
        self.sync.borrow_mut().mark_unsaved();
        self.seal_and_save();
        Ok(())
    }

    /// Whether `passphrase` is the lock's (asked again before anything that
    /// leaves the notes readable).
    pub async fn check_passphrase(&self, passphrase: &str) -> Result<(), LockError> {
        let open = self.open_lock()?;
        vault::unlock(&cipher()?, &open.header, passphrase)
            .await
            .map(|_| ())
    }

    /// Takes the lock off (with the passphrase): saved in the clear again.
    pub async fn remove_lock(self: Rc<Self>, passphrase: String) -> Result<(), LockError> {
        self.check_passphrase(&passphrase).await?;
        self.forget_key();
        self.sync.borrow_mut().mark_unsaved();
        self.save_now();
        Ok(())
    }

    /// The journal as a locked export file.
    pub async fn sealed_export(
        &self,
        journal: &Journal,
        exported_at: String,
    ) -> Result<String, LockError> {
        let open = self.open_lock()?;
        let plain = serde_json::to_string(journal).expect("a journal always serializes");
        let sealed = vault::seal(&cipher()?, &open, &plain).await?;
        Ok(crate::storage::schema::export_sealed_document(
            &sealed,
            exported_at,
        ))
    }

    /// After "Erase and start over" or "Delete all my data": no lock, no notes.
    pub(super) fn after_delete(&self) {
        self.opened_draft.borrow_mut().take();
        self.forget_key();
        self.problem.set(None::<StorageProblem>);
        self.hold_stored(Journal::default(), 0);
    }
}
