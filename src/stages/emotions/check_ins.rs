//! The check-in: "How are you, overall?" on a five-point scale that saves on
//! the tap. Naming feelings, how strong each is, and a note are optional
//! follow-ups to the same check-in. After a low one, where to talk to
//! someone now. Every check-in is kept with its time; edit or delete any.

use crate::browser::{focus_by_id, fresh_id, local_time_label, now_ms};
use crate::components::{DeleteButton, HelpAfter, TextField};
use crate::domain::Choice;
use crate::domain::{in_declared_order, CheckIn, EmotionsEdit, Feeling, ListEdit, OVERALL};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use crate::state::use_app;
use std::collections::BTreeMap;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckInsProps {
    pub checkins: Vec<CheckIn>,
    pub on_edit: Callback<EmotionsEdit>,
}

/// The check-in being added to or edited: the one just saved by a tap on the
/// scale, one reopened from the list, or a new one begun with feelings.
#[derive(Clone, Default, PartialEq)]
struct CheckInDraft {
    editing: Option<CheckIn>,
    /// The check-in was made on this screen (not reopened from the list).
    created_here: bool,
    overall: Option<u8>,
    feelings: Vec<Feeling>,
    strength: BTreeMap<Feeling, u8>,
    note: String,
}

impl CheckInDraft {
    /// Names `feeling`, or takes it back.
    fn toggle(&mut self, feeling: Feeling) {
        if let Some(i) = self.feelings.iter().position(|f| *f == feeling) {
            self.feelings.remove(i);
            self.strength.remove(&feeling);
        } else {
            self.feelings.push(feeling);
            self.feelings = in_declared_order(Feeling::ALL, &self.feelings);
            self.strength.insert(feeling, CheckIn::DEFAULT_STRENGTH);
        }
    }

    /// How strong `feeling` is, from a slider's value.
    fn set_strength(&mut self, feeling: Feeling, value: &str) {
        let strength = value
            .parse()
            .unwrap_or(i64::from(CheckIn::DEFAULT_STRENGTH));
        self.strength
            .insert(feeling, CheckIn::clamp_strength(strength));
    }

    fn of(checkin: &CheckIn) -> CheckInDraft {
        let mut strength = checkin.strength.clone();
        // An old check-in's one shared strength becomes each feeling's own
        // only if the person edits it; until then it stays as it was saved.
        if let Some(shared) = checkin.intensity {
            for f in &checkin.feelings {
                strength.entry(*f).or_insert(shared);
            }
        }
        CheckInDraft {
            editing: Some(checkin.clone()),
            created_here: false,
            overall: checkin.overall,
            feelings: checkin.feelings.clone(),
            strength,
            note: checkin.note.clone(),
        }
    }

    /// The check-in as it will be saved: the one being edited with this
    /// draft's feelings and note (each named feeling now with its own
    /// strength), or a new one.
    fn to_check_in(&self) -> CheckIn {
        let (overall, feelings, strength, note) = (
            self.overall,
            self.feelings.clone(),
            self.strength.clone(),
            self.note.clone(),
        );
        match &self.editing {
            Some(c) => CheckIn {
                overall,
                feelings,
                strength,
                intensity: None,
                note,
                ..c.clone()
            },
            None => CheckIn {
                id: fresh_id(),
                at_ms: now_ms(),
                overall,
                feelings,
                strength,
                intensity: None,
                note,
            },
        }
    }
}

/// What the person sees after a check-in is saved: words for the status
/// line, and the check-in (help follows what it says).
#[derive(Clone, PartialEq)]
struct Saved {
    message: String,
    checkin: CheckIn,
}

/// Everything typed into a check-in is saved as it is typed: the first tap,
/// tick or word makes the check-in, every change after updates it. "Done",
/// "Next", a tab switch or a reload then have nothing left to lose.
fn keep(
    on_edit: &Callback<EmotionsEdit>,
    draft: &UseStateHandle<CheckInDraft>,
    next: CheckInDraft,
) {
    let checkin = next.to_check_in();
    let next = match &next.editing {
        None if checkin.is_empty() => next,
        None => {
            on_edit.emit(EmotionsEdit::CheckIns(ListEdit::Add(checkin.clone())));
            CheckInDraft {
                editing: Some(checkin),
                created_here: true,
                ..next
            }
        }
        Some(_) => {
            on_edit.emit(EmotionsEdit::CheckIns(ListEdit::Update(checkin.clone())));
            CheckInDraft {
                editing: Some(checkin),
                ..next
            }
        }
    };
    draft.set(next);
}

