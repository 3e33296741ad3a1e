//! Stage 2, seek feedback: the request, its status and follow-up, what they
//! said, and the thank-you for it.

mod notes;
mod request;

use super::{tool_sections, StageToolsProps};
use crate::components::LetterEditor;
use crate::domain::{
    thanks_for_feedback, Action, FeedbackEdit, FeedbackTool, LetterContext, PersonEdit,
};
use crate::i18n::k;
use crate::i18n::t;
use crate::state::use_app;
use notes::FeedbackNotes;
use request::FeedbackRequestTool;
use yew::prelude::*;

#[component]
pub fn FeedbackStage(props: &StageToolsProps<FeedbackTool>) -> Html {
    let app = use_app();
    let state = app.state.clone();
    let Some(rejection) = state.journal.rejection(&props.rejection) else {
        return html! {};
    };
    let data = &rejection.feedback;
    let on_edit = {
        let state = state.clone();
        let id = props.rejection.clone();
        Callback::from(move |edit: FeedbackEdit| {
            state.dispatch(Action::Feedback {
                rejection: id.clone(),
                edit,
            })
        })
    };
    let sign_as = AttrValue::from(state.journal.person.sign_as.clone());
    let on_sign_as = {
        let state = state.clone();
        Callback::from(move |name| state.dispatch(Action::Person(PersonEdit::SetSignAs(name))))
    };
    let thanks = thanks_for_feedback(LetterContext {
        details: &rejection.details,
        to_name: &data.thanks.to_name,
        sign_as: &sign_as,
    });

    tool_sections(props.only, |tool| match tool {
        FeedbackTool::Request => html! {
            <FeedbackRequestTool request={data.request.clone()} details={rejection.details.clone()}
                sign_as={sign_as.clone()} on_sign_as={on_sign_as.clone()}
                on_edit={on_edit.clone()} />
        },
        FeedbackTool::WhatTheySaid => {
            html! { <FeedbackNotes notes={data.notes.clone()} on_edit={on_edit.clone()} /> }
        }
        FeedbackTool::Thanks => html! {
            <LetterEditor id="rb-thankfb" letter={data.thanks.clone()} suggested={thanks.clone()}
                on_edit={on_edit.reform(FeedbackEdit::Thanks)}
                recipient_hint={t(k::s_feedback::WHOEVER_GAVE_YOU_THE)}
                sign_as={sign_as.clone()} on_sign_as={on_sign_as.clone()} />
        },
    })
}
