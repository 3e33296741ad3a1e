//! The stages: the page every stage shares (`page`), and each stage's
//! guidance and tools, one folder per stage.

mod emotions;
mod feedback;
mod guidance;
mod opportunity;
mod page;
mod reflect;
mod search;

pub use guidance::Guidance;
pub use page::StagePage;

use crate::domain::{Action, Id, PersonEdit, Stage, StageTool, Tool};
use crate::lazy::{Lazy, LazyScreen};
use crate::state::AppContext;
use emotions::EmotionsStage;
pub use feedback::FeedbackStage;
pub use opportunity::OpportunityStage;
pub use reflect::ReflectStage;
pub use search::SearchStage;
use yew::prelude::*;

/// What every stage's tools get: the rejection on screen and the one tool
/// to draw (`None`: every tool of the stage, as "See the whole stage" shows
/// them). `T` is the stage's own tool enum.
#[derive(Properties, PartialEq, Clone)]
pub struct StageToolsProps<T: StageTool> {
    pub rejection: Id,
    #[prop_or_default]
    pub only: Option<T>,
}

/// One tool, on its own screen. Stage 1's tools are in the first download;
/// the other stages' arrive in their own chunks (`crate::lazy`).
fn one_tool(tool: Tool, rejection: Id) -> Html {
    let screen = match tool {
        Tool::Emotions(only) => return html! { <EmotionsStage {rejection} {only} /> },
        Tool::Feedback(tool) => LazyScreen::Feedback(StageToolsProps {
            rejection,
            only: Some(tool),
        }),
        Tool::Reflect(tool) => LazyScreen::Reflect(StageToolsProps {
            rejection,
            only: Some(tool),
        }),
        Tool::Opportunity(tool) => LazyScreen::Opportunity(StageToolsProps {
            rejection,
            only: Some(tool),
        }),
        Tool::Search(tool) => LazyScreen::Search(StageToolsProps {
            rejection,
            only: Some(tool),
        }),
    };
    html! { <Lazy {screen} /> }
}

/// Every tool of `stage`, each under its heading and lead.
fn every_tool(stage: Stage, rejection: Id) -> Html {
    let screen = match stage {
        Stage::ProcessEmotions => return html! { <EmotionsStage {rejection} /> },
        Stage::SeekFeedback => LazyScreen::Feedback(StageToolsProps {
            rejection,
            only: None,
        }),
        Stage::Reflect => LazyScreen::Reflect(StageToolsProps {
            rejection,
            only: None,
        }),
        Stage::Opportunity => LazyScreen::Opportunity(StageToolsProps {
            rejection,
            only: None,
        }),
        Stage::KeepSearching => LazyScreen::Search(StageToolsProps {
            rejection,
            only: None,
        }),
    };
    html! { <Lazy {screen} /> }
}

/// A stage's tools, from `body` (which draws one tool): on a tool's own
/// screen the tool alone (the screen shows its heading and lead); on the
/// whole-stage page each tool under its heading and lead.
fn tool_sections<T: StageTool>(only: Option<T>, body: impl Fn(T) -> Html) -> Html {
    if let Some(tool) = only {
        return body(tool);
    }
    html! {
        <>{ for T::ALL.iter().map(|&each| {
            let tool = each.tool();
            let id = format!("rb-tool-{}", tool.slug());
            html! {
                <section class="rb-tool" aria-labelledby={id.clone()}>
                    <h2 {id}>{ tool.title() }</h2>
                    <p class="rb-hint">{ tool.lead() }</p>
                    { body(each) }
                </section>
            }
        }) }</>
    }
}

/// Edits of what belongs to the person (the plan, lessons, network...), not
/// to one rejection.
fn on_person(app: &AppContext) -> Callback<PersonEdit> {
    let state = app.state.clone();
    Callback::from(move |edit: PersonEdit| state.dispatch(Action::Person(edit)))
}
