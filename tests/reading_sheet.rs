//! The reading sheet: every message of every catalog as a person reads it,
//! English, Spanish and German side by side, placeholders filled with
//! realistic values in each language and every sentence with a count shown
//! at 0, 1, 2 and 5. A catalog is reviewed from this sheet, line by line
//! (README, "Languages").
//!
//! `docs/reading-sheet.md` is generated from the catalogs; this test fails
//! when a catalog changed and the sheet was not written anew:
//! `make reading-sheet` (or `REBOUND_WRITE_SHEET=1 cargo test --test
//! reading_sheet`) writes it.
//!
//! The same renderings carry the checks a reader would make of every
//! letter: no "a el", no gender slashes, no doubled spaces or punctuation,
//! and counts that agree with their sentence.

#![cfg(not(target_arch = "wasm32"))]

use rebound::domain::*;
use rebound::i18n::{fill_text, install, Catalog, Lang};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;

const SHEET: &str = "docs/reading-sheet.md";
const PLURAL_FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
/// The counts every plural is read at.
const COUNTS: [i64; 4] = [0, 1, 2, 5];

fn entries(lang: Lang) -> BTreeMap<String, String> {
    let text = fs::read_to_string(format!("i18n/{}.json", lang.code())).expect("catalog file");
    serde_json::from_str(&text).expect("a flat object of strings")
}

fn use_catalog(lang: Lang) {
    let text = fs::read_to_string(format!("i18n/{}.json", lang.code())).expect("catalog file");
    install(Catalog::parse(lang, &text).expect("catalog"));
}

/// `counts.rejections.one` → `counts.rejections`; other keys as they are.
fn stem(key: &str) -> &str {
    match key.rsplit_once('.') {
        Some((stem, form)) if PLURAL_FORMS.contains(&form) => stem,
        _ => key,
    }
}

/// The CLDR category of `count` in `lang` (English, Spanish and German
/// agree for the counts a person meets: `one` for 1, else `other`).
fn category(_lang: Lang, count: i64) -> &'static str {
    if count == 1 {
        "one"
    } else {
        "other"
    }
}

