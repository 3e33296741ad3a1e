//! The frame of every stage: title, purpose, the stage's own content, "mark
//! this stage done", and previous/next.

use super::{stage_tools, Guidance};
use crate::domain::{Action, Id, Stage, StageStatus};
use crate::state::use_app;
use crate::state::Screen;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StagePageProps {
    pub stage: Stage,
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
    let status = rejection.progress.get(stage);

    let on_done = {
        let state = state.clone();
        let id = props.rejection.clone();
        let announce = app.announce.clone();
        Callback::from(move |_| {
            state.dispatch(Action::MarkStageDone {
                rejection: id.clone(),
                stage,
            });
            announce.emit(format!("“{}” marked done.", stage.title()));
        })
    };
    let on_reopen = {
        let state = state.clone();
        let id = props.rejection.clone();
        let announce = app.announce.clone();
        Callback::from(move |_| {
            state.dispatch(Action::ReopenStage {
                rejection: id.clone(),
                stage,
            });
            announce.emit(format!("“{}” reopened.", stage.title()));
        })
    };

    let go = |target: Screen| app.navigate.reform(move |_| target);
    html! {
        <article class={classes!("rb-stage", format!("rb-stage--{}", stage.css_name()))} aria-labelledby="rb-stage-title">
            <p class="rb-kicker">{ format!("Stage {} of 5 · {}", stage.number(), rejection.title()) }</p>
            <h1 id="rb-stage-title" tabindex="-1">{ stage.title() }</h1>
            <p class="rb-purpose">{ stage.purpose() }</p>

            <Guidance {stage} />
            { stage_tools(stage, props.rejection.clone()) }

            <div class="rb-stage-done">
                if status == StageStatus::Done {
                    <p class="rb-done-note"><span aria-hidden="true">{"✓ "}</span>{"You marked this stage done."}</p>
                    <button type="button" class="rb-button" onclick={on_reopen}>{"Reopen this stage"}</button>
                } else {
                    <button type="button" class="rb-button rb-button--primary" onclick={on_done}>{"Mark this stage done"}</button>
                }
            </div>

            <nav class="rb-pager" aria-label="Stages">
                if let Some(prev) = stage.prev() {
                    <button type="button" class="rb-button rb-pager__prev" onclick={go(Screen::Stage(prev))}>
                        <span aria-hidden="true">{"← "}</span>{ format!("Previous: {}", prev.title()) }
                    </button>
                }
                if let Some(next) = stage.next() {
                    <button type="button" class="rb-button rb-pager__next" onclick={go(Screen::Stage(next))}>
                        { format!("Next: {}", next.title()) }<span aria-hidden="true">{" →"}</span>
                    </button>
                } else {
                    <button type="button" class="rb-button rb-pager__next" onclick={go(Screen::Hub)}>
                        {"Back to all stages"}
                    </button>
                }
            </nav>
        </article>
    }
}
