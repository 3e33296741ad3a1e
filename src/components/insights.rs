//! Insights across rejections: what repeats, where processes ended, mood over
//! time, progress, reminders, and reports to take away.

use super::{MoodChart, Patterns};
use crate::browser::{download, now_ms, today};
use crate::domain::Choice;
use crate::domain::{
    activity_log, calendar, employer_words, encouraging_readings, feedback_answers,
    markdown_report, mood_by_day, reminders, stages_worked_on, where_processes_ended, Id,
    PlanStatus, Reminder, Stage, StageStatus,
};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use crate::state::use_app;
use yew::prelude::*;

fn timezone_offset_minutes() -> i32 {
    js_sys::Date::new_0().get_timezone_offset() as i32
}

fn offer_calendar(reminders: &[Reminder], file: &str, announce: &Callback<String>) {
    let ok = download(file, "text/calendar", &calendar(reminders, now_ms()));
    announce.emit(
        if ok {
            t(k::insights::CALENDAR_FILE_DOWNLOADING_OPEN)
        } else {
            t(k::insights::THIS_BROWSER_WOULD_NOT)
        }
        .to_string(),
    );
}

/// Insights across rejections: one section per question, each its own
/// component reading the journal from context.
#[component]
pub fn Insights() -> Html {
    let journal = &use_app().state.journal;
    if journal.is_empty() {
        return html! {
            <section class="rb-insights" aria-labelledby="rb-insights-title">
                <h1 id="rb-insights-title" tabindex="-1">{t(k::app::INSIGHTS)}</h1>
                <p class="rb-empty">{t(k::insights::RECORD_A_REJECTION_FIRST)}</p>
            </section>
        };
    }
    let readings = encouraging_readings(journal);
    html! {
        <section class="rb-insights" aria-labelledby="rb-insights-title">
            <h1 id="rb-insights-title" tabindex="-1">{t(k::app::INSIGHTS)}</h1>
            <p class="rb-lede">{ crate::i18n::tn!(k::insights::ACROSS, journal.rejections.len()) }</p>
            if !readings.is_empty() {
                <section class="rb-reading" aria-labelledby="rb-reading-title">
                    <h2 id="rb-reading-title">{t(k::insights::WHAT_THE_DATA_SAYS)}</h2>
                    <ul class="rb-bullets">
                        { for readings.iter().map(|line| html! { <li>{ line.clone() }</li> }) }
                    </ul>
                </section>
            }
            <EmployerWords />
            <Patterns show_all=true />
            <WhereThingsEnded />
            <HowYouHaveBeen />
            <YourProgress />
            <Reminders />
            <TakeItWithYou />
        </section>
    }
}

