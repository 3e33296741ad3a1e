//! A passphrase field, and the hook every lock form submits through.
//!
//! The field: labelled, with a show/hide toggle, the browser's
//! password manager told what it is (`current-password` or
//! `new-password`), and its message beside it in a live region. Long
//! passphrases and pasting are welcome; nothing about its kinds of
//! characters is demanded.

use crate::i18n::{k, t};
use crate::lock::LockError;
use crate::persistence::Saver;
use crate::session::use_session;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PassphraseFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub on_change: Callback<String>,
    /// `current-password` or `new-password`.
    pub autocomplete: &'static str,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// What went wrong, beside the field (announced as it appears).
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// A recovery key rather than a passphrase: shown as typed, in capitals.
    #[prop_or_default]
    pub recovery_key: bool,
    #[prop_or_default]
    pub input_ref: NodeRef,
}

#[component]
pub fn PassphraseField(props: &PassphraseFieldProps) -> Html {
    let shown = use_state(|| false);
    let on_input = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            on_change.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described_by = [
        props.hint.as_ref().map(|_| hint_id.clone()),
        props.error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let toggle = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(!*shown))
    };
    let visible = *shown || props.recovery_key;
    html! {
        <div class={classes!("rb-field", "rb-passphrase", props.error.is_some().then_some("rb-field--error"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <p id={hint_id} class="rb-hint rb-field__hint">{ hint.clone() }</p>
            }
            <div class="rb-passphrase__row">
                <input id={props.id.clone()} type={if visible { "text" } else { "password" }}
                    value={props.value.clone()} oninput={on_input} ref={props.input_ref.clone()}
                    autocomplete={if props.recovery_key { "off" } else { props.autocomplete }}
                    autocapitalize={if props.recovery_key { "characters" } else { "off" }}
                    spellcheck="false" autocorrect="off"
                    aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                    aria-invalid={props.error.is_some().then_some("true")} />
                if !props.recovery_key {
                    // Its words say what it does next; the field's type says what shows.
                    <button type="button" class="rb-button rb-passphrase__toggle" onclick={toggle}
                        aria-controls={props.id.clone()}>
                        { if *shown { t(k::lock::HIDE) } else { t(k::lock::SHOW) } }
                    </button>
                }
            </div>
            <p id={error_id} class="rb-error" aria-live="assertive">{ props.error.clone().unwrap_or_default() }</p>
        </div>
    }
}

/// The callback a text field's `on_change` takes, keeping what is typed in `text`.
pub fn text_setter(text: &UseStateHandle<String>) -> Callback<String> {
    let text = text.clone();
    Callback::from(move |typed: String| text.set(typed))
}

/// What `use_lock_form` gives a form.
pub struct LockForm {
    pub texts: Vec<UseStateHandle<String>>,
    /// What went wrong, and the field it is about (shown beside it).
    pub error: UseStateHandle<Option<(usize, AttrValue)>>,
    pub busy: bool,
    pub on_submit: Callback<SubmitEvent>,
}

/// What a lock form does with the saver and the typed texts: a recovery key
/// to show, if any. (One boxed type for every form: one copy of the hook.)
pub type LockStep = Box<
    dyn Fn(
        Rc<Saver>,
        Vec<String>,
    ) -> Pin<Box<dyn Future<Output = Result<Option<String>, LockError>>>>,
>;

/// A form's fields, message and busy state, and how it submits: `step`
/// runs with the saver and the typed texts; a failure is shown beside the
/// field `field_of` names, a success calls `done`.
#[hook]
pub fn use_lock_form(
    fields: usize,
    step: LockStep,
    field_of: fn(&LockError) -> usize,
    done: Callback<Option<String>>,
) -> LockForm {
    let session = use_session();
    // Hooks are called the same number of times on every render: three
    // texts, of which the form uses `fields`.
    let (first, second, third) = (
        use_state(String::new),
        use_state(String::new),
        use_state(String::new),
    );
    let texts = [first, second, third][..fields].to_vec();
    let error = use_state(|| None::<(usize, AttrValue)>);
    let busy = use_state(|| false);
    let step: Rc<LockStep> = Rc::new(step);
    let on_submit = {
        let (saver, texts, error, busy) = (
            session.saver.clone(),
            texts.clone(),
            error.clone(),
            busy.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            error.set(None);
            busy.set(true);
            let typed: Vec<String> = texts.iter().map(|text| (**text).clone()).collect();
            let run = step(saver.clone(), typed);
            let (error, busy, done) = (error.clone(), busy.clone(), done.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = run.await;
                busy.set(false);
                match result {
                    Ok(value) => done.emit(value),
                    Err(problem) => {
                        error.set(Some((field_of(&problem), problem.to_string().into())))
                    }
                }
            });
        })
    };
    LockForm {
        texts,
        error,
        busy: *busy,
        on_submit,
    }
}

/// The message for field `index`, if the form's error is about it.
pub fn error_at(form_error: &Option<(usize, AttrValue)>, index: usize) -> Option<AttrValue> {
    form_error
        .as_ref()
        .filter(|(at, _)| *at == index)
        .map(|(_, message)| message.clone())
}

/// Focuses what `selector` finds first in `section` (a form opened or
/// closed: focus is never lost with the button that was pressed).
pub fn focus_first(section: &NodeRef, selector: &str) {
    let target = section
        .cast::<web_sys::Element>()
        .and_then(|section| section.query_selector(selector).ok().flatten())
        .and_then(|target| target.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        let _ = target.focus();
    }
}
