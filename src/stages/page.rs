//! A stage as a short run of screens: one tool per screen, each with a line
//! or two of guidance (the rest behind "Read more"), its own main action and
//! a way on; then a summary of what the person did in each tool, from which
//! any tool reopens. "See the whole stage" keeps every tool on one page, for
//! those who like it that way and for printing.

use super::{every_tool, one_tool, Guidance};
use crate::browser::today;
use crate::domain::{tool_done, Action, Id, Stage, StageStatus, Tool};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use crate::routes::{Route, RouteLink, Step};
use crate::state::use_app;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StagePageProps {
    pub stage: Stage,
    pub step: Step,
    pub rejection: Id,
}

#[component]
pub fn StagePage(props: &StagePageProps) -> Html {
    let app = use_app();
    let state = app.state.clone();
    let stage = props.stage;

    // Opening a stage that was not started marks it in progress.
    {
        let state = state.clone();
        let rejection = props.rejection.clone();
        use_effect_with((stage, rejection), move |(stage, rejection)| {
            state.dispatch(Action::OpenStage {
                rejection: rejection.clone(),
                stage: *stage,
            });
        });
    }

    let Some(rejection) = state.journal.rejection(&props.rejection) else {
        return html! {};
    };
    let kicker = tf!(
        k::stage::STAGE_OF_5,
        stage_number = stage.number(),
        rejection_title = rejection.title()
    );
    match props.step {
        Step::Tool(tool) => html! {
            <ToolScreen {tool} rejection={props.rejection.clone()} {kicker} />
        },
        Step::Summary => html! {
            <StageSummary {stage} rejection={props.rejection.clone()} {kicker} />
        },
        Step::Whole => html! {
            <WholeStage {stage} rejection={props.rejection.clone()} {kicker} />
        },
    }
}

#[derive(Properties, PartialEq)]
struct ToolScreenProps {
    tool: Tool,
    rejection: Id,
    kicker: String,
}

