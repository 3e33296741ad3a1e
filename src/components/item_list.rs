//! One list pattern for every list of things the user keeps (strengths,
//! contacts, leads, plan steps...): each item shows as a summary row with Edit
//! and Delete; Edit opens its fields in place, which save as you type; "Add"
//! makes a new item and opens it. Deleting asks first unless the item is empty.

use super::DeleteButton;
use crate::domain::{Id, Item, ListEdit};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A long list shows its latest items only, until the user asks for all:
/// easier to scan, and a page with 300 contacts still opens at once.
const SHOWN_AT_FIRST: usize = 25;

#[derive(Properties)]
pub struct ItemListProps<T: Item + Clone + PartialEq + 'static> {
    /// Prefix for element ids, unique on the page.
    pub id: AttrValue,
    pub items: Vec<T>,
    /// "Add a contact"; no add button when `make` is `None`.
    #[prop_or_default]
    pub add_label: AttrValue,
    #[prop_or_default]
    pub make: Option<Callback<(), T>>,
    /// Shown when the list is empty: what to do to fill it.
    pub empty: AttrValue,
    /// The item's one-line name, for its row and for screen readers.
    pub title: Callback<T, String>,
    /// Extra lines under the title in the row.
    #[prop_or_default]
    pub detail: Option<Callback<T, Html>>,
    /// The item's fields; they emit the changed item.
    pub editor: Callback<(T, Callback<T>), Html>,
    pub on_edit: Callback<ListEdit<T>>,
    /// Anything outside the items that `title` or `detail` show (a key that
    /// changes when it does), since the callbacks are not compared.
    #[prop_or_default]
    pub deps: AttrValue,
}

/// Equal when the list shows the same items. The callbacks are left out on
/// purpose: parents build them anew on every render, so comparing them would
/// re-render every list (300 contacts, say) on each keystroke anywhere. That is
/// safe because they only turn what the user did into actions for the shared
/// dispatcher, and the item they act on is passed to them, never captured.
impl<T: Item + Clone + PartialEq + 'static> PartialEq for ItemListProps<T> {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.items == other.items && self.deps == other.deps
    }
}

#[component]
pub fn ItemList<T>(props: &ItemListProps<T>) -> Html
where
    T: Item + Clone + PartialEq + 'static,
{
    let open = use_state(|| None::<Id>);
    let show_all = use_state(|| false);
    let hidden = if *show_all {
        0
    } else {
        props.items.len().saturating_sub(SHOWN_AT_FIRST)
    };
    let list_ref = use_node_ref();
    let prefix = props.id.clone();
    let row_id = move |id: &Id| format!("{prefix}-{id}");

    // Focus the first field of an item when it opens.
    {
        let list_ref = list_ref.clone();
        let row_id = row_id.clone();
        use_effect_with((*open).clone(), move |open| {
            let field = open.as_ref().and_then(|id| {
                list_ref
                    .cast::<web_sys::Element>()?
                    .query_selector(&format!(
                        "[id='{}'] input, [id='{}'] textarea, [id='{}'] select",
                        row_id(id),
                        row_id(id),
                        row_id(id)
                    ))
                    .ok()
                    .flatten()
            });
            if let Some(field) = field.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = field.focus();
            }
        });
    }

    let on_add = props.make.clone().map(|make| {
        let on_edit = props.on_edit.clone();
        let open = open.clone();
        Callback::from(move |_| {
            let item = make.emit(());
            open.set(Some(item.id().clone()));
            on_edit.emit(ListEdit::Add(item));
        })
    });

    html! {
        <div class="rb-itemlist">
            if props.items.is_empty() {
                <p class="rb-empty">{ props.empty.clone() }</p>
            } else {
                if hidden > 0 {
                    <p class="rb-hint rb-list__more">
                        { format!("Showing the latest {SHOWN_AT_FIRST} of {}. ", props.items.len()) }
                        <button type="button" class="rb-link" onclick={{ let s = show_all.clone(); move |_| s.set(true) }}>
                            { format!("Show all {}", props.items.len()) }
                        </button>
                    </p>
                }
                <ul class="rb-list" ref={list_ref}>
                    { for props.items.iter().skip(hidden).map(|item| {
                        let id = item.id().clone();
                        let title = props.title.emit(item.clone());
                        let shown_title = if title.trim().is_empty() { "(nothing written yet)".to_owned() } else { title.clone() };
                        let is_open = open.as_ref() == Some(&id);
                        let on_update = props.on_edit.reform(ListEdit::Update);
                        let toggle = {
                            let open = open.clone();
                            let id = id.clone();
                            Callback::from(move |_| open.set(if is_open { None } else { Some(id.clone()) }))
                        };
                        let delete = props.on_edit.reform({ let id = id.clone(); move |_| ListEdit::Delete(id.clone()) });
                        html! {
                            <li class={classes!("rb-list__item", is_open.then_some("rb-list__item--open"))} id={row_id(&id)}>
                                if is_open {
                                    <div class="rb-item-editor" role="group" aria-label={format!("Edit {shown_title}")}>
                                        { props.editor.emit((item.clone(), on_update)) }
                                        <div class="rb-actions">
                                            <button type="button" class="rb-button rb-button--small" onclick={toggle}>{"Done"}</button>
                                            <DeleteButton what={shown_title.clone()} on_delete={delete} confirm={!item.is_blank()} />
                                        </div>
                                    </div>
                                } else {
                                    <div class="rb-list__main">
                                        <p class="rb-list__title">{ shown_title.clone() }</p>
                                        if let Some(detail) = &props.detail { { detail.emit(item.clone()) } }
                                    </div>
                                    <div class="rb-list__actions">
                                        <button type="button" class="rb-button rb-button--small" onclick={toggle}
                                            aria-label={format!("Edit {shown_title}")}>{"Edit"}</button>
                                        <DeleteButton what={shown_title} on_delete={delete} confirm={!item.is_blank()} />
                                    </div>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
            if let Some(on_add) = on_add {
                <button type="button" class="rb-button" onclick={on_add}>{ props.add_label.clone() }</button>
            }
        </div>
    }
}

/// A callback that copies `item`, sets one field with `set`, and emits the
/// copy: how every list editor's fields save as the user types.
pub fn set_field<T: Clone + 'static, V: 'static>(
    item: &T,
    emit: &Callback<T>,
    set: fn(&mut T, V),
) -> Callback<V> {
    let (item, emit) = (item.clone(), emit.clone());
    Callback::from(move |value| {
        let mut next = item.clone();
        set(&mut next, value);
        emit.emit(next);
    })
}
