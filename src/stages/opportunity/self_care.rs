//! Self-care: choose what helps, tick off what you did today, and see in one
//! line how many days this week you looked after yourself. Days, not a
//! streak: a missed day costs nothing.

use crate::browser::today;
use crate::domain::Choice;
use crate::domain::{Activity, Day, PersonEdit, SelfCare};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use yew::prelude::*;

/// One line on the last seven days, today included: on how many days the
/// person did something for themselves, and what they did most.
fn week_summary(care: &SelfCare, today: Day) -> String {
    let days: Vec<Day> = (0..7).map(|back| today.add_days(-back)).collect();
    let active = care.active_days(today.add_days(-6), today);
    let mut most: Vec<(Activity, usize)> = care
        .chosen
        .iter()
        .map(|&a| {
            (
                a,
                days.iter()
                    .filter(|d| care.done_on(**d).contains(&a))
                    .count(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    most.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    let what = most
        .iter()
        .take(3)
        .map(|(a, n)| format!("{} {n}×", a.label().to_lowercase()))
        .collect::<Vec<_>>()
        .join(", ");
    match active {
        0 => t(k::selfcare::NOTHING_TICKED_THIS_WEEK).to_string(),
        1 => tf!(k::selfcare::THIS_WEEK_1_DAY, what = what),
        n => tf!(k::selfcare::THIS_WEEK_OF_7, n = n, what = what),
    }
}

#[derive(Properties, PartialEq)]
pub struct SelfCareToolProps {
    pub care: SelfCare,
    pub on_edit: Callback<PersonEdit>,
}

#[component]
pub fn SelfCareTool(props: &SelfCareToolProps) -> Html {
    let today = today();
    let care = &props.care;
    let choose = |activity: Activity| {
        let chosen = care.chosen.clone();
        props.on_edit.reform(move |_| {
            let mut next = chosen.clone();
            if let Some(i) = next.iter().position(|a| *a == activity) {
                next.remove(i);
            } else {
                next.push(activity);
            }
            PersonEdit::ChooseCare(next)
        })
    };

    html! {
        <>
            <fieldset class="rb-fieldset">
                <legend>{t(k::selfcare::WHAT_HELPS_YOU_CHOOSE)}</legend>
                <div class="rb-chips">
                    { for Activity::ALL.iter().map(|&a| {
                        let id = format!("rb-care-choose-{}", a.slug());
                        html! {
                            <span class="rb-chip">
                                <input type="checkbox" id={id.clone()} checked={care.chosen.contains(&a)} onchange={choose(a)} />
                                <label for={id}>{ a.label() }</label>
                            </span>
                        }
                    }) }
                </div>
            </fieldset>
            if care.chosen.is_empty() {
                <p class="rb-empty">{t(k::selfcare::CHOOSE_AT_LEAST_ONE)}</p>
            } else {
                <fieldset class="rb-fieldset">
                    <legend>{t(k::selfcare::TODAY_I)}</legend>
                    { for care.chosen.iter().map(|&a| {
                        let id = format!("rb-care-today-{}", a.slug());
                        let done = care.done_on(today).contains(&a);
                        let on_change = props.on_edit.reform(move |e: Event| PersonEdit::TickCare {
                            day: today, activity: a,
                            done: e.target_unchecked_into::<web_sys::HtmlInputElement>().checked(),
                        });
                        html! {
                            <div class="rb-check">
                                <input type="checkbox" id={id.clone()} checked={done} onchange={on_change} />
                                <label for={id}>{ a.label() }</label>
                            </div>
                        }
                    }) }
                </fieldset>
                <p class="rb-callout">{ week_summary(care, today) }</p>
            }
        </>
    }
}