/// Closes the check-in being written. One this screen made and then emptied
/// again (a feeling ticked and unticked) is not kept as a blank entry.
fn close(on_edit: &Callback<EmotionsEdit>, draft: &CheckInDraft) -> Option<CheckIn> {
    let checkin = draft.editing.clone()?;
    if draft.created_here && checkin.is_empty() {
        on_edit.emit(EmotionsEdit::CheckIns(ListEdit::Delete(checkin.id)));
        return None;
    }
    Some(checkin)
}

#[component]
pub fn CheckIns(props: &CheckInsProps) -> Html {
    let app = use_app();
    let draft = use_state(CheckInDraft::default);
    let error = use_state(|| false);
    let saved = use_state(|| None::<Saved>);

    // Leaving the screen closes the check-in as its button does.
    let latest = use_mut_ref(CheckInDraft::default);
    *latest.borrow_mut() = (*draft).clone();
    {
        let on_edit = props.on_edit.clone();
        use_effect_with((), move |_| move || drop(close(&on_edit, &latest.borrow())));
    }

    // One tap on the scale is a whole check-in.
    let on_overall = |overall: u8| {
        let (draft, saved, error) = (draft.clone(), saved.clone(), error.clone());
        let on_edit = props.on_edit.clone();
        let announce = app.announce.clone();
        Callback::from(move |_| {
            // A second tap changes the answer of the check-in just made.
            let mut next = (*draft).clone();
            next.overall = Some(overall);
            let checkin = next.to_check_in();
            let message = tf!(
                k::checkin::SAVED_ADD_FEELINGS_OR,
                checkin = checkin.overall_label().unwrap_or_default()
            );
            keep(&on_edit, &draft, next);
            announce.emit(message.clone());
            saved.set(Some(Saved { message, checkin }));
            error.set(false);
        })
    };

    // Each change to the feelings, their strengths or the note is kept as
    // it is made.
    let toggle = |feeling: Feeling| {
        let (draft, error, on_edit) = (draft.clone(), error.clone(), props.on_edit.clone());
        Callback::from(move |_: Event| {
            let mut next = (*draft).clone();
            next.toggle(feeling);
            error.set(false);
            keep(&on_edit, &draft, next);
        })
    };
    let on_strength = |feeling: Feeling| {
        let draft = draft.clone();
        let (on_edit, error) = (props.on_edit.clone(), error.clone());
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            let mut next = (*draft).clone();
            next.set_strength(feeling, &value);
            error.set(false);
            keep(&on_edit, &draft, next);
        })
    };
    let on_note = {
        let (draft, error, on_edit) = (draft.clone(), error.clone(), props.on_edit.clone());
        Callback::from(move |note: String| {
            let mut next = (*draft).clone();
            next.note = note;
            error.set(false);
            keep(&on_edit, &draft, next);
        })
    };
    let on_done = on_done(&props.on_edit, &draft, &error, &saved, &app.announce);

    let editing = draft.editing.clone();
    // While a check-in is open, help follows what it says now.
    let help_for = editing
        .clone()
        .or_else(|| saved.as_ref().map(|s| s.checkin.clone()));
    let current_overall = editing.as_ref().and_then(|c| c.overall);
    // Reopening one from the list closes the one open now.
    let on_reopen = {
        let (draft, saved) = (draft.clone(), saved.clone());
        let on_edit = props.on_edit.clone();
        Callback::from(move |c: CheckIn| {
            drop(close(&on_edit, &draft));
            saved.set(None);
            draft.set(CheckInDraft::of(&c));
            focus_by_id("rb-checkin-more-title");
        })
    };
    html! {
        <div class="rb-checkin">
            { overall_scale(current_overall, &on_overall) }
            if let Some(s) = (*saved).clone() {
                <p class="rb-saved" role="status"><span aria-hidden="true">{"✓ "}</span>{ s.message }</p>
            }
            if let Some(checkin) = help_for {
                <HelpAfter {checkin} />
            }
            <form class="rb-form rb-checkin__more" onsubmit={on_done}>
                <h3 id="rb-checkin-more-title" tabindex="-1">{ match &editing {
                    Some(c) if c.overall.is_some() => t(k::checkin::ADD_TO_THIS_CHECK),
                    Some(_) => t(k::checkin::EDIT_THIS_CHECK_IN),
                    None => t(k::checkin::OR_NAME_WHAT_YOU),
                } }</h3>
                { feeling_chips(&draft, *error, &toggle) }
                // One element whatever the number of feelings: Yew matches
                // unkeyed siblings from the end, so a list growing in place
                // would rebuild the chips above and drop the focus on them.
                { strength_sliders(&draft, &on_strength) }
                <TextField id="rb-checkin-note" label={t(k::checkin::A_NOTE_TO_YOURSELF)} optional=true multiline=true rows={3}
                    value={draft.note.clone()} on_change={on_note} />
                <div class="rb-actions">
                    <button type="submit" class="rb-button rb-button--primary">
                        // A steady label while typing: everything is already
                        // kept, the button closes the check-in and says so.
                        { if editing.is_some() && !draft.created_here { t(k::list::SAVE) } else { t(k::checkin::SAVE_CHECK_IN) } }
                    </button>
                    // Always there: it reassures before the first word, and the
                    // screen does not jump when the check-in closes.
                    <p class="rb-hint rb-actions__note">{t(k::checkin::KEPT_AS_YOU_WRITE)}</p>
                </div>
            </form>
            <CheckInList checkins={props.checkins.clone()} on_edit={props.on_edit.clone()} {on_reopen} />
        </div>
    }
}

