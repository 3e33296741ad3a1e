//! The App's small hooks, one concern each: the host's accent, the
//! prerendered screen's takeover, the language picker, the "what happened"
//! drafts and the return after days away.

use crate::domain::{days_away, RejectionDetails};
use crate::i18n::Lang;
use crate::persistence::{LockState, Saver};
use crate::storage::Store;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// A host's accent colour, set through the CSSOM (allowed under a strict
/// CSP, unlike a style attribute).
#[hook]
pub fn use_accent(root: NodeRef, accent: Option<AttrValue>) {
    use_effect_with(accent, move |accent| {
        if let (Some(root), Some(accent)) = (root.cast::<web_sys::HtmlElement>(), accent) {
            let _ = root.style().set_property("--rb-accent", accent);
        }
    });
}

/// The first render is on screen and the app answers input from here on:
/// the mount element says so (tests and the benchmark wait for it), and
/// focus returns to the field a person was typing in before the takeover,
/// and the other screens' chunks come once the browser is idle.
/// (A Begin pressed on the prerendered screen reaches the form as a prop:
/// `RejectionForm::submit_now`.)
#[hook]
pub fn use_take_over(root: NodeRef, focus: Option<AttrValue>) {
    use_effect_with((), move |_| {
        crate::browser::mark("rebound-interactive");
        crate::lazy::prefetch_when_idle();
        if let Some(field) = focus {
            crate::browser::focus_by_id(&field);
        }
        let Some(root) = root.cast::<web_sys::Element>() else {
            return;
        };
        if let Some(mount) = root.parent_element() {
            let _ = mount.set_attribute("data-rebound-ready", "");
        }
    });
}

/// The language on screen and what the picker (hosted page only) does: load
/// the other catalog, then draw the whole screen again in it (the App's
/// keyed root is rebuilt; journal, saving and address stay as they are).
#[hook]
pub fn use_language(store: Rc<Store>) -> (Lang, Callback<Lang>) {
    let lang = use_state(crate::i18n::lang);
    let on_change = {
        let lang = lang.clone();
        use_callback((), move |chosen: Lang, _| {
            store.remember_language(chosen.code());
            let lang = lang.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if crate::i18n::load_and_install(chosen, &crate::i18n::files_base(), None, true)
                    .await
                {
                    crate::browser::forget_language_in_address();
                    // English, if the chosen catalog could not be fetched.
                    lang.set(crate::i18n::lang());
                }
            });
        })
    };
    (*lang, on_change)
}

/// What is typed into a "what happened" form ("new", or "edit:<id>"),
/// kept until Save or Cancel: in memory for links away, in storage for a
/// reload (sealed while the lock is on, so locking loses nothing typed).
#[derive(Clone)]
pub struct FormDrafts {
    saver: Rc<Saver>,
    kept: Rc<RefCell<Option<(String, RejectionDetails)>>>,
}

impl FormDrafts {
    /// What was typed into `form` and not yet saved or cancelled.
    pub fn of(&self, form: &str) -> Option<RejectionDetails> {
        if self.kept.borrow().is_none() {
            // Just unlocked: the draft sealed before it locked.
            *self.kept.borrow_mut() = self
                .saver
                .take_opened_draft()
                .and_then(|text| serde_json::from_str(&text).ok());
        }
        self.kept
            .borrow()
            .as_ref()
            .filter(|(kept_for, _)| kept_for == form)
            .map(|(_, details)| details.clone())
    }

    /// Keeps each change to `form` as it is typed.
    pub fn keep(&self, form: String) -> Callback<RejectionDetails> {
        let this = self.clone();
        Callback::from(move |details: RejectionDetails| {
            *this.kept.borrow_mut() = Some((form.clone(), details));
            this.store_kept();
        })
    }

    /// Stores what is kept in memory: sealed while the lock is open, in the
    /// clear with no lock (the store writes nothing while locked).
    fn store_kept(&self) {
        let Some((form, details)) = self.kept.borrow().clone() else {
            return;
        };
        let Ok(text) = serde_json::to_string(&(&form, &details)) else {
            return;
        };
        if !self.saver.keep_draft_sealed(text) {
            self.saver.store().keep_form_draft(&form, &details);
        }
    }

    /// The lock changed: locked, the draft leaves memory (it is stored
    /// sealed); set or taken off, it is stored again in its new form.
    pub fn follow_lock(&self, lock: &LockState) {
        match lock {
            LockState::Locked => {
                self.kept.borrow_mut().take();
            }
            LockState::Open | LockState::Off => self.store_kept(),
        }
    }

    /// The form was saved or cancelled.
    pub fn forget(&self) {
        if self.kept.borrow_mut().take().is_some() {
            self.saver.forget_draft();
        }
    }
}

#[hook]
pub fn use_form_drafts(saver: Rc<Saver>) -> FormDrafts {
    let kept = {
        let saver = saver.clone();
        use_mut_ref(move || saver.store().form_draft())
    };
    FormDrafts { saver, kept }
}

/// Days since the last visit (for the return's greeting), read once; today
/// is remembered as a visit once there is a rejection to come back to.
#[hook]
pub fn use_days_away(store: Rc<Store>, has_current: bool) -> Option<i32> {
    let days = {
        let store = store.clone();
        *use_memo((), move |_| {
            days_away(store.last_visit(), crate::browser::today())
        })
    };
    use_effect_with(has_current, move |has_current| {
        if *has_current {
            store.remember_visit(crate::browser::today());
        }
    });
    days
}
