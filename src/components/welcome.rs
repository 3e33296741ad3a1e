//! The first visit: what Rebound is, in one line, then "what happened".

use super::RejectionForm;
use crate::domain::RejectionDetails;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    #[prop_or_default]
    pub prefill: Option<RejectionDetails>,
    pub on_save: Callback<RejectionDetails>,
}

#[component]
pub fn Welcome(props: &WelcomeProps) -> Html {
    html! {
        <section class="rb-welcome" aria-labelledby="rb-welcome-title">
            <h1 id="rb-welcome-title" tabindex="-1">{"Not selected this time"}</h1>
            <p class="rb-lede">
                {"Rebound walks you through the days after a job rejection, one calm step at a time. Everything you write stays in this browser."}
            </p>
            <RejectionForm
                heading="What happened?"
                intro="Tell as much or as little as you like. Every field is optional, and you can change it later."
                initial={props.prefill.clone().unwrap_or_default()}
                submit_label="Begin"
                on_save={props.on_save.clone()}
                heading_level={2}
            />
        </section>
    }
}
