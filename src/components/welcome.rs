//! The first visit: what Rebound is, in one line, then "what happened".

use super::RejectionForm;
use crate::domain::RejectionDetails;
use crate::i18n::k;
use crate::i18n::t;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    #[prop_or_default]
    pub prefill: Option<RejectionDetails>,
    pub on_save: Callback<RejectionDetails>,
    #[prop_or_default]
    pub on_draft: Option<Callback<RejectionDetails>>,
    /// Under the opening lines: where notes live, in a frame that keeps none.
    #[prop_or_default]
    pub aside: Html,
    /// Notes written here are kept in this browser (not in a blocked frame).
    #[prop_or(true)]
    pub keeps_notes: bool,
    /// Begin was pressed before the app arrived (see `RejectionForm`).
    #[prop_or_default]
    pub submit_now: bool,
}

#[component]
pub fn Welcome(props: &WelcomeProps) -> Html {
    html! {
        <section class="rb-welcome" aria-labelledby="rb-welcome-title">
            <h1 id="rb-welcome-title" tabindex="-1">{t(k::welcome::NOT_SELECTED_THIS_TIME)}</h1>
            <p class="rb-lede">
                { if props.keeps_notes { t(k::welcome::REBOUND_WALKS_YOU_THROUGH) } else { t(k::welcome::WALKS_YOU_THROUGH_ONLY) } }
            </p>
            { props.aside.clone() }
            <RejectionForm
                heading={t(k::welcome::WHAT_HAPPENED)}
                intro={t(k::welcome::TELL_AS_MUCH_OR)}
                initial={props.prefill.clone().unwrap_or_default()}
                submit_label={t(k::welcome::BEGIN)}
                on_save={props.on_save.clone()}
                on_draft={props.on_draft.clone()}
                heading_level={2}
            submit_now={props.submit_now} />
        </section>
    }
}
