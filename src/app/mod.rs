//! The root component: loads the journal, keeps it saved, and shows one screen
//! at a time. The same component serves the static page and every embed.

mod arrival;
mod auto_lock;
mod chrome;
mod hooks;
mod screens;

use crate::components::LockScreenProps;
use crate::components::{LanguagePicker, Shell};
use crate::domain::RejectionDetails;
use crate::i18n::{k, t};
use crate::lazy::{Lazy, LazyScreen};
use crate::options::ColorScheme;
use crate::persistence::LockState;
use crate::routes::Route;
use crate::session::{use_session, SessionProvider};
use crate::state::use_app;
use crate::storage::{EmbeddedStorage, DEFAULT_NAMESPACE};
use arrival::use_arrival;
use auto_lock::use_auto_lock;
use chrome::{nav, notice_or_aside, private_line};
use hooks::{use_accent, use_days_away, use_form_drafts, use_language, use_take_over};
use screens::{around, screen, Screen};
use yew::prelude::*;
use yew_router::history::{AnyHistory, HashHistory, MemoryHistory};
use yew_router::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Storage namespace: an embed may keep its data apart from the static page's.
    #[prop_or(AttrValue::Static(DEFAULT_NAMESPACE))]
    pub namespace: AttrValue,
    /// Details a job board passed in, offered when recording a rejection.
    #[prop_or_default]
    pub prefill: Option<RejectionDetails>,
    #[prop_or_default]
    pub theme: ColorScheme,
    /// A host's brand colour (checked to be a CSS colour by the embed).
    #[prop_or_default]
    pub accent: Option<AttrValue>,
    /// Inside an iframe on another page: how that iframe may keep notes.
    #[prop_or_default]
    pub embedded_storage: Option<EmbeddedStorage>,
    /// The fragment that opens this app in its own tab with the same options.
    #[prop_or_default]
    pub own_tab_fragment: AttrValue,
    /// This tab was opened by the embedded widget: take the notes it hands over.
    #[prop_or_default]
    pub hand_over: bool,
    /// The field that had focus in the prerendered first screen, focused
    /// again once the app has taken over.
    #[prop_or_default]
    pub focus_on_start: Option<AttrValue>,
    /// Begin was pressed on the prerendered first screen: press it again
    /// once the app has taken over.
    #[prop_or_default]
    pub submit_on_start: bool,
    /// The hosted page, top-level on Rebound's own site.
    #[prop_or_default]
    pub hosted: bool,
    /// Keep the screens' addresses in memory (inline in a host page, whose
    /// address is not ours) rather than in the page's fragment.
    #[prop_or_default]
    pub in_memory: bool,
}

/// The auto-lock's warning, with the way to stay unlocked.
fn auto_lock_warning(shown: bool, stay: Callback<()>) -> Html {
    if !shown {
        return Html::default();
    }
    html! {
        <div class="rb-notice rb-lock-warning" role="alert">
            <p>{ t(k::lock::LOCKS_ITSELF_SOON) }</p>
            <button type="button" class="rb-button rb-button--primary" onclick={stay.reform(|_| ())}>{ t(k::lock::STAY_UNLOCKED) }</button>
        </div>
    }
}

/// What the mounting code renders: the app inside its router.
#[component]
pub fn Root(props: &AppProps) -> Html {
    let history = {
        let in_memory = props.in_memory;
        use_memo((), move |_| {
            if in_memory {
                AnyHistory::from(MemoryHistory::new())
            } else {
                AnyHistory::from(HashHistory::new())
            }
        })
    };
    html! {
        <Router history={(*history).clone()}>
            <SessionProvider namespace={props.namespace.clone()} embedded_storage={props.embedded_storage}
                own_tab_fragment={props.own_tab_fragment.clone()} hand_over={props.hand_over}>
                <App ..props.clone() />
            </SessionProvider>
        </Router>
    }
}

/// The app: the shell around the screen the address names.
#[component]
pub fn App(props: &AppProps) -> Html {
    let (app, session) = (use_app(), use_session());
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let (root_ref, main_ref) = (use_node_ref(), use_node_ref());
    use_accent(root_ref.clone(), props.accent.clone());
    use_take_over(root_ref.clone(), props.focus_on_start.clone());
    let has_current = app.state.journal.current_rejection().is_some();
    let store = session.store.clone();
    let greeting_open = use_arrival(
        store.clone(),
        &route,
        has_current,
        props.hand_over,
        session.lock == LockState::Locked,
        (root_ref.clone(), main_ref.clone()),
    );
    let days_away = use_days_away(store.clone(), has_current);
    let drafts = use_form_drafts(session.saver.clone());
    let locked = session.lock == LockState::Locked;
    {
        // A form's draft follows the journal: sealed while the lock is on,
        // out of memory while locked.
        let drafts = drafts.clone();
        use_effect_with(session.lock.clone(), move |lock| drafts.follow_lock(lock));
    }
    let (warning, stay) = use_auto_lock(
        session.saver.clone(),
        store.clone(),
        session.lock == LockState::Open,
    );
    let (lang, on_language) = use_language(store);
    let navigator = use_navigator().expect("rendered inside the router");

    let (notice, welcome_aside, keeps_notes) = notice_or_aside(&session, &route, has_current);
    let on_screen = Screen {
        app: &app,
        navigator: &navigator,
        drafts: &drafts,
        props,
        keeps_notes,
        welcome_aside,
    };
    let greet = days_away.filter(|_| has_current && greeting_open);
    let body = if locked {
        let screen = LazyScreen::Lock(LockScreenProps {
            hosted: props.hosted,
            framed: props.embedded_storage.is_some(),
            namespace: props.namespace.clone(),
        });
        html! { <Lazy {screen} /> }
    } else {
        around(
            screen(&route, &on_screen),
            &session,
            greet,
            route == Route::Home,
        )
    };
    let body = html! { <>{ auto_lock_warning(warning, stay) }{ body }</> };
    let lock_now = (session.lock == LockState::Open).then(|| {
        let saver = session.saver.clone();
        Callback::from(move |_: MouseEvent| saver.lock(true))
    });
    let (nav, notice) = if locked {
        (Html::default(), Html::default())
    } else {
        (nav(!app.state.journal.is_empty(), &route, lock_now), notice)
    };
    let private_line = private_line(&session);
    let language_picker = props
        .hosted
        .then(|| html! { <LanguagePicker current={lang} on_change={on_language} /> });
    html! {
        <Shell key={lang.code()} theme={props.theme} {lang} {root_ref} {main_ref} {private_line}
            {nav} {notice} status={session.status.clone()} language_picker={language_picker.unwrap_or_default()}>
            { body }
        </Shell>
    }
}
