//! A return is noticed: after a day or more away, the screen the person lands
//! on starts with a short greeting, the day's one-tap check-in, and a way to
//! what is waiting on the stages list. "Not now" puts it away.

use super::HelpAfter;
use crate::browser::{fresh_id, now_ms, today};
use crate::domain::{due, Action, CheckIn, EmotionsEdit, ListEdit, OVERALL};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use crate::routes::{Route, RouteLink};
use crate::state::use_app;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReturnGreetingProps {
    /// Whole days since the last visit (one or more).
    pub days_away: i32,
    /// The hub lists what is due; elsewhere the greeting points to it.
    pub on_hub: bool,
}

#[component]
pub fn ReturnGreeting(props: &ReturnGreetingProps) -> Html {
    let app = use_app();
    let dismissed = use_state(|| false);
    let section_ref = use_node_ref();
    let answered = use_state(|| None::<CheckIn>);
    let state = app.state.clone();
    let Some(rejection) = state.journal.current_rejection() else {
        return Html::default();
    };
    if *dismissed {
        return Html::default();
    }
    let last_was_hard = answered.is_none()
        && rejection
            .emotions
            .checkins
            .last()
            .is_some_and(CheckIn::is_low);
    let waiting = due(&state.journal, &rejection.id, today()).len();

    let on_answer = |overall: u8| {
        let (state, answered, announce) = (state.clone(), answered.clone(), app.announce.clone());
        let id = rejection.id.clone();
        Callback::from(move |_| {
            // A second tap changes today's answer rather than adding another.
            let checkin = match &*answered {
                Some(c) => CheckIn {
                    overall: Some(overall),
                    ..c.clone()
                },
                None => CheckIn {
                    id: fresh_id(),
                    at_ms: now_ms(),
                    overall: Some(overall),
                    feelings: Vec::new(),
                    strength: Default::default(),
                    intensity: None,
                    note: String::new(),
                },
            };
            let edit = if answered.is_some() {
                ListEdit::Update(checkin.clone())
            } else {
                ListEdit::Add(checkin.clone())
            };
            state.dispatch(Action::Emotions {
                rejection: id.clone(),
                edit: EmotionsEdit::CheckIns(edit),
            });
            announce.emit(tf!(
                k::r#return::SAVED,
                answer = checkin.overall_label().unwrap_or_default()
            ));
            answered.set(Some(checkin));
        })
    };

    let chosen = answered.as_ref().and_then(|c| c.overall);
    html! {
        <section class="rb-return" aria-labelledby="rb-return-title" ref={section_ref.clone()}>
            <h2 id="rb-return-title" class="rb-return__title">
                { crate::i18n::tn!(k::r#return::WELCOME_BACK, props.days_away as usize) }
            </h2>
            <p class="rb-return__ask">
                { if last_was_hard { t(k::r#return::LAST_TIME_WAS_HARD) } else { t(k::r#return::HOW_ARE_YOU_TODAY) } }
            </p>
            <div class="rb-overall rb-overall--compact" role="group" aria-label={t(k::r#return::HOW_ARE_YOU_TODAY)}>
                { for OVERALL.iter().enumerate().map(|(i, key)| {
                    let value = i as u8 + 1;
                    html! {
                        <button type="button" class={classes!("rb-overall__choice", format!("rb-overall__choice--{value}"))}
                            aria-pressed={(chosen == Some(value)).to_string()} onclick={on_answer(value)}>
                            <span class="rb-overall__dot" aria-hidden="true"></span>
                            { t(*key) }
                        </button>
                    }
                }) }
            </div>
            if let Some(checkin) = &*answered {
                <p class="rb-saved"><span aria-hidden="true">{"✓ "}</span>
                    { tf!(k::r#return::SAVED, answer = checkin.overall_label().unwrap_or_default()) }</p>
                <HelpAfter checkin={checkin.clone()} />
            }
            <div class="rb-actions rb-actions--tight">
                if waiting > 0 && !props.on_hub {
                    <RouteLink to={Route::Home} classes="rb-button rb-button--small">
                        { crate::i18n::tn!(k::r#return::WAITING_FOR_YOU, waiting) }
                    </RouteLink>
                }
                <button type="button" class="rb-link" onclick={{
                    let (dismissed, section_ref) = (dismissed.clone(), section_ref.clone());
                    move |_| {
                        // Focus goes on to the screen's own heading, not the page.
                        if let Some(heading) = section_ref
                            .cast::<web_sys::Element>()
                            .and_then(|s| s.parent_element())
                            .and_then(|main| main.query_selector("h1").ok().flatten())
                            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
                        {
                            let _ = heading.focus();
                        }
                        dismissed.set(true)
                    }
                }}>
                    { if answered.is_some() { t(k::r#return::CLOSE) } else { t(k::r#return::NOT_NOW) } }
                </button>
            </div>
        </section>
    }
}
