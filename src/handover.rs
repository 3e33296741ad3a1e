//! Carrying what someone wrote in the embedded widget to Rebound in its own
//! tab, where the browser lets it keep notes.
//!
//! The widget (an iframe on the board's page, on Rebound's own origin) opens
//! the hosted page with `window.open`, keeping a reference to the new tab. The
//! new tab, once its app runs, says "ready" to its opener; the widget answers
//! with the journal as an export document; the new tab merges it by id, saves
//! it, and says "received". Every message is sent to Rebound's own origin
//! only, and each side accepts a message only from that origin *and* from
//! the one window it expects (the tab it opened, or the window that opened
//! it), so no other page can send or read a journal.

use crate::domain::Journal;
use crate::i18n::k;
use crate::i18n::t;
use crate::persistence::Saver;
use crate::state::{EmbedChoices, JournalContext};
use crate::storage::access::{can_request_access, request_access, Access};
use crate::storage::schema::export_document;
use crate::storage::{parse_import, EmbeddedStorage};
use gloo_events::EventListener;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

const READY: &str = "rebound:ready";
const JOURNAL: &str = "rebound:journal";
const RECEIVED: &str = "rebound:received";

fn message(kind: &str, text: Option<&str>) -> JsValue {
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &"type".into(), &kind.into());
    if let Some(text) = text {
        let _ = js_sys::Reflect::set(&object, &"text".into(), &text.into());
    }
    object.into()
}

fn field(data: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(data, &JsValue::from_str(name))
        .ok()?
        .as_string()
}

/// The message's data if it came from `origin` and from `expected`.
fn accepted(event: &web_sys::Event, origin: &str, expected: &JsValue) -> Option<JsValue> {
    let event = event.dyn_ref::<web_sys::MessageEvent>()?;
    let source = event.source()?;
    (event.origin() == origin && js_sys::Object::is(source.as_ref(), expected))
        .then(|| event.data())
}

fn own_origin(window: &web_sys::Window) -> Option<String> {
    window.location().origin().ok()
}

/// In the widget: opens the hosted page (this page's address with `fragment`)
/// in a new tab and hands it `journal_text()` when it is ready;
/// `on_received` runs when the tab confirms it has the notes. Returns the
/// listener to keep alive, or `None` if the browser would not open a tab.
pub fn open_own_tab(
    fragment: &str,
    journal_text: impl Fn() -> String + 'static,
    on_received: impl Fn() + 'static,
) -> Option<EventListener> {
    let window = web_sys::window()?;
    let origin = own_origin(&window)?;
    let path = window.location().pathname().ok()?;
    let url = format!("{origin}{path}#{fragment}");
    // No "noopener": the new tab must be able to say it is ready.
    let tab = window.open_with_url_and_target(&url, "_blank").ok()??;
    let tab_value: JsValue = tab.clone().into();
    Some(EventListener::new(&window, "message", move |event| {
        let Some(data) = accepted(event, &origin, &tab_value) else {
            return;
        };
        match field(&data, "type").as_deref() {
            Some(READY) => {
                let _ = tab.post_message(&message(JOURNAL, Some(&journal_text())), &origin);
            }
            Some(RECEIVED) => on_received(),
            _ => {}
        }
    }))
}

/// In a tab the widget opened: says "ready" to the opener and calls
/// `on_journal` with the export document it sends back, and a way to tell
/// the widget "received" (once the person has said yes). `None` if this tab
/// has no opener (the browser cut the link, or the address was typed).
pub fn receive_from_opener(
    on_journal: impl Fn(String, Rc<dyn Fn()>) + 'static,
) -> Option<EventListener> {
    let window = web_sys::window()?;
    let origin = own_origin(&window)?;
    let opener = window.opener().ok().filter(|o| o.is_object())?;
    let reply_to: web_sys::Window = opener.clone().unchecked_into();
    let ready_to = reply_to.clone();
    let listener = {
        let origin = origin.clone();
        EventListener::new(&window, "message", move |event| {
            let Some(data) = accepted(event, &origin, &opener) else {
                return;
            };
            if field(&data, "type").as_deref() == Some(JOURNAL) {
                if let Some(text) = field(&data, "text") {
                    let (reply_to, origin) = (reply_to.clone(), origin.clone());
                    let received: Rc<dyn Fn()> = Rc::new(move || {
                        let _ = reply_to.post_message(&message(RECEIVED, None), &origin);
                    });
                    on_journal(text, received);
                }
            }
        })
    };
    ready_to.post_message(&message(READY, None), &origin).ok()?;
    Some(listener)
}

