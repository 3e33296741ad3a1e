//! The short guidance that opens every stage.

use crate::domain::Stage;
use crate::i18n::k;
use crate::i18n::t;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GuidanceProps {
    pub stage: Stage,
}

#[component]
pub fn Guidance(props: &GuidanceProps) -> Html {
    let id = format!("rb-guidance-{}", props.stage.css_name());
    html! {
        <section class="rb-guidance" aria-labelledby={id.clone()}>
            <h2 {id}>{t(k::guidance::WHAT_HELPS)}</h2>
            <dl class="rb-guidance__list">
                { for props.stage.guidance().iter().map(|point| html! {
                    <div class="rb-guidance__item">
                        <dt>{ point.heading() }</dt>
                        <dd>{ point.body() }</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