// "Save check-in" or "Save" (the form's submit): everything is saved already; it closes the
// check-in and says so. With nothing written yet it says what to do.
fn on_done(
    on_edit: &Callback<EmotionsEdit>,
    draft: &UseStateHandle<CheckInDraft>,
    error: &UseStateHandle<bool>,
    saved: &UseStateHandle<Option<Saved>>,
    announce: &Callback<String>,
) -> Callback<SubmitEvent> {
    let (draft, error, saved) = (draft.clone(), error.clone(), saved.clone());
    let (on_edit, announce) = (on_edit.clone(), announce.clone());
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        if draft.editing.is_none() {
            // The last confirmation is old news next to a new error.
            saved.set(None);
            error.set(true);
            focus_by_id("rb-feeling-disappointed");
            return;
        }
        error.set(false);
        match close(&on_edit, &draft) {
            Some(checkin) => {
                let message = t(k::checkin::CHECK_IN_SAVED).to_string();
                announce.emit(message.clone());
                saved.set(Some(Saved { message, checkin }));
            }
            None => saved.set(None),
        }
        draft.set(CheckInDraft::default());
    })
}

#[derive(Properties, PartialEq)]
struct CheckInListProps {
    checkins: Vec<CheckIn>,
    on_edit: Callback<EmotionsEdit>,
    /// "Edit": open this check-in in the form above.
    on_reopen: Callback<CheckIn>,
}

/// Every check-in, the latest first, each with Edit and Delete.
#[component]
fn CheckInList(props: &CheckInListProps) -> Html {
    html! {
        <>
    if props.checkins.is_empty() {
        <p class="rb-empty">{t(k::checkin::NO_CHECK_INS_YET)}</p>
    } else {
        <h3>{t(k::checkin::YOUR_CHECK_INS)}</h3>
        <ul class="rb-list">
            { for props.checkins.iter().rev().map(|c| {
                let when = local_time_label(c.at_ms);
                let title = checkin_title(c);
                let on_edit_this = {
                    let c = c.clone();
                    props.on_reopen.reform(move |_| c.clone())
                };
                let id = c.id.clone();
                html! {
                    <li class="rb-list__item" key={id.to_string()}>
                        <div class="rb-list__main">
                            <p class="rb-list__title">{ title }
                                if let Some(shared) = c.intensity { <span class="rb-badge">{ format!("{shared} / 10") }</span> }
                            </p>
                            <p class="rb-hint rb-list__meta">{ when.clone() }</p>
                            if !c.note.is_empty() { <p class="rb-list__note">{ c.note.clone() }</p> }
                        </div>
                        <div class="rb-list__actions">
                            <button type="button" class="rb-button rb-button--small" onclick={on_edit_this}
                                aria-label={tf!(k::checkin::EDIT_CHECK_IN_OF, when = when)}>{t(k::list::EDIT)}</button>
                            <DeleteButton what={tf!(k::checkin::CHECK_IN_OF, when = when)}
                                on_delete={props.on_edit.reform(move |_| EmotionsEdit::CheckIns(ListEdit::Delete(id.clone())))} />
                        </div>
                    </li>
                }
            }) }
        </ul>
    }
        </>
    }
}

