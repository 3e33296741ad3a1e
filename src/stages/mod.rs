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

/// One tool, on its own screen.
fn one_tool(tool: Tool, rejection: Id) -> Html {
    stage_tools(tool.stage(), Some(tool), rejection)
}

/// Every tool of `stage`, each under its heading and lead.
fn every_tool(stage: Stage, rejection: Id) -> Html {
    stage_tools(stage, None, rejection)
}

/// A stage's tools, one (`only`) or all. Stage 1's are in the first
/// download; the other stages' arrive in their own chunks (`crate::lazy`).
fn stage_tools(stage: Stage, only: Option<Tool>, rejection: Id) -> Html {
    let screen = match stage {
        Stage::ProcessEmotions => return html! { <EmotionsStage ..tools_props(only, rejection) /> },
        Stage::SeekFeedback => LazyScreen::Feedback(tools_props(only, rejection)),
        Stage::Reflect => LazyScreen::Reflect(tools_props(only, rejection)),
        Stage::Opportunity => LazyScreen::Opportunity(tools_props(only, rejection)),
        Stage::KeepSearching => LazyScreen::Search(tools_props(only, rejection)),
    };
    html! { <Lazy {screen} /> }
}

/// What stage `T`'s tools are drawn from: `only` when it is one of them.
fn tools_props<T: StageTool>(only: Option<Tool>, rejection: Id) -> StageToolsProps<T> {
    let only = only.and_then(|tool| T::ALL.iter().copied().find(|each| each.tool() == tool));
    StageToolsProps { rejection, only }
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
