//! Every word a person reads comes from a catalog: one JSON file per language
//! (`i18n/en.json`, `es.json`, `de.json`), flat `"key": "text"` pairs with
//! `{name}` placeholders. The wasm holds only the keys; the catalog of the
//! chosen language is fetched next to it at start (see `load`), so a new
//! language adds no byte to the wasm and a visitor downloads only theirs.
//!
//! Dates, numbers and plural forms come from the browser's `Intl`. Natively
//! (the tests) the English catalog is built in and `Intl` is replaced by
//! plain English rules, so domain code stays testable without a browser.
//!
//! The catalog in use is one per page (a thread-local), because domain code
//! (letters, the report, `.ics` texts) needs its words as much as the UI does.

use serde::Deserialize;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::{self, Display};
use std::rc::Rc;

/// A language Rebound speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
    De,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::De];

    /// The BCP 47 code, used for `lang`, `Intl` and the catalog's file name.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::De => "de",
        }
    }

    /// `es`, `es-MX`, `DE-at` ...; `None` for a language Rebound lacks.
    pub fn parse(text: &str) -> Option<Lang> {
        let primary = text.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The locale `Intl` formats dates and numbers for: Rebound's English is
    /// British ("organisation", "20 November 2026").
    pub fn intl_locale(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            Lang::Es => "es",
            Lang::De => "de",
        }
    }

    /// The first of the browser's preferred languages that Rebound speaks.
    pub fn preferred(languages: &[String]) -> Option<Lang> {
        languages.iter().find_map(|l| Lang::parse(l))
    }

    /// The language's name in itself, as the picker shows it whatever the
    /// page's language ("Deutsch" stays "Deutsch"), so it lives here and
    /// not in any one catalog.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English", // i18n: own name
            Lang::Es => "Español", // i18n: own name
            Lang::De => "Deutsch", // i18n: own name
        }
    }
}

/// The language to speak: the host's choice (`data-lang`), else the one the
/// person picked on the hosted page, else the browser's first preferred
/// language Rebound speaks, else English.
pub fn choose(explicit: Option<Lang>, remembered: Option<Lang>, preferred: &[String]) -> Lang {
    explicit
        .or(remembered)
        .or_else(|| Lang::preferred(preferred))
        .unwrap_or_default()
}

impl Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The texts of one language.
#[derive(Debug, Default)]
pub struct Catalog {
    lang: Lang,
    entries: HashMap<String, Rc<str>>,
}

/// A catalog file that is not a flat object of strings.
#[derive(Debug, thiserror::Error)]
// i18n: for the console
#[error("catalog {lang}: {source}")]
pub struct CatalogError {
    lang: Lang,
    source: serde_json::Error,
}

impl Catalog {
    pub fn parse(lang: Lang, json: &str) -> Result<Catalog, CatalogError> {
        #[derive(Deserialize)]
        #[serde(transparent)]
        struct Flat(HashMap<String, Rc<str>>);
        let Flat(entries) =
            serde_json::from_str(json).map_err(|source| CatalogError { lang, source })?;
        Ok(Catalog { lang, entries })
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn get(&self, key: &str) -> Option<Rc<str>> {
        self.entries.get(key).cloned()
    }
}

/// The English catalog, built in for native code and tests only: the wasm
/// never carries it.
#[cfg(not(target_arch = "wasm32"))]
pub const ENGLISH_JSON: &str = include_str!("../i18n/en.json");

thread_local! {
    static CURRENT: RefCell<Rc<Catalog>> = RefCell::new(Rc::new(initial_catalog()));
    /// Where the catalogs were loaded from first (the app's folder, which a
    /// language's own page, `es/`, is not in): the picker loads from there.
    static FILES_BASE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Where the app's files are, as the first load was told.
pub fn files_base() -> String {
    FILES_BASE.with(|b| b.borrow().clone().unwrap_or_default())
}

fn initial_catalog() -> Catalog {
    #[cfg(not(target_arch = "wasm32"))]
    {
        Catalog::parse(Lang::En, ENGLISH_JSON).expect("i18n/en.json is valid")
    }
    #[cfg(target_arch = "wasm32")]
    {
        Catalog::default()
    }
}

/// Makes `catalog` the one every text comes from, from the next render on.
pub fn install(catalog: Catalog) {
    CURRENT.with(|c| *c.borrow_mut() = Rc::new(catalog));
}

/// The language of the catalog in use.
pub fn lang() -> Lang {
    CURRENT.with(|c| c.borrow().lang)
}

/// A catalog key. Every one the code names is a constant in [`k`],
/// generated from `i18n/en.json` (see `build.rs`): a key that does not exist
/// does not compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key(&'static str);

impl Key {
    pub const fn as_str(self) -> &'static str {
        self.0
    }
}

/// A key with plural forms (`.one`, `.other`...), by its stem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Plural(&'static str);

impl Plural {
    pub const fn as_str(self) -> &'static str {
        self.0
    }
}

