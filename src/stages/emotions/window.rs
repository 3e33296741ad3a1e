//! Time to process, without dwelling: a chosen window, when it ends, and a
//! gentle nudge forward once it has.

use crate::browser::today;
use crate::domain::{Day, EmotionsEdit, ProcessingWindow, Stage, WindowState};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use crate::routes::{Route, RouteLink};
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
                Some(_) => date_error.set(Some(t(k::window::PICK_TODAY_OR_A).to_string())),
                None if value.is_empty() => {}
                None => date_error.set(Some(t(k::window::ENTER_A_DATE_AS).to_string())),
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
                        { tf!(k::window::YOUR_TIME_TO_PROCESS, end = w.end.long()) }
                        { if days_left == 1 { t(k::window::THAT_IS_TODAY).to_string() } else { tf!(k::window::DAYS_TODAY_INCLUDED, days_left = days_left) } }
                        {t(k::window::BE_KIND_TO_YOURSELF)}
                    </p>
                },
                Some((w, WindowState::Ended { days_ago })) => html! {
                    <div class="rb-callout">
                        <p>
                            { tf!(k::window::ENDED_ON, end = w.end.long()) }
                            { if days_ago == 1 { t(k::window::YESTERDAY).to_string() } else { tf!(k::window::DAYS_AGO, days_ago = days_ago) } }
                            {t(k::window::THE_FEELINGS_MAY_NOT)}
                        </p>
                        <RouteLink to={Route::Stage { stage: Stage::SeekFeedback }} classes="rb-button">
                            {t(k::window::GO_TO_SEEK_FEEDBACK)}
                        </RouteLink>
                    </div>
                },
            } }
            <fieldset class="rb-fieldset">
                <legend>{ if props.window.is_some() { t(k::window::CHANGE_YOUR_WINDOW) } else { t(k::window::GIVE_YOURSELF) } }</legend>
                <div class="rb-actions rb-actions--tight">
                    <button type="button" class="rb-button rb-button--small" onclick={choose_days(1)}>{t(k::window::TODAY)}</button>
                    <button type="button" class="rb-button rb-button--small" onclick={choose_days(2)}>{ crate::i18n::tn!(k::window::DAYS, 2) }</button>
                    <button type="button" class="rb-button rb-button--small" onclick={choose_days(3)}>{ crate::i18n::tn!(k::window::DAYS, 3) }</button>
                </div>
                <div class={classes!("rb-field", date_error.is_some().then_some("rb-field--error"))}>
                    <label for="rb-window-end">{t(k::window::OR_UNTIL_A_DATE)}</label>
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
