//! One list pattern for every list of things the user keeps (strengths,
//! contacts, leads, plan steps...): each item shows as a summary row with Edit
//! and Delete; Edit opens its fields in place, which save as you type; "Add"
//! makes a new item and opens it. Deleting asks first unless the item is empty.
//!
//! Callers describe a list with `ItemListProps<T>` and show it with
//! [`item_list`]. The component that renders it, `ListView`, knows the items
//! only through the object-safe [`ListModel`], so its view code exists once in
//! the download instead of once per item type (ten of them).
//!
//! Props compare in full, callbacks by identity as Yew does everywhere: a
//! list re-renders when anything it shows or calls may have changed, so a
//! callback can capture whatever it needs without going stale.

use super::DeleteButton;
use crate::domain::{Id, Item, ListEdit};
use std::any::Any;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A long list shows its latest items only, until the user asks for all:
/// easier to scan, and a page with 300 contacts still opens at once.
const SHOWN_AT_FIRST: usize = 25;

#[derive(Properties, PartialEq)]
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
}

/// Shows a list described by `props` (build them with `yew::props!`).
pub fn item_list<T: Item + Clone + PartialEq + 'static>(props: ItemListProps<T>) -> Html {
    let model: Rc<dyn ListModel> = Rc::new(props);
    html! { <ListView {model} /> }
}

/// What `ListView` needs to know of a list, whatever its items are.
trait ListModel {
    fn id(&self) -> &AttrValue;
    fn empty(&self) -> &AttrValue;
    fn len(&self) -> usize;
    fn item_id(&self, index: usize) -> &Id;
    fn title(&self, index: usize) -> String;
    fn detail(&self, index: usize) -> Html;
    fn is_blank(&self, index: usize) -> bool;
    fn editor(&self, index: usize) -> Html;
    fn delete(&self, id: Id);
    fn add_label(&self) -> Option<&AttrValue>;
    /// Makes a new item, adds it and returns its id.
    fn add(&self) -> Option<Id>;
    /// Equal props: the same items, labels and callbacks.
    fn same_as(&self, other: &dyn ListModel) -> bool;
    fn as_any(&self) -> &dyn Any;
}

impl<T: Item + Clone + PartialEq + 'static> ListModel for ItemListProps<T> {
    fn id(&self) -> &AttrValue {
        &self.id
    }
    fn empty(&self) -> &AttrValue {
        &self.empty
    }
    fn len(&self) -> usize {
        self.items.len()
    }
    fn item_id(&self, index: usize) -> &Id {
        self.items[index].id()
    }
    fn title(&self, index: usize) -> String {
        self.title.emit(self.items[index].clone())
    }
    fn detail(&self, index: usize) -> Html {
        match &self.detail {
            Some(detail) => detail.emit(self.items[index].clone()),
            None => Html::default(),
        }
    }
    fn is_blank(&self, index: usize) -> bool {
        self.items[index].is_blank()
    }
    fn editor(&self, index: usize) -> Html {
        let on_update = self.on_edit.reform(ListEdit::Update);
        self.editor.emit((self.items[index].clone(), on_update))
    }
    fn delete(&self, id: Id) {
        self.on_edit.emit(ListEdit::Delete(id));
    }
    fn add_label(&self) -> Option<&AttrValue> {
        self.make.as_ref().map(|_| &self.add_label)
    }
    fn add(&self) -> Option<Id> {
        let item = self.make.as_ref()?.emit(());
        let id = item.id().clone();
        self.on_edit.emit(ListEdit::Add(item));
        Some(id)
    }
    fn same_as(&self, other: &dyn ListModel) -> bool {
        other.as_any().downcast_ref::<Self>() == Some(self)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

#[derive(Properties, Clone)]
struct ListViewProps {
    model: Rc<dyn ListModel>,
}

/// Equal when both hold equal `ItemListProps` of the same item type.
impl PartialEq for ListViewProps {
    fn eq(&self, other: &Self) -> bool {
        self.model.same_as(&*other.model)
    }
}

#[component]
fn ListView(props: &ListViewProps) -> Html {
    let model = &props.model;
    let open = use_state(|| None::<Id>);
    let show_all = use_state(|| false);
    let len = model.len();
    let hidden = if *show_all {
        0
    } else {
        len.saturating_sub(SHOWN_AT_FIRST)
    };
    let list_ref = use_node_ref();
    let row_id = |prefix: &str, id: &Id| format!("{prefix}-{id}");

    // Focus the first field of an item when it opens.
    {
        let list_ref = list_ref.clone();
        let prefix = model.id().clone();
        use_effect_with((*open).clone(), move |open| {
            let field = open.as_ref().and_then(|id| {
                let row = row_id(&prefix, id);
                list_ref
                    .cast::<web_sys::Element>()?
                    .query_selector(&format!(
                        "[id='{row}'] input, [id='{row}'] textarea, [id='{row}'] select"
                    ))
                    .ok()
                    .flatten()
            });
            if let Some(field) = field.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = field.focus();
            }
        });
    }

    let on_add = model.add_label().map(|label| {
        let (model, open) = (model.clone(), open.clone());
        let onclick = Callback::from(move |_| {
            if let Some(id) = model.add() {
                open.set(Some(id));
            }
        });
        html! { <button type="button" class="rb-button" {onclick}>{ label.clone() }</button> }
    });

    let row = |index: usize| {
        let id = model.item_id(index).clone();
        let title = model.title(index);
        let shown_title = if title.trim().is_empty() {
            "(nothing written yet)".to_owned()
        } else {
            title
        };
        let is_open = open.as_ref() == Some(&id);
        let toggle = {
            let open = open.clone();
            let id = id.clone();
            Callback::from(move |_| open.set(if is_open { None } else { Some(id.clone()) }))
        };
        let delete = {
            let (model, id) = (model.clone(), id.clone());
            Callback::from(move |_| model.delete(id.clone()))
        };
        let confirm = !model.is_blank(index);
        html! {
            <li class={classes!("rb-list__item", is_open.then_some("rb-list__item--open"))} id={row_id(model.id(), &id)}>
                if is_open {
                    <div class="rb-item-editor" role="group" aria-label={format!("Edit {shown_title}")}>
                        { model.editor(index) }
                        <div class="rb-actions">
                            <button type="button" class="rb-button rb-button--small" onclick={toggle}>{"Done"}</button>
                            <DeleteButton what={shown_title} on_delete={delete} {confirm} />
                        </div>
                    </div>
                } else {
                    <div class="rb-list__main">
                        <p class="rb-list__title">{ shown_title.clone() }</p>
                        { model.detail(index) }
                    </div>
                    <div class="rb-list__actions">
                        <button type="button" class="rb-button rb-button--small" onclick={toggle}
                            aria-label={format!("Edit {shown_title}")}>{"Edit"}</button>
                        <DeleteButton what={shown_title} on_delete={delete} {confirm} />
                    </div>
                }
            </li>
        }
    };

    html! {
        <div class="rb-itemlist">
            if len == 0 {
                <p class="rb-empty">{ model.empty().clone() }</p>
            } else {
                if hidden > 0 {
                    <p class="rb-hint rb-list__more">
                        { format!("Showing the latest {SHOWN_AT_FIRST} of {len}. ") }
                        <button type="button" class="rb-link" onclick={{ let s = show_all.clone(); move |_| s.set(true) }}>
                            { format!("Show all {len}") }
                        </button>
                    </p>
                }
                <ul class="rb-list" ref={list_ref}>
                    { for (hidden..len).map(row) }
                </ul>
            }
            { on_add }
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
