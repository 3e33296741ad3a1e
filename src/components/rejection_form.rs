//! "What happened": company, role, the day the news came and how far the
//! process went. Every field is optional; a date in the future is refused.

use super::{options_of, DateField, SelectField, TextField};
use crate::browser::{focus_by_id, today, today_if_known};
use crate::domain::{Choice, Day, Reached, RejectionDetails};
use crate::i18n::k;
use crate::i18n::t;
use std::collections::BTreeSet;
use std::rc::Rc;
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
    /// Told what is typed, after each change that is not yet saved (the
    /// app keeps it until Save or Cancel).
    #[prop_or_default]
    pub on_draft: Option<Callback<RejectionDetails>>,
    /// The welcome screen has its own h1; the form then uses an h2.
    #[prop_or(1)]
    pub heading_level: u8,
    /// Begin was pressed on the prerendered first screen, before the app
    /// arrived: submit once, as soon as the form is drawn.
    #[prop_or_default]
    pub submit_now: bool,
}

/// The form's values as typed, saved together on submit.
#[derive(Clone, Default, PartialEq)]
struct Form {
    details: RejectionDetails,
    /// Fields holding text too long to keep (see `TextField::on_overflow`).
    overflowing: BTreeSet<&'static str>,
    date_error: Option<Rc<str>>,
}

/// A change to the form. A reducer, so that two changes in one tick (a field
/// that fits again, then its new text) both land.
enum FormEdit {
    Text(fn(&mut RejectionDetails, String), String),
    Date(Option<Day>),
    Overflow(&'static str, bool),
    DateError(Rc<str>),
}

impl Reducible for Form {
    type Action = FormEdit;
    fn reduce(self: Rc<Self>, edit: FormEdit) -> Rc<Self> {
        let mut form = (*self).clone();
        match edit {
            FormEdit::Text(set, value) => set(&mut form.details, value),
            FormEdit::Date(day) => {
                form.details.news_date = day;
                form.date_error = None;
            }
            FormEdit::Overflow(field, true) => {
                form.overflowing.insert(field);
            }
            FormEdit::Overflow(field, false) => {
                form.overflowing.remove(field);
            }
            FormEdit::DateError(message) => form.date_error = Some(message),
        }
        Rc::new(form)
    }
}

#[component]
pub fn RejectionForm(props: &RejectionFormProps) -> Html {
    let form = use_reducer(|| Form {
        details: props.initial.clone(),
        ..Form::default()
    });
    let text = |set: fn(&mut RejectionDetails, String)| {
        form.dispatcher()
            .to_callback()
            .reform(move |value| FormEdit::Text(set, value))
    };
    let overflow = |field: &'static str| {
        form.dispatcher()
            .to_callback()
            .reform(move |too_long| FormEdit::Overflow(field, too_long))
    };

    {
        let on_draft = props.on_draft.clone();
        let initial = props.initial.clone();
        use_effect_with(form.details.clone(), move |details| {
            if let (Some(on_draft), false) = (on_draft, *details == initial) {
                on_draft.emit(details.clone());
            }
        });
    }

    let submit = {
        let form = form.clone();
        let on_save = props.on_save.clone();
        Rc::new(move || {
            // Too long to keep: the text stays whole in its field, with the
            // message beside it, and nothing is saved or cut.
            let first_too_long = TEXT_FIELDS.iter().find(|id| form.overflowing.contains(*id));
            if let Some(id) = first_too_long {
                focus_by_id(id);
                return;
            }
            if let Err(error) = form.details.validate(today()) {
                form.dispatch(FormEdit::DateError(error.message()));
                focus_by_id(DATE_ID);
                return;
            }
            on_save.emit(form.details.clone());
        })
    };
    {
        let (submit, now) = (submit.clone(), props.submit_now);
        use_effect_with((), move |_| {
            if now {
                submit();
            }
        });
    }
    let on_submit = Callback::from(move |event: SubmitEvent| {
        event.prevent_default();
        submit();
    });

    let details = &form.details;
    let heading = html! { <>{ props.heading.clone() }</> };
    html! {
        <form class="rb-form" onsubmit={on_submit} novalidate=true>
            if props.heading_level == 1 {
                <h1 tabindex="-1">{ heading }</h1>
            } else {
                <h2>{ heading }</h2>
            }
            <p class="rb-hint">{ props.intro.clone() }</p>
            <TextField id={field::COMPANY} label={t(k::rejection::COMPANY)} autocomplete="organization"
                value={details.company.clone()}
                on_change={text(|d, v| d.company = v)} on_overflow={overflow(field::COMPANY)} />
            <TextField id={field::ROLE} label={t(k::rejection::ROLE)} autocomplete="organization-title"
                value={details.role.clone()}
                on_change={text(|d, v| d.role = v)} on_overflow={overflow(field::ROLE)} />
            <DateField id={DATE_ID} label={t(k::rejection::WHEN_THE_NEWS_CAME)} value={details.news_date} max={today_if_known()}
                error={form.date_error.clone().map(AttrValue::from)} on_change={form.dispatcher().to_callback().reform(FormEdit::Date)} />
            <SelectField id={field::REACHED} label={t(k::rejection::HOW_FAR_THE_PROCESS)} options={options_of::<Reached>()}
                blank={t(k::rejection::ID_RATHER_NOT_SAY)} value={details.reached.map(|r| r.slug()).unwrap_or_default()}
                on_change={text(|d, v: String| d.reached = Reached::from_slug(&v))} />
            <TextField id={field::NOTES} label={t(k::rejection::ANYTHING_ELSE_YOU_WANT)} optional=true multiline=true rows={3}
                value={details.notes.clone()}
                on_change={text(|d, v| d.notes = v)} on_overflow={overflow(field::NOTES)} />
            <div class="rb-actions">
                <button type="submit" class="rb-button rb-button--primary">{ props.submit_label.clone() }</button>
                if let Some(cancel) = props.on_cancel.clone() {
                    <button type="button" class="rb-button" onclick={cancel.reform(|_| ())}>{t(k::list::CANCEL)}</button>
                }
            </div>
        </form>
    }
}

/// The form's field ids: the prerendered first screen has the same form, and
/// the takeover (`mount::take_over_prerendered`) reads what was typed by
/// these ids, so they are named once, here.
pub mod field {
    pub const COMPANY: &str = "rb-company";
    pub const ROLE: &str = "rb-role";
    pub const DATE: &str = "rb-date";
    pub const REACHED: &str = "rb-reached";
    pub const NOTES: &str = "rb-notes";
    pub const ALL: [&str; 5] = [COMPANY, ROLE, DATE, REACHED, NOTES];
}

const DATE_ID: &str = field::DATE;
/// The text fields, in the order they appear.
const TEXT_FIELDS: [&str; 3] = [field::COMPANY, field::ROLE, field::NOTES];