/// What fills a placeholder in the sheet.
enum Sample {
    /// The same in every language (names, numbers, what a person typed).
    Same(&'static str),
    /// English, Spanish, German.
    Words([&'static str; 3]),
    /// Another message of the same catalog, as the code puts it there.
    Key(&'static str),
    /// A counted phrase (a plural stem): the sentence is read at 1 and 2.
    Counted(&'static str),
}

fn sample(name: &str) -> Sample {
    use Sample::*;
    match name {
        "company" => Same("Nordlicht Logistics"),
        "role" | "title" | "rejection_title" | "shown_title" => Words([
            "Data Analyst at Nordlicht Logistics",
            "Analista de datos en Nordlicht Logistics",
            "Data Analyst bei Nordlicht Logistics",
        ]),
        "name" | "who" => Same("Marta"),
        "sign" => Same("Alex Romero"),
        "field" => Words(["urban planning", "urbanismo", "Stadtplanung"]),
        "day" | "end" | "week" | "when" => Words([
            "4 December 2026",
            "4 de diciembre de 2026",
            "4. Dezember 2026",
        ]),
        "day2" => Words([
            "11 December 2026",
            "11 de diciembre de 2026",
            "11. Dezember 2026",
        ]),
        "feeling" | "first" | "answer" | "checkin" | "fairness" | "fair" => {
            Key("emotions.fairly_good")
        }
        "last" => Key("emotions.good"),
        "f" => Key("emotions.disappointed"),
        "summary" => Words([
            "They wanted more SQL experience",
            "Querían más experiencia con SQL",
            "Sie wollten mehr SQL-Erfahrung",
        ]),
        "said" => Words([
            "Your case study was strong, but we needed more SQL.",
            "Su caso práctico era sólido, pero necesitábamos más SQL.",
            "Ihre Fallstudie war stark, aber wir brauchten mehr SQL.",
        ]),
        "goal" => Words([
            "Send applications",
            "Enviar candidaturas",
            "Bewerbungen verschicken",
        ]),
        "label" | "dim" | "source" => {
            Words(["Technical depth", "Profundidad técnica", "Fachliche Tiefe"])
        }
        "thought" => Words([
            "I will never get a job",
            "Nunca conseguiré trabajo",
            "Ich finde nie eine Stelle",
        ]),
        "balanced" => Words([
            "This one did not work out; I reached the final round",
            "Esta vez no salió; llegué a la ronda final",
            "Diesmal hat es nicht geklappt; ich war in der letzten Runde",
        ]),
        "prep" | "step" | "what" => Words([
            "Practise SQL joins",
            "Practicar consultas SQL",
            "SQL-Joins üben",
        ]),
        "stage" | "stage_title" | "next_title" | "prev_title" => Key("stage.seek_feedback"),
        "kicker" => Words(["Stage 3 of 5", "Etapa 3 de 5", "Phase 3 von 5"]),
        "status" => Key("reflect.under_way"),
        "reached" => Key("journal.after_the_final_round"),
        "kind" => Key("reflect.course"),
        "incoming" | "journal" => Counted("counts.rejections"),
        "people" => Counted("insight.people"),
        "times" => Counted("insight.times"),
        "pieces_of_feedback" => Counted("insight.pieces_of_feedback"),
        "strengths" => Counted("insight.strengths"),
        "things" => Counted("insight.things"),
        "requirements" => Counted("insight.requirements"),
        "steps" => Counted("insight.steps"),
        "lessons" => Counted("insight.lessons"),
        "achievements" => Counted("insight.achievements"),
        "harsh_thoughts" => Counted("insight.harsh_thoughts"),
        "contacts" => Counted("insight.contacts"),
        "leads" => Counted("insight.leads"),
        "asked" => Counted("insights.asked_times"),
        "worked" => Counted("switcher.worked_on_stages"),
        "silent" => Counted("insights.never_replied"),
        "answered" => Counted("insights.answered"),
        "rejections" => Words([
            "Data Analyst; BI Developer",
            "Analista de datos; Desarrollador BI",
            "Data Analyst; BI-Entwicklung",
        ]),
        "greeting" => Key("letters.greeting.named"),
        "at" => Key("letters.at_company"),
        "about" => Key("letters.informational.about_field"),
        "team" => Key("letters.your_team"),
        "lead" => Key("letters.thank_you"),
        "value" | "count" | "done" | "plan_done" | "talked_to" | "stage_number" | "days_ago"
        | "days_left" | "series" | "assessed" | "doing" => Same("3"),
        "n" | "all" | "total" | "target" | "plan" | "len" => Same("5"),
        "SHOWN_AT_FIRST" => Same("20"),
        "minutes" => Same("15"),
        "seconds" => Same("8"),
        "max" => Same("20,000"),
        "bytes" => Same("812"),
        "size" | "mb" => Same("2.4"),
        "format" | "version" => Same("4"),
        "known" => Same("3"),
        "number" => Same("024"),
        "error" | "detail" => Same("QuotaExceededError"),
        other => panic!("the reading sheet has no sample for {{{other}}}: add one"),
    }
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Es => 1,
        Lang::De => 2,
    }
}

fn placeholder_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = after[..close].to_owned();
        if !names.contains(&name) {
            names.push(name);
        }
        rest = &after[close + 1..];
    }
    names
}

/// One catalog, read the way the sheet reads it.
struct Reader {
    lang: Lang,
    entries: BTreeMap<String, String>,
}

impl Reader {
    fn new(lang: Lang) -> Reader {
        Reader {
            lang,
            entries: entries(lang),
        }
    }

    fn plural(&self, stem: &str, count: i64) -> String {
        let text = self
            .entries
            .get(&format!("{stem}.{}", category(self.lang, count)))
            .or_else(|| self.entries.get(&format!("{stem}.other")))
            .unwrap_or_else(|| panic!("{}: no plural {stem}", self.lang));
        self.fill(text, count, count)
    }

    /// `text` with every placeholder filled; counted phrases at `count`,
    /// `{n}` at `n`.
    fn fill(&self, text: &str, n: i64, count: i64) -> String {
        let values: Vec<(String, String)> = placeholder_names(text)
            .into_iter()
            .map(|name| {
                let value = if name == "n" {
                    n.to_string()
                } else if ["done", "assessed", "plan_done"].contains(&name.as_str()) {
                    // A part of the count: never more than it.
                    n.min(3).to_string()
                } else {
                    match sample(&name) {
                        Sample::Same(v) => v.to_owned(),
                        Sample::Words(w) => w[lang_index(self.lang)].to_owned(),
                        Sample::Key(key) => {
                            let inner = self
                                .entries
                                .get(key)
                                .unwrap_or_else(|| panic!("no sample key {key}"));
                            self.fill(inner, n, count)
                        }
                        Sample::Counted(stem) => self.plural(stem, count),
                    }
                };
                (name, value)
            })
            .collect();
        let args: Vec<(&str, &dyn std::fmt::Display)> = values
            .iter()
            .map(|(k, v)| (k.as_str(), v as &dyn std::fmt::Display))
            .collect();
        fill_text(text, &args)
    }

    fn counts_inside(&self, text: &str) -> bool {
        placeholder_names(text).iter().any(|name| {
            name != "n" && matches!(sample(name), Sample::Counted(_))
                || matches!(sample(name), Sample::Key(k) if self.entries.get(k).is_some_and(|t| self.counts_inside(t)))
        })
    }

    /// How `key` (a plain key or a plural stem) reads: one line per count
    /// where a count changes it, else one line.
    fn readings(&self, key: &str, plural: bool) -> Vec<(Option<i64>, String)> {
        if plural {
            COUNTS
                .iter()
                .map(|&c| (Some(c), self.plural(key, c)))
                .collect()
        } else {
            let text = &self.entries[key];
            if self.counts_inside(text) {
                [1, 2]
                    .iter()
                    .map(|&c| (Some(c), self.fill(text, 5, c)))
                    .collect()
            } else {
                vec![(None, self.fill(text, 5, 5))]
            }
        }
    }
}

/// Every letter a person can send, as the app writes it, with several
/// recipients and roles.
fn letters(lang: Lang) -> Vec<(String, Draft)> {
    use_catalog(lang);
    let mut out = Vec::new();
    let cases = [
        ("Acme", "Backend Engineer", "Priya Shah", "Sam Lee"),
        (
            "Nordlicht Logistics",
            "Analista de datos",
            "",
            "Alex Romero",
        ),
        ("", "", "", ""),
        (
            "Estudio Ámbar",
            "Ingeniera de datos",
            "Dra. Elena Ruiz",
            "Lea",
        ),
    ];
    for (company, role, to, sign) in cases {
        let details = RejectionDetails {
            company: company.into(),
            role: role.into(),
            ..Default::default()
        };
        let ctx = LetterContext {
            details: &details,
            to_name: to,
            sign_as: sign,
        };
        let case = format!("{company:?}, {role:?}, to {to:?}, signed {sign:?}");
        out.push((format!("thank-you note; {case}"), thank_you_note(ctx)));
        for &tone in Tone::ALL {
            out.push((
                format!("feedback request, {tone:?}; {case}"),
                feedback_request(ctx, tone),
            ));
        }
        out.push((format!("follow-up; {case}"), follow_up(ctx, None)));
        out.push((
            format!("thanks for feedback; {case}"),
            thanks_for_feedback(ctx),
        ));
        out.push((
            format!("informational interview; {case}"),
            informational_interview(to, sign, if role.is_empty() { "" } else { "data" }),
        ));
    }
    use_catalog(Lang::En);
    out
}

fn quoted(text: &str) -> String {
    text.lines()
        .map(|line| {
            if line.is_empty() {
                ">".to_owned()
            } else {
                format!("> {line}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn sheet() -> String {
    let readers: Vec<Reader> = Lang::ALL.iter().map(|&l| Reader::new(l)).collect();
    let english = &readers[0];
    let mut keys: Vec<(String, bool)> = Vec::new();
    for key in english.entries.keys() {
        let s = stem(key);
        let plural = s != key;
        if !keys.iter().any(|(k, _)| k == s) {
            keys.push((s.to_owned(), plural));
        }
    }
    let mut out = String::new();
    out.push_str(
        "# Reading sheet\n\nGenerated by `make reading-sheet` from `i18n/*.json`: do not edit by hand.\n\
         Every message in English, Spanish and German, placeholders filled with sample values,\n\
         sentences with a count read at 0, 1, 2 and 5 (or, where a counted phrase sits inside, at 1 and 2).\n\
         Then every letter as the app writes it.\n\n## Messages\n",
    );
    for (key, plural) in &keys {
        let _ = writeln!(out, "\n### `{key}`\n");
        for reader in &readers {
            for (count, text) in reader.readings(key, *plural) {
                let label = match count {
                    Some(c) => format!("{} {c}", reader.lang),
                    None => reader.lang.to_string(),
                };
                if text.contains('\n') {
                    let _ = writeln!(out, "- {label}:\n\n{}\n", quoted(&text));
                } else {
                    let _ = writeln!(out, "- {label}: {text}");
                }
            }
        }
    }
    out.push_str("\n## Letters as sent\n");
    for lang in Lang::ALL {
        let _ = writeln!(out, "\n### {}\n", lang.own_name());
        for (case, draft) in letters(lang) {
            let _ = writeln!(
                out,
                "#### {case}\n\nSubject: {}\n\n{}\n",
                draft.subject,
                quoted(&draft.body)
            );
        }
    }
    out
}

#[test]
fn the_reading_sheet_is_current() {
    let fresh = sheet();
    if std::env::var_os("REBOUND_WRITE_SHEET").is_some() {
        fs::write(SHEET, &fresh).expect("write the reading sheet");
        return;
    }
    let committed = fs::read_to_string(SHEET).unwrap_or_default();
    assert!(
        committed == fresh,
        "{SHEET} is not what the catalogs say now: run `make reading-sheet` and review the difference"
    );
}

/// What a reader of a letter would stumble on, in any language.
fn stumbles(text: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    let lower = text.to_lowercase();
    for (bad, why) in [
        (" a el ", "a el"),
        (" de el ", "de el"),
        ("/a ", "a gender slash"),
        ("/a,", "a gender slash"),
        ("/a.", "a gender slash"),
        ("/in ", "a gender slash"),
        ("/r ", "a gender slash"),
        ("(in)", "a gender bracket"),
        ("  ", "a doubled space"),
        (" ,", "a space before a comma"),
        (" .", "a space before a full stop"),
        (",,", "doubled punctuation"),
        ("..", "doubled punctuation"),
        (",.", "doubled punctuation"),
        (".,", "doubled punctuation"),
        ("{", "a placeholder left"),
        ("}", "a placeholder left"),
    ] {
        if lower.contains(bad) {
            found.push(why);
        }
    }
    found
}

#[test]
fn every_letter_reads_cleanly_in_every_language() {
    for lang in Lang::ALL {
        for (case, draft) in letters(lang) {
            for text in [&draft.subject, &draft.body] {
                for line in text.lines() {
                    let found = stumbles(line);
                    assert!(found.is_empty(), "{lang}, {case}: {found:?} in {line:?}");
                    assert!(
                        line.trim_end() == line,
                        "{lang}, {case}: trailing space in {line:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn no_gender_slashes_anywhere_a_person_reads() {
    for lang in [Lang::Es, Lang::De] {
        for (key, text) in entries(lang) {
            let lower = text.to_lowercase();
            for slash in ["o/a", "/a ", "/a,", "/a.", "/in", "/r ", "(in)", "(r)"] {
                assert!(
                    !lower.contains(slash),
                    "{lang} {key}: {slash:?} in {text:?}"
                );
            }
        }
    }
}

/// Every sentence with a count reads at 1 and at 2, and in Spanish nothing
/// plural (a participle in -ados/-idos after the count) is left in the
/// reading at 1: "1 aspecto puntuados" is the mistake this catches.
#[test]
fn counts_agree_with_their_sentence() {
    for lang in Lang::ALL {
        let reader = Reader::new(lang);
        let mut stems: Vec<&str> = reader
            .entries
            .keys()
            .map(|k| stem(k))
            .filter(|s| reader.entries.contains_key(&format!("{s}.one")))
            .collect();
        stems.dedup();
        for s in stems {
            // Both forms exist and fill in: the sheet shows them side by side.
            assert!(!reader.plural(s, 1).contains('{'), "{lang} {s} at 1");
            assert!(!reader.plural(s, 2).contains('{'), "{lang} {s} at 2");
        }
        if lang == Lang::Es {
            for key in reader.entries.keys() {
                for (count, text) in reader.readings(stem(key), key != stem(key)) {
                    if count != Some(1) {
                        continue;
                    }
                    let plural_participle = text.split(|c: char| !c.is_alphabetic()).any(|w| {
                        w.len() > 4
                            && (w.ends_with("ados")
                                || w.ends_with("idos")
                                || w.ends_with("adas")
                                || w.ends_with("idas"))
                    });
                    let counted_plural = text.contains("1 ") && plural_participle;
                    assert!(!counted_plural, "es {key} at 1: {text:?}");
                }
            }
        }
    }
}
