//! Time to process, without dwelling: a chosen window, when it ends, and a
//! gentle nudge forward once it has.

use crate::browser::today;
use crate::domain::{Day, EmotionsEdit, ProcessingWindow, Stage, WindowState};
use crate::i18n::t;
use crate::routes::{Route, RouteLink};
use crate::tf;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProcessingWindowToolProps {
    pub window: Option<ProcessingWindow>,
    pub on_edit: Callback<EmotionsEdit>,
}

#[component]
pub fn ProcessingWindowTool(props: &ProcessingWindowToolProps) -> Html {
    let date_error = use_state(|| None::<String>);
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
                Some(_) => date_error.set(Some(t("window.pick_today_or_a").to_string())),
                None if value.is_empty() => {}
                None => date_error.set(Some(t("window.enter_a_date_as").to_string())),
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
                        { tf!("window.your_time_to_process", end = w.end.long()) }
                        { if days_left == 1 { t("window.that_is_today").to_string() } else { tf!("window.days_today_included", days_left = days_left) } }
                        {t("window.be_kind_to_yourself")}
                    </p>
                },
                Some((w, WindowState::Ended { days_ago })) => html! {
                    <div class="rb-callout">
                        <p>
                            { tf!("window.ended_on", end = w.end.long()) }
                            { if days_ago == 1 { t("window.yesterday").to_string() } else { tf!("window.days_ago", days_ago = days_ago) } }
                            {t("window.the_feelings_may_not")}
                        </p>
                        <RouteLink to={Route::Stage { stage: Stage::SeekFeedback }} classes="rb-button">
                            {t("window.go_to_seek_feedback")}
                        </RouteLink>
                    </div>
                },
            } }
            <fieldset class="rb-fieldset">
                <legend>{ if props.window.is_some() { t("window.change_your_window") } else { t("window.give_yourself") } }</legend>
                <div class="rb-actions rb-actions--tight">
                    <button type="button" class="rb-button rb-button--small" onclick={choose_days(1)}>{t("window.today")}</button>
                    <button type="button" class="rb-button rb-button--small" onclick={choose_days(2)}>{ crate::tn!("window.days", 2) }</button>
                    <button type="button" class="rb-button rb-button--small" onclick={choose_days(3)}>{ crate::tn!("window.days", 3) }</button>
                </div>
                <div class={classes!("rb-field", date_error.is_some().then_some("rb-field--error"))}>
                    <label for="rb-window-end">{t("window.or_until_a_date")}</label>
                    if let Some(message) = (*date_error).clone() {
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
