//! Themes and weak spots that repeat across rejections, each with where it
//! came from and a way to turn it into a development-plan step.

use crate::browser::fresh_id;
use crate::domain::Choice;
use crate::domain::{
    patterns, repeated_patterns, Action, ListEdit, PatternSource, PersonEdit, PlanItem,
};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use crate::state::use_app;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PatternsProps {
    /// Heading level 2 or 3, by where it sits.
    #[prop_or(2)]
    pub level: u8,
    /// Everything that came up, ranked (insights page); otherwise only repeats.
    #[prop_or_default]
    pub show_all: bool,
    /// Inside a stage's tool, whose screen gives the heading and lead.
    #[prop_or_default]
    pub bare: bool,
}

#[component]
pub fn Patterns(props: &PatternsProps) -> Html {
    let app = use_app();
    let state = app.state.clone();
    let journal = &state.journal;
    let heading = t(k::patterns::WHAT_KEEPS_COMING_UP);
    let title = if props.level == 2 {
        html! { <h2 id="rb-patterns-title">{ heading }</h2> }
    } else {
        html! { <h3 id="rb-patterns-title">{ heading }</h3> }
    };
    let body = if journal.rejections.len() < 2 {
        html! { <p class="rb-empty">{t(k::patterns::PATTERNS_SHOW_UP_HERE)}</p> }
    } else {
        let repeated = if props.show_all {
            patterns(journal)
        } else {
            repeated_patterns(journal)
        };
        if repeated.is_empty() {
            html! { <p class="rb-empty">{t(k::patterns::NOTHING_REPEATS_YET_TAG)}</p> }
        } else {
            html! {
                <ul class="rb-list">
                    { for repeated.iter().map(|p| {
                        let names: Vec<String> = p.rejections.iter()
                            .filter_map(|id| journal.rejection(id).map(|r| r.title()))
                            .collect();
                        let planned = journal.person.plan.iter().find(|item| item.addresses(&p.label));
                        let source = match p.source {
                            PatternSource::Feedback => t(k::patterns::FEEDBACK),
                            PatternSource::SelfAssessment => t(k::patterns::YOUR_OWN_RATING),
                        };
                        let on_plan = {
                            let state = state.clone();
                            let label = p.label.clone();
                            let announce = app.announce.clone();
                            Callback::from(move |_| {
                                state.dispatch(Action::Person(PersonEdit::Plan(ListEdit::Add(PlanItem::new(fresh_id(), label.clone(), None)))));
                                announce.emit(tf!(k::patterns::ADDED_TO_YOUR_DEVELOPMENT, label = label));
                            })
                        };
                        html! {
                            <li class={classes!("rb-list__item", "rb-pattern", p.repeats().then_some("rb-pattern--repeats"))}>
                                <div class="rb-list__main">
                                    <p class="rb-list__title">{ p.label.clone() }</p>
                                    <p class="rb-hint">{ crate::i18n::tn!(k::patterns::CAME_UP_IN, p.count()) }</p>
                                    <p class="rb-hint rb-list__meta">{ tf!(k::patterns::SOURCE_IN, source = source, rejections = names.join("; ")) }</p>
                                </div>
                                <div class="rb-list__actions">
                                    if !p.repeats() {
                                    } else if let Some(item) = planned {
                                        <span class="rb-tag rb-tag--done">{ tf!(k::patterns::IN_YOUR_PLAN, status = item.status.label()) }</span>
                                    } else {
                                        <button type="button" class="rb-button rb-button--small" onclick={on_plan}
                                            aria-label={tf!(k::patterns::ADD_TO_MY_DEVELOPMENT, label = p.label)}>{t(k::patterns::ADD_TO_MY_PLAN)}</button>
                                    }
                                </div>
                            </li>
                        }
                    }) }
                </ul>
            }
        }
    };
    if props.bare {
        return body;
    }
    html! {
        <section class="rb-tool" aria-labelledby="rb-patterns-title">
            { title }
            <p class="rb-hint">{t(k::patterns::WHEN_SEVERAL_EMPLOYERS_POINT)}</p>
            { body }
        </section>
    }
}
