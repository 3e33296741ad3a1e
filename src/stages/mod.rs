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

use crate::domain::{Id, Stage};
use emotions::EmotionsStage;
use feedback::FeedbackStage;
use opportunity::OpportunityStage;
use reflect::ReflectStage;
use search::SearchStage;
use yew::prelude::*;

/// What every stage's tools get.
#[derive(Properties, PartialEq)]
pub struct StageToolsProps {
    pub rejection: Id,
    /// The one tool on screen (its slug); `None` for every tool of the stage,
    /// as "See the whole stage" shows them.
    #[prop_or_default]
    pub only: Option<&'static str>,
}

/// The tools of `stage` for the rejection on screen: the one tool `only`
/// names, or all of them.
fn stage_tools(stage: Stage, rejection: Id, only: Option<&'static str>) -> Html {
    match stage {
        Stage::ProcessEmotions => html! { <EmotionsStage {rejection} {only} /> },
        Stage::SeekFeedback => html! { <FeedbackStage {rejection} {only} /> },
        Stage::Reflect => html! { <ReflectStage {rejection} {only} /> },
        Stage::Opportunity => html! { <OpportunityStage {rejection} {only} /> },
        Stage::KeepSearching => html! { <SearchStage {rejection} {only} /> },
    }
}

/// A stage's tools, from `body` (which draws one tool by its slug): on a
/// tool's own screen the tool alone (the screen shows its heading and lead);
/// on the whole-stage page each tool under its heading and lead.
fn tool_sections(
    stage: Stage,
    only: Option<&'static str>,
    body: impl Fn(&'static str) -> Html,
) -> Html {
    if let Some(slug) = only {
        return body(slug);
    }
    html! {
        <>{ for stage.tools().iter().map(|tool| {
            let id = format!("rb-tool-{}", tool.slug);
            html! {
                <section class="rb-tool" aria-labelledby={id.clone()}>
                    <h2 {id}>{ tool.title() }</h2>
                    <p class="rb-hint">{ tool.lead() }</p>
                    { body(tool.slug) }
                </section>
            }
        }) }</>
    }
}
