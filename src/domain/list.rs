//! What every list in the journal shares: items with stable ids, one way to
//! add, update and delete them, and merging two copies by id.

use super::Id;
use crate::i18n::k;
use crate::i18n::t;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// An item of a user's list.
pub trait Item {
    fn id(&self) -> &Id;
    /// Nothing written in it yet: deleting it loses nothing, so no confirmation.
    fn is_blank(&self) -> bool;
    /// Why a new entry cannot be saved yet, in words for the person; `None`
    /// when it can. By default an entry needs something written in it.
    fn not_ready(&self) -> Option<Rc<str>> {
        self.is_blank()
            .then_some(t(k::list::WRITE_SOMETHING_FIRST_OR))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ListEdit<T> {
    Add(T),
    /// Replaces the item with the same id.
    Update(T),
    Delete(Id),
}

impl<T: Item + PartialEq> ListEdit<T> {
    pub fn apply(self, items: &mut Vec<T>) -> bool {
        match self {
            ListEdit::Add(item) => {
                if items.iter().any(|x| x.id() == item.id()) {
                    return false;
                }
                items.push(item);
                true
            }
            ListEdit::Update(item) => match items.iter_mut().find(|x| x.id() == item.id()) {
                Some(existing) => replace(existing, item),
                None => false,
            },
            ListEdit::Delete(id) => {
                let before = items.len();
                items.retain(|x| x.id() != &id);
                items.len() != before
            }
        }
    }

    /// As [`ListEdit::apply`], but an item with nothing written in it is not
    /// added (an empty form submitted by mistake).
    pub fn apply_unless_blank(self, items: &mut Vec<T>) -> bool {
        match &self {
            ListEdit::Add(item) if item.is_blank() => false,
            _ => self.apply(items),
        }
    }
}

/// Puts `value` in `slot`; whether that changed anything.
pub fn replace<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        return false;
    }
    *slot = value;
    true
}

/// Adds `other`'s items that `items` lacks (by id), keeping `items`' version of
/// any item both have.
pub fn merge_by_id<T: Item + Clone>(items: &mut Vec<T>, other: &[T]) {
    for item in other {
        if !items.iter().any(|x| x.id() == item.id()) {
            items.push(item.clone());
        }
    }
}

/// A line of text in a list: a strength, an achievement, an industry to try.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextItem {
    pub id: Id,
    #[serde(default)]
    pub text: String,
}

impl Item for TextItem {
    fn id(&self) -> &Id {
        &self.id
    }
    fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// A fixed set of choices a person picks from: every value in order, the
/// words shown, and its name in the page (option values, element ids). What
/// it is saved as is serde's business (`rename_all` or `rename`).
pub trait Choice: Copy + PartialEq + Sized + 'static {
    const ALL: &'static [Self];
    /// The words shown for it, in the page's language.
    fn label(self) -> std::rc::Rc<str>;
    fn slug(self) -> &'static str;
    /// The choice named `slug`; `None` for a name this version does not know
    /// (the caller keeps what it had).
    fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.slug() == slug)
    }
}

/// Declares a fixed set of choices with their saved name (`slug`, also used
/// in the page) and the catalog key of the words shown (`label`).
macro_rules! choices {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => ($slug:literal, $label:path)),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $(#[serde(rename = $slug)] $variant),+
        }

        impl $crate::domain::Choice for $name {
            const ALL: &'static [$name] = &[$($name::$variant),+];

            fn label(self) -> std::rc::Rc<str> {
                $crate::i18n::t(match self { $($name::$variant => $label),+ })
            }

            fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }
        }
    };
}
pub(crate) use choices;
