//! Stage 1, process the emotions: check-ins, time to process, a gracious
//! thank-you note, and the people to lean on.

mod check_ins;
mod support;
mod window;

use super::{tool_sections, StageToolsProps};
use crate::components::LetterEditor;
use crate::domain::{
    thank_you_note, Action, EmotionsEdit, EmotionsTool, LetterContext, PersonEdit,
};
use crate::i18n::k;
use crate::i18n::t;
use crate::state::use_app;
use check_ins::CheckIns;
use support::SupportCircle;
use window::ProcessingWindowTool;
use yew::prelude::*;

#[component]
pub fn EmotionsStage(props: &StageToolsProps<EmotionsTool>) -> Html {
    let app = use_app();
    let state = app.state.clone();
    let Some(rejection) = state.journal.rejection(&props.rejection) else {
        return html! {};
    };
    let data = &rejection.emotions;
    let on_edit = {
        let state = state.clone();
        let id = props.rejection.clone();
        Callback::from(move |edit: EmotionsEdit| {
            state.dispatch(Action::Emotions {
                rejection: id.clone(),
                edit,
            })
        })
    };
    let sign_as = state.journal.person.sign_as.clone();
    let suggested = thank_you_note(LetterContext {
        details: &rejection.details,
        to_name: &data.thank_you.to_name,
        sign_as: &sign_as,
    });

    tool_sections(props.only, |tool| match tool {
        EmotionsTool::CheckIn => {
            html! { <CheckIns checkins={data.checkins.clone()} on_edit={on_edit.clone()} /> }
        }
        EmotionsTool::Time => {
            html! { <ProcessingWindowTool window={data.window} on_edit={on_edit.clone()} /> }
        }
        EmotionsTool::ThankYou => html! {
            <LetterEditor id="rb-thanks" letter={data.thank_you.clone()} suggested={suggested.clone()}
                on_edit={on_edit.reform(EmotionsEdit::ThankYou)}
                recipient_hint={t(k::s_emotions::THE_HIRING_MANAGER_OR)}
                sign_as={sign_as.clone()}
                on_sign_as={{ let state = state.clone(); Callback::from(move |name| state.dispatch(Action::Person(PersonEdit::SetSignAs(name)))) }} />
        },
        EmotionsTool::Support => {
            html! { <SupportCircle supporters={data.supporters.clone()} on_edit={on_edit.clone()} /> }
        }
    })
}
