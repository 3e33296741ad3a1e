//! Arriving on a screen: its heading goes to the top, with focus on it, so
//! keyboard and screen-reader users start reading at the top of what just
//! opened. Not on the first render (an embedded widget must not steal focus
//! or scroll the host page) nor when a returning person is taken back to
//! where they were. The screen open last time reopens when the person comes
//! back, and each screen they open is remembered (its address only).

use crate::routes::Route;
use crate::storage::Store;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

/// Whether the return's greeting still shows: it belongs to the screen the
/// person lands on and goes once they move on by themselves. `frame`: the
/// app's root (scrolled into view) and its main (whose heading takes focus).
#[hook]
pub fn use_arrival(
    store: Rc<Store>,
    route: &Route,
    has_current: bool,
    hand_over: bool,
    locked: bool,
    frame: (NodeRef, NodeRef),
) -> bool {
    let (root, main) = frame;
    let navigator = use_navigator().expect("rendered inside the router");
    let quiet_arrivals = use_mut_ref(|| 1_u8);
    let greeting_open = use_state(|| true);
    {
        let (quiet_arrivals, greeting_open) = (quiet_arrivals.clone(), greeting_open.clone());
        use_effect_with((route.clone(), has_current), move |_| {
            let quiet = *quiet_arrivals.borrow();
            if quiet > 0 {
                *quiet_arrivals.borrow_mut() = quiet - 1;
                return;
            }
            // Locking empties the journal: not an arrival (the lock screen
            // puts focus in its field itself).
            if locked {
                return;
            }
            if *greeting_open {
                greeting_open.set(false);
            }
            if let Some(root) = root.cast::<web_sys::Element>() {
                root.scroll_into_view_with_bool(true);
            }
            if let Some(heading) = main
                .cast::<web_sys::Element>()
                .and_then(|main| main.query_selector("h1").ok().flatten())
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = heading.focus();
            }
        });
    }
    {
        let (store, route) = (store.clone(), route.clone());
        use_effect_with((), move |_| {
            let last = store.last_screen().and_then(|path| Route::recognize(&path));
            if let Some(last) = last {
                if route == Route::Home
                    && has_current
                    && !hand_over
                    && !matches!(last, Route::Home | Route::NotFound)
                {
                    *quiet_arrivals.borrow_mut() += 1;
                    navigator.replace(&last);
                }
            }
        });
    }
    use_effect_with((route.clone(), has_current), move |(route, has_current)| {
        if *has_current {
            store.remember_screen(&route.to_path());
        }
    });
    *greeting_open
}
