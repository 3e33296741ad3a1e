//! Small labelled fields that save on change: a date and a choice from a list.

use crate::domain::{Choice, Day};
use crate::i18n::k;
use crate::i18n::t;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: Option<Day>,
    pub on_change: Callback<Option<Day>>,
    #[prop_or_default]
    pub optional: bool,
    /// The latest day it accepts (the browser's picker stops there too).
    #[prop_or_default]
    pub max: Option<Day>,
    /// A message from the form about this field, shown beside it.
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

#[component]
pub fn DateField(props: &DateFieldProps) -> Html {
    // `input`, not `change`: browsers fire it for every complete date picked
    // or typed, and it is what the form's other fields listen to.
    let on_input = props.on_change.reform(|e: InputEvent| {
        Day::parse(
            &e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .value(),
        )
    });
    let error_id = format!("{}-error", props.id);
    html! {
        <div class={classes!("rb-field", props.error.is_some().then_some("rb-field--error"))}>
            <label for={props.id.clone()}>
                { props.label.clone() }
                if props.optional { <span class="rb-optional">{ t(k::field::OPTIONAL) }</span> }
            </label>
            if let Some(message) = props.error.clone() {
                <p id={error_id.clone()} class="rb-error">{ message }</p>
            }
            <input id={props.id.clone()} type="date" value={props.value.map(|d| d.to_string()).unwrap_or_default()}
                max={props.max.map(|d| d.to_string())}
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={props.error.is_some().then_some(error_id)}
                oninput={on_input} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// (saved name, words shown)
    pub options: Vec<(&'static str, std::rc::Rc<str>)>,
    pub value: AttrValue,
    pub on_change: Callback<String>,
    /// Words for a first option that chooses nothing (value `""`).
    #[prop_or_default]
    pub blank: Option<AttrValue>,
}

#[component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let on_change = props.on_change.reform(|e: Event| {
        e.target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value()
    });
    html! {
        <div class="rb-field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} onchange={on_change}>
                if let Some(blank) = props.blank.clone() {
                    <option value="" selected={props.value.is_empty()}>{ blank }</option>
                }
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={*value} selected={props.value == *value}>{ label.clone() }</option>
                }) }
            </select>
        </div>
    }
}

/// `(slug, label)` pairs of a choice, for [`SelectField`].
pub fn options_of<T: Choice>() -> Vec<(&'static str, std::rc::Rc<str>)> {
    T::ALL.iter().map(|c| (c.slug(), c.label())).collect()
}
