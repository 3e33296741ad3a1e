//! A passphrase field: labelled, with a show/hide toggle, the browser's
//! password manager told what it is (`current-password` or
//! `new-password`), and its message beside it in a live region. Long
//! passphrases and pasting are welcome; nothing about its kinds of
//! characters is demanded.

use crate::i18n::{k, t};
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
                    <button type="button" class="rb-button rb-passphrase__toggle" onclick={toggle}
                        aria-pressed={if *shown { "true" } else { "false" }} aria-controls={props.id.clone()}>
                        { t(k::lock::SHOW) }
                    </button>
                }
            </div>
            <p id={error_id} class="rb-error" aria-live="assertive">{ props.error.clone().unwrap_or_default() }</p>
        </div>
    }
}
