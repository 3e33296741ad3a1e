//! One list pattern for every list of things the user keeps (strengths,
//! contacts, leads, plan steps...): each item shows as a summary row with Edit
//! and Delete; Edit opens its fields in place, which save as you type. "Add"
//! opens a new entry's fields that join the list only on Save (an entry that
//! is not ready says why beside its fields); Cancel discards it. Deleting asks
//! first unless the item is empty.
//!
//! Callers describe a list with `ItemListProps<T>` and show it with
//! [`item_list`]. A small generic component, `ItemList<T>`, keeps the new
//! entry being written as a `T`; the view, `ListView`, knows the items and
//! that entry only through the object-safe [`ListModel`], so its code exists
//! once in the download instead of once per item type (ten of them).
//!
//! Callers build their callbacks afresh on each render and Yew compares
//! callbacks by identity, so a list re-renders with its parent: nothing is
//! compared that could only come out unequal.

use super::{use_on_leave, DeleteButton};
use crate::domain::{Id, Item, ListEdit};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A long list shows its latest items only, until the user asks for all:
/// easier to scan, and a page with 300 contacts still opens at once.
const SHOWN_AT_FIRST: usize = 25;

#[derive(Properties, PartialEq, Clone)]
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
    html! { <ItemList<T> ..props /> }
}

/// Keeps the new entry being written, typed, and hands `ListView` the list
/// with it.
#[component]
fn ItemList<T: Item + Clone + PartialEq + 'static>(props: &ItemListProps<T>) -> Html {
    let draft = use_mut_ref(|| None::<T>);
    let model: Rc<dyn ListModel> = Rc::new(Model {
        props: props.clone(),
        draft,
    });
    html! { <ListView {model} /> }
}

/// A list and the new entry being written (not yet in it).
struct Model<T: Item + Clone + PartialEq + 'static> {
    props: ItemListProps<T>,
    draft: Rc<RefCell<Option<T>>>,
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
    /// Starts a new entry, not yet in the list.
    fn start_draft(&self);
    /// A new entry is being written.
    fn has_draft(&self) -> bool;
    /// The new entry's fields; `on_change` is told after each change.
    fn draft_editor(&self, on_change: Callback<()>) -> Html;
    /// Nothing written in the new entry yet.
    fn draft_is_blank(&self) -> bool;
    /// Why the new entry cannot be saved yet.
    fn draft_not_ready(&self) -> Option<Rc<str>>;
    /// Adds the new entry to the list and returns its id.
    fn save_draft(&self) -> Option<Id>;
    /// Drops the new entry.
    fn drop_draft(&self);
}

impl<T: Item + Clone + PartialEq + 'static> ListModel for Model<T> {
    fn id(&self) -> &AttrValue {
        &self.props.id
    }
    fn empty(&self) -> &AttrValue {
        &self.props.empty
    }
    fn len(&self) -> usize {
        self.props.items.len()
    }
    fn item_id(&self, index: usize) -> &Id {
        self.props.items[index].id()
    }
    fn title(&self, index: usize) -> String {
        self.props.title.emit(self.props.items[index].clone())
    }
    fn detail(&self, index: usize) -> Html {
        match &self.props.detail {
            Some(detail) => detail.emit(self.props.items[index].clone()),
            None => Html::default(),
        }
    }
    fn is_blank(&self, index: usize) -> bool {
        self.props.items[index].is_blank()
    }
    fn editor(&self, index: usize) -> Html {
        let on_update = self.props.on_edit.reform(ListEdit::Update);
        self.props
            .editor
            .emit((self.props.items[index].clone(), on_update))
    }
    fn delete(&self, id: Id) {
        self.props.on_edit.emit(ListEdit::Delete(id));
    }
    fn add_label(&self) -> Option<&AttrValue> {
        self.props.make.as_ref().map(|_| &self.props.add_label)
    }
    fn start_draft(&self) {
        *self.draft.borrow_mut() = self.props.make.as_ref().map(|make| make.emit(()));
    }
    fn has_draft(&self) -> bool {
        self.draft.borrow().is_some()
    }
    fn draft_editor(&self, on_change: Callback<()>) -> Html {
        let Some(entry) = self.draft.borrow().clone() else {
            return Html::default();
        };
        let draft = self.draft.clone();
        let emit = Callback::from(move |next: T| {
            *draft.borrow_mut() = Some(next);
            on_change.emit(());
        });
        self.props.editor.emit((entry, emit))
    }
    fn draft_is_blank(&self) -> bool {
        self.draft.borrow().as_ref().is_none_or(Item::is_blank)
    }
    fn draft_not_ready(&self) -> Option<Rc<str>> {
        self.draft.borrow().as_ref().and_then(Item::not_ready)
    }
    fn save_draft(&self) -> Option<Id> {
        let entry = self.draft.borrow_mut().take()?;
        let id = entry.id().clone();
        self.props.on_edit.emit(ListEdit::Add(entry));
        Some(id)
    }
    fn drop_draft(&self) {
        self.draft.borrow_mut().take();
    }
}

