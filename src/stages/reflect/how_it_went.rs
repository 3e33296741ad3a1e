//! How it went: ratings of this process, notes, strengths and things to improve.

use crate::browser::fresh_id;
use crate::components::{item_list, ItemListProps, TextField};
use crate::domain::Choice;
use crate::domain::{Dimension, ReflectEdit, ReflectionData, TextItem};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HowItWentProps {
    pub data: ReflectionData,
    pub on_edit: Callback<ReflectEdit>,
}

/// A list of short lines (strengths, things to improve).
pub fn text_items(
    id: &'static str,
    items: &[TextItem],
    add_label: std::rc::Rc<str>,
    empty: std::rc::Rc<str>,
    field_label: std::rc::Rc<str>,
    on_edit: Callback<crate::domain::ListEdit<TextItem>>,
) -> Html {
    html! {
        { item_list(yew::props!(ItemListProps<TextItem> {
            id,
            items: items.to_vec(),
            add_label,
            empty,
            make: Callback::from(|_| TextItem { id: fresh_id(), text: String::new() }),
            title: Callback::from(|t: TextItem| t.text),
            editor: Callback::from(move |(item, emit): (TextItem, Callback<TextItem>)| {
                let field_id = format!("{id}-{}-text", item.id);
                html! {
                    <TextField id={field_id} label={field_label.clone()} value={item.text.clone()}
                        on_change={Callback::from(move |text| emit.emit(TextItem { text, ..item.clone() }))} />
                }
            }),
            on_edit,
        })) }
    }
}

#[component]
pub fn HowItWent(props: &HowItWentProps) -> Html {
    let data = &props.data;
    html! {
        <>
            <div class="rb-ratings">
                { for Dimension::ALL.iter().map(|&dim| {
                    let current = data.rating(dim);
                    html! {
                        <fieldset class="rb-fieldset rb-rating">
                            <legend>{ dim.label() }</legend>
                            <div class="rb-chips">
                                { for (1..=5u8).map(|score| {
                                    let id = format!("rb-rate-{}-{score}", dim.slug());
                                    html! {
                                        <span class="rb-chip rb-chip--score">
                                            <input type="radio" name={format!("rb-rate-{}", dim.slug())} id={id.clone()}
                                                checked={current == Some(score)}
                                                onchange={props.on_edit.reform(move |_| ReflectEdit::Rate(dim, Some(score)))} />
                                            <label for={id}>{ score }</label>
                                        </span>
                                    }
                                }) }
                                if current.is_some() {
                                    <button type="button" class="rb-link rb-rating__clear"
                                        aria-label={tf!(k::howitwent::CLEAR_THE_RATING_FOR, dim = dim.label())}
                                        onclick={props.on_edit.reform(move |_| ReflectEdit::Rate(dim, None))}>{t(k::howitwent::CLEAR)}</button>
                                }
                            </div>
                        </fieldset>
                    }
                }) }
            </div>
            <TextField id="rb-went-well" label={t(k::howitwent::WHAT_WENT_WELL)} multiline=true rows={3} optional=true
                value={data.went_well.clone()} on_change={props.on_edit.reform(ReflectEdit::SetWentWell)} />
            <TextField id="rb-to-improve" label={t(k::howitwent::WHAT_I_WOULD_DO)} multiline=true rows={3} optional=true
                value={data.to_improve.clone()} on_change={props.on_edit.reform(ReflectEdit::SetToImprove)} />
            <div class="rb-columns">
                <div>
                    <h3>{t(k::howitwent::STRENGTHS_I_SHOWED)}</h3>
                    { text_items("rb-strengths", &data.strengths, t(k::howitwent::ADD_A_STRENGTH),
                        t(k::howitwent::NONE_YET_WHAT_DID), t(k::howitwent::STRENGTH),
                        props.on_edit.reform(ReflectEdit::Strengths)) }
                </div>
                <div>
                    <h3>{t(k::howitwent::THINGS_TO_IMPROVE)}</h3>
                    { text_items("rb-improvements", &data.improvements, t(k::howitwent::ADD_SOMETHING_TO_IMPROVE),
                        t(k::howitwent::NONE_YET_WHAT_WOULD), t(k::howitwent::TO_IMPROVE),
                        props.on_edit.reform(ReflectEdit::Improvements)) }
                </div>
            </div>
        </>
    }
}