/// What employers said, in their words.
#[component]
fn EmployerWords() -> Html {
    let words = employer_words(&use_app().state.journal);
    html! {
        <section class="rb-tool" aria-labelledby="rb-words-title">
            <h2 id="rb-words-title">{t(k::insights::WHAT_EMPLOYERS_SAID)}</h2>
            if words.is_empty() {
                <p class="rb-empty">{t(k::insights::WHAT_EMPLOYERS_SAID_EMPTY)}</p>
            } else {
                <ul class="rb-quotes">
                    { for words.iter().map(|(title, text)| html! {
                        <li>
                            <blockquote class="rb-quote"><p>{ text.clone() }</p></blockquote>
                            <p class="rb-hint rb-quote__from">{ title.clone() }</p>
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}

/// Where processes ended, and how feedback requests went.
#[component]
fn WhereThingsEnded() -> Html {
    let journal = &use_app().state.journal;
    let total = journal.rejections.len();
    let ended = where_processes_ended(journal);
    let (sent, answered, silent) = feedback_answers(journal);
    html! {
        <section class="rb-tool" aria-labelledby="rb-ended-title">
            <h2 id="rb-ended-title">{t(k::insights::WHERE_THINGS_ENDED)}</h2>
            if ended.is_empty() {
                <p class="rb-empty">{t(k::insights::ADD_HOW_FAR_EACH)}</p>
            } else {
                <ul class="rb-bullets">
                    { for ended.iter().map(|(reached, n)| html! {
                        <li>{ tf!(k::insights::OF_ENDED, n = n, total = total, reached = reached.label()) }</li>
                    }) }
                </ul>
            }
            <p>{ if sent == 0 {
                t(k::insights::NO_FEEDBACK_REQUESTS_SENT).to_string()
            } else {
                tf!(k::insights::FEEDBACK_ASKED, asked = crate::i18n::tn!(k::insights::ASKED_TIMES, sent), answered = crate::i18n::tn!(k::insights::ANSWERED, answered), silent = if silent > 0 { crate::i18n::tn!(k::insights::NEVER_REPLIED, silent) } else { String::new() })
            } }</p>
        </section>
    }
}

/// The mood chart, for every rejection or one.
#[component]
fn HowYouHaveBeen() -> Html {
    let journal = &use_app().state.journal;
    let chart_for = use_state(|| None::<Id>);
    let series = mood_by_day(journal, chart_for.as_ref(), timezone_offset_minutes());
    let on_chart_for = {
        let chart_for = chart_for.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            chart_for.set((!value.is_empty()).then(|| Id::from_text(&value)));
        })
    };
    // Check-ins from before the overall question have no point to plot.
    let has_unplotted = journal
        .rejections
        .iter()
        .flat_map(|r| &r.emotions.checkins)
        .any(|c| c.overall.is_none());
    html! {
        <section class="rb-tool" aria-labelledby="rb-mood-title">
            <h2 id="rb-mood-title">{t(k::insights::HOW_YOU_HAVE_BEEN)}</h2>
            <div class="rb-field">
                <label for="rb-mood-for">{t(k::insights::SHOW)}</label>
                <select id="rb-mood-for" onchange={on_chart_for}>
                    <option value="" selected={chart_for.is_none()}>{t(k::insights::ALL_REJECTIONS)}</option>
                    { for journal.rejections.iter().map(|r| html! {
                        <option value={r.id.to_string()} selected={chart_for.as_ref() == Some(&r.id)}>{ r.title() }</option>
                    }) }
                </select>
            </div>
            <MoodChart {series} />
            if has_unplotted {
                <p class="rb-hint">{t(k::insights::CHECK_INS_FROM_BEFORE)}</p>
            }
        </section>
    }
}

/// Stages worked on, self-care days and the development plan.
#[component]
fn YourProgress() -> Html {
    let journal = &use_app().state.journal;
    let today = today();
    let (stages_worked, stages_done) = stages_worked_on(journal, today);
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
    html! {
        <section class="rb-tool" aria-labelledby="rb-progress-title">
            <h2 id="rb-progress-title">{t(k::insights::PROGRESS)}</h2>
            <p>
                { crate::i18n::tn!(k::insights::STAGES_WORKED_ON, stages_worked) }
                if stages_done > 0 { {" "}{ crate::i18n::tn!(k::insights::STAGES_CALLED_DONE, stages_done) } }
            </p>
            // Focusable, so keyboard users can scroll it sideways on a phone.
            <div class="rb-care-grid-wrap" tabindex="0" role="region" aria-label={t(k::insights::STAGE_PROGRESS_BY_REJECTION)}>
                <table class="rb-table">
                    <caption class="rb-visually-hidden">{t(k::insights::STAGE_PROGRESS_BY_REJECTION)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(k::insights::REJECTION)}</th>
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
                    0 => t(k::insights::SELF_CARE_DAYS_SHOW_HERE).to_string(),
                    n => crate::i18n::tn!(k::insights::SELF_CARE_DAYS, n),
                } }</li>
                <li>
                    if plan.is_empty() {
                        {t(k::insights::YOUR_DEVELOPMENT_PLAN_IS)}
                    } else {
                        { tf!(k::insights::PLAN_PROGRESS, done = crate::i18n::tn!(k::insights::PLAN_STEPS_DONE, plan.len(), done = plan_done), doing = plan_doing) }
                        <progress class="rb-plan-progress" max={plan.len().to_string()} value={plan_done.to_string()}
                            aria-label={crate::i18n::tn!(k::insights::DEVELOPMENT_PLAN_OF_STEPS, plan.len(), done = plan_done)}></progress>
                    }
                </li>
            </ul>
        </section>
    }
}

/// Dated things ahead, as calendar files.
#[component]
fn Reminders() -> Html {
    let app = use_app();
    let upcoming = reminders(&app.state.journal, today());
    let on_all_reminders = {
        let upcoming = upcoming.clone();
        let announce = app.announce.clone();
        Callback::from(move |_| offer_calendar(&upcoming, "rebound-reminders.ics", &announce))
    };
    html! {
        <section class="rb-tool" aria-labelledby="rb-reminders-title">
            <h2 id="rb-reminders-title">{t(k::insights::REMINDERS)}</h2>
            <p class="rb-hint">{t(k::insights::REBOUND_HAS_NO_SERVER)}</p>
            if upcoming.is_empty() {
                <p class="rb-empty">{t(k::insights::NOTHING_DATED_AHEAD_FOLLOW)}</p>
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
                                        aria-label={tf!(k::insights::ADD_TO_CALENDAR_FOR, summary = r.summary)}>{t(k::insights::ADD_TO_CALENDAR)}</button>
                                </div>
                            </li>
                        }
                    }) }
                </ul>
                <button type="button" class="rb-button" onclick={on_all_reminders}>{t(k::insights::DOWNLOAD_ALL_REMINDERS)}</button>
            }
        </section>
    }
}

