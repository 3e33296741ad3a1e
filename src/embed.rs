//! Mounting Rebound somewhere: the static page, an iframe on a job board (its
//! options arrive in the URL fragment, never the query string, so no server
//! sees them), or an element in a host page (the inline embed).

use crate::app::{App, AppProps};
use crate::domain::percent_encode;
use crate::domain::{Day, RejectionDetails};
use crate::storage::local::{clean_namespace, embedded_storage};
use crate::storage::{EmbeddedStorage, DEFAULT_NAMESPACE};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Light, dark, or whatever the system prefers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn parse(text: &str) -> Option<Theme> {
        match text.trim().to_ascii_lowercase().as_str() {
            "auto" | "" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The class on the app root that forces a scheme.
    pub fn class(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("rb-theme-light"),
            Theme::Dark => Some("rb-theme-dark"),
        }
    }
}

/// Everything a host can set. Each value is plain text; invalid ones fall back.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    pub namespace: String,
    pub prefill: Option<RejectionDetails>,
    pub theme: Theme,
    /// A CSS colour, already checked by the browser (`CSS.supports`).
    pub accent: Option<String>,
    /// Running inside an iframe: report the content height to the host.
    pub in_iframe: bool,
    /// Opened by the widget in its own tab: take the journal it hands over.
    pub hand_over: bool,
    /// The hosted page itself, top-level on Rebound's own site (not an
    /// iframe, not inline in a host page): site-wide choices such as asking
    /// the browser to keep the data belong here only.
    pub hosted: bool,
    /// Inside an iframe on another page: how that iframe may keep notes
    /// (found at start, before anything renders). `None` at top level and
    /// in inline mode, where the storage is the page's own.
    pub embedded_storage: Option<EmbeddedStorage>,
}

impl Options {
    /// The fragment that opens the hosted page in its own tab with the same
    /// namespace and prefill, ready to take the widget's journal.
    pub fn own_tab_fragment(&self) -> String {
        let mut parts = vec!["handover=1".to_owned()];
        if self.namespace != DEFAULT_NAMESPACE {
            parts.push(format!("namespace={}", percent_encode(&self.namespace)));
        }
        if let Some(prefill) = &self.prefill {
            for (key, value) in [("company", &prefill.company), ("role", &prefill.role)] {
                if !value.is_empty() {
                    parts.push(format!("{key}={}", percent_encode(value)));
                }
            }
            if let Some(day) = prefill.news_date {
                parts.push(format!("date={day}"));
            }
        }
        parts.join("&")
    }

    /// What stays in the address of a page opened at top level once its
    /// fragment is read: only the namespace (not private), so a reload finds
    /// the same notes. Prefill is never kept.
    pub fn lasting_fragment(&self) -> String {
        if self.namespace == DEFAULT_NAMESPACE {
            String::new()
        } else {
            format!("#namespace={}", percent_encode(&self.namespace))
        }
    }
}

/// Longest company or role a host may prefill.
const MAX_PREFILL_CHARS: usize = 200;

fn decode_component(text: &str) -> String {
    js_sys::decode_uri_component(&text.replace('+', " "))
        .map(String::from)
        .unwrap_or_default()
}

fn prefill_text(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_PREFILL_CHARS)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Builds options from `key=value` pairs (already decoded). Unknown keys are
/// ignored; invalid values fall back to defaults, each with one warning.
pub fn options_from_pairs(
    pairs: &[(String, String)],
    today: Day,
    accent_ok: impl Fn(&str) -> bool,
) -> (Options, Vec<String>) {
    let mut options = Options {
        namespace: DEFAULT_NAMESPACE.to_owned(),
        ..Default::default()
    };
    let mut warnings = Vec::new();
    let mut prefill = RejectionDetails::default();
    for (key, value) in pairs {
        match key.as_str() {
            "company" => prefill.company = prefill_text(value),
            "role" => prefill.role = prefill_text(value),
            "date" => match Day::parse(value) {
                Some(day) if day <= today => prefill.news_date = Some(day),
                _ => warnings.push(format!("Rebound: ignoring date \"{value}\": use YYYY-MM-DD, not in the future.")),
            },
            "namespace" => match clean_namespace(value.trim()) {
                Some(ns) => options.namespace = ns.to_owned(),
                None => warnings.push(format!("Rebound: ignoring namespace \"{value}\": use up to 64 letters, digits, '-', '_' or '.'.")),
            },
            "theme" => match Theme::parse(value) {
                Some(theme) => options.theme = theme,
                None => warnings.push(format!("Rebound: ignoring theme \"{value}\": use light, dark or auto.")),
            },
            "accent" => {
                if accent_ok(value.trim()) {
                    options.accent = Some(value.trim().to_owned());
                } else {
                    warnings.push(format!("Rebound: ignoring accent \"{value}\": not a CSS colour."));
                }
            }
            "embed" => options.in_iframe = value == "iframe",
            "handover" => options.hand_over = value == "1",
            _ => {}
        }
    }
    if prefill != RejectionDetails::default() {
        options.prefill = Some(prefill);
    }
    (options, warnings)
}

