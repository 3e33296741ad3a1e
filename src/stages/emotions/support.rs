//! The support circle: people to lean on, whether you have reached out, and
//! words to start with.

use crate::browser::{focus_by_id, fresh_id, today};
use crate::components::{DeleteButton, TextField};
use crate::domain::Choice;
use crate::domain::{EmotionsEdit, ListEdit, Relation, Supporter, WHAT_TO_SAY};
use crate::state::use_app;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SupportCircleProps {
    pub supporters: Vec<Supporter>,
    pub on_edit: Callback<EmotionsEdit>,
}

#[component]
pub fn SupportCircle(props: &SupportCircleProps) -> Html {
    let app = use_app();
    let name = use_state(String::new);
    let relation = use_state(|| Relation::Friend);
    let error = use_state(|| false);

    let on_add = {
        let (name, relation, error) = (name.clone(), relation.clone(), error.clone());
        let on_edit = props.on_edit.clone();
        let announce = app.announce.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if name.trim().is_empty() {
                error.set(true);
                focus_by_id("rb-supporter-name");
                return;
            }
            error.set(false);
            on_edit.emit(EmotionsEdit::Supporters(ListEdit::Add(Supporter {
                id: fresh_id(),
                name: name.trim().to_owned(),
                relation: *relation,
                reached_out_on: None,
            })));
            announce.emit(format!("{} added to your support circle.", name.trim()));
            name.set(String::new());
        })
    };
    let on_relation = {
        let relation = relation.clone();
        Callback::from(move |e: Event| {
            let chosen = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(chosen) = Relation::from_slug(&chosen) {
                relation.set(chosen);
            }
        })
    };

    html! {
        <>
            if props.supporters.is_empty() {
                <p class="rb-empty">{"No one here yet. Add a friend, a family member or a mentor below."}</p>
            } else {
                <ul class="rb-list">
                    { for props.supporters.iter().map(|s| {
                        let check_id = format!("rb-reached-{}", s.id);
                        let on_reached = {
                            let on_edit = props.on_edit.clone();
                            let s = s.clone();
                            Callback::from(move |e: Event| {
                                let checked = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                                on_edit.emit(EmotionsEdit::Supporters(ListEdit::Update(Supporter { reached_out_on: checked.then(today), ..s.clone() })));
                            })
                        };
                        let id = s.id.clone();
                        html! {
                            <li class="rb-list__item">
                                <div class="rb-list__main">
                                    <p class="rb-list__title">{ s.name.clone() }<span class="rb-hint">{ format!(" · {}", s.relation.label()) }</span></p>
                                    <div class="rb-check">
                                        <input type="checkbox" id={check_id.clone()} checked={s.reached_out_on.is_some()} onchange={on_reached} />
                                        <label for={check_id}>
                                            { format!("I reached out to {}", s.name) }
                                            if let Some(day) = s.reached_out_on { <span class="rb-hint">{ format!(" on {}", day.long()) }</span> }
                                        </label>
                                    </div>
                                </div>
                                <div class="rb-list__actions">
                                    <DeleteButton what={s.name.clone()}
                                        on_delete={props.on_edit.reform(move |_| EmotionsEdit::Supporters(ListEdit::Delete(id.clone())))} />
                                </div>
                            </li>
                        }
                    }) }
                </ul>
            }
            <form class="rb-form rb-inline-form" onsubmit={on_add}>
                <TextField id="rb-supporter-name" label="Name" value={(*name).clone()}
                    error={error.then_some(AttrValue::Static("Write their name first."))}
                    on_change={{ let name = name.clone(); Callback::from(move |v| name.set(v)) }} />
                <div class="rb-field">
                    <label for="rb-supporter-relation">{"Who they are to you"}</label>
                    <select id="rb-supporter-relation" onchange={on_relation}>
                        { for Relation::ALL.iter().copied().map(|r| html! {
                            <option value={r.slug()} selected={*relation == r}>{ r.label() }</option>
                        }) }
                    </select>
                </div>
                <div class="rb-actions">
                    <button type="submit" class="rb-button">{"Add to my circle"}</button>
                </div>
            </form>
            <details class="rb-details">
                <summary>{"Not sure what to say?"}</summary>
                <ul class="rb-bullets">
                    { for WHAT_TO_SAY.iter().map(|line| html! { <li>{ *line }</li> }) }
                </ul>
            </details>
        </>
    }
}
