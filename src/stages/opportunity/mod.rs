//! Stage 4, turn it into opportunity: lessons kept as a question bank,
//! achievements, reframing harsh thoughts, self-care and other paths.

mod self_care;

use super::reflect::text_items;
use super::{on_person, tool_sections, StageToolsProps};
use crate::browser::{fresh_id, now_ms};
use crate::components::options_of;
use crate::components::{item_list, set_field, ItemListProps, SelectField, TextField};
use crate::domain::Choice;
use crate::domain::{
    in_declared_order, Id, Interest, Lesson, LessonKind, OpportunityTool, PathIdea, PathKind,
    PersonEdit, Reframe, Trap,
};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use crate::state::use_app;
use self_care::SelfCareTool;
use yew::prelude::*;

#[component]
pub fn OpportunityStage(props: &StageToolsProps<OpportunityTool>) -> Html {
    let app = use_app();
    let person = &app.state.journal.person;
    let on_person = on_person(&app);
    tool_sections(props.only, |tool| match tool {
        OpportunityTool::Lessons => html! { <LessonsTool rejection={props.rejection.clone()} /> },
        OpportunityTool::Achievements => html! {
            <>
                { text_items("rb-achievement", &person.achievements, t(k::s_opportunity::ADD_AN_ACHIEVEMENT),
                    t(k::s_opportunity::NOTHING_HERE_YET_START), t(k::s_opportunity::ACHIEVEMENT),
                    on_person.reform(PersonEdit::Achievements)) }
            </>
        },
        OpportunityTool::Reframe => html! { <ReframeTool /> },
        OpportunityTool::SelfCare => html! {
            <SelfCareTool care={person.self_care.clone()} on_edit={on_person.clone()} />
        },
        OpportunityTool::Paths => html! { <PathsTool /> },
    })
}

#[derive(Properties, PartialEq)]
struct LessonsProps {
    rejection: Id,
}

/// This rejection's lessons, and the question bank of the others.
#[component]
fn LessonsTool(props: &LessonsProps) -> Html {
    let app = use_app();
    let journal = &app.state.journal;
    let person = &journal.person;
    let on_person = on_person(&app);
    let this_rejection = props.rejection.clone();
    let lessons_here: Vec<Lesson> = person
        .lessons
        .iter()
        .filter(|l| l.source.as_ref() == Some(&this_rejection))
        .cloned()
        .collect();
    let bank: Vec<(&Lesson, String)> = person
        .lessons
        .iter()
        .filter(|l| l.source.as_ref() != Some(&this_rejection) && !l.text.trim().is_empty())
        .map(|l| {
            let from = l
                .source
                .as_ref()
                .and_then(|id| journal.rejection(id))
                .map(|r| r.title())
                .unwrap_or_else(|| t(k::s_opportunity::AN_EARLIER_SEARCH).to_string());
            (l, from)
        })
        .collect();
    html! {
            <>
                { item_list(yew::props!(ItemListProps<Lesson> {
                    id: "rb-lesson",
                    items: lessons_here.clone(),
                    add_label: t(k::s_opportunity::ADD_A_LESSON),
                    empty: t(k::s_opportunity::NOTHING_NOTED_FROM_THIS),
                    // New lessons belong to the rejection on screen.
                    make: { let this_rejection = this_rejection.clone(); Callback::from(move |_| Lesson { id: fresh_id(), kind: LessonKind::Question, text: String::new(), prep: String::new(), source: Some(this_rejection.clone()) }) },
                    title: Callback::from(|l: Lesson| l.text),
                    detail: Callback::from(|l: Lesson| html! {
                        <>
                            <p class="rb-hint rb-list__meta">{ l.kind.label() }</p>
                            if !l.prep.is_empty() { <p class="rb-list__note">{ tf!(k::s_opportunity::NEXT_TIME, prep = l.prep) }</p> }
                        </>
                    }),
                    editor: Callback::from(|(l, emit): (Lesson, Callback<Lesson>)| {
                        let prefix = format!("rb-lesson-{}", l.id);
                        html! {
                            <>
                                <SelectField id={format!("{prefix}-kind")} label={t(k::s_opportunity::WHAT_KIND_OF_LESSON)} options={options_of::<LessonKind>()}
                                    value={l.kind.slug()} on_change={set_field(&l, &emit, |n, v: String| n.kind = LessonKind::from_slug(&v).unwrap_or(n.kind))} />
                                <TextField id={format!("{prefix}-text")} label={t(k::s_opportunity::WHAT_IT_WAS)} value={l.text.clone()} on_change={set_field(&l, &emit, |n, v| n.text = v)} />
                                <TextField id={format!("{prefix}-prep")} label={t(k::s_opportunity::HOW_I_WILL_ANSWER)} optional=true multiline=true rows={3}
                                    value={l.prep.clone()} on_change={set_field(&l, &emit, |n, v| n.prep = v)} />
                            </>
                        }
                    }),
                    on_edit: on_person.reform(PersonEdit::Lessons),
                })) }
                if !bank.is_empty() {
                    <h3>{t(k::s_opportunity::FROM_YOUR_OTHER_REJECTIONS)}</h3>
                    <ul class="rb-list">
                        { for bank.iter().map(|(l, from)| html! {
                            <li class="rb-list__item">
                                <div class="rb-list__main">
                                    <p class="rb-list__title">{ l.text.clone() }</p>
                                    <p class="rb-hint rb-list__meta">{ format!("{} · {from}", l.kind.label()) }</p>
                                    if !l.prep.is_empty() { <p class="rb-list__note">{ tf!(k::s_opportunity::NEXT_TIME, prep = l.prep) }</p> }
                                </div>
                            </li>
                        }) }
                    </ul>
                }
            </>
    }
}

