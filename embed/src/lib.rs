//! Rebound as an embeddable WebAssembly bundle (built by wasm-pack). A thin
//! cdylib over the `rebound` library so that release builds get full LTO.
//! `embed.js` loads it for the inline mode; bundlers can import it directly.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
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
  /** "en", "es" or "de"; by default the browser's preferred language, else English. */
  lang?: string;
}
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "ReboundOptions")]
    pub type ReboundOptions;
}

/// A mounted widget; call `destroy()` to remove it. It mounts once its
/// words have loaded; destroying it before then mounts nothing.
#[wasm_bindgen]
pub struct Widget {
    handle: Rc<RefCell<Option<yew::AppHandle<rebound::app::Root>>>>,
    gone: Rc<Cell<bool>>,
}

#[wasm_bindgen]
impl Widget {
    /// Unmounts the widget and removes everything it rendered.
    pub fn destroy(&mut self) {
        self.gone.set(true);
        if let Some(handle) = self.handle.borrow_mut().take() {
            handle.destroy();
        }
    }
}

/// Mounts Rebound into `element`. `catalog` is the loader's head start on
/// the words (`{ lang, text: Promise<string> }`, fetched alongside the
/// wasm); `base` is where Rebound's files are (the catalogs sit in
/// `base + "i18n/"`), by default the page's own folder.
#[wasm_bindgen]
pub fn mount(
    element: web_sys::Element,
    options: Option<ReboundOptions>,
    catalog: Option<js_sys::Object>,
    base: Option<String>,
) -> Widget {
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
    let prefetched = catalog.and_then(|c| rebound::mount::prefetched_catalog(&c));
    let widget = Widget {
        handle: Rc::default(),
        gone: Rc::default(),
    };
    let (handle, gone) = (widget.handle.clone(), widget.gone.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let mounted = rebound::mount::load_and_mount(
            element,
            options,
            base.unwrap_or_default(),
            prefetched,
            None,
        )
        .await;
        match mounted {
            Some(app) if gone.get() => app.destroy(),
            Some(app) => *handle.borrow_mut() = Some(app),
            None => {}
        }
    });
    widget
}

/// Starts Rebound as the page itself (the hosted page, a language's own
/// page, and the page a job board's iframe shows), taking over its
/// prerendered first screen. `base` is the folder of Rebound's files;
/// `page_lang` the language of a language's own page (`es/`), empty on the
/// root page; `catalog` the words `start.js` took from the page or began
/// fetching (`{ lang, text }`, `text` a promise), and `painted` the promise
/// that the prerendered screen's paint was reported. `start.js` calls it;
/// the inline embed never does.
#[wasm_bindgen]
pub fn start_page(
    base: String,
    page_lang: String,
    catalog: JsValue,
    painted: Option<js_sys::Promise>,
) {
    rebound::start_static_page(
        base,
        rebound::i18n::Lang::parse(&page_lang),
        rebound::mount::prefetched_catalog(&catalog),
        painted,
    );
}
