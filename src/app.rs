//! The root component: loads the journal, keeps it saved, and shows one screen
//! at a time. The same component serves the static page and every embed.

use crate::browser::now_ms;
use crate::components::{
    HandOverQuestion, HandedOver, Hub, Insights, LanguagePicker, RejectionForm, ReturnGreeting,
    Shell, StorageNotice, Welcome, YourData,
};
use crate::domain::{days_away, Action, RejectionDetails};
use crate::handover::{use_embed_choices, use_hand_over_receiver};
use crate::i18n::{t, Lang};
use crate::options::ColorScheme;
use crate::persistence::{initial_journal, opened_rev, use_saver, StorageProblem};
use crate::routes::{Route, RouteLink};
use crate::stages::StagePage;
use crate::state::{AppContext, AppState};
use crate::storage::{EmbeddedStorage, Opened, Store, DEFAULT_NAMESPACE};
use std::rc::Rc;
use wasm_bindgen::JsCast;
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
            <App ..props.clone() />
        </Router>
    }
}

/// What the app found when it opened its store.
struct Boot {
    store: Rc<Store>,
    opened: Opened,
}

#[component]
pub fn App(props: &AppProps) -> Html {
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
    let start_rev = opened_rev(&boot.opened);
    let embedded_blocked = props.embedded_storage == Some(EmbeddedStorage::Blocked);
    let problem = use_state(|| StorageProblem::from_opened(&boot.opened, embedded_blocked));
    let status = use_state(String::new);
    // Stable for the life of the app (see `AppContext`).
    let announce = {
        let status = status.setter();
        use_callback((), move |message: String, _| status.set(message))
    };
    let saver = use_saver(
        boot.store.clone(),
        start_rev,
        state.clone(),
        problem.clone(),
        announce.clone(),
        if embedded_blocked {
            StorageProblem::EmbeddedBlocked
        } else {
            StorageProblem::MemoryOnly
        },
    );
    let embed_choices = use_embed_choices(
        props.embedded_storage,
        props.namespace.clone(),
        props.own_tab_fragment.clone(),
        state.clone(),
        saver.clone(),
        announce.clone(),
    );
    let hand_over = use_hand_over_receiver(props.hand_over, saver.clone(), announce.clone());
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let navigator = use_navigator().expect("rendered inside the router");
    let has_current = state.journal.current_rejection().is_some();

    // A return after a day or more away is greeted (see `ReturnGreeting`).
    let days_away = {
        let store = boot.store.clone();
        *use_memo((), move |_| {
            days_away(store.last_visit(), crate::browser::today())
        })
    };
    {
        let store = boot.store.clone();
        use_effect_with(has_current, move |has_current| {
            if *has_current {
                store.remember_visit(crate::browser::today());
            }
        });
    }

    // What is typed into a "what happened" form is kept until Save or
    // Cancel: here for links away, in storage for a reload.
    let form_draft = {
        let store = boot.store.clone();
        use_mut_ref(move || store.form_draft())
    };
    let draft_of = |form: &str| {
        form_draft
            .borrow()
            .as_ref()
            .filter(|(kept_for, _)| kept_for == form)
            .map(|(_, details)| details.clone())
    };
    let keep_draft = |form: String| {
        let (store, form_draft) = (boot.store.clone(), form_draft.clone());
        Callback::from(move |details: RejectionDetails| {
            store.keep_form_draft(&form, &details);
            *form_draft.borrow_mut() = Some((form.clone(), details));
        })
    };
    let forget_draft = {
        let (store, form_draft) = (boot.store.clone(), form_draft.clone());
        Rc::new(move || {
            if form_draft.borrow_mut().take().is_some() {
                store.forget_form_draft();
            }
        })
    };

    {
        let saver = saver.clone();
        use_effect_with(state.edits, move |edits| {
            if *edits > 0 {
                saver.schedule();
            }
        });
    }

    // A host's accent colour, set through the CSSOM (allowed under a strict CSP,
    // unlike a style attribute).
    let root_ref = use_node_ref();
    {
        let root_ref = root_ref.clone();
        use_effect_with(props.accent.clone(), move |accent| {
            if let (Some(root), Some(accent)) = (root_ref.cast::<web_sys::HtmlElement>(), accent) {
                let _ = root.style().set_property("--rb-accent", accent);
            }
        });
    }
    // The first render is on screen and the app answers input from here on:
    // the mount element says so (tests and the benchmark wait for it), and
    // focus returns to the field a person was typing in before the takeover.
    {
        let (root_ref, focus) = (root_ref.clone(), props.focus_on_start.clone());
        let submit = props.submit_on_start;
        use_effect_with((), move |_| {
            crate::browser::mark("rebound-interactive");
            if let Some(field) = focus {
                crate::browser::focus_by_id(&field);
            }
            let Some(root) = root_ref.cast::<web_sys::Element>() else {
                return;
            };
            let begin = || {
                root.query_selector(".rb-welcome button[type=submit]")
                    .ok()
                    .flatten()
            };
            if let Some(begin) = submit.then(begin).flatten() {
                if let Ok(begin) = begin.dyn_into::<web_sys::HtmlElement>() {
                    begin.click();
                }
            }
            if let Some(mount) = root.parent_element() {
                let _ = mount.set_attribute("data-rebound-ready", "");
            }
        });
    }
    // Arriving on a screen puts its heading at the top, with focus on it, so
    // keyboard and screen-reader users start reading at the top of what just
    // opened. Not on the first render (an embedded widget must not steal
    // focus or scroll the host page) nor when a returning person is taken
    // back to where they were.
    let main_ref = use_node_ref();
    let quiet_arrivals = use_mut_ref(|| 1_u8);
    // The return's greeting belongs to the screen the person lands on: it
    // goes once they move on by themselves.
    let greeting_open = use_state(|| true);
    {
        let main_ref = main_ref.clone();
        let root_ref = root_ref.clone();
        let quiet_arrivals = quiet_arrivals.clone();
        let greeting_open = greeting_open.clone();
        use_effect_with((route.clone(), has_current), move |_| {
            let quiet = *quiet_arrivals.borrow();
            if quiet > 0 {
                *quiet_arrivals.borrow_mut() = quiet - 1;
                return;
            }
            if *greeting_open {
                greeting_open.set(false);
            }
            if let Some(root) = root_ref.cast::<web_sys::Element>() {
                root.scroll_into_view_with_bool(true);
            }
            if let Some(heading) = main_ref
                .cast::<web_sys::Element>()
                .and_then(|main| main.query_selector("h1").ok().flatten())
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = heading.focus();
            }
        });
    }

    // The screen open last time reopens when the person comes back; each
    // screen they open is remembered (its address only).
    {
        let (store, navigator, quiet_arrivals) = (
            boot.store.clone(),
            navigator.clone(),
            quiet_arrivals.clone(),
        );
        let (route, hand_over) = (route.clone(), props.hand_over);
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
    {
        let store = boot.store.clone();
        use_effect_with((route.clone(), has_current), move |(route, has_current)| {
            if *has_current {
                store.remember_screen(&route.to_path());
            }
        });
    }

    let on_record = {
        let state = state.clone();
        let navigator = navigator.clone();
        let announce = announce.clone();
        let forget_draft = forget_draft.clone();
        Callback::from(move |details: RejectionDetails| {
            forget_draft();
            state.dispatch(Action::RecordRejection {
                id: crate::browser::fresh_id(),
                details,
                at_ms: now_ms(),
            });
            announce.emit(t("app.recorded_your_five_stages").to_string());
            navigator.push(&Route::Home);
        })
    };

    let on_start_fresh = {
        let saver = saver.clone();
        let state = state.clone();
        let announce = announce.clone();
        Callback::from(move |_| {
            state.dispatch(Action::ReplaceJournal(Box::default()));
            saver.resume();
            announce.emit(t("app.started_fresh_the_unreadable").to_string());
        })
    };

    let notice = match (*problem).clone() {
        Some(problem) => html! {
            <StorageNotice {problem} on_start_fresh={on_start_fresh.clone()} embed={embed_choices.clone()} />
        },
        None => Html::default(),
    };
    // In a frame that keeps nothing, the welcome comes first and says where
    // notes live right under its opening lines (see `Welcome::aside`).
    let frame_keeps_nothing = *problem == Some(StorageProblem::EmbeddedBlocked);
    let welcome_first = frame_keeps_nothing
        && route != Route::YourData
        && state.journal.current_rejection().is_none();
    let (notice, welcome_aside) = if welcome_first {
        (Html::default(), notice)
    } else {
        (notice, Html::default())
    };
    let journal = &state.journal;
    let to_hub = {
        let navigator = navigator.clone();
        let forget_draft = forget_draft.clone();
        Callback::from(move |()| {
            forget_draft();
            navigator.push(&Route::Home)
        })
    };
    // What was typed last time, over a board's prefill only where it left
    // a field empty: text typed into the prerendered screen is in the
    // prefill and wins.
    let new_initial = match draft_of("new") {
        Some(draft) => draft.typed_over(props.prefill.clone().unwrap_or_default()),
        None => props.prefill.clone().unwrap_or_default(),
    };
    let body = match (&route, journal.current_rejection()) {
        (Route::YourData, _) => html! {
            <YourData saver={saver.clone()} embed={embed_choices.clone()} hosted={props.hosted}
                framed={props.embedded_storage.is_some()} namespace={props.namespace.clone()} />
        },
        (_, None) => html! {
            <Welcome prefill={Some(new_initial.clone())} on_save={on_record.clone()}
                on_draft={keep_draft("new".to_owned())} aside={welcome_aside.clone()}
                keeps_notes={!frame_keeps_nothing} />
        },
        (Route::NewRejection, Some(_)) => html! {
            <RejectionForm
                heading={t("app.record_another_rejection")}
                intro={t("app.each_rejection_keeps_its")}
                initial={new_initial.clone()}
                submit_label={t("app.record_it")}
                on_save={on_record.clone()}
                on_draft={keep_draft("new".to_owned())}
                on_cancel={to_hub.clone()}
            />
        },
        (Route::EditRejection, Some(rejection)) => {
            let id = rejection.id.clone();
            let state = state.clone();
            let navigator = navigator.clone();
            let announce = announce.clone();
            let form = format!("edit:{id}");
            let initial = draft_of(&form).unwrap_or_else(|| rejection.details.clone());
            let forget_draft = forget_draft.clone();
            html! {
                <RejectionForm
                    heading={t("app.edit_what_happened")}
                    intro={t("app.every_field_is_optional")}
                    {initial}
                    submit_label={t("app.save_changes")}
                    on_draft={keep_draft(form)}
                    on_save={Callback::from(move |details| {
                        forget_draft();
                        state.dispatch(Action::EditRejection { id: id.clone(), details });
                        announce.emit(t("app.changes_saved").to_string());
                        navigator.push(&Route::Home);
                    })}
                    on_cancel={to_hub.clone()}
                />
            }
        }
        (Route::Insights, Some(_)) => html! {
            <Insights />
        },
        (route, Some(rejection)) => match route.stage_screen() {
            Some((stage, step)) => html! {
                <StagePage {stage} {step} rejection={rejection.id.clone()} />
            },
            None => html! { <Hub /> },
        },
    };

    // After the hand-over, the frame points to the own tab instead of
    // inviting text that it cannot keep.
    let body = match &embed_choices {
        Some(choices) if choices.handed_over && choices.storage == EmbeddedStorage::Blocked => {
            html! {
                <HandedOver choices={choices.clone()} />
            }
        }
        _ => body,
    };
    let body = match (&hand_over.offer, hand_over.taken) {
        (Some(offer), _) => html! {
            <>
                <HandOverQuestion journal={offer.journal.clone()}
                    take={hand_over.take.clone()} decline={hand_over.decline.clone()} />
                { body }
            </>
        },
        (None, true) => html! {
            <>
                <p class="rb-saved rb-arrived"><span aria-hidden="true">{"✓ "}</span>{t("handover.your_notes_from_the")}</p>
                { body }
            </>
        },
        (None, false) => body,
    };
    let body = match days_away {
        Some(days) if has_current && *greeting_open => html! {
            <>
                <ReturnGreeting days_away={days} on_hub={route == Route::Home} />
                { body }
            </>
        },
        _ => body,
    };

    // The picker (hosted page only) loads the other catalog, then the whole
    // screen is drawn again in it: the keyed root below is rebuilt, while
    // the journal, saving and the address stay as they are.
    let lang = use_state(crate::i18n::lang);
    let on_language = {
        let (lang, store) = (lang.clone(), boot.store.clone());
        Callback::from(move |chosen: Lang| {
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

    let has_journal = !journal.is_empty();
    let nav = html! {
        <>
            if has_journal {
                <RouteLink to={Route::Home} classes="rb-link">{t("app.all_stages")}</RouteLink>
                <RouteLink to={Route::Insights} classes="rb-link">{t("app.insights")}</RouteLink>
            } else if route == Route::YourData {
                <RouteLink to={Route::Home} classes="rb-link">{t("app.start")}</RouteLink>
            }
            <RouteLink to={Route::YourData} classes="rb-link">{t("app.your_data")}</RouteLink>
        </>
    };
    let save_now = {
        let saver = saver.clone();
        use_callback((), move |(), _| saver.flush())
    };
    // Where the frame keeps nothing, the footer must not say it does.
    let private_line: AttrValue = match &embed_choices {
        Some(choices) if choices.storage == EmbeddedStorage::Blocked => {
            t("app.private_nothing_sent").into()
        }
        _ => t("app.private_by_design_what").into(),
    };
    let language_picker = if props.hosted {
        html! { <LanguagePicker current={*lang} on_change={on_language} /> }
    } else {
        Html::default()
    };
    html! {
        <ContextProvider<AppContext> context={AppContext { state: state.clone(), announce: announce.clone(), save_now }}>
            <Shell key={lang.code()} theme={props.theme} lang={*lang} {root_ref} {main_ref} {private_line}
                {nav} {notice} status={(*status).clone()} {language_picker}>
                { body }
            </Shell>
        </ContextProvider<AppContext>>
    }
}
