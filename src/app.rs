//! The root component: loads the journal, keeps it saved, and shows one screen
//! at a time. The same component serves the static page and every embed.

use crate::browser::now_ms;
use crate::components::{Hub, Insights, RejectionForm, StorageNotice, Welcome, YourData};
use crate::domain::{Action, RejectionDetails};
use crate::handover::{use_embed_choices, use_hand_over_receiver};
use crate::options::ColorScheme;
use crate::persistence::{initial_journal, opened_rev, use_saver, StorageProblem};
use crate::stages::StagePage;
use crate::state::{AppContext, AppState, Screen};
use crate::storage::{EmbeddedStorage, Opened, Store, DEFAULT_NAMESPACE};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
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
    /// The hosted page, top-level on Rebound's own site.
    #[prop_or_default]
    pub hosted: bool,
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
    use_hand_over_receiver(props.hand_over, saver.clone(), announce.clone());
    let screen = use_state(|| Screen::Hub);
    // The first render is on screen and the app answers input from here on.
    use_effect_with((), |_| crate::browser::mark("rebound-interactive"));

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
    // Move focus to the new screen's heading, so keyboard and screen-reader users
    // start reading at the top of what just opened (not on the first render:
    // an embedded widget must not steal focus from the host page).
    let main_ref = use_node_ref();
    let first_render = use_mut_ref(|| true);
    {
        let main_ref = main_ref.clone();
        use_effect_with(*screen, move |_| {
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
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

    let navigate = {
        let screen = screen.setter();
        let saver = saver.clone();
        // The saver lives as long as the app: no dependency to watch.
        use_callback((), move |next: Screen, _| {
            // "Your data" reports what is stored: write any pending change first.
            if next == Screen::YourData {
                saver.flush();
            }
            screen.set(next)
        })
    };

    let on_record = {
        let state = state.clone();
        let screen = screen.clone();
        let announce = announce.clone();
        Callback::from(move |details: RejectionDetails| {
            state.dispatch(Action::RecordRejection {
                id: crate::browser::fresh_id(),
                details,
                at_ms: now_ms(),
            });
            announce.emit("Recorded. Your five stages are below.".into());
            screen.set(Screen::Hub);
        })
    };

    let on_start_fresh = {
        let saver = saver.clone();
        let state = state.clone();
        let announce = announce.clone();
        Callback::from(move |_| {
            state.dispatch(Action::ReplaceJournal(Box::default()));
            saver.resume();
            announce.emit("Started fresh. The unreadable data is still kept as a backup.".into());
        })
    };

    let journal = &state.journal;
    let body = match (*screen, journal.current_rejection()) {
        (Screen::YourData, _) => html! {
            <YourData saver={saver.clone()} embed={embed_choices.clone()} hosted={props.hosted} />
        },
        (_, None) => html! {
            <Welcome prefill={props.prefill.clone()} on_save={on_record.clone()} />
        },
        (Screen::NewRejection, Some(_)) => html! {
            <RejectionForm
                heading="Record another rejection"
                intro="Each rejection keeps its own notes and progress. Every field is optional."
                initial={props.prefill.clone().unwrap_or_default()}
                submit_label="Record it"
                on_save={on_record.clone()}
                on_cancel={navigate.reform(|_| Screen::Hub)}
            />
        },
        (Screen::EditRejection, Some(rejection)) => {
            let id = rejection.id.clone();
            let state = state.clone();
            let after_save = navigate.clone();
            let announce = announce.clone();
            html! {
                <RejectionForm
                    heading="Edit what happened"
                    intro="Every field is optional."
                    initial={rejection.details.clone()}
                    submit_label="Save changes"
                    on_save={Callback::from(move |details| {
                        state.dispatch(Action::EditRejection { id: id.clone(), details });
                        announce.emit("Changes saved.".into());
                        after_save.emit(Screen::Hub);
                    })}
                    on_cancel={navigate.reform(|_| Screen::Hub)}
                />
            }
        }
        (Screen::Stage(stage), Some(rejection)) => html! {
            <StagePage {stage} rejection={rejection.id.clone()} />
        },
        (Screen::Insights, Some(_)) => html! {
            <Insights />
        },
        (Screen::Hub, Some(_)) => html! {
            <Hub />
        },
    };

    let has_journal = !journal.is_empty();
    html! {
        <ContextProvider<AppContext> context={AppContext { state: state.clone(), announce: announce.clone(), navigate: navigate.clone() }}>
            <div class={classes!("rb-app", props.theme.class())} ref={root_ref}>
                <header class="rb-header">
                    <span class="rb-brand">{"Rebound"}</span>
                    <nav class="rb-header__nav" aria-label="Rebound">
                        if has_journal {
                            <button type="button" class="rb-link" onclick={navigate.reform(|_| Screen::Hub)}>{"All stages"}</button>
                            <button type="button" class="rb-link" onclick={navigate.reform(|_| Screen::Insights)}>{"Insights"}</button>
                        } else if *screen == Screen::YourData {
                            <button type="button" class="rb-link" onclick={navigate.reform(|_| Screen::Hub)}>{"Start"}</button>
                        }
                        <button type="button" class="rb-link" onclick={navigate.reform(|_| Screen::YourData)}>{"Your data"}</button>
                    </nav>
                </header>
                if let Some(problem) = (*problem).clone() {
                    <StorageNotice {problem} on_start_fresh={on_start_fresh.clone()} embed={embed_choices.clone()} />
                }
                <div class="rb-main" ref={main_ref}>{ body }</div>
                <p class="rb-status" role="status" aria-live="polite">{ (*status).clone() }</p>
                <footer class="rb-footer">
                    <p>{"Private by design: what you write stays in this browser and is never sent anywhere."}</p>
                </footer>
            </div>
        </ContextProvider<AppContext>>
    }
}
