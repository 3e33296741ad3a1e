//! Asking the browser about storage: how an embedded page may keep notes,
//! access to the widget's own storage from a board's frame (the Storage
//! Access API), and whether the site's storage is kept when space runs short.

use super::keys::{clean_namespace, DEFAULT_NAMESPACE};
use super::local::{holds_mark, mark_own_storage, probe, writable};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How a page embedded in another site (the iframe on a job board) may keep
/// notes, found before the person writes anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbeddedStorage {
    /// The widget's own storage, the same the hosted page uses (the board is
    /// the same site, or the browser allows third-party storage, or access was
    /// granted).
    Shared,
    /// Storage works but belongs to this board only (Safari, Firefox): notes
    /// are kept, yet the hosted page and other boards do not see them.
    Partitioned,
    /// The browser refuses storage to embedded tools (Chromium with
    /// third-party cookies blocked, Brave, ...): nothing would be kept.
    Blocked,
}

/// Where an embedded page's storage stands: blocked if it cannot be written;
/// partitioned if it can but `document.hasStorageAccess()` says this frame
/// has no access to the widget's own (first-party) storage; shared otherwise.
pub async fn embedded_storage(namespace: &str) -> EmbeddedStorage {
    let namespace = clean_namespace(namespace).unwrap_or(DEFAULT_NAMESPACE);
    if probe(namespace).is_none() {
        return EmbeddedStorage::Blocked;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return EmbeddedStorage::Shared;
    };
    // Older browsers lack the Storage Access API: they neither partition nor
    // tell, so working storage counts as shared.
    let Some(promise) = call_document_method(&document, "hasStorageAccess", &[]) else {
        return EmbeddedStorage::Shared;
    };
    match JsFuture::from(promise).await {
        Ok(has) if has.is_falsy() => EmbeddedStorage::Partitioned,
        _ => EmbeddedStorage::Shared,
    }
}

/// Calls `document.<name>(...args)` if the browser has it and it returns a promise.
fn call_document_method(
    document: &web_sys::Document,
    name: &str,
    args: &[JsValue],
) -> Option<js_sys::Promise> {
    let method = js_sys::Reflect::get(document, &JsValue::from_str(name)).ok()?;
    let method = method.dyn_into::<js_sys::Function>().ok()?;
    let result = method
        .apply(document, &args.iter().collect::<js_sys::Array>())
        .ok()?;
    result.dyn_into::<js_sys::Promise>().ok()
}

/// Whether this browser has the Storage Access API (worth offering "Let
/// Rebound keep notes here").
pub fn can_request_access() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| js_sys::Reflect::get(&d, &JsValue::from_str("requestStorageAccess")).ok())
        .is_some_and(|f| f.is_function())
}

/// The browser's answer to "Let Rebound keep notes here", as it really is.
pub enum Access {
    /// The widget's own storage, the one the hosted page uses: adopt it.
    Granted(web_sys::Storage),
    /// The browser said yes, yet the storage it gives is still this board's
    /// alone (Firefox may grant without switching `localStorage`).
    OnlyThisBoard,
    /// The browser said no, or gave nothing that can be written.
    Refused,
}

/// Asks the browser to let this embedded page use its own storage. Must be
/// called straight from the person's click (the browser requires it), so it
/// starts the request at once and returns a future for the answer.
///
/// Chromium's form, `requestStorageAccess({ localStorage: true })`, resolves
/// to a handle whose `localStorage` is the unpartitioned storage; elsewhere
/// the argument is ignored, the promise resolves to nothing, and
/// `window.localStorage` should then be the unpartitioned storage. Whether
/// it is, is checked, not assumed: a mark left in the frame's own storage
/// before asking (under a key of its own, which no other tab's write probe
/// touches) must not be in the storage that comes back.
pub fn request_access(namespace: &str) -> impl std::future::Future<Output = Access> {
    let namespace = clean_namespace(namespace)
        .unwrap_or(DEFAULT_NAMESPACE)
        .to_owned();
    let mark = mark_own_storage(&namespace);
    let request = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        let types = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&types, &"localStorage".into(), &JsValue::TRUE);
        call_document_method(&d, "requestStorageAccess", &[types.into()])
    });
    async move {
        let storage = granted_storage(request).await;
        let own = holds_mark(storage.as_ref(), &namespace, mark.as_deref());
        match storage {
            None => Access::Refused,
            Some(_) if own => Access::OnlyThisBoard,
            Some(storage) if writable(&storage, &namespace) => Access::Granted(storage),
            Some(_) => Access::Refused,
        }
    }
}

/// The storage a storage-access request hands over, if it is granted.
async fn granted_storage(request: Option<js_sys::Promise>) -> Option<web_sys::Storage> {
    let answer = JsFuture::from(request?).await.ok()?;
    if answer.is_object() {
        js_sys::Reflect::get(&answer, &JsValue::from_str("localStorage"))
            .ok()?
            .dyn_into::<web_sys::Storage>()
            .ok()
    } else {
        web_sys::window()?.local_storage().ok()?
    }
}

/// Whether this browser promised to keep the site's storage when it runs
/// short of space (`navigator.storage.persisted()`); `None` where the API is
/// missing.
pub async fn is_persisted() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    if !js_sys::Reflect::has(&manager, &JsValue::from_str("persisted")).unwrap_or(false) {
        return None;
    }
    JsFuture::from(manager.persisted().ok()?)
        .await
        .ok()?
        .as_bool()
}

/// Asks the browser to keep the site's storage even when it runs short of
/// space (`navigator.storage.persist()`); the browser's answer.
pub async fn ask_to_persist() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    JsFuture::from(manager.persist().ok()?)
        .await
        .ok()?
        .as_bool()
}
