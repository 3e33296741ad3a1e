//! Insights across rejections: what repeats, where processes ended, mood over
//! time, progress, reminders, and reports to take away.

use super::{MoodChart, Patterns};
use crate::browser::{download, now_ms, today};
use crate::domain::Choice;
use crate::domain::{
    activity_log, calendar, feedback_answers, markdown_report, mood_by_day, reminders,
    stage_totals, where_processes_ended, Id, PlanStatus, Reminder, Stage, StageStatus,
};
use crate::state::use_app;
use yew::prelude::*;

fn timezone_offset_minutes() -> i32 {
    js_sys::Date::new_0().get_timezone_offset() as i32
}

fn offer_calendar(reminders: &[Reminder], file: &str, announce: &Callback<String>) {
    let ok = download(file, "text/calendar", &calendar(reminders, now_ms()));
    announce.emit(
        if ok {
            "Calendar file downloading: open it to add the reminder."
        } else {
            "This browser would not start the download."
        }
        .into(),
    );
}

#[component]
pub fn Insights() -> Html {
    let app = use_app();
    let state = app.state.clone();
    let chart_for = use_state(|| None::<Id>);
    let journal = &state.journal;
    let today = today();

    if journal.is_empty() {
        return html! {
            <section class="rb-insights" aria-labelledby="rb-insights-title">
                <h1 id="rb-insights-title" tabindex="-1">{"Insights"}</h1>
                <p class="rb-empty">{"Record a rejection first. Insights grow as you check in, note feedback and reflect, and they are most useful once you have two or more."}</p>
            </section>
        };
    }

    let total = journal.rejections.len();
    let ended = where_processes_ended(journal);
    let (sent, answered, silent) = feedback_answers(journal);
    let series = mood_by_day(journal, chart_for.as_ref(), timezone_offset_minutes());
    let (stages_done, stages_total) = stage_totals(journal);
    let plan = &journal.person.plan;
    let plan_done = plan.iter().filter(|p| p.status == PlanStatus::Done).count();
    let plan_doing = plan
        .iter()
        .filter(|p| p.status == PlanStatus::Doing)
        .count();
    let care_days = journal
        .person
        .self_care
        .active_days(today.add_days(-29), today);
    let upcoming = reminders(journal, today);
    let log = activity_log(journal);

    let on_chart_for = {
        let chart_for = chart_for.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            chart_for.set((!value.is_empty()).then(|| Id::from_text(&value)));
        })
    };
    let on_markdown = {
        let state = state.clone();
        let announce = app.announce.clone();
        Callback::from(move |_| {
            let ok = download(
                &format!("rebound-report-{}.md", today),
                "text/markdown",
                &markdown_report(&state.journal, today),
            );
            announce.emit(
                if ok {
                    "Your report is downloading."
                } else {
                    "This browser would not start the download."
                }
                .into(),
            );
        })
    };
    let on_print = Callback::from(|_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let on_all_reminders = {
        let upcoming = upcoming.clone();
        let announce = app.announce.clone();
        Callback::from(move |_| offer_calendar(&upcoming, "rebound-reminders.ics", &announce))
    };

    // Check-ins from before the overall question have no point to plot.
    let has_unplotted = journal
        .rejections
        .iter()
        .flat_map(|r| &r.emotions.checkins)
        .any(|c| c.overall.is_none());
    html! {
        <section class="rb-insights" aria-labelledby="rb-insights-title">
            <h1 id="rb-insights-title" tabindex="-1">{"Insights"}</h1>
            <p class="rb-lede">{ format!("Across your {} rejection{}: what repeats, how you are doing, and what is coming up.", total, if total == 1 { "" } else { "s" }) }</p>

            <Patterns show_all=true />

            <section class="rb-tool" aria-labelledby="rb-ended-title">
                <h2 id="rb-ended-title">{"Where things ended"}</h2>
                if ended.is_empty() {
                    <p class="rb-empty">{"Add how far each process went (on “Edit what happened”) to see where they tend to end."}</p>
                } else {
                    <ul class="rb-bullets">
                        { for ended.iter().map(|(reached, n)| html! {
                            <li>{ format!("{n} of {total} ended {}", reached.label().to_lowercase()) }</li>
                        }) }
                    </ul>
                }
                <p>{ if sent == 0 {
                    "No feedback requests sent yet.".to_owned()
                } else {
                    format!("Feedback: you asked {sent} time{}; {answered} answered{}.", if sent == 1 { "" } else { "s" },
                        if silent > 0 { format!(", {silent} never replied") } else { String::new() })
                } }</p>
            </section>

            <section class="rb-tool" aria-labelledby="rb-mood-title">
                <h2 id="rb-mood-title">{"How you have been: higher is better"}</h2>
                <div class="rb-field">
                    <label for="rb-mood-for">{"Show"}</label>
                    <select id="rb-mood-for" onchange={on_chart_for}>
                        <option value="" selected={chart_for.is_none()}>{"All rejections"}</option>
                        { for journal.rejections.iter().map(|r| html! {
                            <option value={r.id.to_string()} selected={chart_for.as_ref() == Some(&r.id)}>{ r.title() }</option>
                        }) }
                    </select>
                </div>
                <MoodChart {series} />
                if has_unplotted {
                    <p class="rb-hint">{"Check-ins from before Rebound asked how you are overall are not on this chart: their feelings and strength are in each check-in list."}</p>
                }
            </section>

            <section class="rb-tool" aria-labelledby="rb-progress-title">
                <h2 id="rb-progress-title">{"Progress"}</h2>
                <p>{ format!("{stages_done} of {stages_total} stages done across your rejections.") }</p>
                // Focusable, so keyboard users can scroll it sideways on a phone.
                <div class="rb-care-grid-wrap" tabindex="0" role="region" aria-label="Stage progress by rejection">
                    <table class="rb-table">
                        <caption class="rb-visually-hidden">{"Stage progress by rejection"}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{"Rejection"}</th>
                                { for Stage::ALL.iter().map(|s| html! { <th scope="col">{ s.title() }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for journal.rejections.iter().map(|r| html! {
                                <tr>
                                    <th scope="row">{ r.title() }</th>
                                    { for Stage::ALL.iter().map(|s| {
                                        let status = r.progress.get(*s);
                                        html! {
                                            <td><span class={classes!("rb-tag", format!("rb-tag--{}", status.css_name()))}>
                                                if status == StageStatus::Done { <span aria-hidden="true">{"✓ "}</span> }
                                                { status.label() }
                                            </span></td>
                                        }
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <ul class="rb-bullets">
                    <li>{ match care_days {
                        0 => "No self-care days ticked in the last 30 days yet.".to_owned(),
                        1 => "You looked after yourself on 1 day in the last 30.".to_owned(),
                        n => format!("You looked after yourself on {n} days in the last 30."),
                    } }</li>
                    <li>
                        if plan.is_empty() {
                            {"Your development plan is empty: send gaps to it from “Reflect and evaluate”."}
                        } else {
                            { format!("Development plan: {plan_done} of {} step{} done, {plan_doing} under way.", plan.len(), if plan.len() == 1 { "" } else { "s" }) }
                            <progress class="rb-plan-progress" max={plan.len().to_string()} value={plan_done.to_string()}
                                aria-label={format!("Development plan: {plan_done} of {} steps done", plan.len())}></progress>
                        }
                    </li>
                </ul>
            </section>

            <section class="rb-tool" aria-labelledby="rb-reminders-title">
                <h2 id="rb-reminders-title">{"Reminders"}</h2>
                <p class="rb-hint">{"Rebound has no server to remind you, so add these to your own calendar: each downloads as a calendar file."}</p>
                if upcoming.is_empty() {
                    <p class="rb-empty">{"Nothing dated ahead. Follow-up dates, the end of your time to process, plan targets and networking next steps appear here once you set them."}</p>
                } else {
                    <ul class="rb-list">
                        { for upcoming.iter().map(|r| {
                            let one = vec![r.clone()];
                            let announce = app.announce.clone();
                            let file = format!("rebound-{}.ics", r.day);
                            let on_add = Callback::from(move |_| offer_calendar(&one, &file, &announce));
                            html! {
                                <li class="rb-list__item">
                                    <div class="rb-list__main">
                                        <p class="rb-list__title">{ r.summary.clone() }</p>
                                        <p class="rb-hint rb-list__meta">{ r.day.long() }</p>
                                    </div>
                                    <div class="rb-list__actions">
                                        <button type="button" class="rb-button rb-button--small" onclick={on_add}
                                            aria-label={format!("Add to calendar: {}", r.summary)}>{"Add to calendar"}</button>
                                    </div>
                                </li>
                            }
                        }) }
                    </ul>
                    <button type="button" class="rb-button" onclick={on_all_reminders}>{"Download all reminders"}</button>
                }
            </section>

            <section class="rb-tool" aria-labelledby="rb-report-title">
                <h2 id="rb-report-title">{"Take it with you"}</h2>
                <p class="rb-hint">{"A report of everything you wrote, by rejection and stage. The activity log below can serve as a record of an active job search."}</p>
                <div class="rb-actions">
                    <button type="button" class="rb-button" onclick={on_print}>{"Print or save as PDF"}</button>
                    <button type="button" class="rb-button" onclick={on_markdown}>{"Download as Markdown"}</button>
                </div>
                <h3>{"Activity log"}</h3>
                if log.is_empty() {
                    <p class="rb-empty">{"No dated actions yet. Marking letters as sent, setting weekly goals and networking steps fills this log."}</p>
                } else {
                    <table class="rb-table">
                        <thead><tr><th scope="col">{"Date"}</th><th scope="col">{"Kind"}</th><th scope="col">{"What"}</th></tr></thead>
                        <tbody>
                            { for log.iter().map(|e| html! {
                                <tr><td>{ e.day.long() }</td><td>{ e.kind }</td><td>{ e.text.clone() }</td></tr>
                            }) }
                        </tbody>
                    </table>
                }
            </section>
        </section>
    }
}
