//! The feedback request: tone, the letter, its status, and the one follow-up.

use crate::browser::today;
use crate::components::LetterEditor;
use crate::domain::Choice;
use crate::domain::{
    feedback_request, follow_up, FeedbackEdit, FeedbackRequest, FollowUpAdvice, LetterContext,
    RejectionDetails, RequestStatus, Tone,
};
use crate::i18n::k;
use crate::i18n::t;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FeedbackRequestToolProps {
    pub request: FeedbackRequest,
    pub details: RejectionDetails,
    pub sign_as: AttrValue,
    pub on_sign_as: Callback<String>,
    pub on_edit: Callback<FeedbackEdit>,
}

#[component]
pub fn FeedbackRequestTool(props: &FeedbackRequestToolProps) -> Html {
    let request = &props.request;
    let ctx = LetterContext {
        details: &props.details,
        to_name: &request.letter.to_name,
        sign_as: &props.sign_as,
    };
    let suggested = feedback_request(ctx, request.tone);
    let status = request.status;
    let on_status = props.on_edit.reform(move |e: Event| {
        let chosen = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        FeedbackEdit::SetStatus(RequestStatus::from_slug(&chosen).unwrap_or(status))
    });
    let on_days = props.on_edit.reform(|e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value();
        FeedbackEdit::SetFollowUpDays(value.parse().unwrap_or(7))
    });

    let advice = request.advice(today());
    // When a follow-up is due it is what the person came for (the stages
    // list sends them here for it): it comes first, the request below.
    let follow_up_now = (advice == FollowUpAdvice::FollowUp).then(|| {
        let letter = request.follow_up_letter();
        let suggested = follow_up(
            LetterContext {
                details: &props.details,
                to_name: &letter.to_name,
                sign_as: &props.sign_as,
            },
            request.letter.sent_on,
        );
        html! {
            <div class="rb-followup">
                <p class="rb-callout">{t(k::request::NO_REPLY_YET_ONE)}</p>
                <h3>{t(k::request::YOUR_FOLLOW_UP)}</h3>
                <LetterEditor id="rb-followup" {letter} {suggested}
                    on_edit={props.on_edit.reform(FeedbackEdit::FollowUp)}
                    recipient_hint={t(k::request::THE_SAME_PERSON_AS)}
                    sign_as={props.sign_as.clone()} on_sign_as={props.on_sign_as.clone()} sent_label={t(k::request::IVE_SENT_THE_FOLLOW)} />
                <h3>{t(k::request::YOUR_FIRST_REQUEST)}</h3>
            </div>
        }
    });
    html! {
        <>
            { follow_up_now.unwrap_or_default() }
                <fieldset class="rb-fieldset">
                    <legend>{t(k::request::TONE)}</legend>
                    <div class="rb-chips">
                        { for Tone::ALL.iter().copied().map(|tone| {
                            let id = format!("rb-tone-{}", tone.slug());
                            html! {
                                <span class="rb-chip">
                                    <input type="radio" name="rb-tone" id={id.clone()} checked={request.tone == tone}
                                        onchange={props.on_edit.reform(move |_| FeedbackEdit::SetTone(tone))} />
                                    <label for={id}>{ tone.label() }</label>
                                </span>
                            }
                        }) }
                    </div>
                </fieldset>
                <LetterEditor id="rb-request" letter={request.letter.clone()} {suggested}
                    on_edit={props.on_edit.reform(FeedbackEdit::Request)}
                    recipient_hint={t(k::request::USUALLY_THE_RECRUITER_OR)}
                    sign_as={props.sign_as.clone()} on_sign_as={props.on_sign_as.clone()} />
            <section class="rb-subtool" aria-labelledby="rb-status-title">
                <h3 id="rb-status-title">{t(k::request::WHERE_IT_STANDS)}</h3>
                <div class="rb-field">
                    <label for="rb-request-status">{t(k::request::STATUS)}</label>
                    <select id="rb-request-status" onchange={on_status}>
                        { for RequestStatus::ALL.iter().copied().map(|s| html! {
                            <option value={s.slug()} selected={request.status == s}>{ s.label() }</option>
                        }) }
                    </select>
                </div>
                if request.status == RequestStatus::Sent {
                    <div class="rb-field">
                        <label for="rb-follow-days">{t(k::request::SUGGEST_A_FOLLOW_UP)}</label>
                        <input id="rb-follow-days" type="number" min="1" max="60" inputmode="numeric"
                            value={request.follow_up_after_days.to_string()} onchange={on_days} />
                    </div>
                }
                { match advice {
                    FollowUpAdvice::Nothing => match request.status {
                        RequestStatus::Replied => html! { <p class="rb-callout">{t(k::request::THEY_REPLIED_NOTE_WHAT)}</p> },
                        RequestStatus::NoReply => html! { <p class="rb-callout">{t(k::request::NO_REPLY_AND_YOU)}</p> },
                        _ => html! {},
                    },
                    FollowUpAdvice::Wait { days_left } => html! {
                        <p class="rb-callout">{ crate::i18n::tn!(k::request::GIVE_THEM_TIME, days_left) }</p>
                    },
                    // Shown first, above the request it follows (see `follow_up_now`).
                    FollowUpAdvice::FollowUp => html! {},
                    FollowUpAdvice::LetGo => html! {
                        <div class="rb-callout">
                            <p>{t(k::request::YOU_ASKED_TWICE_POLITELY)}</p>
                            <button type="button" class="rb-button" onclick={props.on_edit.reform(|_| FeedbackEdit::SetStatus(RequestStatus::NoReply))}>
                                {t(k::request::LET_IT_GO)}
                            </button>
                        </div>
                    },
                } }
            </section>
        </>
    }
}
