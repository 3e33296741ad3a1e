//! Requirements against me: paste the job's requirements, mark each met,
//! partly or a gap, with evidence; send the gaps to the development plan.

use crate::browser::{focus_by_id, fresh_id};
use crate::components::{item_list, set_field, use_on_leave, ItemListProps, TextField};
use crate::domain::Choice;
use crate::domain::{split_requirements, Fit, PlanItem, ReflectEdit, Requirement};
use crate::i18n::k;
use crate::i18n::t;
use crate::state::use_app;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RequirementsProps {
    pub requirements: Vec<Requirement>,
    pub plan: Vec<PlanItem>,
    pub on_edit: Callback<ReflectEdit>,
    pub on_plan_gaps: Callback<()>,
}

/// Adds each requirement in the pasted text and empties the box; how many.
fn add_pasted(pasted: &UseStateHandle<String>, on_edit: &Callback<ReflectEdit>) -> usize {
    let lines = split_requirements(pasted);
    let count = lines.len();
    if count > 0 {
        on_edit.emit(ReflectEdit::AddRequirements(
            lines
                .into_iter()
                .map(|text| Requirement {
                    id: fresh_id(),
                    text,
                    fit: None,
                    evidence: String::new(),
                })
                .collect(),
        ));
        pasted.set(String::new());
    }
    count
}

#[component]
pub fn Requirements(props: &RequirementsProps) -> Html {
    let app = use_app();
    let pasted = use_state(String::new);
    let paste_error = use_state(|| None::<std::rc::Rc<str>>);
    let on_add = {
        let pasted = pasted.clone();
        let paste_error = paste_error.clone();
        let on_edit = props.on_edit.clone();
        let announce = app.announce.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let count = add_pasted(&pasted, &on_edit);
            if count == 0 {
                paste_error.set(Some(t(k::requirements::PASTE_OR_TYPE_AT)));
                focus_by_id("rb-reqs-paste");
                return;
            }
            paste_error.set(None);
            announce.emit(crate::i18n::tn!(k::requirements::ADDED, count));
        })
    };
    // Requirements pasted and not added yet are added when the person leaves.
    {
        let (pasted, on_edit) = (pasted.clone(), props.on_edit.clone());
        use_on_leave(move || {
            add_pasted(&pasted, &on_edit);
        });
    }
    let in_plan = |r: &Requirement| props.plan.iter().any(|p| p.id == r.plan_id());
    let unplanned_gaps = props
        .requirements
        .iter()
        .filter(|r| r.fit == Some(Fit::Gap) && !r.text.trim().is_empty() && !in_plan(r))
        .count();
    let plan_ids: Vec<_> = props.plan.iter().map(|p| p.id.clone()).collect();

    html! {
        <>
            <form class="rb-form" onsubmit={on_add}>
                <TextField id="rb-reqs-paste" label={t(k::requirements::PASTE_OR_TYPE_THE)} multiline=true rows={5}
                    hint={t(k::requirements::ONE_PER_LINE_PASTE)}
                    error={(*paste_error).clone().map(AttrValue::from)}
                    value={(*pasted).clone()} on_change={{ let p = pasted.clone(); Callback::from(move |v| p.set(v)) }} />
                <div class="rb-actions">
                    <button type="submit" class="rb-button">{t(k::requirements::ADD_THESE_REQUIREMENTS)}</button>
                </div>
            </form>
            { item_list(yew::props!(ItemListProps<Requirement> {
                id: "rb-req",
                items: props.requirements.clone(),
                empty: t(k::requirements::NO_REQUIREMENTS_YET_PASTE),
                title: Callback::from(|r: Requirement| r.text),
                detail: Callback::from(move |r: Requirement| {
                    let planned = plan_ids.contains(&r.plan_id());
                    html! {
                        <p class="rb-hint rb-list__meta">
                            <span class={classes!("rb-fit", r.fit.map(|f| format!("rb-fit--{}", f.slug())))}>
                                { r.fit.map(|f| f.label()).unwrap_or(t(k::requirements::NOT_ASSESSED_YET)) }
                            </span>
                            if !r.evidence.is_empty() { { format!(" · {}", r.evidence) } }
                            if planned { {t(k::requirements::IN_YOUR_DEVELOPMENT_PLAN)} }
                        </p>
                    }
                }),
                editor: Callback::from(|(r, emit): (Requirement, Callback<Requirement>)| {
                    let prefix = format!("rb-req-{}", r.id);
                    html! {
                        <>
                            <TextField id={format!("{prefix}-text")} label={t(k::requirements::REQUIREMENT)} value={r.text.clone()}
                                on_change={set_field(&r, &emit, |n, v| n.text = v)} />
                            <fieldset class="rb-fieldset">
                                <legend>{t(k::requirements::DO_I_MEET_IT)}</legend>
                                <div class="rb-chips">
                                    { for Fit::ALL.iter().map(|&fit| {
                                        let id = format!("{prefix}-fit-{}", fit.slug());
                                        let (r2, emit2) = (r.clone(), emit.clone());
                                        html! {
                                            <span class="rb-chip">
                                                <input type="radio" name={format!("{prefix}-fit")} id={id.clone()} checked={r.fit == Some(fit)}
                                                    onchange={Callback::from(move |_| emit2.emit(Requirement { fit: Some(fit), ..r2.clone() }))} />
                                                <label for={id}>{ fit.label() }</label>
                                            </span>
                                        }
                                    }) }
                                </div>
                            </fieldset>
                            <TextField id={format!("{prefix}-evidence")} label={t(k::requirements::EVIDENCE)} optional=true multiline=true rows={2}
                                hint={t(k::requirements::WHERE_YOU_HAVE_SHOWN)}
                                value={r.evidence.clone()}
                                on_change={set_field(&r, &emit, |n, v| n.evidence = v)} />
                        </>
                    }
                }),
                on_edit: props.on_edit.reform(ReflectEdit::Requirements),
            })) }
            if unplanned_gaps > 0 {
                <div class="rb-actions">
                    <button type="button" class="rb-button rb-button--primary" onclick={props.on_plan_gaps.reform(|_| ())}>
                        { crate::i18n::tn!(k::requirements::SEND_GAPS, unplanned_gaps) }
                    </button>
                </div>
            }
        </>
    }
}
