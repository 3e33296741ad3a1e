//! The catalogs (`i18n/*.json`) and the rule that keeps words out of the code.
//!
//! - Every catalog has exactly the English catalog's keys, each with the same
//!   `{placeholders}` (plural keys may add the forms their language needs).
//! - Every key the code names exists, and every key is used: the compiler
//!   checks both (`build.rs` makes a constant of each key, `crate::i18n::k`;
//!   an unused one is a dead-code warning, an error under `-D warnings`).
//! - No English text for people in `src/`: see `english_in_code`.

#![cfg(not(target_arch = "wasm32"))]

use rebound::domain::{Stage, Tool};
use rebound::i18n::{fill_text, Catalog, Lang};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn catalog_text(lang: Lang) -> String {
    fs::read_to_string(format!("i18n/{}.json", lang.code())).expect("catalog file")
}

fn entries(lang: Lang) -> BTreeMap<String, String> {
    serde_json::from_str(&catalog_text(lang)).expect("a flat object of strings")
}

const PLURAL_FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// `counts.rejections.one` → `counts.rejections`; other keys as they are.
fn stem(key: &str) -> &str {
    match key.rsplit_once('.') {
        Some((stem, form)) if PLURAL_FORMS.contains(&form) => stem,
        _ => key,
    }
}

fn placeholders(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        names.insert(after[..close].to_owned());
        rest = &after[close + 1..];
    }
    names
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every string literal in `src/` outside comments, with its file and line
/// and the code around it.
struct Literal {
    file: String,
    line: usize,
    before: String,
    after: String,
    text: String,
    marked: bool,
}

fn literals() -> Vec<Literal> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut found = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).expect("source");
        let mut marked_above = false;
        for (index, line) in source.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("#[cfg(test)]") {
                break;
            }
            if trimmed.starts_with("//") {
                marked_above = trimmed.contains("i18n:");
                continue;
            }
            // Attributes name types, functions and routes; `#[error]` is
            // the exception, its text is read by people.
            let attribute = trimmed.starts_with("#[") && !trimmed.starts_with("#[error");
            let marked = marked_above || attribute || line.contains("// i18n:");
            marked_above = false;
            let code = line.split(" //").next().unwrap_or(line);
            let chars: Vec<char> = code.chars().collect();
            let mut i = 0;
            while i < chars.len() {
                if chars[i] == '"' && (i == 0 || chars[i - 1] != '\'') {
                    let start = i;
                    let mut text = String::new();
                    i += 1;
                    while i < chars.len() && chars[i] != '"' {
                        if chars[i] == '\\' && i + 1 < chars.len() {
                            text.push(chars[i]);
                            i += 1;
                        }
                        text.push(chars[i]);
                        i += 1;
                    }
                    found.push(Literal {
                        file: file.display().to_string(),
                        line: index + 1,
                        before: chars[..start].iter().collect(),
                        after: chars[(i + 1).min(chars.len())..].iter().collect(),
                        text,
                        marked,
                    });
                }
                i += 1;
            }
        }
    }
    found
}

fn is_key(text: &str) -> bool {
    let mut parts = text.split('.');
    let first = parts.next().unwrap_or("");
    !first.is_empty()
        && text.contains('.')
        && text.split('.').all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
        })
}

#[test]
fn every_catalog_has_the_english_keys_with_the_same_placeholders() {
    let english = entries(Lang::En);
    let english_stems: BTreeMap<&str, BTreeSet<String>> =
        english
            .iter()
            .fold(BTreeMap::new(), |mut stems, (key, text)| {
                stems
                    .entry(stem(key))
                    .or_default()
                    .extend(placeholders(text));
                stems
            });
    for lang in [Lang::Es, Lang::De] {
        let other = entries(lang);
        let mut stems: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        for (key, text) in &other {
            assert!(!text.trim().is_empty(), "{lang}: {key} is empty");
            stems
                .entry(stem(key))
                .or_default()
                .extend(placeholders(text));
            if key != stem(key) {
                // A plural form of a key English has as plural too.
                assert!(
                    english.contains_key(&format!("{}.other", stem(key))),
                    "{lang}: {key} is a plural form of no English plural"
                );
            } else {
                assert!(
                    english.contains_key(key.as_str()),
                    "{lang}: {key} is not in en.json"
                );
            }
        }
        for (stem, names) in &english_stems {
            let theirs = stems
                .get(stem)
                .unwrap_or_else(|| panic!("{lang} lacks {stem}"));
            // {n} may be left out of a form that spells the number ("once").
            let without_n = |set: &BTreeSet<String>| {
                set.iter()
                    .filter(|n| *n != "n")
                    .cloned()
                    .collect::<BTreeSet<_>>()
            };
            assert_eq!(
                without_n(theirs),
                without_n(names),
                "{lang}: {stem} has other placeholders than English"
            );
        }
        for key in english.keys() {
            // Plural keys need their `other` form; the rest, themselves.
            if key == stem(key) || key.ends_with(".other") {
                assert!(other.contains_key(key), "{lang} lacks {key}");
            }
        }
    }
}

