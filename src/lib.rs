//! Rebound: a private, in-browser guide for getting back on your feet after a
//! job rejection.
//!
//! - `domain`: the recovery flow as plain Rust (no web imports), tested natively.
//! - `storage`: the versioned save format (`schema`), every key name
//!   (`keys`), the only code that touches localStorage (`local`), when a
//!   save is due and what to do when another tab saved (`sync`), and what a
//!   frame may keep (`access`).
//! - `state`, `persistence`: the Yew adapter over the domain and the saving machinery;
//!   `session`: the provider that loads, saves and hands both to the screens.
//! - `app`, `components`, `stages`: the UI; `routes`: every screen's address
//!   (`Route`, typed down to each stage's tool) and `RouteLink`.
//! - `options`: what a host can set and what each option accepts (pure).
//! - `mount`: the entry points the static page and the embeds share; iframe sizing.
//! - `handover`: the embedded widget's way to Rebound's own tab.
//! - `lazy`: the screens whose code arrives in chunks when first opened.
//! - `lock`: the passphrase lock (the journal encrypted at rest with WebCrypto).

pub mod app;
pub mod browser;
pub mod components;
pub mod domain;
pub mod handover;
pub mod i18n;
pub mod lazy;
pub mod lock;
pub mod mount;
pub mod options;
pub mod persistence;
pub mod routes;
pub mod session;
pub mod stages;
pub mod state;
pub mod storage;

use app::Root;
use yew::AppHandle;

/// Mounts Rebound into `element` with its data under `namespace`, as the
/// inline embed and the tests do.
pub fn mount(
    element: web_sys::Element,
    namespace: &str,
    prefill: Option<domain::RejectionDetails>,
) -> AppHandle<Root> {
    mount::mount_with(
        element,
        options::Options {
            namespace: namespace.to_owned(),
            prefill,
            ..Default::default()
        },
    )
}

pub use mount::start_static_page;
