//! The content of each stage: its guidance, then its tools, one component per stage.

mod emotions;
mod feedback;
mod guidance;
mod opportunity;
mod reflect;
mod search;

pub use guidance::Guidance;

use crate::app::Screen;
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
    pub announce: Callback<String>,
    pub navigate: Callback<Screen>,
}

#[derive(Properties, PartialEq)]
pub struct StageContentProps {
    pub stage: Stage,
    pub rejection: Id,
    pub announce: Callback<String>,
    pub navigate: Callback<Screen>,
}

#[component]
pub fn StageContent(props: &StageContentProps) -> Html {
    let rejection = props.rejection.clone();
    let announce = props.announce.clone();
    let navigate = props.navigate.clone();
    let tools = match props.stage {
        Stage::ProcessEmotions => html! { <EmotionsStage {rejection} {announce} {navigate} /> },
        Stage::SeekFeedback => html! { <FeedbackStage {rejection} {announce} {navigate} /> },
        Stage::Reflect => html! { <ReflectStage {rejection} {announce} {navigate} /> },
        Stage::Opportunity => html! { <OpportunityStage {rejection} {announce} {navigate} /> },
        Stage::KeepSearching => html! { <SearchStage {rejection} {announce} {navigate} /> },
    };
    html! {
        <>
            <Guidance stage={props.stage} />
            { tools }
        </>
    }
}
