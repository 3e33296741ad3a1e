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

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};

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
/// `on_journal` with the export document it sends back. `None` if this tab
/// has no opener (the browser cut the link, or the address was typed).
pub fn receive_from_opener(on_journal: impl Fn(String) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    let origin = own_origin(&window)?;
    let opener = window.opener().ok().filter(|o| o.is_object())?;
    let reply_to: web_sys::Window = opener.clone().unchecked_into();
    let listener = {
        let origin = origin.clone();
        EventListener::new(&window, "message", move |event| {
            let Some(data) = accepted(event, &origin, &opener) else {
                return;
            };
            if field(&data, "type").as_deref() == Some(JOURNAL) {
                if let Some(text) = field(&data, "text") {
                    on_journal(text);
                    let _ = reply_to.post_message(&message(RECEIVED, None), &origin);
                }
            }
        })
    };
    let opener: web_sys::Window = window.opener().ok()?.unchecked_into();
    opener.post_message(&message(READY, None), &origin).ok()?;
    Some(listener)
}
