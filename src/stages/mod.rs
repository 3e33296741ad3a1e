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
use crate::state::Screen;
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
    pub announce: Callback<String>,
    pub navigate: Callback<Screen>,
}

/// The tools of `stage`.
fn stage_tools(stage: Stage, props: StageToolsProps) -> Html {
    let StageToolsProps {
        rejection,
        announce,
        navigate,
    } = props;
    match stage {
        Stage::ProcessEmotions => html! { <EmotionsStage {rejection} {announce} {navigate} /> },
        Stage::SeekFeedback => html! { <FeedbackStage {rejection} {announce} {navigate} /> },
        Stage::Reflect => html! { <ReflectStage {rejection} {announce} {navigate} /> },
        Stage::Opportunity => html! { <OpportunityStage {rejection} {announce} {navigate} /> },
        Stage::KeepSearching => html! { <SearchStage {rejection} {announce} {navigate} /> },
    }
}