/// The report to print or download, and the activity log.
#[component]
fn TakeItWithYou() -> Html {
    let app = use_app();
    let log = activity_log(&app.state.journal);
    let on_markdown = {
        let state = app.state.clone();
        let announce = app.announce.clone();
        Callback::from(move |_| {
            let today = today();
            let ok = download(
                &format!("rebound-report-{}.md", today),
                "text/markdown",
                &markdown_report(&state.journal, today),
            );
            announce.emit(
                if ok {
                    t(k::insights::YOUR_REPORT_IS_DOWNLOADING)
                } else {
                    t(k::insights::THIS_BROWSER_WOULD_NOT)
                }
                .to_string(),
            );
        })
    };
    let on_print = Callback::from(|_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    html! {
        <section class="rb-tool" aria-labelledby="rb-report-title">
            <h2 id="rb-report-title">{t(k::insights::TAKE_IT_WITH_YOU)}</h2>
            <p class="rb-hint">{t(k::insights::A_REPORT_OF_EVERYTHING)}</p>
            <div class="rb-actions">
                <button type="button" class="rb-button" onclick={on_print}>{t(k::insights::PRINT_OR_SAVE_AS)}</button>
                <button type="button" class="rb-button" onclick={on_markdown}>{t(k::insights::DOWNLOAD_AS_MARKDOWN)}</button>
            </div>
            <h3>{t(k::insights::ACTIVITY_LOG)}</h3>
            if log.is_empty() {
                <p class="rb-empty">{t(k::insights::NO_DATED_ACTIONS_YET)}</p>
            } else {
                <table class="rb-table">
                    <thead><tr><th scope="col">{t(k::insights::DATE)}</th><th scope="col">{t(k::insights::KIND)}</th><th scope="col">{t(k::insights::WHAT)}</th></tr></thead>
                    <tbody>
                        { for log.iter().map(|e| html! {
                            <tr><td>{ e.day.long() }</td><td>{ e.kind.clone() }</td><td>{ e.text.clone() }</td></tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
