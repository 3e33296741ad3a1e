//! Feelings check-in: name what you feel, how strongly, and an optional note.
//! Kept with their time; edit or delete any of them.

use crate::browser::{fresh_id, local_time_label, now_ms};
use crate::components::{DeleteButton, TextField};
use crate::domain::Choice;
use crate::domain::{in_declared_order, CheckIn, EmotionsEdit, Feeling, ListEdit};
use crate::state::use_app;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckInsProps {
    pub checkins: Vec<CheckIn>,
    pub on_edit: Callback<EmotionsEdit>,
}

/// The check-in being written or edited.
#[derive(Clone, PartialEq)]
struct CheckInDraft {
    editing: Option<CheckIn>,
    feelings: Vec<Feeling>,
    intensity: u8,
    note: String,
}

impl CheckInDraft {
    fn blank() -> CheckInDraft {
        CheckInDraft {
            editing: None,
            feelings: Vec::new(),
            intensity: CheckIn::default_intensity(),
            note: String::new(),
        }
    }

    fn of(checkin: &CheckIn) -> CheckInDraft {
        CheckInDraft {
            editing: Some(checkin.clone()),
            feelings: checkin.feelings.clone(),
            intensity: checkin.intensity,
            note: checkin.note.clone(),
        }
    }
}

#[component]
pub fn CheckIns(props: &CheckInsProps) -> Html {
    let app = use_app();
    let draft = use_state(CheckInDraft::blank);
    let error = use_state(|| false);

    let toggle = |feeling: Feeling| {
        let draft = draft.clone();
        Callback::from(move |_| {
            let mut next = (*draft).clone();
            if let Some(i) = next.feelings.iter().position(|f| *f == feeling) {
                next.feelings.remove(i);
            } else {
                next.feelings.push(feeling);
                next.feelings = in_declared_order(Feeling::ALL, &next.feelings);
            }
            draft.set(next);
        })
    };
    let on_intensity = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            let mut next = (*draft).clone();
            next.intensity = CheckIn::clamp_intensity(
                value.parse().unwrap_or(CheckIn::default_intensity().into()),
            );
            draft.set(next);
        })
    };
    let on_note = {
        let draft = draft.clone();
        Callback::from(move |note: String| {
            let mut next = (*draft).clone();
            next.note = note;
            draft.set(next);
        })
    };
    let on_save = {
        let draft = draft.clone();
        let error = error.clone();
        let on_edit = props.on_edit.clone();
        let announce = app.announce.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if draft.feelings.is_empty() && draft.note.trim().is_empty() {
                error.set(true);
                return;
            }
            error.set(false);
            let (id, at_ms) = match &draft.editing {
                Some(c) => (c.id.clone(), c.at_ms),
                None => (fresh_id(), now_ms()),
            };
            let editing = draft.editing.is_some();
            let checkin = CheckIn {
                id,
                at_ms,
                feelings: draft.feelings.clone(),
                intensity: draft.intensity,
                note: draft.note.clone(),
            };
            on_edit.emit(EmotionsEdit::CheckIns(if editing {
                ListEdit::Update(checkin)
            } else {
                ListEdit::Add(checkin)
            }));
            announce.emit(
                if editing {
                    "Check-in updated."
                } else {
                    "Check-in saved."
                }
                .into(),
            );
            draft.set(CheckInDraft::blank());
        })
    };
    let on_cancel = {
        let draft = draft.clone();
        Callback::from(move |_| draft.set(CheckInDraft::blank()))
    };

    let editing = draft.editing.is_some();
    html! {
        <section class="rb-tool" aria-labelledby="rb-checkin-title">
            <h2 id="rb-checkin-title">{"How are you feeling?"}</h2>
            <p class="rb-hint">{"Check in as often as you like. Seeing the feelings written down, and watching them ease over the days, helps."}</p>
            <form class="rb-form" onsubmit={on_save}>
                <fieldset class="rb-fieldset" aria-describedby={error.then_some("rb-checkin-error")}>
                    <legend>{ if editing { "Edit this check-in: what are you feeling?" } else { "What are you feeling? Choose any that fit." } }</legend>
                    if *error {
                        <p id="rb-checkin-error" class="rb-error" role="alert">{"Choose at least one feeling, or write a note."}</p>
                    }
                    <div class="rb-chips">
                        { for Feeling::ALL.iter().copied().map(|f| {
                            let id = format!("rb-feeling-{}", f.slug());
                            html! {
                                <span class="rb-chip">
                                    <input type="checkbox" id={id.clone()} checked={draft.feelings.contains(&f)} onchange={toggle(f)} />
                                    <label for={id}>{ f.label() }</label>
                                </span>
                            }
                        }) }
                    </div>
                </fieldset>
                <div class="rb-field">
                    <label for="rb-intensity">{"How strong is it?"}</label>
                    <div class="rb-range">
                        <span aria-hidden="true">{"1"}</span>
                        <input id="rb-intensity" type="range" min="1" max="10" step="1"
                            value={draft.intensity.to_string()} oninput={on_intensity}
                            aria-valuetext={format!("{} out of 10", draft.intensity)} />
                        <span aria-hidden="true">{"10"}</span>
                        <output for="rb-intensity" class="rb-range__value">{ format!("{} / 10", draft.intensity) }</output>
                    </div>
                </div>
                <TextField id="rb-checkin-note" label="A note to yourself" optional=true multiline=true rows={3}
                    value={draft.note.clone()} on_change={on_note} />
                <div class="rb-actions">
                    <button type="submit" class="rb-button rb-button--primary">
                        { if editing { "Save changes" } else { "Save check-in" } }
                    </button>
                    if editing {
                        <button type="button" class="rb-button" onclick={on_cancel}>{"Cancel"}</button>
                    }
                </div>
            </form>
            if props.checkins.is_empty() {
                <p class="rb-empty">{"No check-ins yet. Your first one will appear here, with its time."}</p>
            } else {
                <h3>{"Your check-ins"}</h3>
                <ul class="rb-list">
                    { for props.checkins.iter().rev().map(|c| {
                        let when = local_time_label(c.at_ms);
                        let feelings = if c.feelings.is_empty() {
                            "No feeling named".to_owned()
                        } else {
                            c.feelings.iter().map(|f| f.label()).collect::<Vec<_>>().join(", ")
                        };
                        let on_edit_this = { let draft = draft.clone(); let c = c.clone(); Callback::from(move |_| draft.set(CheckInDraft::of(&c))) };
                        let id = c.id.clone();
                        html! {
                            <li class="rb-list__item">
                                <div class="rb-list__main">
                                    <p class="rb-list__title">{ feelings }<span class="rb-badge">{ format!("{} / 10", c.intensity) }</span></p>
                                    <p class="rb-hint rb-list__meta">{ when.clone() }</p>
                                    if !c.note.is_empty() { <p class="rb-list__note">{ c.note.clone() }</p> }
                                </div>
                                <div class="rb-list__actions">
                                    <button type="button" class="rb-button rb-button--small" onclick={on_edit_this}
                                        aria-label={format!("Edit check-in of {when}")}>{"Edit"}</button>
                                    <DeleteButton what={format!("check-in of {when}")}
                                        on_delete={props.on_edit.reform(move |_| EmotionsEdit::CheckIns(ListEdit::Delete(id.clone())))} />
                                </div>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
