//! Rebound as an embeddable WebAssembly bundle (built by wasm-pack). A thin
//! cdylib over the `rebound` library so that release builds get full LTO.
//! `embed.js` loads it for the inline mode; bundlers can import it directly.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const OPTIONS_TYPE: &'static str = r#"
/** Options for `mount`. Every one is optional; invalid values fall back to the default with a console warning. */
export interface ReboundOptions {
  /** Prefills "what happened". Plain text, never HTML. */
  company?: string;
  role?: string;
  /** The day the news came, YYYY-MM-DD, not in the future. */
  date?: string;
  /** Keeps this widget's data apart from others on the site (letters, digits, - _ .). Default "rebound". */
  namespace?: string;
  theme?: "light" | "dark" | "auto";
  /** Any CSS colour, used for buttons and links. */
  accent?: string;
}
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "ReboundOptions")]
    pub type ReboundOptions;
}

/// A mounted widget; call `destroy()` to remove it.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<yew::AppHandle<rebound::app::Root>>,
}

#[wasm_bindgen]
impl Widget {
    /// Unmounts the widget and removes everything it rendered.
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

/// Mounts Rebound into `element`.
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, options: Option<ReboundOptions>) -> Widget {
    let pairs: Vec<(String, String)> = options
        .map(|o| js_sys::Object::entries(o.unchecked_ref()))
        .map(|entries| {
            entries
                .iter()
                .filter_map(|entry| {
                    let pair: js_sys::Array = entry.unchecked_into();
                    Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
                })
                .collect()
        })
        .unwrap_or_default();
    let options = rebound::mount::options_with_warnings(&pairs);
    Widget {
        handle: Some(rebound::mount::mount_with(element, options)),
    }
}
