//! The feedback request: tone, the letter, its status, and the one follow-up.

use crate::browser::today;
use crate::components::LetterEditor;
use crate::domain::Choice;
use crate::domain::{
    feedback_request, follow_up, FeedbackEdit, FeedbackRequest, FollowUpAdvice, LetterContext,
    RejectionDetails, RequestStatus, Tone,
};
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
    html! {
        <>
                <fieldset class="rb-fieldset">
                    <legend>{"Tone"}</legend>
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
                    recipient_hint="Usually the recruiter or hiring manager you spoke with."
                    sign_as={props.sign_as.clone()} on_sign_as={props.on_sign_as.clone()} />
            <section class="rb-subtool" aria-labelledby="rb-status-title">
                <h3 id="rb-status-title">{"Where it stands"}</h3>
                <div class="rb-field">
                    <label for="rb-request-status">{"Status"}</label>
                    <select id="rb-request-status" onchange={on_status}>
                        { for RequestStatus::ALL.iter().copied().map(|s| html! {
                            <option value={s.slug()} selected={request.status == s}>{ s.label() }</option>
                        }) }
                    </select>
                </div>
                if request.status == RequestStatus::Sent {
                    <div class="rb-field">
                        <label for="rb-follow-days">{"Suggest a follow-up after this many days without a reply"}</label>
                        <input id="rb-follow-days" type="number" min="1" max="60" inputmode="numeric"
                            value={request.follow_up_after_days.to_string()} onchange={on_days} />
                    </div>
                }
                { match advice {
                    FollowUpAdvice::Nothing => match request.status {
                        RequestStatus::Replied => html! { <p class="rb-callout">{"They replied. Note what they said below, then thank them."}</p> },
                        RequestStatus::NoReply => html! { <p class="rb-callout">{"No reply, and you have let it go. That is the right call: their silence is about their workload, not your worth."}</p> },
                        _ => html! {},
                    },
                    FollowUpAdvice::Wait { days_left } => html! {
                        <p class="rb-callout">{ format!("Sent. Give them time: if nothing arrives in {days_left} more day{}, Rebound will suggest one polite follow-up.", if days_left == 1 { "" } else { "s" }) }</p>
                    },
                    FollowUpAdvice::FollowUp => {
                        let suggested = follow_up(LetterContext { details: &props.details, to_name: &request.letter.to_name, sign_as: &props.sign_as }, request.letter.sent_on);
                        html! {
                            <div class="rb-followup">
                                <p class="rb-callout">{"No reply yet. One short, friendly follow-up is fine; after that, it is time to let it go."}</p>
                                <h3>{"Your follow-up"}</h3>
                                <LetterEditor id="rb-followup" letter={request.follow_up.clone()} {suggested}
                                    on_edit={props.on_edit.reform(FeedbackEdit::FollowUp)}
                                    recipient_hint="The same person as before."
                                    sign_as={props.sign_as.clone()} on_sign_as={props.on_sign_as.clone()} sent_label="I've sent the follow-up" />
                            </div>
                        }
                    }
                    FollowUpAdvice::LetGo => html! {
                        <div class="rb-callout">
                            <p>{"You asked twice, politely. Many employers never answer, and that says nothing about you. It is time to let this one go and put your energy into what is next."}</p>
                            <button type="button" class="rb-button" onclick={props.on_edit.reform(|_| FeedbackEdit::SetStatus(RequestStatus::NoReply))}>
                                {"Let it go"}
                            </button>
                        </div>
                    },
                } }
            </section>
        </>
    }
}
