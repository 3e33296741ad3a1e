//! What they said: notes of the feedback, tagged with themes and the user's own
//! tags, and whether it felt fair.

use crate::browser::{focus_by_id, fresh_id, now_ms};
use crate::components::{use_on_leave, DeleteButton, TextField};
use crate::domain::Choice;
use crate::domain::{
    in_declared_order, parse_tags, Fairness, FeedbackEdit, FeedbackNote, ListEdit, Theme,
};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use crate::state::use_app;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FeedbackNotesProps {
    pub notes: Vec<FeedbackNote>,
    pub on_edit: Callback<FeedbackEdit>,
}

#[derive(Clone, PartialEq, Default)]
struct NoteDraft {
    editing: Option<FeedbackNote>,
    text: String,
    themes: Vec<Theme>,
    tags: String,
    fair: Option<Fairness>,
}

impl NoteDraft {
    fn of(note: &FeedbackNote) -> NoteDraft {
        NoteDraft {
            editing: Some(note.clone()),
            text: note.text.clone(),
            themes: note.themes.clone(),
            tags: note.tags.join(", "),
            fair: note.fair,
        }
    }
}

/// Adds the note written in `draft`, or updates the one it edits; returns it.
fn save_note(draft: &NoteDraft, on_edit: &Callback<FeedbackEdit>) -> FeedbackNote {
    let note = FeedbackNote {
        id: draft
            .editing
            .as_ref()
            .map(|n| n.id.clone())
            .unwrap_or_else(fresh_id),
        text: draft.text.clone(),
        themes: draft.themes.clone(),
        tags: parse_tags(&draft.tags),
        fair: draft.fair,
        at_ms: draft
            .editing
            .as_ref()
            .map(|n| n.at_ms)
            .unwrap_or_else(now_ms),
    };
    on_edit.emit(FeedbackEdit::Notes(if draft.editing.is_some() {
        ListEdit::Update(note.clone())
    } else {
        ListEdit::Add(note.clone())
    }));
    note
}