/// Splits a URL fragment (`#company=Acme&role=...`) into decoded pairs.
pub fn fragment_pairs(fragment: &str) -> Vec<(String, String)> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode_component(k), decode_component(v))
        })
        .collect()
}

/// Asks the browser whether `value` is a CSS colour.
fn is_css_colour(value: &str) -> bool {
    !value.is_empty() && web_sys::css::supports_with_value("color", value).unwrap_or(false)
}

/// Mounts the app into `element` with `options`.
pub fn mount_with(element: web_sys::Element, options: Options) -> AppHandle<App> {
    if options.in_iframe {
        report_height_to_host();
    }
    let props = AppProps {
        own_tab_fragment: AttrValue::from(options.own_tab_fragment()),
        namespace: AttrValue::from(options.namespace),
        prefill: options.prefill,
        theme: options.theme,
        accent: options.accent.map(AttrValue::from),
        hand_over: options.hand_over,
        embedded_storage: options.embedded_storage,
        hosted: options.hosted,
    };
    yew::Renderer::<App>::with_root_and_props(element, props).render()
}

/// Options for an inline embed, from the loader's already-parsed values.
pub fn inline_options(pairs: &[(String, String)]) -> Options {
    let (options, warnings) = options_from_pairs(pairs, crate::browser::today(), is_css_colour);
    for warning in warnings {
        web_sys::console::warn_1(&warning.into());
    }
    options
}

/// The static page: options from the URL fragment (set by the iframe embed,
/// or by the widget opening its own tab), then the fragment is removed so
/// nothing lingers in history. Inside an iframe, how storage stands is found
/// out first, so the first screen already says what will be kept.
pub fn start_static_page() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let fragment = window.location().hash().unwrap_or_default();
    let (options, warnings) = options_from_pairs(
        &fragment_pairs(&fragment),
        crate::browser::today(),
        is_css_colour,
    );
    for warning in warnings {
        web_sys::console::warn_1(&warning.into());
    }
    if !fragment.is_empty() {
        if let Ok(history) = window.history() {
            let mut address = window.location().pathname().unwrap_or_default();
            if !options.in_iframe {
                address.push_str(&options.lasting_fragment());
            }
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
        }
    }
    let Some(root) = document
        .get_element_by_id("rebound")
        .or_else(|| document.body().map(Into::into))
    else {
        return;
    };
    if is_embedded(&window) {
        wasm_bindgen_futures::spawn_local(async move {
            let mut options = options;
            options.embedded_storage = Some(embedded_storage(&options.namespace).await);
            // The app lives as long as the page.
            std::mem::forget(mount_with(root, options));
        });
    } else {
        let options = Options {
            hosted: true,
            ..options
        };
        std::mem::forget(mount_with(root, options));
    }
}

/// Whether this page runs in a frame of another page.
fn is_embedded(window: &web_sys::Window) -> bool {
    match window.top() {
        Ok(Some(top)) => !js_sys::Object::is(top.as_ref(), window.as_ref()),
        // A cross-origin top that cannot even be named is another page too.
        Ok(None) | Err(_) => true,
    }
}

/// Tells the embedding page how tall the content is, whenever it changes, so
/// the iframe never shows a scrollbar of its own. Only a number is sent.
fn report_height_to_host() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    // The page's content decides the iframe's height, not the other way round:
    // no full-viewport minimum inside the frame (CSS: `.rb-embedded`), and the
    // root's own box is measured, because its scrollHeight never drops below
    // the frame's height, so the iframe could grow but never shrink again.
    let root = window.document().and_then(|d| d.document_element());
    if let Some(root) = &root {
        let _ = root.class_list().add_1("rb-embedded");
    }
    let post = move || {
        let Some(root) = &root else {
            return;
        };
        // Rounded up: a fraction of a pixel short gives the frame a scrollbar.
        let height = root.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"rebound:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
        // The height is not private, and the host's origin is not known here;
        // the loader checks that the message comes from this iframe.
        let _ = parent.post_message(&message, "*");
    };
    let callback = Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // Both live as long as the page.
        std::mem::forget(observer);
    }
    callback.forget();
}
