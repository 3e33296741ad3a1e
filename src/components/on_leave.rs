//! "When the person leaves": the screen closes (a link, Next, Back), the tab
//! is hidden (a switch, a phone locked), or the page goes away (a reload).
//! A form holding text that is not in the journal yet puts it there then.

use crate::state::use_app;
use gloo_events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use yew::prelude::*;

/// Calls `leave` whenever the person leaves (see the module), then saves at
/// once: after a page hide no timer runs to save it later.
#[hook]
pub fn use_on_leave<F: Fn() + 'static>(leave: F) {
    let save_now = use_app().save_now;
    // The closure of the latest render: it sees the form as it is now.
    let latest = use_mut_ref(|| None::<Rc<dyn Fn()>>);
    *latest.borrow_mut() = Some(Rc::new(leave));
    use_effect_with((), move |_| {
        let run = Rc::new(move || {
            let leave = latest.borrow().clone();
            if let Some(leave) = leave {
                leave();
            }
        });
        let mut listeners = Vec::new();
        if let Some(window) = web_sys::window() {
            let (run_hidden, save) = (run.clone(), save_now.clone());
            // Capture on the window runs before the saver's own listener on
            // the document, so its flush already holds what this adds.
            listeners.push(EventListener::new_with_options(
                &window,
                "visibilitychange",
                EventListenerOptions::run_in_capture_phase(),
                move |_| {
                    let hidden = web_sys::window()
                        .and_then(|w| w.document())
                        .is_some_and(|d| d.hidden());
                    if hidden {
                        run_hidden();
                        save.emit(());
                    }
                },
            ));
            let (run_hide, save) = (run.clone(), save_now);
            listeners.push(EventListener::new(&window, "pagehide", move |_| {
                run_hide();
                save.emit(());
            }));
        }
        move || {
            drop(listeners);
            run();
        }
    });
}
