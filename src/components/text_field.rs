//! Labelled text inputs and text areas that save as the user types. A paste
//! longer than the field keeps is never cut short or saved: the text stays in
//! the field with a message, so nothing is lost and storage is not flooded.

use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Longest note Rebound keeps in one field: far more than any real note, far
/// less than a browser's storage quota.
pub const MAX_NOTE_CHARS: usize = 20_000;
/// Longest single-line value (a name, a company, a tag list).
pub const MAX_LINE_CHARS: usize = 500;

/// Why a text is kept in its field but not saved.
pub fn too_long_message(len: usize, max: usize) -> String {
    tf!(k::field::THIS_IS_CHARACTERS_LONG, len = len, max = max)
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub on_change: Callback<String>,
    /// Several lines (a textarea) instead of one.
    #[prop_or_default]
    pub multiline: bool,
    #[prop_or(4)]
    pub rows: u32,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub optional: bool,
    #[prop_or("text")]
    pub input_type: &'static str,
    #[prop_or_default]
    pub autocomplete: Option<&'static str>,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// A message from the form about this field, shown beside it.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Told `true` when the text becomes too long to keep, `false` when it
    /// fits again: a form that saves on submit waits until it fits.
    #[prop_or_default]
    pub on_overflow: Option<Callback<bool>>,
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let max = if props.multiline {
        MAX_NOTE_CHARS
    } else {
        MAX_LINE_CHARS
    };
    // A value can arrive too long as well as be typed so: text typed into
    // the prerendered first screen before the app took over. It says so at
    // once, and the form waits, as for typed text.
    let error = use_state(|| {
        let len = props.value.chars().count();
        (len > max).then(|| too_long_message(len, max))
    });
    {
        let (on_overflow, arrived_too_long) = (props.on_overflow.clone(), error.is_some());
        use_effect_with((), move |_| {
            if let (true, Some(on_overflow)) = (arrived_too_long, on_overflow) {
                on_overflow.emit(true);
            }
        });
    }
    // Text too long to save stays in the field: Yew re-applies `value` on each
    // render, so the field shows this instead of the saved value while it exists.
    let overflow = use_state(|| None::<AttrValue>);
    let on_input = {
        let error = error.clone();
        let overflow = overflow.clone();
        let on_change = props.on_change.clone();
        let on_overflow = props.on_overflow.clone();
        let multiline = props.multiline;
        Callback::from(move |e: InputEvent| {
            let value = if multiline {
                e.target_unchecked_into::<HtmlTextAreaElement>().value()
            } else {
                e.target_unchecked_into::<HtmlInputElement>().value()
            };
            let len = value.chars().count();
            let too_long = len > max;
            if too_long != error.is_some() {
                if let Some(on_overflow) = &on_overflow {
                    on_overflow.emit(too_long);
                }
            }
            if too_long {
                error.set(Some(too_long_message(len, max)));
                overflow.set(Some(AttrValue::from(value)));
            } else {
                if error.is_some() {
                    error.set(None);
                    overflow.set(None);
                }
                on_change.emit(value);
            }
        })
    };
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let message = error
        .as_ref()
        .map(|m| AttrValue::from(m.clone()))
        .or_else(|| props.error.clone());
    let described_by = {
        let mut ids = Vec::new();
        if props.hint.is_some() {
            ids.push(hint_id.clone());
        }
        if message.is_some() {
            ids.push(error_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let invalid = message.is_some().then_some("true");
    let value = (*overflow).clone().unwrap_or_else(|| props.value.clone());
    html! {
        <div class={classes!("rb-field", message.is_some().then_some("rb-field--error"))}>
            <label for={props.id.clone()}>
                { props.label.clone() }
                if props.optional { <span class="rb-optional">{ t(k::field::OPTIONAL) }</span> }
            </label>
            if let Some(hint) = &props.hint {
                <p id={hint_id} class="rb-hint rb-field__hint">{ hint.clone() }</p>
            }
            if let Some(message) = message {
                <p id={error_id} class="rb-error" role="alert">{ message }</p>
            }
            if props.multiline {
                <textarea id={props.id.clone()} rows={props.rows.to_string()} value={value}
                    aria-describedby={described_by} aria-invalid={invalid}
                    placeholder={props.placeholder.clone()} oninput={on_input} />
            } else {
                <input id={props.id.clone()} type={props.input_type} value={value}
                    aria-describedby={described_by} aria-invalid={invalid} autocomplete={props.autocomplete}
                    placeholder={props.placeholder.clone()} oninput={on_input} />
            }
        </div>
    }
}
