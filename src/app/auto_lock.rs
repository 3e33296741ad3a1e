//! The open lock locks by itself: after the chosen time without use, or as
//! soon as the tab is hidden. A minute before (half-way for the one-minute
//! choice) a warning says so, with a button to stay (WCAG 2.2.1: a time
//! limit can be extended with one simple action, at least 20 seconds ahead).
//! Each tab keeps its own time: an idle or hidden tab locks itself, never
//! the tab the person is working in ("Lock now" locks them all). Never
//! while the recovery key is on screen (`Saver::hold_auto_lock`).

use crate::lock::AutoLock;
use crate::persistence::Saver;
use crate::storage::Store;
use gloo_events::EventListener;
use gloo_timers::callback::Interval;
use std::rc::Rc;
use yew::prelude::*;

/// What counts as using the page.
const ACTIVITY: [&str; 5] = ["keydown", "pointerdown", "input", "wheel", "touchstart"];

/// Whether the warning shows, and the way to stay unlocked. Does nothing
/// unless `open`.
#[hook]
pub fn use_auto_lock(saver: Rc<Saver>, store: Rc<Store>, open: bool) -> (bool, Callback<()>) {
    let warning = use_state_eq(|| false);
    {
        let (saver, warning) = (saver.clone(), warning.clone());
        use_effect_with(open, move |open| {
            let mut listeners: Vec<EventListener> = Vec::new();
            let mut ticker = None;
            let document = web_sys::window().and_then(|w| w.document());
            if let (true, Some(document)) = (*open, document) {
                saver.touch();
                for name in ACTIVITY {
                    let (saver, warning) = (saver.clone(), warning.clone());
                    listeners.push(EventListener::new(&document, name, move |_| {
                        saver.touch();
                        warning.set(false);
                    }));
                }
                let hidden = document.clone();
                let (s, st) = (saver.clone(), store.clone());
                listeners.push(EventListener::new(
                    &document,
                    "visibilitychange",
                    move |_| {
                        let when_hidden = st.auto_lock() == AutoLock::WhenHidden;
                        if hidden.hidden() && when_hidden && !s.auto_lock_held() {
                            s.lock(false);
                        }
                    },
                ));
                let warning = warning.clone();
                ticker = Some(Interval::new(1000, move || {
                    let choice = store.auto_lock();
                    let (Some(limit), Some(warn)) = (choice.limit_ms(), choice.warn_after_ms())
                    else {
                        return;
                    };
                    if saver.auto_lock_held() {
                        saver.touch();
                    }
                    let idle = saver.idle_ms();
                    if idle >= limit {
                        warning.set(false);
                        saver.lock(false);
                    } else {
                        warning.set(idle >= warn);
                    }
                }));
            } else {
                warning.set(false);
            }
            move || {
                drop(listeners);
                drop(ticker);
            }
        });
    }
    let stay = {
        let warning = warning.clone();
        Callback::from(move |()| {
            saver.touch();
            warning.set(false);
        })
    };
    (*warning, stay)
}
