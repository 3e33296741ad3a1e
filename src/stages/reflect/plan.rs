//! The development plan (person-level): a step for each gap or improvement.

use crate::browser::fresh_id;
use crate::components::options_of;
use crate::components::{item_list, set_field, DateField, ItemListProps, SelectField, TextField};
use crate::domain::Choice;
use crate::domain::{ListEdit, PlanItem, PlanKind, PlanStatus};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DevelopmentPlanProps {
    pub plan: Vec<PlanItem>,
    pub on_edit: Callback<ListEdit<PlanItem>>,
}

#[component]
pub fn DevelopmentPlan(props: &DevelopmentPlanProps) -> Html {
    let done = props
        .plan
        .iter()
        .filter(|p| p.status == PlanStatus::Done)
        .count();
    html! {
        <>
            <p class="rb-hint">
                {t(k::plan::THIS_PLAN_IS_SHARED)}
                if !props.plan.is_empty() { { crate::i18n::tn!(k::plan::DONE_OF, props.plan.len(), done = done) } }
            </p>
            { item_list(yew::props!(ItemListProps<PlanItem> {
                id: "rb-plan",
                items: props.plan.clone(),
                add_label: t(k::plan::ADD_A_STEP),
                empty: t(k::plan::NO_STEPS_YET_SEND),
                make: Callback::from(|_| PlanItem::new(fresh_id(), String::new(), None)),
                title: Callback::from(|p: PlanItem| match (p.action.trim(), p.gap.trim()) {
                    ("", gap) => gap.to_owned(),
                    (action, "") => action.to_owned(),
                    (action, gap) => format!("{gap}: {action}"),
                }),
                detail: Callback::from(|p: PlanItem| html! {
                    <p class="rb-hint rb-list__meta">
                        { format!("{} · {}", p.kind.label(), p.status.label()) }
                        if let Some(day) = p.target { { tf!(k::report::BY_DAY, day = day.long()) } }
                    </p>
                }),
                editor: Callback::from(|(p, emit): (PlanItem, Callback<PlanItem>)| {
                    let prefix = format!("rb-plan-{}", p.id);
                    html! {
                        <>
                            <TextField id={format!("{prefix}-gap")} label={t(k::plan::THE_GAP_OR_THING)} value={p.gap.clone()} on_change={set_field(&p, &emit, |n, v| n.gap = v)} />
                            <SelectField id={format!("{prefix}-kind")} label={t(k::plan::KIND_OF_STEP)} options={options_of::<PlanKind>()}
                                value={p.kind.slug()} on_change={set_field(&p, &emit, |n, v: String| n.kind = PlanKind::from_slug(&v).unwrap_or(n.kind))} />
                            <TextField id={format!("{prefix}-action")} label={t(k::plan::THE_STEP)} value={p.action.clone()}
                                hint={t(k::plan::FOR_EXAMPLE_FINISH_THE)}
                                on_change={set_field(&p, &emit, |n, v| n.action = v)} />
                            <DateField id={format!("{prefix}-target")} label={t(k::plan::AIM_TO_FINISH_BY)} optional=true value={p.target}
                                on_change={set_field(&p, &emit, |n, v| n.target = v)} />
                            <SelectField id={format!("{prefix}-status")} label={t(k::request::STATUS)} options={options_of::<PlanStatus>()}
                                value={p.status.slug()} on_change={set_field(&p, &emit, |n, v: String| n.status = PlanStatus::from_slug(&v).unwrap_or(n.status))} />
                        </>
                    }
                }),
                on_edit: props.on_edit.clone(),
            })) }
        </>
    }
}