#[component]
pub fn FeedbackNotes(props: &FeedbackNotesProps) -> Html {
    let app = use_app();
    let draft = use_state(NoteDraft::default);
    let error = use_state(|| false);
    let update = |change: fn(&mut NoteDraft, String)| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            change(&mut next, value);
            draft.set(next);
        })
    };
    let toggle_theme = |theme: Theme| {
        let draft = draft.clone();
        Callback::from(move |_| {
            let mut next = (*draft).clone();
            if let Some(i) = next.themes.iter().position(|t| *t == theme) {
                next.themes.remove(i);
            } else {
                next.themes.push(theme);
                next.themes = in_declared_order(Theme::ALL, &next.themes);
            }
            draft.set(next);
        })
    };
    let set_fair = |fair: Fairness| {
        let draft = draft.clone();
        Callback::from(move |_| {
            let mut next = (*draft).clone();
            next.fair = Some(fair);
            draft.set(next);
        })
    };
    let on_save = {
        let (draft, error) = (draft.clone(), error.clone());
        let on_edit = props.on_edit.clone();
        let announce = app.announce.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if draft.text.trim().is_empty() {
                error.set(true);
                focus_by_id("rb-feedback-text");
                return;
            }
            error.set(false);
            let editing = draft.editing.is_some();
            save_note(&draft, &on_edit);
            announce.emit(
                if editing {
                    t(k::notes::FEEDBACK_NOTE_UPDATED)
                } else {
                    t(k::notes::FEEDBACK_NOTE_SAVED)
                }
                .to_string(),
            );
            draft.set(NoteDraft::default());
        })
    };
    // What they said, written and not saved yet, is saved when the person
    // leaves (a link, Next, a tab switch, a reload), as Save would.
    {
        let (draft, on_edit) = (draft.clone(), props.on_edit.clone());
        use_on_leave(move || {
            if !draft.text.trim().is_empty() {
                let saved = save_note(&draft, &on_edit);
                draft.set(NoteDraft::of(&saved));
            }
        });
    }
    let editing = draft.editing.is_some();

    let on_reopen = {
        let d = draft.clone();
        Callback::from(move |n: FeedbackNote| d.set(NoteDraft::of(&n)))
    };
    html! {
        <>
            <ul class="rb-bullets rb-hint">
                <li>{t(k::notes::LET_THEM_FINISH_HOLD)}</li>
                <li>{t(k::notes::WRITE_IT_DOWN_AS)}</li>
                <li>{t(k::notes::ASK_ONE_CLARIFYING_QUESTION)}</li>
                <li>{t(k::notes::JUDGE_WHETHER_IT_WAS)}</li>
            </ul>
            <form class="rb-form" onsubmit={on_save}>
                <TextField id="rb-feedback-text" label={if editing { t(k::notes::EDIT_THE_FEEDBACK) } else { t(k::notes::THEIR_FEEDBACK_IN_YOUR) }}
                    error={error.then_some(AttrValue::from(t(k::notes::WRITE_WHAT_THEY_SAID)))}
                    multiline=true rows={5} value={draft.text.clone()} on_change={update(|d, v| d.text = v)} />
                <fieldset class="rb-fieldset">
                    <legend>{t(k::notes::THEMES_IT_TOUCHES)}</legend>
                    <div class="rb-chips">
                        { for Theme::ALL.iter().copied().map(|t| {
                            let id = format!("rb-theme-{}", t.slug());
                            html! {
                                <span class="rb-chip">
                                    <input type="checkbox" id={id.clone()} checked={draft.themes.contains(&t)} onchange={toggle_theme(t)} />
                                    <label for={id}>{ t.label() }</label>
                                </span>
                            }
                        }) }
                    </div>
                </fieldset>
                <TextField id="rb-feedback-tags" label={t(k::notes::YOUR_OWN_TAGS)} optional=true
                    hint={t(k::notes::SEPARATE_THEM_WITH_COMMAS)}
                    value={draft.tags.clone()} on_change={update(|d, v| d.tags = v)} />
                <fieldset class="rb-fieldset">
                    <legend>{t(k::notes::DID_IT_FEEL_FAIR)}</legend>
                    <div class="rb-chips">
                        { for Fairness::ALL.iter().copied().map(|f| {
                            let id = format!("rb-fair-{}", f.slug());
                            html! {
                                <span class="rb-chip">
                                    <input type="radio" name="rb-fair" id={id.clone()} checked={draft.fair == Some(f)} onchange={set_fair(f)} />
                                    <label for={id}>{ f.label() }</label>
                                </span>
                            }
                        }) }
                    </div>
                </fieldset>
                <div class="rb-actions">
                    <button type="submit" class="rb-button rb-button--primary">{ if editing { t(k::app::SAVE_CHANGES) } else { t(k::notes::SAVE_THIS_FEEDBACK) } }</button>
                    if editing {
                        <button type="button" class="rb-button" onclick={{ let d = draft.clone(); move |_| d.set(NoteDraft::default()) }}>{t(k::list::CANCEL)}</button>
                    }
                </div>
            </form>
            <NoteList notes={props.notes.clone()} on_edit={props.on_edit.clone()} {on_reopen} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct NoteListProps {
    notes: Vec<FeedbackNote>,
    on_edit: Callback<FeedbackEdit>,
    /// "Edit": open this note in the form above.
    on_reopen: Callback<FeedbackNote>,
}

/// Every feedback note, with its themes, tags and how fair it felt.
#[component]
fn NoteList(props: &NoteListProps) -> Html {
    html! {
        <>
        if props.notes.is_empty() {
            <p class="rb-empty">{t(k::notes::NO_FEEDBACK_NOTED_YET)}</p>
        } else {
            <ul class="rb-list">
                { for props.notes.iter().map(|n| {
                    let mut tags: Vec<String> = n.themes.iter().map(|theme| theme.label().to_string()).collect();
                    tags.extend(n.tags.iter().cloned());
                    let on_edit_this = { let n = n.clone(); props.on_reopen.reform(move |_| n.clone()) };
                    let id = n.id.clone();
                    let summary: String = n.text.chars().take(40).collect();
                    html! {
                        <li class="rb-list__item" key={id.to_string()}>
                            <div class="rb-list__main">
                                <p class="rb-list__note">{ n.text.clone() }</p>
                                if !tags.is_empty() {
                                    <ul class="rb-taglist" aria-label={t(k::notes::TAGS)}>
                                        { for tags.into_iter().map(|t| html! { <li class="rb-badge">{ t }</li> }) }
                                    </ul>
                                }
                                if let Some(fair) = n.fair { <p class="rb-hint rb-list__meta">{ tf!(k::notes::FELT, fair = fair.label()) }</p> }
                            </div>
                            <div class="rb-list__actions">
                                <button type="button" class="rb-button rb-button--small" onclick={on_edit_this}
                                    aria-label={tf!(k::notes::EDIT_FEEDBACK, summary = summary)}>{t(k::list::EDIT)}</button>
                                <DeleteButton what={tf!(k::notes::FEEDBACK, summary = summary)}
                                    on_delete={props.on_edit.reform(move |_| FeedbackEdit::Notes(ListEdit::Delete(id.clone())))} />
                            </div>
                        </li>
                    }
                }) }
            </ul>
        }
        </>
    }
}