/// Every catalog key, as `k::app::ALL_STAGES` for `app.all_stages`.
#[allow(non_snake_case)]
pub(crate) mod k {
    #[allow(unused_imports)]
    use super::{Key, Plural};
    include!(concat!(env!("OUT_DIR"), "/keys.rs"));
}

/// The text for `key`. A catalog that lacks it (a language behind the
/// English one) shows the key itself, which the native catalog tests catch.
pub fn t(key: Key) -> Rc<str> {
    lookup(key.0)
}

fn lookup(key: &str) -> Rc<str> {
    CURRENT
        .with(|c| c.borrow().get(key))
        .unwrap_or_else(|| Rc::from(key))
}

/// The text for `key` with its `{name}` placeholders filled in. Use through
/// `tf!`.
pub fn fill(key: Key, args: &[(&str, &dyn Display)]) -> String {
    fill_text(&lookup(key.0), args)
}

/// Replaces each `{name}` in `text` with its value; an unknown name stays.
pub fn fill_text(text: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(&value.to_string()),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The plural form of `key` for `count` (`key.one`, `key.other`, and in
/// languages that have them `key.few`, `key.many`...), filled in with `{n}`
/// (the count, formatted for the language) and `args`. Use through
/// `tn!`.
pub fn plural(key: Plural, count: i64, args: &[(&str, &dyn Display)]) -> String {
    let key = key.0;
    let category = plural_category(count);
    let text = CURRENT.with(|c| {
        let catalog = c.borrow();
        catalog
            .get(&format!("{key}.{category}"))
            .or_else(|| catalog.get(&format!("{key}.other")))
    });
    let text = text.unwrap_or_else(|| Rc::from(key));
    let n = number(count);
    let mut all: Vec<(&str, &dyn Display)> = vec![("n", &n)];
    all.extend_from_slice(args);
    fill_text(&text, &all)
}

/// `tf!(k::some::KEY, name = value, ...)`: the text with its placeholders
/// filled in.
macro_rules! tf {
    ($key:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::fill($key, &[$((stringify!($name), &$value as &dyn ::std::fmt::Display)),*])
    };
}
pub(crate) use tf;

/// `tn!(k::some::PLURAL, count, name = value, ...)`: the plural form for
/// `count`.
macro_rules! tn {
    ($key:expr, $count:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::plural($key, ($count) as i64, &[$((stringify!($name), &$value as &dyn ::std::fmt::Display)),*])
    };
}
pub(crate) use tn;

#[cfg(target_arch = "wasm32")]
mod intl {
    use super::lang;
    use wasm_bindgen::JsValue;

    fn locales() -> js_sys::Array {
        js_sys::Array::of1(&JsValue::from_str(lang().intl_locale()))
    }

    fn options(pairs: &[(&str, &str)]) -> js_sys::Object {
        let options = js_sys::Object::new();
        for (k, v) in pairs {
            let _ = js_sys::Reflect::set(&options, &(*k).into(), &(*v).into());
        }
        options
    }

    pub fn plural_category(count: i64) -> String {
        let rules = js_sys::Intl::PluralRules::new(&locales(), &js_sys::Object::new());
        rules
            .select(count as f64)
            .as_string()
            .unwrap_or_else(|| "other".into())
    }

    pub fn number(count: i64) -> String {
        let format = js_sys::Intl::NumberFormat::new(&locales(), &js_sys::Object::new());
        let formatted = format
            .format()
            .call1(&JsValue::NULL, &JsValue::from_f64(count as f64));
        formatted
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| count.to_string())
    }

    pub fn decimal(value: f64) -> String {
        let options = options(&[]);
        for key in ["minimumFractionDigits", "maximumFractionDigits"] {
            let _ = js_sys::Reflect::set(&options, &key.into(), &JsValue::from_f64(1.0));
        }
        let format = js_sys::Intl::NumberFormat::new(&locales(), &options);
        format
            .format()
            .call1(&JsValue::NULL, &JsValue::from_f64(value))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| super::one_decimal(value))
    }

    /// A date (a day, or a moment in ms) in the language's own form.
    pub fn date(unix_ms: f64, pairs: &[(&str, &str)]) -> String {
        let format = js_sys::Intl::DateTimeFormat::new(&locales(), &options(pairs));
        let date = js_sys::Date::new(&JsValue::from_f64(unix_ms));
        format
            .format()
            .call1(&JsValue::NULL, &date)
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    }
}