/// One tool on its own screen.
#[component]
fn ToolScreen(props: &ToolScreenProps) -> Html {
    let app = use_app();
    let tool = props.tool;
    let stage = tool.stage();
    let count = stage.tools().len();
    let done = tool_done(&app.state.journal, &props.rejection, tool, today());
    let next = match tool.next() {
        Some(next) => (Route::tool(next), tf!(k::stage::NEXT, title = next.title())),
        None => (
            Route::summary(stage),
            t(k::stage::NEXT_WHAT_YOU_DID).to_string(),
        ),
    };
    let points: Vec<_> = tool.guidance().collect();
    html! {
        <article class={classes!("rb-stage", "rb-step", format!("rb-stage--{}", stage.css_name()))} aria-labelledby="rb-step-title">
            <p class="rb-kicker">{ tf!(k::stage::STEP_OF, kicker = props.kicker, value = tool.position() + 1, count = count) }</p>
            <h1 id="rb-step-title" tabindex="-1">{ tool.title() }</h1>
            <p class="rb-lead">{ tool.lead() }</p>
            if !points.is_empty() {
                <details class="rb-details rb-more">
                    <summary>{t(k::stage::READ_MORE)}</summary>
                    { for points.iter().map(|p| html! {
                        <>
                            <h2 class="rb-more__heading">{ p.heading() }</h2>
                            <p>{ p.body() }</p>
                        </>
                    }) }
                </details>
            }
            <div class="rb-step__tool">
                { one_tool(tool, props.rejection.clone()) }
            </div>
            <nav class="rb-stepnav" aria-label={t(k::stage::STEPS)}>
                if done.is_some() {
                    <RouteLink to={next.0} classes="rb-button rb-button--primary">
                        { next.1 }<span aria-hidden="true">{" →"}</span>
                    </RouteLink>
                } else {
                    <RouteLink to={next.0} classes="rb-button">
                        {t(k::stage::SKIP_FOR_NOW)}
                    </RouteLink>
                }
                <RouteLink to={Route::summary(stage)} classes="rb-link">
                    {t(k::stage::ALL_STEPS_OF_THIS)}
                </RouteLink>
            </nav>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct StageProps {
    stage: Stage,
    rejection: Id,
    kicker: String,
}

/// The end of a stage: each tool with what the person did in it, "mark this
/// stage done", and on to the next stage.
#[component]
fn StageSummary(props: &StageProps) -> Html {
    let app = use_app();
    let stage = props.stage;
    let journal = &app.state.journal;
    let status = journal
        .rejection(&props.rejection)
        .map(|r| r.progress.get(stage))
        .unwrap_or_default();
    html! {
        <article class={classes!("rb-stage", "rb-summary", format!("rb-stage--{}", stage.css_name()))} aria-labelledby="rb-summary-title">
            <p class="rb-kicker">{ props.kicker.clone() }</p>
            <h1 id="rb-summary-title" tabindex="-1">{ tf!(k::stage::WHAT_YOU_DID, stage_title = stage.title()) }</h1>
            <ol class="rb-summary__list">
                { for stage.tools().iter().map(|&tool| {
                    let done = tool_done(journal, &props.rejection, tool, today());
                    let status_id = format!("rb-summary-{}", tool.slug());
                    html! {
                        <li class={classes!("rb-summary__item", done.is_some().then_some("rb-summary__item--done"))}>
                            <RouteLink to={Route::tool(tool)} classes="rb-summary__open" described_by={AttrValue::from(status_id.clone())}>
                                { tool.title() }
                            </RouteLink>
                            <p id={status_id} class="rb-hint">
                                { match done {
                                    Some(what) => html! { <><span aria-hidden="true">{"✓ "}</span>{ what }</> },
                                    // What the tool is for, not a mark of what is missing.
                                    None => html! { { tool.lead() } },
                                } }
                            </p>
                        </li>
                    }
                }) }
            </ol>
            <StageDone {stage} rejection={props.rejection.clone()} {status} />
            <nav class="rb-pager" aria-label={t(k::stage::STAGES)}>
                if let Some(next) = stage.next() {
                    <RouteLink to={Route::Stage { stage: next }} classes="rb-button rb-button--primary">
                        { tf!(k::stage::NEXT_STAGE, next_title = next.title()) }<span aria-hidden="true">{" →"}</span>
                    </RouteLink>
                }
                <RouteLink to={Route::Home} classes="rb-button">{t(k::stage::BACK_TO_ALL_STAGES)}</RouteLink>
                <RouteLink to={Route::whole(stage)} classes="rb-link">{t(k::stage::SEE_THE_WHOLE_STAGE)}</RouteLink>
            </nav>
        </article>
    }
}

/// Every tool of the stage on one long page, with all its guidance.
#[component]
fn WholeStage(props: &StageProps) -> Html {
    let app = use_app();
    let stage = props.stage;
    let status = app
        .state
        .journal
        .rejection(&props.rejection)
        .map(|r| r.progress.get(stage))
        .unwrap_or_default();
    html! {
        <article class={classes!("rb-stage", format!("rb-stage--{}", stage.css_name()))} aria-labelledby="rb-stage-title">
            <p class="rb-kicker">{ props.kicker.clone() }</p>
            <h1 id="rb-stage-title" tabindex="-1">{ stage.title() }</h1>
            <p class="rb-purpose">{ stage.purpose() }</p>
            <Guidance {stage} />
            { every_tool(stage, props.rejection.clone()) }
            <StageDone {stage} rejection={props.rejection.clone()} {status} />
            <nav class="rb-pager" aria-label={t(k::stage::STAGES)}>
                if let Some(prev) = stage.prev() {
                    <RouteLink to={Route::whole(prev)} classes="rb-button rb-pager__prev">
                        <span aria-hidden="true">{"← "}</span>{ tf!(k::stage::PREVIOUS, prev_title = prev.title()) }
                    </RouteLink>
                }
                if let Some(next) = stage.next() {
                    <RouteLink to={Route::whole(next)} classes="rb-button rb-pager__next">
                        { tf!(k::stage::NEXT, title = next.title()) }<span aria-hidden="true">{" →"}</span>
                    </RouteLink>
                } else {
                    <RouteLink to={Route::Home} classes="rb-button rb-pager__next">
                        {t(k::stage::BACK_TO_ALL_STAGES)}
                    </RouteLink>
                }
            </nav>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct StageDoneProps {
    stage: Stage,
    rejection: Id,
    status: StageStatus,
}

/// "Mark this stage done", or that it is, with a way to reopen it.
#[component]
fn StageDone(props: &StageDoneProps) -> Html {
    let app = use_app();
    let stage = props.stage;
    let mark = |done: bool| {
        let state = app.state.clone();
        let id = props.rejection.clone();
        let announce = app.announce.clone();
        Callback::from(move |_| {
            let rejection = id.clone();
            state.dispatch(if done {
                Action::MarkStageDone { rejection, stage }
            } else {
                Action::ReopenStage { rejection, stage }
            });
            announce.emit(if done {
                tf!(k::stage::MARKED_DONE, stage = stage.title())
            } else {
                tf!(k::stage::REOPENED, stage = stage.title())
            });
        })
    };
    html! {
        <div class="rb-stage-done">
            if props.status == StageStatus::Done {
                <p class="rb-done-note"><span aria-hidden="true">{"✓ "}</span>{t(k::stage::YOU_MARKED_THIS_STAGE)}</p>
                <button type="button" class="rb-button" onclick={mark(false)}>{t(k::stage::REOPEN_THIS_STAGE)}</button>
            } else {
                <p class="rb-hint">{t(k::stage::DONE_IS_YOUR_CALL)}</p>
                <button type="button" class="rb-button" onclick={mark(true)}>{t(k::stage::MARK_THIS_STAGE_DONE)}</button>
            }
        </div>
    }
}