/// What counts as words for people, in a string literal in `src/`:
/// - a word of two or more letters among other tokens ("Save changes",
///   "{done} of {total}", ", yesterday.", "2 days"),
/// - a capitalised word ("Save", "Okay"),
/// - typographic quotes or an ellipsis,
/// - any letters as an `html!` text node (`{"optional"}`) or as the value of
///   `aria-label`, `title`, `placeholder`, `alt`, `label` or `hint`.
///
/// Not counted: catalog keys (`stage.next`), class lists (`rb-button rb-link`),
/// key names the code compares against (`Enter`), `rel` values, `expect` messages, console
/// warnings for a board's developers (`Rebound: ignoring ...`), and a line
/// marked `// i18n: why` (a service's own name, a technical detail).
fn looks_like_words(literal: &Literal) -> bool {
    const NOT_TEXT: [&str; 11] = [
        "Enter",
        "Escape",
        "Tab",
        "ArrowUp",
        "ArrowDown",
        "Home",
        "End",
        "QuotaExceededError",
        "SecurityError",
        "NS_ERROR_DOM_QUOTA_REACHED",
        "Rebound",
    ];
    let text = literal.text.as_str();
    if literal.marked || is_key(text) || NOT_TEXT.contains(&text) || text.starts_with("Rebound: ") {
        return false;
    }
    let before = literal.before.trim_end();
    if ["expect(", "panic!(", "unreachable!(", "assert!(", "rel="]
        .iter()
        .any(|p| before.ends_with(p))
    {
        return false;
    }
    // A word among other tokens: "Save changes", "{done} of {total}",
    // " · attended", "2 days". A lone token ("button", "rb-link") is not.
    let is_word = |w: &&str| {
        let w = w.trim_matches([',', '.', '!', '?', ':', ';', '(', ')', '·']);
        w.chars().count() >= 2 && w.chars().all(char::is_alphabetic)
    };
    let spaced_words = text.contains(' ') && text.split_whitespace().any(|w| is_word(&w));
    let mut chars = text
        .trim_start_matches(|c: char| !c.is_alphabetic())
        .chars();
    let capitalised = matches!((chars.next(), chars.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase());
    let typographic = text.contains(['“', '”', '’', '…']);
    let has_letters = text.chars().any(char::is_alphabetic);
    let text_node = before.ends_with(">{")
        || (before.ends_with('{') && before.trim_end_matches('{').trim_end().ends_with('>'));
    let text_node = text_node && literal.after.trim_start().starts_with('}') && has_letters;
    let shown_attribute = [
        "aria-label=",
        "title=",
        "placeholder=",
        "alt=",
        "label=",
        "hint=",
    ]
    .iter()
    .any(|a| before.ends_with(a))
        && has_letters;
    spaced_words || capitalised || typographic || text_node || shown_attribute
}

#[test]
fn english_in_code() {
    let offenders: Vec<String> = literals()
        .iter()
        .filter(|l| looks_like_words(l))
        .map(|l| format!("{}:{}: \"{}\"", l.file, l.line, l.text))
        .collect();
    assert!(
        offenders.is_empty(),
        "words for people belong in i18n/*.json, not in the code:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_lint_catches_what_it_should() {
    let literal = |before: &str, text: &str, after: &str| Literal {
        file: String::new(),
        line: 0,
        before: before.into(),
        after: after.into(),
        text: text.into(),
        marked: false,
    };
    for caught in [
        literal("<p>{", "Save changes", "}</p>"),
        literal("<button>{", "Save", "}"),
        literal("<span>{", "optional", "}"),
        literal("aria-label=", "Steps", ">"),
        literal("<b>{", "2 days", "}"),
        literal("x = ", "“Should” statements", ","),
        literal("format!(", "{} of {}", ","),
        literal("", " · attended", ""),
    ] {
        assert!(looks_like_words(&caught), "{:?}", caught.text);
    }
    for left in [
        literal("class=", "rb-button rb-button--small", ">"),
        literal("t(", "stage.next", ")"),
        literal("if key == ", "Enter", " {"),
        literal("autocomplete={", "name", "}"),
        literal(".expect(", "rendered inside the router", ")"),
        literal("warnings.push(format!(", "Rebound: ignoring theme", ")"),
    ] {
        assert!(!looks_like_words(&left), "{:?}", left.text);
    }
}

#[test]
fn every_guidance_point_and_tool_has_words_in_each_language() {
    for lang in Lang::ALL {
        let catalog = entries(lang);
        for stage in Stage::ALL {
            for point in stage.guidance() {
                for key in point.keys() {
                    assert!(
                        catalog.get(key.as_str()).is_some_and(|t| t.len() > 3),
                        "{lang}: {key:?}"
                    );
                }
            }
            let tools: &[Tool] = stage.tools();
            assert!(!tools.is_empty());
        }
    }
}

#[test]
fn spanish_and_german_are_written_not_copied() {
    let english = entries(Lang::En);
    for lang in [Lang::Es, Lang::De] {
        let other = entries(lang);
        let long_same: Vec<&String> = english
            .iter()
            .filter(|(key, text)| text.split(' ').count() >= 4 && other.get(*key) == Some(text))
            .map(|(key, _)| key)
            .collect();
        assert!(
            long_same.is_empty(),
            "{lang}: left in English: {long_same:?}"
        );
    }
}

#[test]
fn letters_keep_the_register_a_job_search_expects() {
    let check = |lang: Lang, formal: &[&str], never: &[&str]| {
        let catalog = Catalog::parse(lang, &catalog_text(lang)).expect("catalog");
        let bodies: Vec<String> = [
            "letters.thank_you.body",
            "letters.feedback_warm.body",
            "letters.feedback_formal.body",
            "letters.follow_up.body",
            "letters.thanks_for_feedback.body",
            "letters.informational.body",
        ]
        .iter()
        .map(|key| fill_text(&catalog.get(key).expect("a letter"), &[]))
        .collect();
        for body in &bodies {
            assert!(
                formal.iter().any(|w| body.contains(w)),
                "{lang}: not formal: {body}"
            );
            for word in never {
                assert!(
                    !body.split(|c: char| !c.is_alphabetic()).any(|w| w == *word),
                    "{lang}: '{word}' in {body}"
                );
            }
        }
    };
    // Spanish: usted (su, le, usted), never tú forms.
    check(
        Lang::Es,
        &["usted", "Usted", "su ", "le "],
        &["tú", "tu", "te", "contigo"],
    );
    // German: Sie (Ihnen, Ihre), never du forms.
    check(
        Lang::De,
        &["Sie", "Ihnen", "Ihre", "Ihr"],
        &["du", "dich", "dir", "dein", "deine"],
    );
}

#[test]
fn languages_come_from_tags_and_preferences() {
    assert_eq!(Lang::parse("es-MX"), Some(Lang::Es));
    assert_eq!(Lang::parse("DE_at"), Some(Lang::De));
    assert_eq!(Lang::parse("fr"), None);
    let prefs = |tags: &[&str]| tags.iter().map(|t| t.to_string()).collect::<Vec<_>>();
    assert_eq!(
        Lang::preferred(&prefs(&["fr-FR", "de-CH", "en"])),
        Some(Lang::De)
    );
    assert_eq!(Lang::preferred(&prefs(&["fr-FR", "it"])), None);
}

#[test]
fn placeholders_fill_in_and_unknown_ones_stay() {
    assert_eq!(
        fill_text("Hello {name},", &[("name", &"Ana")]),
        "Hello Ana,"
    );
    assert_eq!(fill_text("{a} and {b}", &[("a", &1)]), "1 and {b}");
    assert_eq!(fill_text("no { close", &[]), "no { close");
}

/// Someone whose notes did not save reads the message on a phone, upset:
/// what to do comes in one or two short sentences, the technical part last.
#[test]
fn storage_and_import_messages_are_short() {
    for (key, text) in entries(Lang::En) {
        if !["storage.", "data.", "handover.", "persistence."]
            .iter()
            .any(|p| key.starts_with(p))
        {
            continue;
        }
        let words = text.split_whitespace().count();
        assert!(words < 30, "{key} has {words} words: {text}");
        if let Some(at) = text.find("{detail}") {
            assert!(
                text[at..].trim_end_matches(['.', ')']) == "{detail}",
                "{key}: the technical detail comes last: {text}"
            );
        }
    }
}