/// Harsh thoughts, the traps in them and fairer versions.
#[component]
fn ReframeTool() -> Html {
    let app = use_app();
    let person = &app.state.journal.person;
    let on_person = on_person(&app);
    html! {
            <>
                { item_list(yew::props!(ItemListProps<Reframe> {
                    id: "rb-reframe",
                    items: person.reframes.clone(),
                    add_label: t(k::s_opportunity::REFRAME_A_THOUGHT),
                    empty: t(k::s_opportunity::NO_THOUGHTS_REFRAMED_YET),
                    make: Callback::from(|_| Reframe { id: fresh_id(), thought: String::new(), traps: Vec::new(), balanced: String::new(), at_ms: now_ms() }),
                    // The fairer thought leads; the harsh one it answers sits
                    // quietly below, not in bold.
                    title: Callback::from(|r: Reframe| if r.balanced.trim().is_empty() { t(k::s_opportunity::FAIRER_THOUGHT_NOT_WRITTEN).to_string() } else { r.balanced }),
                    detail: Callback::from(|r: Reframe| html! {
                        <>
                            if !r.thought.trim().is_empty() { <p class="rb-hint rb-list__meta">{ tf!(k::s_opportunity::INSTEAD_OF, thought = r.thought) }</p> }
                            if !r.traps.is_empty() {
                                <p class="rb-hint rb-list__meta">{ tf!(k::s_opportunity::TRAPS_SPOTTED, value = r.traps.iter().map(|t| t.label()).collect::<Vec<_>>().join(", ")) }</p>
                            }
                        </>
                    }),
                    editor: Callback::from(|(r, emit): (Reframe, Callback<Reframe>)| {
                        let prefix = format!("rb-reframe-{}", r.id);
                        html! {
                            <>
                                <TextField id={format!("{prefix}-thought")} label={t(k::s_opportunity::THE_HARSH_THOUGHT)} multiline=true rows={2}
                                    placeholder={t(k::s_opportunity::ILL_NEVER_GET_HIRED)}
                                    value={r.thought.clone()}
                                    on_change={set_field(&r, &emit, |n, v| n.thought = v)} />
                                <fieldset class="rb-fieldset">
                                    <legend>{t(k::s_opportunity::WHICH_THINKING_TRAPS_ARE)}</legend>
                                    <ul class="rb-traps">
                                        { for Trap::ALL.iter().map(|&trap| {
                                            let id = format!("{prefix}-trap-{}", trap.slug());
                                            let (r2, emit2) = (r.clone(), emit.clone());
                                            let on_toggle = Callback::from(move |_| {
                                                let mut traps = r2.traps.clone();
                                                if let Some(i) = traps.iter().position(|t| *t == trap) { traps.remove(i); } else { traps.push(trap); traps = in_declared_order(Trap::ALL, &traps); }
                                                emit2.emit(Reframe { traps, ..r2.clone() });
                                            });
                                            html! {
                                                <li class="rb-check">
                                                    <input type="checkbox" id={id.clone()} checked={r.traps.contains(&trap)} onchange={on_toggle} />
                                                    <label for={id}><strong>{ trap.label() }</strong>{ format!(": {}", trap.hint()) }</label>
                                                </li>
                                            }
                                        }) }
                                    </ul>
                                </fieldset>
                                <TextField id={format!("{prefix}-balanced")} label={t(k::s_opportunity::A_MORE_BALANCED_THOUGHT)} multiline=true rows={2}
                                    placeholder={t(k::s_opportunity::THIS_ROLE_WENT_TO)}
                                    value={r.balanced.clone()}
                                    on_change={set_field(&r, &emit, |n, v| n.balanced = v)} />
                            </>
                        }
                    }),
                    on_edit: on_person.reform(PersonEdit::Reframes),
                })) }
            </>
    }
}

/// Other paths: how interested, and a first step.
#[component]
fn PathsTool() -> Html {
    let app = use_app();
    let person = &app.state.journal.person;
    let on_person = on_person(&app);
    html! {
            <>
                { for PathKind::ALL.iter().map(|&kind| {
                    let idea = person.path(kind).cloned().unwrap_or(PathIdea { kind, interest: None, first_step: String::new() });
                    let prefix = format!("rb-path-{}", kind.slug());
                    html! {
                        <fieldset class="rb-fieldset rb-path">
                            <legend>{ kind.label() }</legend>
                            <div class="rb-chips">
                                { for Interest::ALL.iter().map(|&interest| {
                                    let id = format!("{prefix}-{}", interest.slug());
                                    let idea2 = idea.clone();
                                    html! {
                                        <span class="rb-chip">
                                            <input type="radio" name={prefix.clone()} id={id.clone()} checked={idea.interest == Some(interest)}
                                                onchange={on_person.reform(move |_| PersonEdit::SetPath(PathIdea { interest: Some(interest), ..idea2.clone() }))} />
                                            <label for={id}>{ interest.label() }</label>
                                        </span>
                                    }
                                }) }
                            </div>
                            if idea.interest != Some(Interest::No) {
                                <TextField id={format!("{prefix}-step")} label={t(k::s_opportunity::A_FIRST_STEP)} optional=true value={idea.first_step.clone()}
                                    on_change={{ let idea = idea.clone(); on_person.reform(move |first_step| PersonEdit::SetPath(PathIdea { first_step, ..idea.clone() })) }} />
                            }
                        </fieldset>
                    }
                }) }
            </>
    }
}
