//! Small labelled fields that save on change: a date and a choice from a list.

use crate::domain::{Choice, Day};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: Option<Day>,
    pub on_change: Callback<Option<Day>>,
    #[prop_or_default]
    pub optional: bool,
}

#[component]
pub fn DateField(props: &DateFieldProps) -> Html {
    let on_change = props.on_change.reform(|e: Event| {
        Day::parse(
            &e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .value(),
        )
    });
    html! {
        <div class="rb-field">
            <label for={props.id.clone()}>
                { props.label.clone() }
                if props.optional { <span class="rb-optional">{" (optional)"}</span> }
            </label>
            <input id={props.id.clone()} type="date" value={props.value.map(|d| d.to_string()).unwrap_or_default()}
                onchange={on_change} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// (saved name, words shown)
    pub options: Vec<(&'static str, &'static str)>,
    pub value: AttrValue,
    pub on_change: Callback<String>,
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
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={*value} selected={props.value == *value}>{ *label }</option>
                }) }
            </select>
        </div>
    }
}

/// `(slug, label)` pairs of a choice, for [`SelectField`].
pub fn options_of<T: Choice>() -> Vec<(&'static str, &'static str)> {
    T::ALL.iter().map(|c| (c.slug(), c.label())).collect()
}
