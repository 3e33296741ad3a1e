//! Mounting Rebound somewhere: the static page, an iframe on a job board (its
//! options arrive in the URL fragment, never the query string, so no server
//! sees them), or an element in a host page (the inline embed). What each
//! option accepts is decided in `options`.

use crate::app::{AppProps, Root};
use crate::components::field;
use crate::domain::{Choice, Day, Reached, RejectionDetails};
use crate::i18n::{self, Lang};
use crate::options::{options_from_pairs, Options};
use crate::storage::access::embedded_storage;
use crate::storage::local::remembered_language;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn decode_component(text: &str) -> String {
    js_sys::decode_uri_component(&text.replace('+', " "))
        .map(String::from)
        .unwrap_or_default()
}

/// Splits a URL fragment (`#company=Acme&role=...`) or query into decoded pairs.
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
/// The colour `value` names, as the browser computes it (`rgb(…)`), or
/// `None` if the browser does not take it as a colour: set on a scratch
/// element's `color` and read back computed, so only a colour can come out.
fn css_colour(value: &str) -> Option<String> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let body = document.body()?;
    let probe: web_sys::HtmlElement = document.create_element("span").ok()?.dyn_into().ok()?;
    let style = probe.style();
    style.set_property("color", value).ok()?;
    if style.get_property_value("color").ok()?.is_empty() {
        return None;
    }
    body.append_child(&probe).ok()?;
    let computed = window
        .get_computed_style(&probe)
        .ok()
        .flatten()
        .and_then(|c| c.get_property_value("color").ok());
    probe.remove();
    computed.filter(|c| c.starts_with("rgb") || c.starts_with("color("))
}

/// The language for these options: the host's, else (on the hosted page)
/// the one the person picked, else the page's own (`es/`), else the
/// browser's.
pub fn language_for(options: &Options) -> Lang {
    let remembered = options
        .hosted
        .then(|| remembered_language(&options.namespace))
        .flatten()
        .and_then(|code| Lang::parse(&code));
    let mut preferred = crate::browser::preferred_languages();
    if let Some(page_lang) = options.page_lang {
        preferred.insert(0, page_lang.code().to_owned());
    }
    i18n::choose(options.lang, remembered, &preferred)
}

/// A catalog the loader started fetching in parallel with the wasm:
/// `{ lang: "es", text: Promise<string | null | Response> }`.
pub fn prefetched_catalog(value: &JsValue) -> Option<(Lang, js_sys::Promise)> {
    let lang = js_sys::Reflect::get(value, &"lang".into())
        .ok()?
        .as_string()?;
    let text = js_sys::Reflect::get(value, &"text".into()).ok()?;
    Some((Lang::parse(&lang)?, text.dyn_into().ok()?))
}

/// What shows when no catalog could be loaded at all (the network failed
/// after the wasm arrived): there are no words to take from a catalog, so
/// this one line is in each language.
fn show_no_words(element: &web_sys::Element) {
    element.set_text_content(Some(
        "Rebound could not load. Check your connection and reload the page. · No se pudo cargar Rebound: revise su conexión y vuelva a cargar la página. · Rebound konnte nicht geladen werden: Bitte prüfen Sie Ihre Verbindung und laden Sie die Seite neu.", // i18n: shown when no catalog could load
    ));
}

/// Loads the language, then mounts: the way every entry point starts.
/// `None` when no words could be loaded (a line says so instead).
pub async fn load_and_mount(
    element: web_sys::Element,
    options: Options,
    base: String,
    prefetched: Option<(Lang, js_sys::Promise)>,
    painted: Option<js_sys::Promise>,
) -> Option<AppHandle<Root>> {
    let lang = language_for(&options);
    // Rebound's own page (not a board's page, where the widget is inline).
    let own_page = painted.is_some();
    if !i18n::load_and_install(lang, &base, prefetched, own_page).await {
        show_no_words(&element);
        return None;
    }
    // The prerendered first screen stays until its paint has been reported
    // (`painted`, from `start.js`; see there why), and the first render
    // runs in a task of its own after the catalog's parse: one long task
    // would keep a slow phone from answering a tap for longer. Inline in a
    // board's page there is no prerendered screen and no such promise.
    if let Some(painted) = painted {
        let _ = wasm_bindgen_futures::JsFuture::from(painted).await;
    }
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
    let mut options = options;
    let early = take_over_prerendered(&element);
    if let Some(typed) = early.as_ref().map(|early| early.typed.clone()) {
        options.prefill = Some(options.prefill.unwrap_or_default().typed_over(typed));
    }
    Some(mount_app(element, options, early))
}

/// What a person did on the prerendered first screen before the app
/// arrived: the fields they filled in, and the one they were in.
struct EarlyInput {
    typed: RejectionDetails,
    focused: Option<String>,
    /// Begin was pressed (`start.js` kept the press).
    submitted: bool,
}

