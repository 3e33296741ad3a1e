//! Time to process, without dwelling: a chosen window, when it ends, and a
//! gentle nudge forward once it has.

use crate::browser::today;
use crate::domain::{Day, EmotionsEdit, ProcessingWindow, Stage, WindowState};
use crate::routes::{go, use_nav, Route};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProcessingWindowToolProps {
    pub window: Option<ProcessingWindow>,
    pub on_edit: Callback<EmotionsEdit>,
}

#[component]
pub fn ProcessingWindowTool(props: &ProcessingWindowToolProps) -> Html {
    let navigator = use_nav();
    let date_error = use_state(|| None::<&'static str>);
    let today = today();
    let choose_days = |days: i32| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |_| {
            on_edit.emit(EmotionsEdit::SetWindow(Some(ProcessingWindow::of_days(
                today, days,
            ))))
        })
    };
    let on_date = {
        let on_edit = props.on_edit.clone();
        let date_error = date_error.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            match Day::parse(&value) {
                Some(end) if end >= today => {
                    date_error.set(None);
                    on_edit.emit(EmotionsEdit::SetWindow(Some(ProcessingWindow {
                        start: today,
                        end,
                    })));
                }
                Some(_) => date_error.set(Some("Pick today or a day after it.")),
                None if value.is_empty() => {}
                None => date_error.set(Some("Enter a date as day, month and year.")),
            }
        })
    };

    let status = props.window.map(|w| (w, w.state(today)));
    html! {
        <>
            { match status {
                None => html! {},
                Some((w, WindowState::Open { days_left })) => html! {
                    <p class="rb-callout">
                        { format!("Your time to process runs until {}", w.end.long()) }
                        { if days_left == 1 { " (that is today).".to_owned() } else { format!(" ({days_left} days, today included).") } }
                        {" Be kind to yourself until then."}
                    </p>
                },
                Some((w, WindowState::Ended { days_ago })) => html! {
                    <div class="rb-callout">
                        <p>
                            { format!("Your time to process ended on {}", w.end.long()) }
                            { if days_ago == 1 { ", yesterday.".to_owned() } else { format!(", {days_ago} days ago.") } }
                            {" The feelings may not be gone, and that is fine. When you are ready, turning to what comes next usually helps more than going over it again."}
                        </p>
                        <button type="button" class="rb-button" onclick={go(&navigator, Route::Stage { number: Stage::SeekFeedback.number() })}>
                            {"Go to: Seek feedback"}
                        </button>
                    </div>
                },
            } }
            <fieldset class="rb-fieldset">
                <legend>{ if props.window.is_some() { "Change your window" } else { "Give yourself" } }</legend>
                <div class="rb-actions rb-actions--tight">
                    <button type="button" class="rb-button rb-button--small" onclick={choose_days(1)}>{"Today"}</button>
                    <button type="button" class="rb-button rb-button--small" onclick={choose_days(2)}>{"2 days"}</button>
                    <button type="button" class="rb-button rb-button--small" onclick={choose_days(3)}>{"3 days"}</button>
                </div>
                <div class={classes!("rb-field", date_error.is_some().then_some("rb-field--error"))}>
                    <label for="rb-window-end">{"Or until a date"}</label>
                    if let Some(message) = *date_error {
                        <p id="rb-window-end-error" class="rb-error" role="alert">{ message }</p>
                    }
                    <input id="rb-window-end" type="date" min={today.to_string()}
                        value={props.window.map(|w| w.end.to_string()).unwrap_or_default()}
                        aria-describedby={date_error.is_some().then_some("rb-window-end-error")}
                        onchange={on_date} />
                </div>
            </fieldset>
        </>
    }
}
