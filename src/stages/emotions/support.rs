//! The support circle: people to lean on, whether you have reached out, and
//! words to start with.

use crate::browser::{focus_by_id, fresh_id, today};
use crate::components::{use_on_leave, DeleteButton, TextField};
use crate::domain::Choice;
use crate::domain::{EmotionsEdit, ListEdit, Relation, Supporter, WHAT_TO_SAY};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
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
            announce.emit(tf!(k::support::ADDED_TO_YOUR_SUPPORT, name = name.trim()));
            name.set(String::new());
        })
    };
    // A name typed and not added yet joins the circle when the person leaves.
    {
        let (name, relation, on_edit) = (name.clone(), relation.clone(), props.on_edit.clone());
        use_on_leave(move || {
            if !name.trim().is_empty() {
                on_edit.emit(EmotionsEdit::Supporters(ListEdit::Add(Supporter {
                    id: fresh_id(),
                    name: name.trim().to_owned(),
                    relation: *relation,
                    reached_out_on: None,
                })));
                name.set(String::new());
            }
        });
    }
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
                <p class="rb-empty">{t(k::support::NO_ONE_HERE_YET)}</p>
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
                            <li class="rb-list__item" key={id.to_string()}>
                                <div class="rb-list__main">
                                    <p class="rb-list__title">{ s.name.clone() }<span class="rb-hint">{ format!(" · {}", s.relation.label()) }</span></p>
                                    <div class="rb-check">
                                        <input type="checkbox" id={check_id.clone()} checked={s.reached_out_on.is_some()} onchange={on_reached} />
                                        <label for={check_id}>
                                            { tf!(k::support::I_REACHED_OUT_TO, name = s.name) }
                                            if let Some(day) = s.reached_out_on { <span class="rb-hint">{ tf!(k::support::ON_DAY, day = day.long()) }</span> }
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
                <TextField id="rb-supporter-name" label={t(k::support::NAME)} value={(*name).clone()}
                    error={error.then_some(AttrValue::from(t(k::support::WRITE_THEIR_NAME_FIRST)))}
                    on_change={{ let name = name.clone(); Callback::from(move |v| name.set(v)) }} />
                <div class="rb-field">
                    <label for="rb-supporter-relation">{t(k::support::WHO_THEY_ARE_TO)}</label>
                    <select id="rb-supporter-relation" onchange={on_relation}>
                        { for Relation::ALL.iter().copied().map(|r| html! {
                            <option value={r.slug()} selected={*relation == r}>{ r.label() }</option>
                        }) }
                    </select>
                </div>
                <div class="rb-actions">
                    <button type="submit" class="rb-button">{t(k::support::ADD_TO_MY_CIRCLE)}</button>
                </div>
            </form>
            <details class="rb-details">
                <summary>{t(k::support::NOT_SURE_WHAT_TO)}</summary>
                <ul class="rb-bullets">
                    { for WHAT_TO_SAY.iter().map(|line| html! { <li>{ t(*line) }</li> }) }
                </ul>
            </details>
        </>
    }
}