/// Takes the prerendered first screen out of `element`, keeping what was
/// typed into it: the app then draws the same screen with those values.
/// `None` where nothing was prerendered (the inline embed).
fn take_over_prerendered(element: &web_sys::Element) -> Option<EarlyInput> {
    let screen = element
        .query_selector("[data-rebound-prerendered]")
        .ok()
        .flatten()?;
    // `value` is read the same way from an input, a select and a textarea.
    let value = |id: &str| -> String {
        screen
            .query_selector(&format!("#{id}"))
            .ok()
            .flatten()
            .and_then(|field| js_sys::Reflect::get(&field, &"value".into()).ok())
            .and_then(|value| value.as_string())
            .unwrap_or_default()
    };
    let typed = RejectionDetails {
        company: value(field::COMPANY),
        role: value(field::ROLE),
        news_date: Day::parse(&value(field::DATE)),
        reached: Reached::from_slug(&value(field::REACHED)),
        notes: value(field::NOTES),
    };
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .filter(|active| screen.contains(Some(active)))
        .map(|active| active.id())
        .filter(|id| !id.is_empty());
    let submitted = screen
        .query_selector("[data-rebound-submitted]")
        .ok()
        .flatten()
        .is_some();
    screen.remove();
    Some(EarlyInput {
        typed,
        focused,
        submitted,
    })
}

/// Mounts the app into `element` with `options`, in the catalog installed.
pub fn mount_with(element: web_sys::Element, options: Options) -> AppHandle<Root> {
    mount_app(element, options, None)
}

fn mount_app(
    element: web_sys::Element,
    options: Options,
    early: Option<EarlyInput>,
) -> AppHandle<Root> {
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
        in_memory: !(options.hosted || options.in_iframe),
        hosted: options.hosted,
        focus_on_start: early
            .as_ref()
            .and_then(|early| early.focused.clone())
            .map(AttrValue::from),
        submit_on_start: early.is_some_and(|early| early.submitted),
    };
    yew::Renderer::<Root>::with_root_and_props(element, props).render()
}

/// Options from `key=value` pairs (the inline loader's values or the page's
/// fragment), with a console warning for each value ignored: the one place,
/// for every way of embedding, that decides what an option accepts.
pub fn options_with_warnings(pairs: &[(String, String)]) -> Options {
    let (options, warnings) = options_from_pairs(pairs, crate::browser::today(), css_colour);
    for warning in warnings {
        web_sys::console::warn_1(&warning.into());
    }
    options
}

/// The static page: options from the URL fragment (set by the iframe embed,
/// or by the widget opening its own tab) and from the query (what a reload
/// must keep). Once read, the fragment becomes the screen's address
/// (`#/...`, see `routes`): prefill never lingers in history, and only what
/// is not private (namespace, and in a frame its look) moves to the query,
/// so a reload finds the same notes. Inside an iframe, how storage stands is
/// found out first, so the first screen already says what will be kept.
pub fn start_static_page(
    base: String,
    page_lang: Option<Lang>,
    prefetched: Option<(Lang, js_sys::Promise)>,
    painted: Option<js_sys::Promise>,
) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let location = window.location();
    let fragment = location.hash().unwrap_or_default();
    let query = location.search().unwrap_or_default();
    // A fragment that starts with "#/" is already a screen's address.
    let options_fragment = if fragment.starts_with("#/") {
        ""
    } else {
        fragment.as_str()
    };
    let mut pairs = fragment_pairs(query.trim_start_matches('?'));
    pairs.extend(fragment_pairs(options_fragment));
    let mut options = options_with_warnings(&pairs);
    options.page_lang = page_lang;
    if !options_fragment.is_empty() {
        crate::browser::replace_address(&window, &options.lasting_query(), "#/");
    }
    keep_fragment_a_screen_address(&window);
    let Some(root) = document
        .get_element_by_id("rebound")
        .or_else(|| document.body().map(Into::into))
    else {
        return;
    };
    let embedded = is_embedded(&window);
    wasm_bindgen_futures::spawn_local(async move {
        let mut options = options;
        if embedded {
            options.embedded_storage = Some(embedded_storage(&options.namespace).await);
        } else {
            options.hosted = true;
            // A board's colour is for a board's widget and the tab it opens;
            // a plain link to Rebound's own page does not restyle it.
            if !options.hand_over {
                options.accent = None;
            }
        }
        // The app lives as long as the page.
        // Always a promise on the page, so the page is known as Rebound's own.
        let painted = painted.or_else(|| Some(js_sys::Promise::resolve(&JsValue::UNDEFINED)));
        if let Some(handle) = load_and_mount(root, options, base, prefetched, painted).await {
            std::mem::forget(handle);
        }
    });
}

/// A fragment typed by hand that is not a screen's address (`#foo`) would
/// make the router throw; it opens the stages instead. Registered before the
/// router exists, so this listener runs before the router's own.
fn keep_fragment_a_screen_address(window: &web_sys::Window) {
    let listener = gloo_events::EventListener::new(window, "popstate", |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        if location
            .hash()
            .is_ok_and(|hash| !hash.is_empty() && !hash.starts_with("#/"))
        {
            let query = location.search().unwrap_or_default();
            crate::browser::replace_address(&window, &query, "#/");
        }
    });
    // It lasts as long as the page.
    listener.forget();
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
