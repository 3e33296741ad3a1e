//! What a host can set, and what each option accepts: one place decides,
//! as plain Rust, tested natively (`tests/embed.rs`). The loader
//! (`embed/embed.js`) passes the options on as plain text and checks only
//! what it acts on itself (the mode); this module warns once per value it
//! ignores.

use crate::domain::{percent_encode, Day, RejectionDetails};
use crate::i18n::Lang;
use crate::storage::keys::{clean_namespace, DEFAULT_NAMESPACE};
use crate::storage::EmbeddedStorage;

/// Light, dark, or whatever the system prefers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ColorScheme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl ColorScheme {
    pub fn parse(text: &str) -> Option<ColorScheme> {
        match text.trim().to_ascii_lowercase().as_str() {
            "auto" | "" => Some(ColorScheme::Auto),
            "light" => Some(ColorScheme::Light),
            "dark" => Some(ColorScheme::Dark),
            _ => None,
        }
    }

    /// The value a host writes for a forced scheme; `None` for auto.
    pub fn name(self) -> Option<&'static str> {
        match self {
            ColorScheme::Auto => None,
            ColorScheme::Light => Some("light"),
            ColorScheme::Dark => Some("dark"),
        }
    }

    /// The class on the app root that forces a scheme.
    pub fn class(self) -> Option<&'static str> {
        match self {
            ColorScheme::Auto => None,
            ColorScheme::Light => Some("rb-theme-light"),
            ColorScheme::Dark => Some("rb-theme-dark"),
        }
    }
}

/// Everything a host can set. Each value is plain text; invalid ones fall back.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    pub namespace: String,
    pub prefill: Option<RejectionDetails>,
    pub theme: ColorScheme,
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
    /// The language the host asked for (`data-lang`, `lang`); `None` leaves
    /// it to the person's choice and the browser (see `i18n::choose`).
    pub lang: Option<Lang>,
    /// The language of the page Rebound was opened on, when that page is a
    /// language's own (`es/index.html`): chosen by a link, so it comes
    /// before the browser's languages. Not a host option.
    pub page_lang: Option<Lang>,
}

impl Options {
    /// The fragment that opens the hosted page in its own tab with the same
    /// namespace and prefill, ready to take the widget's journal.
    pub fn own_tab_fragment(&self) -> String {
        let mut parts = vec!["handover=1".to_owned()];
        if let Some(lang) = self.lang {
            parts.push(format!("lang={lang}"));
        }
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

    /// What stays in the address once the fragment is read, as a query
    /// (`?namespace=careershub`), so a reload finds the same notes and, in a
    /// frame, keeps its look and its sizing: the namespace, the language the
    /// host asked for, and in a frame `embed`, theme and accent. None of it is private; prefill never stays.
    pub fn lasting_query(&self) -> String {
        let mut parts = Vec::new();
        if self.in_iframe {
            parts.push("embed=iframe".to_owned());
        }
        if self.namespace != DEFAULT_NAMESPACE {
            parts.push(format!("namespace={}", percent_encode(&self.namespace)));
        }
        if let Some(lang) = self.lang {
            parts.push(format!("lang={lang}"));
        }
        if self.in_iframe {
            if let Some(theme) = self.theme.name() {
                parts.push(format!("theme={theme}"));
            }
            if let Some(accent) = &self.accent {
                parts.push(format!("accent={}", percent_encode(accent)));
            }
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// Longest company or role a host may prefill.
const MAX_PREFILL_CHARS: usize = 200;

fn prefill_text(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_PREFILL_CHARS)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Longest accent taken: `oklch(62.8% 0.2577 29.23 / 0.9)` and the like fit.
pub const MAX_ACCENT_CHARS: usize = 48;

/// A colour's spelling and nothing else: a name, `#hex`, or one colour
/// function (`rgb(…)`, `hsl(…)`, `oklch(…)`…) of numbers. No `var()`,
/// `url()` or anything a colour check could be fooled into carrying.
pub fn looks_like_colour(value: &str) -> bool {
    const FUNCTIONS: [&str; 9] = [
        "rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch",
    ];
    if value.is_empty() || value.chars().count() > MAX_ACCENT_CHARS {
        return false;
    }
    match value.split_once('(') {
        None => value.chars().all(|c| c.is_ascii_alphanumeric() || c == '#'),
        Some((name, rest)) => {
            FUNCTIONS.contains(&name.to_ascii_lowercase().as_str())
                && rest.ends_with(')')
                && rest[..rest.len() - 1].chars().all(|c| {
                    c.is_ascii_digit()
                        || " .,%/+-".contains(c)
                        || c.is_ascii_alphabetic() && "edgradtunone".contains(c)
                })
        }
    }
}

/// Builds options from `key=value` pairs (already decoded). Unknown keys are
/// ignored; invalid values fall back to defaults, each with one warning.
pub fn options_from_pairs(
    pairs: &[(String, String)],
    today: Day,
    accent_colour: impl Fn(&str) -> Option<String>,
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
            "theme" => match ColorScheme::parse(value) {
                Some(theme) => options.theme = theme,
                None => warnings.push(format!("Rebound: ignoring theme \"{value}\": use light, dark or auto.")),
            },
            "accent" => match Some(value.trim()).filter(|v| looks_like_colour(v)).and_then(&accent_colour) {
                Some(colour) => options.accent = Some(colour),
                None => warnings.push(format!("Rebound: ignoring accent \"{value}\": not a CSS colour.")),
            },
            "lang" => match Lang::parse(value) {
                Some(lang) => options.lang = Some(lang),
                None => warnings.push(format!("Rebound: ignoring lang \"{value}\": use en, es or de.")),
            },
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
