//! The development plan (person-level): a step for each gap or improvement.

use crate::browser::fresh_id;
use crate::components::options_of;
use crate::components::{item_list, set_field, DateField, ItemListProps, SelectField, TextField};
use crate::domain::Choice;
use crate::domain::{ListEdit, PlanItem, PlanKind, PlanStatus};
use crate::i18n::t;
use crate::tf;
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
                {t("plan.this_plan_is_shared")}
                if !props.plan.is_empty() { { crate::tn!("plan.done_of", props.plan.len(), done = done) } }
            </p>
            { item_list(yew::props!(ItemListProps<PlanItem> {
                id: "rb-plan",
                items: props.plan.clone(),
                add_label: t("plan.add_a_step"),
                empty: t("plan.no_steps_yet_send"),
                make: Callback::from(|_| PlanItem::new(fresh_id(), String::new(), None)),
                title: Callback::from(|p: PlanItem| match (p.action.trim(), p.gap.trim()) {
                    ("", gap) => gap.to_owned(),
                    (action, "") => action.to_owned(),
                    (action, gap) => format!("{gap}: {action}"),
                }),
                detail: Callback::from(|p: PlanItem| html! {
                    <p class="rb-hint rb-list__meta">
                        { format!("{} · {}", p.kind.label(), p.status.label()) }
                        if let Some(day) = p.target { { tf!("report.by_day", day = day.long()) } }
                    </p>
                }),
                editor: Callback::from(|(p, emit): (PlanItem, Callback<PlanItem>)| {
                    let prefix = format!("rb-plan-{}", p.id);
                    html! {
                        <>
                            <TextField id={format!("{prefix}-gap")} label={t("plan.the_gap_or_thing")} value={p.gap.clone()} on_change={set_field(&p, &emit, |n, v| n.gap = v)} />
                            <SelectField id={format!("{prefix}-kind")} label={t("plan.kind_of_step")} options={options_of::<PlanKind>()}
                                value={p.kind.slug()} on_change={set_field(&p, &emit, |n, v: String| n.kind = PlanKind::from_slug(&v).unwrap_or(n.kind))} />
                            <TextField id={format!("{prefix}-action")} label={t("plan.the_step")} value={p.action.clone()}
                                hint={t("plan.for_example_finish_the")}
                                on_change={set_field(&p, &emit, |n, v| n.action = v)} />
                            <DateField id={format!("{prefix}-target")} label={t("plan.aim_to_finish_by")} optional=true value={p.target}
                                on_change={set_field(&p, &emit, |n, v| n.target = v)} />
                            <SelectField id={format!("{prefix}-status")} label={t("request.status")} options={options_of::<PlanStatus>()}
                                value={p.status.slug()} on_change={set_field(&p, &emit, |n, v: String| n.status = PlanStatus::from_slug(&v).unwrap_or(n.status))} />
                        </>
                    }
                }),
                on_edit: props.on_edit.clone(),
            })) }
        </>
    }
}
