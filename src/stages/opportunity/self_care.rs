//! Self-care: choose what helps, tick it off day by day, and see how many days
//! you looked after yourself. Days, not a streak: a missed day costs nothing.

use crate::browser::today;
use crate::domain::Choice;
use crate::domain::{Activity, PersonEdit, SelfCare};
use yew::prelude::*;

/// How many days the grid shows, today included.
const DAYS_SHOWN: i32 = 7;

#[derive(Properties, PartialEq)]
pub struct SelfCareToolProps {
    pub care: SelfCare,
    pub on_edit: Callback<PersonEdit>,
}

#[component]
pub fn SelfCareTool(props: &SelfCareToolProps) -> Html {
    let today = today();
    let days: Vec<_> = (0..DAYS_SHOWN)
        .rev()
        .map(|back| today.add_days(-back))
        .collect();
    let care = &props.care;
    let active = care.active_days(today.add_days(-13), today);
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
                <legend>{"What helps you? Choose the ones to track."}</legend>
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
                <p class="rb-empty">{"Choose at least one activity above to tick it off day by day."}</p>
            } else {
                <div class="rb-care-grid-wrap">
                    <table class="rb-care-grid">
                        <caption>{"Tick what you did each day"}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{"Activity"}</th>
                                { for days.iter().map(|d| {
                                    let (_, _, dom) = d.ymd();
                                    let label = if *d == today { "Today".to_owned() } else { format!("{} {dom}", ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday() as usize]) };
                                    html! { <th scope="col">{ label }</th> }
                                }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for care.chosen.iter().map(|&a| html! {
                                <tr>
                                    <th scope="row">{ a.label() }</th>
                                    { for days.iter().map(|&day| {
                                        let done = care.done_on(day).contains(&a);
                                        let on_change = props.on_edit.reform(move |e: Event| PersonEdit::TickCare {
                                            day, activity: a,
                                            done: e.target_unchecked_into::<web_sys::HtmlInputElement>().checked(),
                                        });
                                        html! {
                                            <td>
                                                <input type="checkbox" checked={done} onchange={on_change}
                                                    aria-label={format!("{} on {}", a.label(), day.long())} />
                                            </td>
                                        }
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <p class="rb-callout">
                    { match active {
                        0 => "No days ticked yet in the last two weeks. Even one small thing today counts.".to_owned(),
                        1 => "You looked after yourself on 1 day in the last two weeks. That counts.".to_owned(),
                        n => format!("You looked after yourself on {n} days in the last two weeks."),
                    } }
                </p>
            }
        </>
    }
}
