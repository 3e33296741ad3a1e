//! "What happened": company, role, the day the news came and how far the
//! process went. Every field is optional; a date in the future is refused.

use super::text_field::{too_long_message, MAX_LINE_CHARS, MAX_NOTE_CHARS};
use crate::browser::today;
use crate::domain::Choice;
use crate::domain::{Day, Reached, RejectionDetails};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RejectionFormProps {
    pub heading: AttrValue,
    pub intro: AttrValue,
    #[prop_or_default]
    pub initial: RejectionDetails,
    pub submit_label: AttrValue,
    pub on_save: Callback<RejectionDetails>,
    #[prop_or_default]
    pub on_cancel: Option<Callback<()>>,
    /// The welcome screen has its own h1; the form then uses an h2.
    #[prop_or(1)]
    pub heading_level: u8,
}

#[component]
pub fn RejectionForm(props: &RejectionFormProps) -> Html {
    let company = use_state(|| props.initial.company.clone());
    let role = use_state(|| props.initial.role.clone());
    let date = use_state(|| {
        props
            .initial
            .news_date
            .map(|d| d.to_string())
            .unwrap_or_default()
    });
    let reached = use_state(|| props.initial.reached);
    let notes = use_state(|| props.initial.notes.clone());
    let date_error = use_state(|| None::<&'static str>);
    let date_ref = use_node_ref();

    let on_submit = {
        let (company, role, date, reached, notes) = (
            company.clone(),
            role.clone(),
            date.clone(),
            reached.clone(),
            notes.clone(),
        );
        let date_error = date_error.clone();
        let date_ref = date_ref.clone();
        let on_save = props.on_save.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            // Too long to keep: the text stays whole in its field, with the
            // message beside it, and nothing is saved or cut.
            if [
                (&*company, MAX_LINE_CHARS),
                (&*role, MAX_LINE_CHARS),
                (&*notes, MAX_NOTE_CHARS),
            ]
            .iter()
            .any(|(text, max)| text.chars().count() > *max)
            {
                return;
            }
            let news_date = if date.trim().is_empty() {
                None
            } else {
                match Day::parse(&date) {
                    Some(day) => Some(day),
                    None => {
                        date_error.set(Some(
                            "Enter the date as day, month and year, or leave it empty.",
                        ));
                        focus(&date_ref);
                        return;
                    }
                }
            };
            let details = RejectionDetails {
                company: (*company).clone(),
                role: (*role).clone(),
                news_date,
                reached: *reached,
                notes: (*notes).clone(),
            };
            if let Err(error) = details.validate(today()) {
                date_error.set(Some(error.message()));
                focus(&date_ref);
                return;
            }
            date_error.set(None);
            on_save.emit(details);
        })
    };

    let text_input = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            state.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_reached = {
        let reached = reached.clone();
        Callback::from(move |e: Event| {
            reached.set(Reached::from_slug(
                &e.target_unchecked_into::<HtmlSelectElement>().value(),
            ))
        })
    };
    let on_notes = {
        let notes = notes.clone();
        Callback::from(move |e: InputEvent| {
            notes.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };

    // A message under a field whose text is too long to keep.
    let too_long = |id: &str, text: &str, max: usize| {
        let len = text.chars().count();
        (len > max).then(|| {
            html! { <p id={format!("{id}-error")} class="rb-error" role="alert">{ too_long_message(len, max) }</p> }
        })
    };
    let invalid = |text: &str, max: usize| (text.chars().count() > max).then_some("true");
    let described = |id: &str, text: &str, max: usize| {
        (text.chars().count() > max).then(|| format!("{id}-error"))
    };
    let heading = html! { <>{ props.heading.clone() }</> };
    let max_date = today().to_string();
    html! {
        <form class="rb-form" onsubmit={on_submit} novalidate=true>
            if props.heading_level == 1 {
                <h1 tabindex="-1">{ heading }</h1>
            } else {
                <h2>{ heading }</h2>
            }
            <p class="rb-hint">{ props.intro.clone() }</p>
            <div class="rb-field">
                <label for="rb-company">{"Company"}</label>
                { too_long("rb-company", &company, MAX_LINE_CHARS) }
                <input id="rb-company" type="text" autocomplete="organization"
                    aria-invalid={invalid(&company, MAX_LINE_CHARS)}
                    aria-describedby={described("rb-company", &company, MAX_LINE_CHARS)}
                    value={(*company).clone()} oninput={text_input(&company)} />
            </div>
            <div class="rb-field">
                <label for="rb-role">{"Role"}</label>
                { too_long("rb-role", &role, MAX_LINE_CHARS) }
                <input id="rb-role" type="text" autocomplete="organization-title"
                    aria-invalid={invalid(&role, MAX_LINE_CHARS)}
                    aria-describedby={described("rb-role", &role, MAX_LINE_CHARS)}
                    value={(*role).clone()} oninput={text_input(&role)} />
            </div>
            <div class={classes!("rb-field", date_error.is_some().then_some("rb-field--error"))}>
                <label for="rb-date">{"When the news came"}</label>
                if let Some(message) = *date_error {
                    <p id="rb-date-error" class="rb-error">{ message }</p>
                }
                <input id="rb-date" type="date" ref={date_ref} max={max_date}
                    aria-invalid={date_error.is_some().then_some("true")}
                    aria-describedby={date_error.is_some().then_some("rb-date-error")}
                    value={(*date).clone()} oninput={text_input(&date)} />
            </div>
            <div class="rb-field">
                <label for="rb-reached">{"How far the process went"}</label>
                <select id="rb-reached" onchange={on_reached}>
                    <option value="" selected={reached.is_none()}>{"I'd rather not say"}</option>
                    { for Reached::ALL.iter().copied().map(|r| html! {
                        <option value={r.slug()} selected={*reached == Some(r)}>{ r.label() }</option>
                    }) }
                </select>
            </div>
            <div class="rb-field">
                <label for="rb-notes">{"Anything else you want to remember"}<span class="rb-optional">{" (optional)"}</span></label>
                { too_long("rb-notes", &notes, MAX_NOTE_CHARS) }
                <textarea id="rb-notes" rows="3"
                    aria-invalid={invalid(&notes, MAX_NOTE_CHARS)}
                    aria-describedby={described("rb-notes", &notes, MAX_NOTE_CHARS)}
                    value={(*notes).clone()} oninput={on_notes} />
            </div>
            <div class="rb-actions">
                <button type="submit" class="rb-button rb-button--primary">{ props.submit_label.clone() }</button>
                if let Some(cancel) = props.on_cancel.clone() {
                    <button type="button" class="rb-button" onclick={cancel.reform(|_| ())}>{"Cancel"}</button>
                }
            </div>
        </form>
    }
}

fn focus(node: &NodeRef) {
    if let Some(input) = node.cast::<HtmlInputElement>() {
        let _ = input.focus();
    }
}
