//! The content of each stage: its guidance, then its tools, one component per stage.

mod guidance;

pub use guidance::Guidance;

use crate::domain::{Id, Stage};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StageContentProps {
    pub stage: Stage,
    pub rejection: Id,
    pub announce: Callback<String>,
}

#[component]
pub fn StageContent(props: &StageContentProps) -> Html {
    html! { <Guidance stage={props.stage} /> }
}