/// "How are you, overall?": five answers, one tap each.
fn overall_scale(current: Option<u8>, on_overall: &dyn Fn(u8) -> Callback<MouseEvent>) -> Html {
    html! {
    <div class="rb-overall" role="group" aria-label={t(k::checkin::HOW_ARE_YOU_OVERALL)}>
        { for OVERALL.iter().enumerate().map(|(i, key)| {
            let value = i as u8 + 1;
            let chosen = current == Some(value);
            html! {
                <button type="button" class={classes!("rb-overall__choice", format!("rb-overall__choice--{value}"))}
                    aria-pressed={chosen.to_string()} onclick={on_overall(value)}>
                    <span class="rb-overall__dot" aria-hidden="true"></span>
                    { t(*key) }
                </button>
            }
        }) }
    </div>
    }
}

/// How strong each named feeling is, one slider per feeling.
fn strength_sliders(
    draft: &CheckInDraft,
    on_strength: &dyn Fn(Feeling) -> Callback<InputEvent>,
) -> Html {
    html! {
    <div class="rb-strengths">
        { for draft.feelings.iter().copied().map(|f| {
            let id = format!("rb-strength-{}", f.slug());
            let value = draft.strength.get(&f).copied().unwrap_or(CheckIn::DEFAULT_STRENGTH);
            html! {
                <div class="rb-field">
                    <label for={id.clone()}>{ tf!(k::checkin::HOW_STRONG_IS, f = f.label()) }</label>
                    <div class="rb-range">
                        <span aria-hidden="true">{"1"}</span>
                        <input id={id.clone()} type="range" min="1" max="10" step="1"
                            value={value.to_string()} oninput={on_strength(f)}
                            aria-valuetext={tf!(k::checkin::OUT_OF_10, value = value)} />
                        <span aria-hidden="true">{"10"}</span>
                        <output for={id} class="rb-range__value">{ format!("{value} / 10") }</output>
                    </div>
                </div>
            }
        }) }
    </div>
    }
}

/// A check-in's row title: how it was overall and the feelings with their
/// strengths, or the first words of its note.
fn checkin_title(c: &CheckIn) -> String {
    let feelings = c
        .feelings
        .iter()
        .map(|f| match c.strength.get(f) {
            Some(s) => format!("{} {s}/10", f.label()),
            None => f.label().to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ");
    match (c.overall_label(), feelings.is_empty()) {
        (Some(overall), true) => overall.to_string(),
        (Some(overall), false) => format!("{overall} · {feelings}"),
        (None, false) => feelings,
        // A note on its own: its first words name it.
        (None, true) if !c.note.trim().is_empty() => {
            let first: String = c.note.trim().chars().take(60).collect();
            if c.note.trim().chars().count() > 60 {
                // i18n: the mark of a shortened note, not words
                format!("{first}…")
            } else {
                first
            }
        }
        (None, true) => t(k::checkin::NO_FEELING_NAMED).to_string(),
    }
}

/// "What are you feeling?": a chip for each feeling, any number ticked.
fn feeling_chips(
    draft: &CheckInDraft,
    error: bool,
    toggle: &dyn Fn(Feeling) -> Callback<Event>,
) -> Html {
    html! {
        <fieldset id="rb-feelings" class={classes!("rb-fieldset", error.then_some("rb-fieldset--error"))}
            aria-describedby={error.then_some("rb-checkin-error")}>
            <legend>{t(k::checkin::WHAT_ARE_YOU_FEELING)}</legend>
            if error {
                <p id="rb-checkin-error" class="rb-error">{t(k::checkin::TAP_HOW_YOU_ARE)}</p>
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
    }
}
