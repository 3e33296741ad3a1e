//! Rebound: a private, in-browser guide for getting back on your feet after a
//! job rejection.
//!
//! - `domain`: the recovery flow as plain Rust (no web imports), tested natively.
//! - `storage`: the versioned save format (`schema`) and the only code that
//!   touches localStorage (`local`).
//! - `state`, `persistence`: the Yew adapter over the domain and the saving machinery.
//! - `app`, `components`, `stages`: the UI.
//! - `mount`: the entry points the static page and the embed share.

pub mod app;
pub mod browser;
pub mod components;
pub mod domain;
pub mod persistence;
pub mod stages;
pub mod state;
pub mod storage;

use app::{App, AppProps};
use yew::prelude::*;

/// Mounts Rebound into `element`. `namespace` keeps its data apart from other
/// Rebound instances on the same site.
pub fn mount(
    element: web_sys::Element,
    namespace: &str,
    prefill: Option<domain::RejectionDetails>,
) -> AppHandle<App> {
    let props = AppProps {
        namespace: AttrValue::from(namespace.to_owned()),
        prefill,
    };
    yew::Renderer::<App>::with_root_and_props(element, props).render()
}

/// The static page: mounts into `#rebound`, or the body if it is missing.
pub fn start_static_page() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id("rebound")
        .or_else(|| document.body().map(Into::into));
    if let Some(root) = root {
        // The app lives as long as the page.
        std::mem::forget(mount(root, storage::DEFAULT_NAMESPACE, None));
    }
}