/// The embedded widget's way out of blocked or partitioned storage: its own
/// tab (carrying the journal) and, where the browser has it, storage access.
#[hook]
pub fn use_embed_choices(
    embedded_storage: Option<EmbeddedStorage>,
    namespace: AttrValue,
    own_tab_fragment: AttrValue,
    state: JournalContext,
    saver: Rc<Saver>,
    announce: Callback<String>,
) -> Option<EmbedChoices> {
    let storage = use_state(|| embedded_storage);
    let outcome = use_state(|| None::<AttrValue>);
    let handed_over = use_state(|| false);
    // The link to the tab opened last; replaced if the person opens another.
    let hand_over_link = use_mut_ref(|| None::<gloo_events::EventListener>);

    let open_own_tab = {
        let (outcome, announce, handed_over) =
            (outcome.clone(), announce.clone(), handed_over.clone());
        let fragment = own_tab_fragment;
        Callback::from(move |_| {
            let state = state.clone();
            let journal_text = move || {
                let exported_at = String::from(js_sys::Date::new_0().to_iso_string());
                export_document(&state.clone().journal, exported_at)
            };
            // The frame turns to "carry on there" once per tap: the own tab
            // says "received" again on each of its reloads, which must not
            // take the frame back from a person who chose to stay.
            let first_answer = Rc::new(std::cell::Cell::new(true));
            let on_received = {
                let (outcome, announce, handed_over) =
                    (outcome.clone(), announce.clone(), handed_over.clone());
                move || {
                    if first_answer.replace(false) {
                        // The screen that follows says it; the line is for
                        // what comes of the next choice.
                        outcome.set(None);
                        announce.emit(t(k::handover::YOUR_NOTES_ARE_IN).to_string());
                        handed_over.set(true);
                    }
                }
            };
            let link = open_own_tab(&fragment, journal_text, on_received);
            if link.is_none() {
                let text = t(k::handover::NO_NEW_TAB);
                outcome.set(Some(text.clone().into()));
                announce.emit(text.to_string());
            }
            *hand_over_link.borrow_mut() = link;
        })
    };

    // Chromium grants storage access only to a site the person has opened
    // in its own tab: a blocked frame offers it once the hand-over has
    // opened that tab; where storage is partitioned it can be asked at once.
    let may_succeed = match embedded_storage {
        Some(EmbeddedStorage::Blocked) => *handed_over,
        _ => true,
    };
    let keep_here = (can_request_access() && may_succeed).then(|| {
        let (storage, outcome) = (storage.clone(), outcome.clone());
        Callback::from(move |_| {
            // Started inside the click: browsers grant access only to a person's action.
            let answer = request_access(&namespace);
            let (storage, outcome, saver, announce) = (
                storage.clone(),
                outcome.clone(),
                saver.clone(),
                announce.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let not_kept = match answer.await {
                    Access::Granted(granted) => {
                        saver.adopt_storage(granted);
                        storage.set(Some(EmbeddedStorage::Shared));
                        outcome.set(None);
                        announce.emit(t(k::handover::REBOUND_CAN_KEEP_YOUR).to_string());
                        return;
                    }
                    // Said only when true: a yes that changes nothing is told as it is.
                    Access::OnlyThisBoard => t(k::handover::ACCESS_ONLY_THIS_BOARD),
                    Access::Refused => t(k::handover::ACCESS_REFUSED),
                };
                outcome.set(Some(not_kept.clone().into()));
                announce.emit(not_kept.to_string());
            });
        })
    });

    match *storage {
        Some(storage @ (EmbeddedStorage::Blocked | EmbeddedStorage::Partitioned)) => {
            Some(EmbedChoices {
                storage,
                open_own_tab,
                keep_here,
                outcome: (*outcome).clone(),
                handed_over: *handed_over,
                stay_here: {
                    let handed_over = handed_over.clone();
                    Callback::from(move |()| handed_over.set(false))
                },
            })
        }
        _ => None,
    }
}

/// Notes the widget handed over, waiting for the person's yes: nothing from
/// another page joins the journal unasked (a page could frame the widget
/// with its own words in it).
#[derive(Clone)]
pub struct HandOverOffer {
    pub journal: Rc<Journal>,
    /// Tells the widget its notes arrived.
    received: Rc<dyn Fn()>,
}

impl PartialEq for HandOverOffer {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.journal, &other.journal)
    }
}

/// What the own tab shows of a hand-over: the offer waiting for a yes, and
/// whether the notes were taken in.
#[derive(Clone, PartialEq)]
pub struct HandOver {
    pub offer: Option<HandOverOffer>,
    pub taken: bool,
    pub take: Callback<()>,
    pub decline: Callback<()>,
}

/// In a tab the widget opened: offers the journal it hands over, and takes
/// it in on the person's yes (then says so on screen, to screen readers and
/// to the widget).
#[hook]
pub fn use_hand_over_receiver(
    active: bool,
    saver: Rc<Saver>,
    announce: Callback<String>,
) -> HandOver {
    let offer = use_state(|| None::<HandOverOffer>);
    let taken = use_state(|| false);
    {
        let (offer, announce) = (offer.clone(), announce.clone());
        use_effect_with(active, move |active| {
            let listener = active
                .then(|| {
                    receive_from_opener(move |text, received| match parse_import(&text) {
                        Ok(journal) => offer.set(Some(HandOverOffer {
                            journal: Rc::new(journal),
                            received,
                        })),
                        Err(error) => announce.emit(error.to_string()),
                    })
                })
                .flatten();
            move || drop(listener)
        });
    }
    let take = {
        let (offer, taken) = (offer.clone(), taken.clone());
        Callback::from(move |()| {
            if let Some(given) = (*offer).clone() {
                saver.receive_hand_over((*given.journal).clone());
                (given.received)();
                announce.emit(t(k::handover::YOUR_NOTES_FROM_THE).to_string());
                taken.set(true);
            }
            offer.set(None);
        })
    };
    let decline = {
        let offer = offer.clone();
        Callback::from(move |()| offer.set(None))
    };
    HandOver {
        offer: (*offer).clone(),
        taken: *taken,
        take,
        decline,
    }
}