#[derive(Properties, Clone)]
struct ListViewProps {
    model: Rc<dyn ListModel>,
}

/// Never equal: a list is drawn again whenever its parent is (see the
/// module's note on callbacks).
impl PartialEq for ListViewProps {
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

#[component]
fn ListView(props: &ListViewProps) -> Html {
    let model = &props.model;
    let open = use_state(|| None::<Id>);
    // The new entry lives in the model (typed, in `ItemList`); this draws
    // the list again when it starts, changes or goes.
    let redraw = use_force_update();
    let has_draft = model.has_draft();
    let draft_error = use_state(|| None::<std::rc::Rc<str>>);
    let show_all = use_state(|| false);
    let len = model.len();
    let hidden = if *show_all {
        0
    } else {
        len.saturating_sub(SHOWN_AT_FIRST)
    };
    let list_ref = use_node_ref();

    // A new entry with something written in it joins the list when the
    // person leaves (a link, Next, a tab switch, a reload), open to go on
    // with when they come back: nothing typed is dropped by leaving.
    {
        let (model, draft_error, open, redraw) = (
            model.clone(),
            draft_error.clone(),
            open.clone(),
            redraw.clone(),
        );
        use_on_leave(move || {
            if !model.has_draft() {
                return;
            }
            if model.draft_is_blank() {
                model.drop_draft();
            } else {
                open.set(model.save_draft());
            }
            draft_error.set(None);
            redraw.force_update();
        });
    }

    let (draft_ref, add_ref) = (use_node_ref(), use_node_ref());
    use_focus_follows(
        list_ref.clone(),
        model.id().clone(),
        (*open).clone(),
        draft_ref.clone(),
        add_ref.clone(),
        has_draft,
    );

    let on_add = model.add_label().map(|label| {
        let (model, draft_error, open, redraw) = (
            model.clone(),
            draft_error.clone(),
            open.clone(),
            redraw.clone(),
        );
        let onclick = Callback::from(move |_| {
            open.set(None);
            draft_error.set(None);
            model.start_draft();
            redraw.force_update();
        });
        html! { <button type="button" class="rb-button" ref={add_ref.clone()} {onclick}>{ label.clone() }</button> }
    });
    let new_entry = has_draft.then(|| {
        let on_change = {
            let redraw = redraw.clone();
            Callback::from(move |()| redraw.force_update())
        };
        let on_save = {
            let (model, draft_error, redraw) = (model.clone(), draft_error.clone(), redraw.clone());
            let draft_ref = draft_ref.clone();
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                if let Some(problem) = model.draft_not_ready() {
                    draft_error.set(Some(problem));
                    if let Some(form) = draft_ref.cast::<web_sys::Element>() {
                        focus_first_field(&form, "");
                    }
                    return;
                }
                model.save_draft();
                draft_error.set(None);
                redraw.force_update();
            })
        };
        let on_cancel = {
            let (model, draft_error, redraw) = (model.clone(), draft_error.clone(), redraw.clone());
            Callback::from(move |_| {
                model.drop_draft();
                draft_error.set(None);
                redraw.force_update();
            })
        };
        let error_id = format!("{}-new-error", model.id());
        html! {
            <form class="rb-item-editor rb-draft" ref={draft_ref.clone()} onsubmit={on_save} novalidate=true
                aria-label={model.add_label().cloned().unwrap_or_default()}
                aria-describedby={draft_error.is_some().then(|| error_id.clone())}>
                if let Some(problem) = (*draft_error).clone() {
                    <p id={error_id} class="rb-error">{ problem }</p>
                }
                { model.draft_editor(on_change) }
                <div class="rb-actions">
                    <button type="submit" class="rb-button rb-button--primary">{t(k::list::SAVE)}</button>
                    <button type="button" class="rb-button" onclick={on_cancel}>{t(k::list::CANCEL)}</button>
                </div>
            </form>
        }
    });

    html! {
        <div class="rb-itemlist">
            if len == 0 {
                <p class="rb-empty">{ model.empty().clone() }</p>
            } else {
                if hidden > 0 {
                    <p class="rb-hint rb-list__more">
                        { tf!(k::list::SHOWING_THE_LATEST_OF, SHOWN_AT_FIRST = SHOWN_AT_FIRST, len = len) }
                        <button type="button" class="rb-link" onclick={{ let s = show_all.clone(); move |_| s.set(true) }}>
                            { tf!(k::list::SHOW_ALL, len = len) }
                        </button>
                    </p>
                }
                <ul class="rb-list" ref={list_ref}>
                    { for (hidden..len).map(|index| row(model, index, &open)) }
                </ul>
            }
            if new_entry.is_some() {
                { new_entry }
            } else {
                { on_add }
            }
        </div>
    }
}

