//! The task list of the five stages for the current rejection (the GOV.UK
//! task-list pattern), and the list of all rejections.

use super::RejectionSwitcher;
use crate::domain::Choice;
use crate::domain::{Stage, StageStatus};
use crate::i18n::t;
use crate::routes::{go, use_nav, Route};
use crate::state::use_app;
use crate::tf;
use yew::prelude::*;

#[component]
pub fn Hub() -> Html {
    let navigator = use_nav();
    let state = use_app().state;
    let Some(rejection) = state.journal.current_rejection() else {
        return html! {};
    };
    let current = rejection.current_stage();
    let done = rejection.progress.done_count();
    let details = &rejection.details;
    let mut facts: Vec<String> = Vec::new();
    if let Some(reached) = details.reached {
        facts.push(reached.label().to_string());
    }
    if let Some(day) = details.news_date {
        facts.push(tf!("hub.news_on", day = day.long()));
    }

    html! {
        <section class="rb-hub" aria-labelledby="rb-hub-title">
            <p class="rb-kicker">{t("hub.your_way_back")}</p>
            <h1 id="rb-hub-title" tabindex="-1">{ rejection.title() }</h1>
            if !facts.is_empty() {
                <p class="rb-meta">{ facts.join(" · ") }</p>
            }
            <p class="rb-progress-line">
                { match current {
                    Some(_) => tf!("hub.you_have_completed_of", done = done),
                    None => t("hub.you_have_completed_all").to_string(),
                } }
                {" "}
                <button type="button" class="rb-link" onclick={go(&navigator, Route::EditRejection)}>
                    {t("app.edit_what_happened")}
                </button>
            </p>
            <ol class="rb-tasklist">
                { for Stage::ALL.iter().copied().map(|stage| {
                    let status = rejection.progress.get(stage);
                    let is_current = current == Some(stage);
                    let label_id = format!("rb-task-{}", stage.css_name());
                    let status_id = format!("rb-task-{}-status", stage.css_name());
                    html! {
                        <li class={classes!("rb-task", is_current.then_some("rb-task--current"))}>
                            <span class="rb-task__number" aria-hidden="true">{ stage.number() }</span>
                            <div class="rb-task__text">
                                <button type="button" class="rb-task__link" id={label_id}
                                    aria-current={is_current.then_some("step")}
                                    aria-describedby={status_id.clone()}
                                    onclick={go(&navigator, Route::Stage { number: stage.number() })}>
                                    { stage.title() }
                                </button>
                                <p class="rb-task__hint">{ stage.purpose() }</p>
                            </div>
                            <strong id={status_id} class={classes!("rb-tag", format!("rb-tag--{}", status.css_name()))}>
                                if status == StageStatus::Done { <span aria-hidden="true">{"✓ "}</span> }
                                { status.label() }
                            </strong>
                        </li>
                    }
                }) }
            </ol>
            <RejectionSwitcher />
        </section>
    }
}
