//! Rebound as an embeddable WebAssembly bundle (built by wasm-pack). A thin
//! cdylib over the `rebound` library so that release builds get full LTO.

use wasm_bindgen::prelude::*;

/// A mounted widget; call `destroy()` to remove it.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<yew::AppHandle<rebound::app::App>>,
}

#[wasm_bindgen]
impl Widget {
    /// Unmounts the widget and removes what it rendered.
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

/// Mounts Rebound into `element`, keeping its data under `namespace`
/// (`rebound` when empty). `company`, `role` and `date` (YYYY-MM-DD) prefill
/// "what happened"; any of them may be empty.
#[wasm_bindgen]
pub fn mount(
    element: web_sys::Element,
    namespace: &str,
    company: &str,
    role: &str,
    date: &str,
) -> Widget {
    let prefill = rebound::domain::RejectionDetails {
        company: company.to_owned(),
        role: role.to_owned(),
        news_date: rebound::domain::Day::parse(date),
        ..Default::default()
    };
    let namespace = if namespace.is_empty() {
        rebound::storage::DEFAULT_NAMESPACE
    } else {
        namespace
    };
    Widget {
        handle: Some(rebound::mount(element, namespace, Some(prefill))),
    }
}