/// One item: its summary row with Edit and Delete, or its fields when open.
fn row(model: &Rc<dyn ListModel>, index: usize, open: &UseStateHandle<Option<Id>>) -> Html {
    let id = model.item_id(index).clone();
    let title = model.title(index);
    let shown_title = if title.trim().is_empty() {
        t(k::list::NOTHING_WRITTEN_YET).to_string()
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
        // Keyed: a deleted row takes its own state (an open "Delete it?")
        // with it instead of handing it to the row that moves up.
        <li key={id.to_string()} class={classes!("rb-list__item", is_open.then_some("rb-list__item--open"))} id={row_id(model.id(), &id)}>
            if is_open {
                <div class="rb-item-editor" role="group" aria-label={tf!(k::list::EDIT_NAMED, shown_title = shown_title)}>
                    { model.editor(index) }
                    <div class="rb-actions">
                        <button type="button" class="rb-button rb-button--small" onclick={toggle}>{t(k::list::DONE)}</button>
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
                        aria-label={tf!(k::list::EDIT_NAMED, shown_title = shown_title)}>{t(k::list::EDIT)}</button>
                    <DeleteButton what={shown_title} on_delete={delete} {confirm} />
                </div>
            }
        </li>
    }
}

/// The id of an item's row.
fn row_id(prefix: &str, id: &Id) -> String {
    format!("{prefix}-{id}")
}

/// Focus follows what opens: the first field of an item when it opens, and
/// of a new entry; when either closes, the control that opened it (never
/// the page).
#[hook]
fn use_focus_follows(
    list_ref: NodeRef,
    prefix: AttrValue,
    open: Option<Id>,
    draft_ref: NodeRef,
    add_ref: NodeRef,
    has_draft: bool,
) {
    let was_open = use_mut_ref(|| None::<Id>);
    use_effect_with(open, move |open| {
        let Some(list) = list_ref.cast::<web_sys::Element>() else {
            return;
        };
        let closed = std::mem::replace(&mut *was_open.borrow_mut(), open.clone());
        match (open, closed) {
            (Some(id), _) => focus_first_field(&list, &format!("[id='{}'] ", row_id(&prefix, id))),
            (None, Some(id)) => {
                // i18n: a CSS selector, not words
                focus_first(&list, &format!("[id='{}'] button", row_id(&prefix, &id)))
            }
            (None, None) => {}
        }
    });
    let had_draft = use_mut_ref(|| false);
    use_effect_with(has_draft, move |has_draft| {
        let closed = std::mem::replace(&mut *had_draft.borrow_mut(), *has_draft) && !*has_draft;
        if let Some(draft) = draft_ref.cast::<web_sys::Element>() {
            focus_first_field(&draft, "");
        } else if let (true, Some(add)) = (closed, add_ref.cast::<web_sys::HtmlElement>()) {
            let _ = add.focus();
        }
    });
}

/// Focuses the first element inside `root` matching `selector`.
fn focus_first(root: &web_sys::Element, selector: &str) {
    if let Some(el) = root
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Focuses the first field inside `root` matching `scope` + input/textarea/select.
fn focus_first_field(root: &web_sys::Element, scope: &str) {
    let field = root
        .query_selector(&format!("{scope}input, {scope}textarea, {scope}select"))
        .ok()
        .flatten()
        .and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(field) = field {
        let _ = field.focus();
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
