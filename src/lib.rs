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
pub mod embed;
pub mod handover;
pub mod persistence;
pub mod stages;
pub mod state;
pub mod storage;

use app::App;
use yew::AppHandle;

/// Mounts Rebound into `element` with its data under `namespace`, as the
/// inline embed and the tests do.
pub fn mount(
    element: web_sys::Element,
    namespace: &str,
    prefill: Option<domain::RejectionDetails>,
) -> AppHandle<App> {
    embed::mount_with(
        element,
        embed::Options {
            namespace: namespace.to_owned(),
            prefill,
            ..Default::default()
        },
    )
}

pub use embed::start_static_page;
