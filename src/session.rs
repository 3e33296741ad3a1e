//! The journal's keeper, as a provider component (the RealWorld app's shape):
//! it opens the store, loads the journal once, keeps it saved, takes in a
//! hand-over and offers a board's frame its choices, and gives the screens
//! all of it through context: `use_app()` for the journal, the announcer
//! and "save now"; `use_session()` for where and how it is kept.

use crate::browser::now_ms;
use crate::handover::{use_embed_choices, use_hand_over_receiver, HandOver};
use crate::i18n::k;
use crate::i18n::t;
use crate::persistence::{
    initial_journal, opened_rev, use_saver, LockState, Reports, Saver, StorageProblem,
};
use crate::state::{AppContext, AppState, EmbedChoices};
use crate::storage::{EmbeddedStorage, Opened, Store};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SessionProps {
    /// Storage namespace: an embed may keep its data apart from the page's.
    pub namespace: AttrValue,
    /// Inside an iframe on another page: how that iframe may keep notes.
    pub embedded_storage: Option<EmbeddedStorage>,
    /// The fragment that opens this app in its own tab with the same options.
    pub own_tab_fragment: AttrValue,
    /// This tab was opened by the embedded widget: take what it hands over.
    pub hand_over: bool,
    #[prop_or_default]
    pub children: Html,
}

/// Where and how the journal is kept, for the screens that show it.
#[derive(Clone)]
pub struct Session {
    pub store: Rc<Store>,
    pub saver: Rc<Saver>,
    /// What the person should know about their data, if anything.
    pub problem: Option<StorageProblem>,
    /// The live region's current words.
    pub status: AttrValue,
    /// In a board's frame: its choices (own tab, keep here).
    pub embed: Option<EmbedChoices>,
    pub hand_over: HandOver,
    /// Set the unreadable data aside and begin again.
    pub start_fresh: Callback<()>,
    /// The passphrase lock: off, locked or open.
    pub lock: LockState,
}

impl PartialEq for Session {
    fn eq(&self, other: &Session) -> bool {
        Rc::ptr_eq(&self.store, &other.store)
            && Rc::ptr_eq(&self.saver, &other.saver)
            && self.problem == other.problem
            && self.status == other.status
            && self.embed == other.embed
            && self.hand_over == other.hand_over
            && self.start_fresh == other.start_fresh
            && self.lock == other.lock
    }
}

/// The session; every screen is rendered inside it.
#[hook]
pub fn use_session() -> Session {
    use_context::<Session>().expect("rendered inside the session")
}

/// What the app found when it opened its store.
struct Boot {
    store: Rc<Store>,
    opened: Opened,
}

#[component]
pub fn SessionProvider(props: &SessionProps) -> Html {
    let boot = {
        let namespace = props.namespace.clone();
        use_memo((), move |_| {
            let store = Store::open(&namespace);
            crate::browser::mark("rebound-load-start");
            let opened = store.load(now_ms());
            crate::browser::measure_since("rebound-load", "rebound-load-start");
            Boot {
                store: Rc::new(store),
                opened,
            }
        })
    };
    // The journal is copied out of what was loaded once, on the first render.
    let state = {
        let boot = boot.clone();
        use_reducer(move || AppState::new(initial_journal(&boot.opened)))
    };
    let embedded_blocked = props.embedded_storage == Some(EmbeddedStorage::Blocked);
    let problem = use_state(|| StorageProblem::from_opened(&boot.opened, embedded_blocked));
    let lock = use_state(|| match boot.opened {
        Opened::Locked(_) => LockState::Locked,
        _ => LockState::Off,
    });
    let status = use_state(AttrValue::default);
    // Stable for the life of the app (see `AppContext`).
    let announce = {
        let status = status.setter();
        use_callback((), move |message: String, _| status.set(message.into()))
    };
    let saver = use_saver(
        boot.store.clone(),
        opened_rev(&boot.opened),
        state.clone(),
        Reports {
            problem: problem.clone(),
            announce: announce.clone(),
            no_storage: if embedded_blocked {
                StorageProblem::EmbeddedBlocked
            } else {
                StorageProblem::MemoryOnly
            },
            lock_view: lock.clone(),
        },
    );
    {
        let saver = saver.clone();
        use_effect_with(state.edits, move |edits| {
            if *edits > 0 {
                saver.schedule();
            }
        });
    }
    let embed = use_embed_choices(
        props.embedded_storage,
        props.namespace.clone(),
        props.own_tab_fragment.clone(),
        state.clone(),
        saver.clone(),
        announce.clone(),
    );
    let hand_over = use_hand_over_receiver(props.hand_over, saver.clone(), announce.clone());
    let start_fresh = {
        let (saver, announce) = (saver.clone(), announce.clone());
        use_callback((), move |(), _| {
            // What was written since the notice showed is kept, and saved
            // in place of the unreadable text (which has its copy aside).
            saver.resume();
            announce.emit(t(k::app::STARTED_FRESH_THE_UNREADABLE).to_string());
        })
    };
    let save_now = {
        let saver = saver.clone();
        use_callback((), move |(), _| saver.flush())
    };
    let app = AppContext {
        state,
        announce,
        save_now,
    };
    let session = Session {
        store: boot.store.clone(),
        saver,
        problem: (*problem).clone(),
        status: (*status).clone(),
        embed,
        hand_over,
        start_fresh,
        lock: (*lock).clone(),
    };
    html! {
        <ContextProvider<AppContext> context={app}>
            <ContextProvider<Session> context={session}>
                { props.children.clone() }
            </ContextProvider<Session>>
        </ContextProvider<AppContext>>
    }
}
