//! Delete with a second, explicit "yes": used wherever a click would lose
//! something the user wrote.

use crate::i18n::t;
use crate::tf;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DeleteButtonProps {
    /// What is deleted, for the accessible name: "check-in of Sun 22 Nov".
    pub what: AttrValue,
    pub on_delete: Callback<()>,
    /// Ask first. Off for items with nothing written in them: nothing is lost.
    #[prop_or(true)]
    pub confirm: bool,
}

#[component]
pub fn DeleteButton(props: &DeleteButtonProps) -> Html {
    let asking = use_state(|| false);
    if !props.confirm {
        return html! {
            <button type="button" class="rb-button rb-button--small"
                onclick={props.on_delete.reform(|_| ())}
                aria-label={tf!("delete.label", what = props.what)}>{t("delete.button")}</button>
        };
    }
    if *asking {
        let no = {
            let asking = asking.clone();
            Callback::from(move |_| asking.set(false))
        };
        html! {
            <span class="rb-confirm-inline" role="group" aria-label={tf!("delete.confirm_group", what = props.what)}>
                <span class="rb-confirm-inline__q">{t("delete.delete_it")}</span>
                <button type="button" class="rb-button rb-button--small rb-button--danger"
                    onclick={props.on_delete.reform(|_| ())}>{t("delete.yes_delete")}</button>
                <button type="button" class="rb-button rb-button--small" onclick={no}>{t("delete.keep_it")}</button>
            </span>
        }
    } else {
        let ask = {
            let asking = asking.clone();
            Callback::from(move |_| asking.set(true))
        };
        html! {
            <button type="button" class="rb-button rb-button--small" onclick={ask}
                aria-label={tf!("delete.label", what = props.what)}>{t("delete.button")}</button>
        }
    }
}
