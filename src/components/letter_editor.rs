//! A letter the user may send: suggested text they can edit, copy, or open in
//! their own email app. Rebound never sends anything itself.

use super::TextField;
use crate::browser::{copy_text, today};
use crate::domain::{clean_address, mailto, Draft, Letter, LetterEdit};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LetterEditorProps {
    /// Prefix for element ids, unique on the page.
    pub id: AttrValue,
    pub letter: Letter,
    /// The suggested text for the current recipient and details.
    pub suggested: Draft,
    pub on_edit: Callback<LetterEdit>,
    /// Who the letter goes to, in words ("the hiring manager or recruiter").
    pub recipient_hint: AttrValue,
    pub sign_as: AttrValue,
    pub on_sign_as: Callback<String>,
    #[prop_or_else(|| t(k::letter::IVE_SENT_IT).into())]
    pub sent_label: AttrValue,
}

#[component]
pub fn LetterEditor(props: &LetterEditorProps) -> Html {
    let draft = props.letter.text(props.suggested.clone());
    let id = |part: &str| AttrValue::from(format!("{}-{part}", props.id));

    // What came of "Copy the text", shown beside the buttons (and read out).
    let copied = use_state(|| None::<(bool, std::rc::Rc<str>)>);
    let on_copy = {
        let text = format!("{}\n\n{}", draft.subject, draft.body);
        let copied = copied.clone();
        Callback::from(move |_| {
            let text = text.clone();
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(if copy_text(&text).await {
                    (true, t(k::letter::COPIED_THE_SUBJECT_AND))
                } else {
                    (false, t(k::letter::THIS_BROWSER_DID_NOT))
                }));
            });
        })
    };
    let email = props.letter.to_email.trim();
    let email_error = (!email.is_empty() && clean_address(email).is_none())
        .then(|| AttrValue::from(t(k::letter::THAT_IS_NOT_A)));
    let on_sent = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: Event| {
            let checked = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            on_edit.emit(LetterEdit::MarkSent(checked.then(today)));
        })
    };
    let href = mailto(&props.letter.to_email, &draft);

    // "Back to the suggested text" can be undone: the person's own words are
    // kept until they write again or leave, and focus stays with the choice.
    let undo = use_state(|| None::<(Option<String>, Option<String>)>);
    let undo_ref = use_node_ref();
    let body_id = id("body");
    {
        let undo_ref = undo_ref.clone();
        use_effect_with(undo.is_some(), move |shown| {
            if let (true, Some(button)) = (*shown, undo_ref.cast::<web_sys::HtmlElement>()) {
                let _ = button.focus();
            }
        });
    }
    let on_reset = {
        let (undo, on_edit) = (undo.clone(), props.on_edit.clone());
        let kept = (props.letter.subject.clone(), props.letter.body.clone());
        Callback::from(move |_| {
            undo.set(Some(kept.clone()));
            on_edit.emit(LetterEdit::ResetText);
        })
    };
    let on_undo = {
        let (undo, on_edit, body_id) = (undo.clone(), props.on_edit.clone(), body_id.clone());
        Callback::from(move |_| {
            if let Some((subject, body)) = (*undo).clone() {
                if let Some(subject) = subject {
                    on_edit.emit(LetterEdit::EditSubject(subject));
                }
                if let Some(body) = body {
                    on_edit.emit(LetterEdit::EditBody(body));
                }
            }
            undo.set(None);
            crate::browser::focus_by_id(&body_id);
        })
    };
    // Writing again makes the old words history.
    let edit = |make: fn(String) -> LetterEdit| {
        let undo = undo.clone();
        props.on_edit.reform(move |text| {
            if undo.is_some() {
                undo.set(None);
            }
            make(text)
        })
    };

    html! {
        <div class="rb-letter">
            <div class="rb-letter__people">
                <TextField id={id("to-name")} label={t(k::letter::THEIR_NAME)} optional=true
                    hint={props.recipient_hint.clone()}
                    value={props.letter.to_name.clone()} on_change={edit(LetterEdit::SetRecipientName)} />
                <TextField id={id("to-email")} label={t(k::letter::THEIR_EMAIL_ADDRESS)} optional=true input_type="email"
                    error={email_error}
                    value={props.letter.to_email.clone()} on_change={edit(LetterEdit::SetRecipientEmail)} />
                <TextField id={id("sign")} label={t(k::letter::SIGN_IT_AS)} optional=true autocomplete={"name"}
                    hint={t(k::letter::YOUR_NAME_USED_BY)}
                    value={props.sign_as.clone()} on_change={props.on_sign_as.clone()} />
            </div>
            <TextField id={id("subject")} label={t(k::letter::SUBJECT)} value={draft.subject.clone()}
                on_change={edit(LetterEdit::EditSubject)} />
            <TextField id={body_id.clone()} label={t(k::letter::MESSAGE)} multiline=true rows={12}
                hint={if props.letter.is_edited() { t(k::letter::YOUR_TEXT_STAYS) } else { t(k::letter::CHANGE_ANYTHING_YOU_LIKE) }}
                value={draft.body.clone()} on_change={edit(LetterEdit::EditBody)} />
            <div class="rb-actions">
                <button type="button" class="rb-button" onclick={on_copy}>{t(k::letter::COPY_THE_TEXT)}</button>
                <a class="rb-button" href={href}>{t(k::letter::OPEN_IN_MY_EMAIL)}</a>
                if props.letter.is_edited() {
                    <button type="button" class="rb-button" onclick={on_reset}>
                        {t(k::letter::BACK_TO_THE_SUGGESTED)}
                    </button>
                }
            </div>
            if undo.is_some() {
                <p class="rb-saved" role="status">
                    {t(k::letter::SUGGESTED_TEXT_BACK)}{" "}
                    <button type="button" class="rb-link" ref={undo_ref} onclick={on_undo}>{t(k::letter::UNDO)}</button>
                </p>
            }
            if let Some((worked, message)) = (*copied).clone() {
                <p class={if worked { "rb-saved" } else { "rb-error" }} role="status">
                    if worked { <span aria-hidden="true">{"✓ "}</span> }
                    { message }
                </p>
            }
            <div class="rb-check">
                <input type="checkbox" id={id("sent")} checked={props.letter.sent_on.is_some()} onchange={on_sent} />
                <label for={id("sent")}>
                    { props.sent_label.clone() }
                    if let Some(day) = props.letter.sent_on {
                        <span class="rb-hint">{ tf!(k::letter::ON_DAY, day = day.long()) }</span>
                    }
                </label>
            </div>
        </div>
    }
}
