//! The Yew adapter over the domain: `Reducible` delegates to [`Journal::apply`],
//! plus the context that hands the state and its dispatcher to every component.

use crate::domain::{Action, Journal};
use crate::storage::EmbeddedStorage;
use std::rc::Rc;
use yew::prelude::*;

/// The journal plus a counter of changes, so effects can watch "something
/// changed" without comparing the whole journal on every render.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub journal: Journal,
    pub edits: u64,
}

impl AppState {
    pub fn new(journal: Journal) -> AppState {
        AppState { journal, edits: 0 }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        if next.journal.apply(action) {
            next.edits += 1;
            Rc::new(next)
        } else {
            // The same Rc: Yew skips the re-render and nothing is saved again.
            self
        }
    }
}

/// The journal and its dispatcher.
pub type JournalContext = UseReducerHandle<AppState>;

/// What every component reaches through context (`use_app()`), as
/// `examples/contexts` does: the journal and its dispatcher, and the
/// live-region announcer, whose identity is stable for the life of the app.
/// Screens are routes (`crate::routes`), reached with yew-router's navigator.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub state: JournalContext,
    pub announce: Callback<String>,
    /// Writes any unsaved change at once (the page is going away).
    pub save_now: Callback<()>,
}

/// The app context; every component is rendered inside it.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("rendered inside the app")
}

/// What an embedded widget offers when its notes cannot stay with the
/// person (blocked) or stay only with this board (partitioned).
#[derive(Clone, PartialEq)]
pub struct EmbedChoices {
    pub storage: EmbeddedStorage,
    /// Opens Rebound in its own tab and hands it everything written here.
    pub open_own_tab: Callback<()>,
    /// Asks the browser for storage access (only where it has the API).
    pub keep_here: Option<Callback<()>>,
    /// What came of the last choice, shown beside the buttons.
    pub outcome: Option<AttrValue>,
    /// The own tab has taken the notes: the person goes on there.
    pub handed_over: bool,
    /// Stay in the widget after the hand-over anyway.
    pub stay_here: Callback<()>,
}
