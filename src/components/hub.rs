//! The task list of the five stages for the current rejection (the GOV.UK
//! task-list pattern), and the list of all rejections.

use super::RejectionSwitcher;
use crate::browser::today;
use crate::domain::Choice;
use crate::domain::{due, stage_work, Due, Stage, StageStatus};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use crate::routes::{Route, RouteLink};
use crate::state::use_app;
use yew::prelude::*;

#[component]
pub fn Hub() -> Html {
    let state = use_app().state;
    let Some(rejection) = state.journal.current_rejection() else {
        return html! {};
    };
    let current = rejection.current_stage();
    let today = today();
    let waiting = due(&state.journal, &rejection.id, today);
    let details = &rejection.details;
    let mut facts: Vec<String> = Vec::new();
    if let Some(reached) = details.reached {
        facts.push(reached.label().to_string());
    }
    if let Some(day) = details.news_date {
        facts.push(tf!(k::hub::NEWS_ON, day = day.long()));
    }

    html! {
        <section class="rb-hub" aria-labelledby="rb-hub-title">
            <p class="rb-kicker">{t(k::hub::YOUR_WAY_BACK)}</p>
            <h1 id="rb-hub-title" tabindex="-1">{ rejection.title() }</h1>
            if !facts.is_empty() {
                <p class="rb-meta">{ facts.join(" · ") }</p>
            }
            <p class="rb-progress-line">
                if current.is_none() {
                    { t(k::hub::YOU_HAVE_COMPLETED_ALL) }{" "}
                }
                <RouteLink to={Route::EditRejection} classes="rb-link">
                    {t(k::app::EDIT_WHAT_HAPPENED)}
                </RouteLink>
            </p>
            if !waiting.is_empty() {
                <section class="rb-due" aria-labelledby="rb-due-title">
                    <h2 id="rb-due-title" class="rb-due__title">{t(k::due::WAITING_FOR_YOU)}</h2>
                    <ul class="rb-due__list">
                        { for waiting.iter().map(|item| {
                            let text = match item {
                                Due::ProcessingEnded { days_ago: 0 } => t(k::due::TIME_TO_PROCESS_ENDS_TODAY).to_string(),
                                Due::ProcessingEnded { days_ago } => crate::i18n::tn!(k::due::TIME_TO_PROCESS_ENDED, *days_ago),
                                Due::FollowUp => t(k::due::FOLLOW_UP).to_string(),
                                Due::WeekGoals { open } => crate::i18n::tn!(k::due::WEEK_GOALS, *open),
                            };
                            html! {
                                <li>
                                    <RouteLink to={Route::tool(item.tool())} classes="rb-due__open">
                                        { text }<span aria-hidden="true">{" →"}</span>
                                    </RouteLink>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            <ol class="rb-tasklist">
                { for Stage::ALL.iter().copied().map(|stage| {
                    let status = rejection.progress.get(stage);
                    let is_current = current == Some(stage);
                    let work = stage_work(&state.journal, &rejection.id, stage, today);
                    let status_id = format!("rb-task-{}-status", stage.css_name());
                    html! {
                        <li class={classes!("rb-task", is_current.then_some("rb-task--current"))}>
                            <span class="rb-task__number" aria-hidden="true">{ stage.number() }</span>
                            <div class="rb-task__text">
                                <RouteLink to={Route::Stage { stage }} classes="rb-task__link"
                                    current={is_current.then_some("step")}
                                    described_by={AttrValue::from(status_id.clone())}>
                                    { stage.title() }
                                </RouteLink>
                                if work.is_empty() {
                                    <p class="rb-task__hint">{ stage.purpose() }</p>
                                } else {
                                    <p class="rb-task__work">{ work.join(" · ") }</p>
                                }
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
