//! All recorded rejections: switch between them, or record another. The
//! most recent few show at first (and the open one, wherever it is); the
//! rest a tap away, so years of searching do not make the stages list long,
//! nor slow to open.

use crate::browser::today;
use crate::domain::{stages_worked, Action};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use crate::routes::{use_nav, Route, RouteLink};
use crate::state::use_app;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How many of the most recent rejections show before "Show all".
const RECENT: usize = 10;

#[component]
pub fn RejectionSwitcher() -> Html {
    let app = use_app();
    let navigator = use_nav();
    let show_all = use_state_eq(|| false);
    let list = use_node_ref();
    {
        // "Show all" goes away once pressed: focus moves on to the first
        // rejection it brought into view.
        let list = list.clone();
        use_effect_with(*show_all, move |shown| {
            if *shown {
                let first_new = format!("li:nth-child({}) .rb-switcher__name", RECENT + 1);
                if let Some(name) = list
                    .cast::<web_sys::Element>()
                    .and_then(|list| list.query_selector(&first_new).ok().flatten())
                    .and_then(|name| name.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = name.focus();
                }
            }
        });
    }
    let state = app.state.clone();
    let journal = &state.journal;
    let current = journal.current_rejection().map(|r| r.id.clone());
    let today = today();
    let count = journal.rejections.len();
    let everything = *show_all || count <= RECENT + 1;
    let shown = journal
        .rejections
        .iter()
        .rev()
        .enumerate()
        .filter(|(i, r)| everything || *i < RECENT || current.as_ref() == Some(&r.id))
        .map(|(_, r)| r);
    let show_all_button = (!everything).then(|| {
        let show_all = show_all.clone();
        html! {
            <button type="button" class="rb-link rb-switcher__more" onclick={Callback::from(move |_| show_all.set(true))}>
                { crate::i18n::tn!(k::switcher::SHOW_ALL, count) }
            </button>
        }
    });

    html! {
        <section class="rb-switcher" aria-labelledby="rb-switcher-title">
            <h2 id="rb-switcher-title">{t(k::switcher::YOUR_REJECTIONS)}</h2>
            if journal.rejections.len() > 1 {
                <p class="rb-hint">{t(k::switcher::EACH_ONE_KEEPS_ITS)}</p>
            }
            <ul class="rb-switcher__list" ref={list}>
                { for shown.map(|r| {
                    let is_current = current.as_ref() == Some(&r.id);
                    let worked = match stages_worked(journal, &r.id, today) {
                        0 => t(k::switcher::NOT_BEGUN_YET).to_string(),
                        n => crate::i18n::tn!(k::switcher::WORKED_ON_STAGES, n),
                    };
                    let on_open = {
                        let state = state.clone();
                        let id = r.id.clone();
                        let navigator = navigator.clone();
                        Callback::from(move |_| {
                            state.dispatch(Action::SwitchRejection(id.clone()));
                            navigator.push(&Route::Home);
                        })
                    };
                    html! {
                        <li class={classes!("rb-switcher__item", is_current.then_some("rb-switcher__item--current"))}>
                            if is_current {
                                <span class="rb-switcher__name">{ r.title() }</span>
                                <span class="rb-switcher__meta">{ tf!(k::switcher::OPEN_NOW, worked = worked) }</span>
                            } else {
                                <button type="button" class="rb-link rb-switcher__name" onclick={on_open}>
                                    { r.title() }
                                </button>
                                <span class="rb-switcher__meta">{ worked }</span>
                            }
                        </li>
                    }
                }) }
            </ul>
            { show_all_button }
            <RouteLink to={Route::NewRejection} classes="rb-button">
                {t(k::app::RECORD_ANOTHER_REJECTION)}
            </RouteLink>
        </section>
    }
}
