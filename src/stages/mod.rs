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
}

/// The tools of `stage`, for the rejection on screen.
fn stage_tools(stage: Stage, rejection: Id) -> Html {
    match stage {
        Stage::ProcessEmotions => html! { <EmotionsStage {rejection} /> },
        Stage::SeekFeedback => html! { <FeedbackStage {rejection} /> },
        Stage::Reflect => html! { <ReflectStage {rejection} /> },
        Stage::Opportunity => html! { <OpportunityStage {rejection} /> },
        Stage::KeepSearching => html! { <SearchStage {rejection} /> },
    }
}
