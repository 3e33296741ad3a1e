//! Stage 5, keep searching: this week's goals, materials, network, leads,
//! staying adaptable, and a closing look back.

mod network;

use super::{on_person, tool_sections, StageToolsProps};
use crate::browser::{fresh_id, today};
use crate::components::options_of;
use crate::components::{item_list, set_field, ItemListProps, SelectField, TextField};
use crate::domain::Choice;
use crate::domain::{
    closing_summary, repeated_patterns, Day, Goal, GoalKind, Id, Materials, OpenKind, OpenTo,
    PersonEdit, SearchTool,
};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use crate::state::use_app;
use network::Network;
use yew::prelude::*;

#[component]
pub fn SearchStage(props: &StageToolsProps<SearchTool>) -> Html {
    let app = use_app();
    let person = &app.state.journal.person;
    let rejection = props.rejection.clone();
    tool_sections(props.only, |tool| match tool {
        SearchTool::ThisWeek => html! { <ThisWeekTool /> },
        SearchTool::Materials => html! { <MaterialsTool rejection={rejection.clone()} /> },
        SearchTool::Network | SearchTool::InformationalInterview | SearchTool::Openings => html! {
            <Network person={person.clone()} on_edit={on_person(&app)} part={tool} />
        },
        SearchTool::Adaptable => html! { <AdaptableTool /> },
        SearchTool::LookingBack => html! { <LookingBackTool rejection={rejection.clone()} /> },
    })
}

#[derive(Properties, PartialEq)]
struct RejectionProps {
    rejection: Id,
}

/// This week's goals: a number for each, counted up as the week goes.
#[component]
fn ThisWeekTool() -> Html {
    let app = use_app();
    let on_person = on_person(&app);
    let week = today().week_start();
    let goals = app.state.journal.person.week(week).cloned();
    let goal = |kind: GoalKind| goals.as_ref().map(|w| w.goal(kind)).unwrap_or_default();
    html! {
            <>
                <p class="rb-hint">{ tf!(k::s_search::THE_WEEK_FROM, week = week.long()) }</p>
                <div class="rb-goals">
                    { for GoalKind::ALL.iter().map(|&kind| {
                        let g = goal(kind);
                        let prefix = format!("rb-goal-{}", kind.slug());
                        let number = |value: u32, target: bool| on_person.reform(move |e: Event| {
                            let v = e.target_unchecked_into::<web_sys::HtmlInputElement>().value().parse::<u32>().unwrap_or(0).min(999);
                            PersonEdit::SetGoal { week, kind, goal: if target { Goal { target: v, done: value } } else { Goal { target: value, done: v } } }
                        });
                        html! {
                            <fieldset class="rb-fieldset rb-goal">
                                <legend>{ kind.label() }</legend>
                                <div class="rb-goal__inputs">
                                    <div class="rb-field">
                                        <label for={format!("{prefix}-done")}>{t(k::list::DONE)}</label>
                                        <input id={format!("{prefix}-done")} type="number" min="0" max="999" inputmode="numeric"
                                            value={g.done.to_string()} onchange={number(g.target, false)} />
                                    </div>
                                    <div class="rb-field">
                                        <label for={format!("{prefix}-target")}>{t(k::s_search::GOAL)}</label>
                                        <input id={format!("{prefix}-target")} type="number" min="0" max="999" inputmode="numeric"
                                            value={g.target.to_string()} onchange={number(g.done, true)} />
                                    </div>
                                </div>
                                if g.target > 0 {
                                    <progress max={g.target.to_string()} value={g.done.min(g.target).to_string()}
                                        aria-label={tf!(k::s_search::GOAL_PROGRESS, goal = kind.label(), done = g.done, target = g.target)}></progress>
                                    <p class="rb-hint rb-goal__text">
                                        { if g.done >= g.target { tf!(k::s_search::OF_GOAL_REACHED, done = g.done, target = g.target) } else { tf!(k::s_search::OF_GOAL, done = g.done, target = g.target) } }
                                    </p>
                                }
                            </fieldset>
                        }
                    }) }
                </div>
            </>
    }
}

