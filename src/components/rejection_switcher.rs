//! All recorded rejections: switch between them, or record another.

use crate::browser::today;
use crate::domain::{stages_worked, Action};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use crate::routes::{use_nav, Route, RouteLink};
use crate::state::use_app;
use yew::prelude::*;

#[component]
pub fn RejectionSwitcher() -> Html {
    let app = use_app();
    let navigator = use_nav();
    let state = app.state.clone();
    let journal = &state.journal;
    let current = journal.current_rejection().map(|r| r.id.clone());
    let today = today();

    html! {
        <section class="rb-switcher" aria-labelledby="rb-switcher-title">
            <h2 id="rb-switcher-title">{t(k::switcher::YOUR_REJECTIONS)}</h2>
            if journal.rejections.len() > 1 {
                <p class="rb-hint">{t(k::switcher::EACH_ONE_KEEPS_ITS)}</p>
            }
            <ul class="rb-switcher__list">
                { for journal.rejections.iter().rev().map(|r| {
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
            <RouteLink to={Route::NewRejection} classes="rb-button">
                {t(k::app::RECORD_ANOTHER_REJECTION)}
            </RouteLink>
        </section>
    }
}
