//! What they said: notes of the feedback, tagged with themes and the user's own
//! tags, and whether it felt fair.

use crate::browser::{focus_by_id, fresh_id, now_ms};
use crate::components::{use_on_leave, DeleteButton, TextField};
use crate::domain::Choice;
use crate::domain::{
    in_declared_order, parse_tags, Fairness, FeedbackEdit, FeedbackNote, ListEdit, Theme,
};
use crate::i18n::t;
use crate::state::use_app;
use crate::tf;
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
                    t("notes.feedback_note_updated")
                } else {
                    t("notes.feedback_note_saved")
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
                <li>{t("notes.let_them_finish_hold")}</li>
                <li>{t("notes.write_it_down_as")}</li>
                <li>{t("notes.ask_one_clarifying_question")}</li>
                <li>{t("notes.judge_whether_it_was")}</li>
            </ul>
            <form class="rb-form" onsubmit={on_save}>
                <TextField id="rb-feedback-text" label={if editing { t("notes.edit_the_feedback") } else { t("notes.their_feedback_in_your") }}
                    error={error.then_some(AttrValue::from(t("notes.write_what_they_said")))}
                    multiline=true rows={5} value={draft.text.clone()} on_change={update(|d, v| d.text = v)} />
                <fieldset class="rb-fieldset">
                    <legend>{t("notes.themes_it_touches")}</legend>
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
                <TextField id="rb-feedback-tags" label={t("notes.your_own_tags")} optional=true
                    hint={t("notes.separate_them_with_commas")}
                    value={draft.tags.clone()} on_change={update(|d, v| d.tags = v)} />
                <fieldset class="rb-fieldset">
                    <legend>{t("notes.did_it_feel_fair")}</legend>
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
                    <button type="submit" class="rb-button rb-button--primary">{ if editing { t("app.save_changes") } else { t("notes.save_this_feedback") } }</button>
                    if editing {
                        <button type="button" class="rb-button" onclick={{ let d = draft.clone(); move |_| d.set(NoteDraft::default()) }}>{t("list.cancel")}</button>
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
            <p class="rb-empty">{t("notes.no_feedback_noted_yet")}</p>
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
                                    <ul class="rb-taglist" aria-label={t("notes.tags")}>
                                        { for tags.into_iter().map(|t| html! { <li class="rb-badge">{ t }</li> }) }
                                    </ul>
                                }
                                if let Some(fair) = n.fair { <p class="rb-hint rb-list__meta">{ tf!("notes.felt", fair = fair.label()) }</p> }
                            </div>
                            <div class="rb-list__actions">
                                <button type="button" class="rb-button rb-button--small" onclick={on_edit_this}
                                    aria-label={tf!("notes.edit_feedback", summary = summary)}>{t("list.edit")}</button>
                                <DeleteButton what={tf!("notes.feedback", summary = summary)}
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
