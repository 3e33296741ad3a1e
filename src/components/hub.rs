//! The task list of the five stages for the current rejection (the GOV.UK
//! task-list pattern), and the list of all rejections.

use super::RejectionSwitcher;
use crate::browser::today;
use crate::domain::Choice;
use crate::domain::{due, stage_work, Due, Stage, StageStatus};
use crate::i18n::t;
use crate::routes::{Route, RouteLink};
use crate::state::use_app;
use crate::tf;
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
                if current.is_none() {
                    { t("hub.you_have_completed_all") }{" "}
                }
                <RouteLink to={Route::EditRejection} classes="rb-link">
                    {t("app.edit_what_happened")}
                </RouteLink>
            </p>
            if !waiting.is_empty() {
                <section class="rb-due" aria-labelledby="rb-due-title">
                    <h2 id="rb-due-title" class="rb-due__title">{t("due.waiting_for_you")}</h2>
                    <ul class="rb-due__list">
                        { for waiting.iter().map(|item| {
                            let text = match item {
                                Due::ProcessingEnded { days_ago: 0 } => t("due.time_to_process_ends_today").to_string(),
                                Due::ProcessingEnded { days_ago } => crate::tn!("due.time_to_process_ended", *days_ago),
                                Due::FollowUp => t("due.follow_up").to_string(),
                                Due::WeekGoals { open } => crate::tn!("due.week_goals", *open),
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