#[cfg(target_arch = "wasm32")]
fn plural_category(count: i64) -> String {
    intl::plural_category(count)
}

#[cfg(not(target_arch = "wasm32"))]
fn plural_category(count: i64) -> String {
    if count == 1 { "one" } else { "other" }.to_owned() // i18n: CLDR category names
}

/// A count as the language writes it ("1,234", "1.234").
#[cfg(target_arch = "wasm32")]
pub fn number(count: i64) -> String {
    intl::number(count)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn number(count: i64) -> String {
    count.to_string()
}

/// Numbers shown with one decimal ("5.5 out of 10", "1.2 MB", SVG coordinates).
/// Formatting an `f64` with `{:.1}` pulls the standard library's whole
/// float-printing code (about 20 KB) into the download; one decimal needs
/// only integer arithmetic.
///
/// `x` rounded to one decimal: "5.5", "-0.3", "12.0".
pub fn one_decimal(x: f64) -> String {
    if !x.is_finite() {
        return "0.0".into();
    }
    let tenths = (x * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

/// A figure with one decimal as the language writes it ("3.5", "3,5").
#[cfg(target_arch = "wasm32")]
pub fn decimal(value: f64) -> String {
    intl::decimal(value)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn decimal(value: f64) -> String {
    one_decimal(value)
}

/// A calendar day as plain numbers: what dates need from the domain's
/// `Day`, so this module imports nothing of the app (it is a leaf).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateParts {
    pub days_since_epoch: i32,
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

#[cfg(target_arch = "wasm32")]
fn day_ms(day: DateParts) -> f64 {
    f64::from(day.days_since_epoch) * 86_400_000.0
}

/// "4 March 2026", "4 de marzo de 2026", "4. März 2026".
#[cfg(target_arch = "wasm32")]
pub fn long_date(day: DateParts) -> String {
    intl::date(
        day_ms(day),
        &[
            ("day", "numeric"),
            ("month", "long"),
            ("year", "numeric"),
            ("timeZone", "UTC"),
        ],
    )
}

/// "4 Mar", "4 mar", "4. März": the mood chart's ticks.
#[cfg(target_arch = "wasm32")]
pub fn short_date(day: DateParts) -> String {
    intl::date(
        day_ms(day),
        &[("day", "numeric"), ("month", "short"), ("timeZone", "UTC")],
    )
}

/// "Sun, 22 Nov, 14:05" in the person's own time zone.
#[cfg(target_arch = "wasm32")]
pub fn moment(unix_ms: f64) -> String {
    intl::date(
        unix_ms,
        &[
            ("weekday", "short"),
            ("day", "numeric"),
            ("month", "short"),
            ("hour", "2-digit"),
            ("minute", "2-digit"),
        ],
    )
}

// Natively, plain ISO-like forms stand in for `Intl` (tests only).
#[cfg(not(target_arch = "wasm32"))]
pub fn long_date(day: DateParts) -> String {
    format!("{:04}-{:02}-{:02}", day.year, day.month, day.day)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn short_date(day: DateParts) -> String {
    format!("{}/{}", day.day, day.month)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn moment(unix_ms: f64) -> String {
    format!("{unix_ms} ms") // i18n: a stand-in for tests, never shown
}

/// Where the catalogs are, relative to the app's own files, and the build's
/// version of them (so an old cached catalog never meets a new wasm).
pub fn catalog_path(lang: Lang) -> String {
    let version = option_env!("REBOUND_CATALOG_VERSION").unwrap_or("dev");
    format!("i18n/{}.json?v={version}", lang.code())
}

/// Loads the catalog for `lang`: from `prefetched` (the loader's fetch,
/// started in parallel with the wasm) when it is for this language, else
/// fetched from `base`. On failure, the English catalog, then an error.
#[cfg(target_arch = "wasm32")]
pub async fn load(
    lang: Lang,
    base: &str,
    prefetched: Option<(Lang, js_sys::Promise)>,
) -> Result<Catalog, String> {
    if let Some((prefetched_lang, promise)) = prefetched {
        if prefetched_lang == lang {
            let text = prefetched_text(promise).await;
            if let Some(catalog) = text.and_then(|t| Catalog::parse(lang, &t).ok()) {
                return Ok(catalog);
            }
        }
    }
    let mut tried = vec![lang];
    if lang != Lang::En {
        tried.push(Lang::En);
    }
    let mut last_error = String::new();
    for lang in tried {
        match fetch_text(&format!("{base}{}", catalog_path(lang))).await {
            Ok(text) => match Catalog::parse(lang, &text) {
                Ok(catalog) => return Ok(catalog),
                Err(e) => last_error = e.to_string(),
            },
            Err(e) => last_error = e,
        }
    }
    Err(last_error)
}

/// The words a loader fetched: the text itself (start.js reads it from the
/// page), or the fetch's response (embed.js hands that over as it is).
#[cfg(target_arch = "wasm32")]
async fn prefetched_text(promise: js_sys::Promise) -> Option<String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let value = JsFuture::from(promise).await.ok()?;
    if let Some(text) = value.as_string() {
        return Some(text);
    }
    let response: web_sys::Response = value.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Loads and installs the catalog for `lang` (from `prefetched` when it is
/// that language's), then says so to the page: `<html lang>` and the title
/// when the page is ours (`own_page`). Whether there are words to show.
#[cfg(target_arch = "wasm32")]
pub async fn load_and_install(
    lang: Lang,
    base: &str,
    prefetched: Option<(Lang, js_sys::Promise)>,
    own_page: bool,
) -> bool {
    FILES_BASE.with(|b| {
        b.borrow_mut().get_or_insert_with(|| base.to_owned());
    });
    match load(lang, base, prefetched).await {
        Ok(catalog) => {
            let lang = catalog.lang();
            install(catalog);
            if own_page {
                if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                    if let Some(root) = document.document_element() {
                        let _ = root.set_attribute("lang", lang.code());
                    }
                    document.set_title(&t(k::page::TITLE));
                    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
                        let _ = meta.set_attribute("content", &t(k::page::DESCRIPTION));
                    }
                }
            }
            true
        }
        Err(error) => {
            web_sys::console::warn_1(
                &format!("Rebound: could not load its words ({error}).").into(),
            );
            false
        }
    }
}

#[cfg(target_arch = "wasm32")]
async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("no window")?; // i18n: not shown
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| format!("{url}: no answer"))?; // i18n: not shown
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(format!("{url}: {}", response.status()));
    }
    let text = response.text().map_err(|_| format!("{url}: unreadable"))?; // i18n: not shown
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        // i18n: not shown
        .ok_or_else(|| format!("{url}: unreadable"))
}

/// Natively there is nothing to fetch: the built-in English stays.
#[cfg(not(target_arch = "wasm32"))]
pub async fn load_and_install(
    _lang: Lang,
    _base: &str,
    _prefetched: Option<(Lang, js_sys::Promise)>,
    _own_page: bool,
) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(lang: Lang) -> Catalog {
        let text =
            std::fs::read_to_string(format!("i18n/{}.json", lang.code())).expect("catalog file");
        Catalog::parse(lang, &text).expect("catalog")
    }

    #[test]
    fn plural_forms_follow_the_count() {
        install(catalog(Lang::En));
        assert_eq!(tn!(k::counts::REJECTIONS, 1), "1 rejection");
        assert_eq!(tn!(k::counts::REJECTIONS, 3), "3 rejections");
        install(catalog(Lang::De));
        assert_eq!(tn!(k::counts::REJECTIONS, 3), "3 Absagen");
        install(catalog(Lang::En));
    }

    #[test]
    fn a_key_shows_its_words_and_fills_them_in() {
        install(catalog(Lang::En));
        assert_eq!(&*t(k::app::INSIGHTS), "Insights");
        assert_eq!(
            tf!(k::stage::NEXT, title = "Seek feedback"),
            "Next: Seek feedback"
        );
    }
}

#[cfg(test)]
mod one_decimal_tests {
    use super::one_decimal;

    #[test]
    fn rounds_to_one_decimal_like_the_standard_formatter() {
        // (Exact ties may differ: the standard formatter rounds half to even.)
        for x in [
            0.0,
            5.5,
            5.44,
            5.46,
            12.0,
            1023.96,
            -0.3,
            -4.26,
            0.04,
            7.0 / 3.0,
        ] {
            assert_eq!(
                one_decimal(x),
                format!("{x:.1}").replace("-0.0", "0.0"),
                "{x}"
            );
        }
        assert_eq!(one_decimal(f64::NAN), "0.0");
    }
}