/// Resume and cover letters, fed by what stage 3 found.
#[component]
fn MaterialsTool(props: &RejectionProps) -> Html {
    let app = use_app();
    let journal = &app.state.journal;
    let Some(rejection) = journal.rejection(&props.rejection) else {
        return html! {};
    };
    let on_person = on_person(&app);
    let today = today();
    let mut to_address: Vec<String> = rejection
        .reflection
        .improvements
        .iter()
        .map(|i| i.text.clone())
        .chain(rejection.reflection.gaps().map(|g| g.text.clone()))
        .chain(repeated_patterns(journal).into_iter().map(|p| p.label))
        .filter(|t| !t.trim().is_empty())
        .collect();
    to_address.dedup();
    let strengths: Vec<String> = rejection
        .reflection
        .strengths
        .iter()
        .map(|s| s.text.clone())
        .filter(|t| !t.trim().is_empty())
        .collect();
    let materials = journal.person.materials.clone();
    let set_materials = |f: fn(&mut Materials, Option<Day>)| {
        let materials = materials.clone();
        on_person.reform(move |e: Event| {
            let checked = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            let mut next = materials.clone();
            f(&mut next, checked.then_some(today));
            PersonEdit::Materials(next)
        })
    };
    html! {
            <>
                if !strengths.is_empty() {
                    <h3>{t(k::s_search::MAKE_MORE_OF)}</h3>
                    <ul class="rb-bullets">{ for strengths.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
                }
                if to_address.is_empty() {
                    <p class="rb-empty">{t(k::s_search::ONCE_YOU_LIST_THINGS)}</p>
                } else {
                    <h3>{t(k::s_search::ADDRESS_OR_SHOW_PROGRESS)}</h3>
                    <ul class="rb-bullets">{ for to_address.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
                }
                <div class="rb-check">
                    <input type="checkbox" id="rb-resume-done" checked={materials.resume_revised_on.is_some()}
                        onchange={set_materials(|m, day| m.resume_revised_on = day)} />
                    <label for="rb-resume-done">{t(k::s_search::I_REVISED_MY_RESUME)}
                        if let Some(d) = materials.resume_revised_on { <span class="rb-hint">{ tf!(k::letter::ON_DAY, day = d.long()) }</span> }
                    </label>
                </div>
                <div class="rb-check">
                    <input type="checkbox" id="rb-cover-done" checked={materials.cover_letter_tailored_on.is_some()}
                        onchange={set_materials(|m, day| m.cover_letter_tailored_on = day)} />
                    <label for="rb-cover-done">{t(k::s_search::I_TAILORED_A_COVER)}
                        if let Some(d) = materials.cover_letter_tailored_on { <span class="rb-hint">{ tf!(k::letter::ON_DAY, day = d.long()) }</span> }
                    </label>
                </div>
                <TextField id="rb-materials-notes" label={t(k::s_search::NOTES_FOR_MY_RESUME)} optional=true multiline=true rows={3}
                    value={materials.notes.clone()}
                    on_change={{ let m = materials.clone(); on_person.reform(move |notes| PersonEdit::Materials(Materials { notes, ..m.clone() })) }} />
            </>
    }
}

/// Other industries, kinds of role or organisation the person is open to.
#[component]
fn AdaptableTool() -> Html {
    let app = use_app();
    let person = &app.state.journal.person;
    let on_person = on_person(&app);
    html! {
            <>
                { item_list(yew::props!(ItemListProps<OpenTo> {
                    id: "rb-open",
                    items: person.open_to.clone(),
                    add_label: t(k::s_search::ADD_SOMETHING_IM_OPEN),
                    empty: t(k::s_search::NOTHING_YET_WHERE_ELSE),
                    make: Callback::from(|_| OpenTo { id: fresh_id(), kind: OpenKind::Industry, text: String::new() }),
                    title: Callback::from(|o: OpenTo| o.text),
                    detail: Callback::from(|o: OpenTo| html! { <p class="rb-hint rb-list__meta">{ o.kind.label() }</p> }),
                    editor: Callback::from(|(o, emit): (OpenTo, Callback<OpenTo>)| {
                        let prefix = format!("rb-open-{}", o.id);
                        html! {
                            <>
                                <SelectField id={format!("{prefix}-kind")} label={t(k::insights::KIND)} options={options_of::<OpenKind>()} value={o.kind.slug()}
                                    on_change={{ let (o, emit) = (o.clone(), emit.clone()); Callback::from(move |v: String| emit.emit(OpenTo { kind: OpenKind::from_slug(&v).unwrap_or(o.kind), ..o.clone() })) }} />
                                <TextField id={format!("{prefix}-text")} label={t(k::insights::WHAT)} value={o.text.clone()}
                                    on_change={set_field(&o, &emit, |n, v| n.text = v)} />
                            </>
                        }
                    }),
                    on_edit: on_person.reform(PersonEdit::OpenTo),
                })) }
            </>
    }
}

/// What the person did with this rejection, stage by stage.
#[component]
fn LookingBackTool(props: &RejectionProps) -> Html {
    let summary = closing_summary(&use_app().state.journal, &props.rejection);
    html! {
            <>
                if summary.is_empty() {
                    <p>{t(k::s_search::YOU_WROTE_DOWN_WHAT)}</p>
                } else {
                    <ul class="rb-bullets">{ for summary.iter().map(|line| html! { <li>{ line.clone() }</li> }) }</ul>
                }
                <p>{t(k::s_search::NOT_GETTING_THIS_JOB)}</p>
                <p>{t(k::s_search::THE_RIGHT_ROLE_IS)}</p>
            </>
    }
}
