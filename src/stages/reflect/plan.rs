//! The development plan (person-level): a step for each gap or improvement.

use crate::browser::fresh_id;
use crate::components::options_of;
use crate::components::{item_list, set_field, DateField, ItemListProps, SelectField, TextField};
use crate::domain::Choice;
use crate::domain::{ListEdit, PlanItem, PlanKind, PlanStatus};
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
                {"This plan is shared by all your rejections."}
                if !props.plan.is_empty() { { format!(" {done} of {} done.", props.plan.len()) } }
            </p>
            { item_list(yew::props!(ItemListProps<PlanItem> {
                id: "rb-plan",
                items: props.plan.clone(),
                add_label: "Add a step",
                empty: "No steps yet. Send gaps here from the requirements above, or add one yourself.",
                make: Callback::from(|_| PlanItem::new(fresh_id(), String::new(), None)),
                title: Callback::from(|p: PlanItem| match (p.action.trim(), p.gap.trim()) {
                    ("", gap) => gap.to_owned(),
                    (action, "") => action.to_owned(),
                    (action, gap) => format!("{gap}: {action}"),
                }),
                detail: Callback::from(|p: PlanItem| html! {
                    <p class="rb-hint rb-list__meta">
                        { format!("{} · {}", p.kind.label(), p.status.label()) }
                        if let Some(day) = p.target { { format!(" · by {}", day.long()) } }
                    </p>
                }),
                editor: Callback::from(|(p, emit): (PlanItem, Callback<PlanItem>)| {
                    let prefix = format!("rb-plan-{}", p.id);
                    html! {
                        <>
                            <TextField id={format!("{prefix}-gap")} label="The gap or thing to improve" value={p.gap.clone()} on_change={set_field(&p, &emit, |n, v| n.gap = v)} />
                            <SelectField id={format!("{prefix}-kind")} label="Kind of step" options={options_of::<PlanKind>()}
                                value={p.kind.slug()} on_change={set_field(&p, &emit, |n, v: String| n.kind = PlanKind::from_slug(&v).unwrap_or(n.kind))} />
                            <TextField id={format!("{prefix}-action")} label="The step" value={p.action.clone()}
                                hint="For example: “Finish the PostgreSQL performance course” or “Build a small project with Kubernetes”."
                                on_change={set_field(&p, &emit, |n, v| n.action = v)} />
                            <DateField id={format!("{prefix}-target")} label="Aim to finish by" optional=true value={p.target}
                                on_change={set_field(&p, &emit, |n, v| n.target = v)} />
                            <SelectField id={format!("{prefix}-status")} label="Status" options={options_of::<PlanStatus>()}
                                value={p.status.slug()} on_change={set_field(&p, &emit, |n, v: String| n.status = PlanStatus::from_slug(&v).unwrap_or(n.status))} />
                        </>
                    }
                }),
                on_edit: props.on_edit.clone(),
            })) }
        </>
    }
}
