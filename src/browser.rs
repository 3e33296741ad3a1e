//! Small wrappers over browser APIs the components share: clock, randomness,
//! downloads (the export among them), clipboard. Storage is not here: only
//! `storage::local` touches it.

use crate::domain::{Day, Id, Journal};
use crate::storage::schema::{export_document, export_file_name};
use wasm_bindgen::{JsCast, JsValue};

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Today in the user's own time zone: a rejection that came "today" at 23:30
/// must not count as tomorrow because UTC has moved on.
pub fn today() -> Day {
    let now = js_sys::Date::new_0();
    Day::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_else(|| Day::from_unix_ms(now_ms()))
}

/// Today, where it is known: not in a page prerendered at build time
/// (natively), which does not know the day it will be read.
pub fn today_if_known() -> Option<Day> {
    cfg!(target_arch = "wasm32").then(today)
}

pub fn fresh_id() -> Id {
    Id::generate(now_ms(), js_sys::Math::random())
}

/// Offers `text` as a file download. Returns false if the browser refused.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    fn inner(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or(JsValue::NULL)?;
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
        web_sys::Url::revoke_object_url(&url)?;
        Ok(())
    }
    inner(file_name, mime, text).is_ok()
}

/// Offers the whole journal as a dated JSON file.
pub fn download_export(journal: &Journal) -> bool {
    let exported_at = String::from(js_sys::Date::new_0().to_iso_string());
    download(
        &export_file_name(today()),
        "application/json",
        &export_document(journal, exported_at),
    )
}

/// Copies text to the clipboard; resolves to whether it worked.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// "Sun, 22 Nov, 14:05" in the user's own time zone and language.
pub fn local_time_label(unix_ms: f64) -> String {
    crate::i18n::moment(unix_ms)
}

/// A User Timing mark, for the benchmark (`make bench`) to read. Cheap, and
/// invisible to the user.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// A User Timing measure from mark `start` to now.
pub fn measure_since(name: &str, start: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.measure_with_start_mark(name, start);
        performance.clear_marks_with_mark_name(start);
    }
}

/// The browser's preferred languages, most preferred first (`en-GB`, ...).
/// None natively (the first screen prerendered at build time).
pub fn preferred_languages() -> Vec<String> {
    if !cfg!(target_arch = "wasm32") {
        return Vec::new();
    }
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default()
}

/// Moves focus to the element with this id (a field with an error, say).
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Drops `lang=` from the page's query (a host's choice carried over), so a
/// language the person picks holds on reload. The screen's address stays.
pub fn forget_language_in_address() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let query = location.search().unwrap_or_default();
    if !query.contains("lang=") {
        return;
    }
    let kept: Vec<&str> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.starts_with("lang=") && !pair.is_empty())
        .collect();
    let query = if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    };
    let hash = location.hash().unwrap_or_default();
    replace_address(&window, &query, &hash);
}

/// Replaces the page's query and fragment in place (no new history entry).
pub fn replace_address(window: &web_sys::Window, query: &str, fragment: &str) {
    let path = window.location().pathname().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!("{path}{query}{fragment}")),
        );
    }
}

/// This page's address as a top-level page of `namespace` (the default one
/// needs none) opened on `screen` (`#/data`): where a framed widget sends
/// the person for what must not happen inside someone else's page.
pub fn own_page_address(namespace: &str, screen: &str) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let (origin, path) = (
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
    );
    let query = match crate::storage::keys::clean_namespace(namespace) {
        Some(ns) if ns != crate::storage::DEFAULT_NAMESPACE => format!("?namespace={ns}"),
        _ => String::new(),
    };
    format!("{origin}{path}{query}{screen}")
}

/// Resolves once the browser is idle (`requestIdleCallback`, with a 2 s
/// deadline so a busy page still gets there); where a browser has none
/// (Safari), after a short pause.
pub async fn idle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&JsValue::NULL);
            return;
        };
        let has_idle = js_sys::Reflect::has(&window, &JsValue::from_str("requestIdleCallback"))
            .unwrap_or(false);
        let asked = if has_idle {
            let options = web_sys::IdleRequestOptions::new();
            options.set_timeout(2000);
            window
                .request_idle_callback_with_options(&resolve, &options)
                .is_ok()
        } else {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 200)
                .is_ok()
        };
        if !asked {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Fires the event `name` on the window, for the page's own script
/// (start.js) to hear.
pub fn announce_to_page(name: &str) {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = window.dispatch_event(&event);
    }
}
