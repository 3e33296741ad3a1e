//! Delete with a second, explicit "yes": used wherever a click would lose
//! something the user wrote. Focus is never dropped: "Delete" moves it to
//! "Keep it" (the safe answer), "Keep it" back to "Delete", and "Yes,
//! delete" to the next entry (or the one before, or the heading above).

use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use wasm_bindgen::JsCast;
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

/// Where focus goes once the entry holding `from` is gone: the next entry's
/// first button, else the previous one's, else the heading above the list.
fn focus_after_removal(from: &web_sys::Element) {
    let Ok(Some(row)) = from.closest("li") else {
        return;
    };
    let first_button =
        |el: Option<web_sys::Element>| el.and_then(|el| el.query_selector("button").ok().flatten());
    let target = first_button(row.next_element_sibling())
        .or_else(|| first_button(row.previous_element_sibling()))
        .or_else(|| {
            // The nearest heading above the list, whatever wraps it.
            let mut area = row.parent_element();
            while let Some(el) = area {
                if let Some(heading) = el.query_selector("h1, h2, h3").ok().flatten() {
                    if !heading.has_attribute("tabindex") {
                        let _ = heading.set_attribute("tabindex", "-1");
                    }
                    return Some(heading);
                }
                area = el.parent_element();
            }
            None
        });
    if let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = target.focus();
    }
}

#[component]
pub fn DeleteButton(props: &DeleteButtonProps) -> Html {
    let asking = use_state(|| false);
    let delete_ref = use_node_ref();
    let keep_ref = use_node_ref();
    // Only after the person's own click, never on the first render.
    let toggled = use_mut_ref(|| false);
    {
        let (delete_ref, keep_ref, toggled) =
            (delete_ref.clone(), keep_ref.clone(), toggled.clone());
        use_effect_with(*asking, move |asking| {
            if std::mem::take(&mut *toggled.borrow_mut()) {
                let target = if *asking { keep_ref } else { delete_ref };
                if let Some(target) = target.cast::<web_sys::HtmlElement>() {
                    let _ = target.focus();
                }
            }
        });
    }
    let delete_now = {
        let on_delete = props.on_delete.clone();
        let (delete_ref, keep_ref) = (delete_ref.clone(), keep_ref.clone());
        Callback::from(move |_| {
            if let Some(from) = keep_ref
                .cast::<web_sys::Element>()
                .or_else(|| delete_ref.cast())
            {
                focus_after_removal(&from);
            }
            on_delete.emit(());
        })
    };
    if !props.confirm {
        return html! {
            <button type="button" class="rb-button rb-button--small" ref={delete_ref}
                onclick={delete_now}
                aria-label={tf!(k::delete::LABEL, what = props.what)}>{t(k::delete::BUTTON)}</button>
        };
    }
    if *asking {
        let no = {
            let (asking, toggled) = (asking.clone(), toggled.clone());
            Callback::from(move |_| {
                *toggled.borrow_mut() = true;
                asking.set(false)
            })
        };
        html! {
            <span class="rb-confirm-inline" role="group" aria-label={tf!(k::delete::CONFIRM_GROUP, what = props.what)}>
                <span class="rb-confirm-inline__q">{t(k::delete::DELETE_IT)}</span>
                <button type="button" class="rb-button rb-button--small rb-button--danger"
                    onclick={delete_now}>{t(k::delete::YES_DELETE)}</button>
                <button type="button" class="rb-button rb-button--small" ref={keep_ref} onclick={no}>{t(k::delete::KEEP_IT)}</button>
            </span>
        }
    } else {
        let ask = {
            let (asking, toggled) = (asking.clone(), toggled.clone());
            Callback::from(move |_| {
                *toggled.borrow_mut() = true;
                asking.set(true)
            })
        };
        html! {
            <button type="button" class="rb-button rb-button--small" ref={delete_ref} onclick={ask}
                aria-label={tf!(k::delete::LABEL, what = props.what)}>{t(k::delete::BUTTON)}</button>
        }
    }
}
