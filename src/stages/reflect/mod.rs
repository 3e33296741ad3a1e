//! Stage 3, reflect and evaluate: how it went, the requirements against me,
//! what trusted people think, the development plan, and what repeats.

mod how_it_went;
mod plan;
mod requirements;

pub(super) use how_it_went::text_items;

use super::{tool_sections, StageToolsProps};
use crate::browser::fresh_id;
use crate::components::{item_list, set_field, ItemListProps, Patterns, TextField};
use crate::domain::{Action, PersonEdit, ReflectEdit, ReflectTool, TrustedView};
use crate::i18n::k;
use crate::i18n::t;
use crate::state::use_app;
use how_it_went::HowItWent;
use plan::DevelopmentPlan;
use requirements::Requirements;
use yew::prelude::*;

#[component]
pub fn ReflectStage(props: &StageToolsProps<ReflectTool>) -> Html {
    let app = use_app();
    let state = app.state.clone();
    let Some(rejection) = state.journal.rejection(&props.rejection) else {
        return html! {};
    };
    let data = &rejection.reflection;
    let on_edit = {
        let state = state.clone();
        let id = props.rejection.clone();
        Callback::from(move |edit: ReflectEdit| {
            state.dispatch(Action::Reflect {
                rejection: id.clone(),
                edit,
            })
        })
    };
    let on_plan_gaps = {
        let state = state.clone();
        let id = props.rejection.clone();
        let announce = app.announce.clone();
        Callback::from(move |_| {
            state.dispatch(Action::PlanGaps {
                rejection: id.clone(),
            });
            announce.emit(t(k::s_reflect::YOUR_GAPS_ARE_IN).to_string());
        })
    };
    let on_plan = {
        let state = state.clone();
        Callback::from(move |edit| state.dispatch(Action::Person(PersonEdit::Plan(edit))))
    };

    tool_sections(props.only, |tool| match tool {
        ReflectTool::HowItWent => html! {
            <>
                <HowItWent data={data.clone()} on_edit={on_edit.clone()} />
            </>
        },
        ReflectTool::Requirements => html! {
            <>
                <Requirements requirements={data.requirements.clone()} plan={state.journal.person.plan.clone()}
                    on_edit={on_edit.clone()} on_plan_gaps={on_plan_gaps.clone()} />
            </>
        },
        ReflectTool::TrustedView => html! {
            <>
                { item_list(yew::props!(ItemListProps<TrustedView> {
                    id: "rb-trusted",
                    items: data.trusted.clone(),
                    add_label: t(k::s_reflect::ADD_WHAT_SOMEONE_SAID),
                    empty: t(k::s_reflect::NO_ONE_ASKED_YET),
                    make: Callback::from(|_| TrustedView { id: fresh_id(), who: String::new(), said: String::new() }),
                    title: Callback::from(|view: TrustedView| view.who),
                    detail: Callback::from(|view: TrustedView| html! { <p class="rb-list__note">{ view.said }</p> }),
                    editor: Callback::from(|(view, emit): (TrustedView, Callback<TrustedView>)| {
                        let prefix = format!("rb-trusted-{}", view.id);
                        html! {
                            <>
                                <TextField id={format!("{prefix}-who")} label={t(k::s_reflect::WHO)} value={view.who.clone()}
                                    on_change={set_field(&view, &emit, |n, v| n.who = v)} />
                                <TextField id={format!("{prefix}-said")} label={t(k::s_reflect::WHAT_THEY_SAID)} multiline=true rows={3} value={view.said.clone()}
                                    on_change={set_field(&view, &emit, |n, v| n.said = v)} />
                            </>
                        }
                    }),
                    on_edit: on_edit.reform(ReflectEdit::Trusted),
                })) }
            </>
        },
        ReflectTool::Plan => html! {
            <>
                <DevelopmentPlan plan={state.journal.person.plan.clone()} on_edit={on_plan.clone()} />
            </>
        },
        ReflectTool::Patterns => html! {
            <>
                <Patterns bare=true />
            </>
        },
    })
}
