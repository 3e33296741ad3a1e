//! The embed's options and the addresses it builds, natively.

use rebound::domain::{Action, Day, Journal, RejectionDetails};
use rebound::i18n::{choose, Lang};
use rebound::options::{looks_like_colour, options_from_pairs, Options};

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn today() -> Day {
    Day::parse("2026-12-01").unwrap()
}

#[test]
fn the_own_tab_carries_namespace_and_prefill_encoded_and_asks_for_the_hand_over() {
    let (options, warnings) = options_from_pairs(
        &pairs(&[
            ("embed", "iframe"),
            ("namespace", "careershub"),
            ("company", "Smith & Søn #1"),
            ("role", "Data/ML Engineer?"),
            ("date", "2026-11-20"),
        ]),
        today(),
        |v: &str| Some(v.to_owned()),
    );
    assert!(warnings.is_empty());
    assert_eq!(
        options.own_tab_fragment(),
        "handover=1&namespace=careershub&company=Smith%20%26%20S%C3%B8n%20%231&role=Data%2FML%20Engineer%3F&date=2026-11-20"
    );
    // What the own tab reads back is what the widget had.
    let back: Vec<(String, String)> = options
        .own_tab_fragment()
        .split('&')
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap();
            (k.to_owned(), percent_decode(v))
        })
        .collect();
    let (reopened, _) = options_from_pairs(&back, today(), |v: &str| Some(v.to_owned()));
    assert!(reopened.hand_over);
    assert!(!reopened.in_iframe, "the own tab is a top-level page");
    assert_eq!(reopened.namespace, "careershub");
    assert_eq!(reopened.prefill, options.prefill);
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn a_plain_widget_opens_a_plain_own_tab() {
    let (options, _) = options_from_pairs(&pairs(&[("embed", "iframe")]), today(), |v: &str| {
        Some(v.to_owned())
    });
    assert_eq!(options.own_tab_fragment(), "handover=1");
    assert_eq!(
        options.lasting_query(),
        "?embed=iframe",
        "a frame keeps only that it is a frame: the default namespace needs no address"
    );
    assert!(!options.hand_over);
}

#[test]
fn only_the_namespace_stays_in_the_address_never_the_prefill() {
    let options = Options {
        namespace: "careershub".into(),
        prefill: Some(RejectionDetails {
            company: "Private Co".into(),
            ..Default::default()
        }),
        ..Default::default()
    };
    assert_eq!(options.lasting_query(), "?namespace=careershub");
    let (in_frame, _) = options_from_pairs(
        &pairs(&[
            ("embed", "iframe"),
            ("namespace", "board"),
            ("theme", "dark"),
            ("accent", "#123456"),
            ("company", "Private Co"),
            ("role", "Secret role"),
        ]),
        today(),
        |v: &str| Some(v.to_owned()),
    );
    assert_eq!(
        in_frame.lasting_query(),
        "?embed=iframe&namespace=board&theme=dark&accent=%23123456",
        "a frame keeps its look across a reload, never the prefill"
    );
}

#[test]
fn a_hand_over_only_asks_with_exactly_1() {
    for value in ["", "0", "true", "yes"] {
        let (options, _) =
            options_from_pairs(&pairs(&[("handover", value)]), today(), |v: &str| {
                Some(v.to_owned())
            });
        assert!(!options.hand_over, "handover={value}");
    }
}

fn journal_with(company: &str, id: &str, at_ms: f64) -> Journal {
    let mut journal = Journal::default();
    journal.apply(Action::RecordRejection {
        id: rebound::domain::Id::from_text(id),
        details: RejectionDetails {
            company: company.into(),
            ..Default::default()
        },
        at_ms,
    });
    journal
}

#[test]
fn a_hand_over_joins_by_id_twice_without_doubling_and_shows_the_widgets_rejection() {
    let mut hosted = journal_with("Earlier Co", "r-earlier", 1.0);
    let widget = journal_with("Acme", "r-acme", 2.0);
    assert!(hosted.apply(Action::ReceiveHandOver(Box::new(widget.clone()))));
    assert_eq!(hosted.rejections.len(), 2);
    assert_eq!(hosted.current_rejection().unwrap().details.company, "Acme");
    // The person comes back to the board and opens the own tab again.
    assert!(
        !hosted.apply(Action::ReceiveHandOver(Box::new(widget))),
        "nothing new, nothing changed"
    );
    assert_eq!(hosted.rejections.len(), 2);
}

#[test]
fn an_empty_hand_over_changes_nothing() {
    let mut hosted = journal_with("Earlier Co", "r-earlier", 1.0);
    let before = hosted.clone();
    assert!(!hosted.apply(Action::ReceiveHandOver(Box::default())));
    assert_eq!(hosted, before);
}

#[test]
fn a_host_asks_for_a_language_and_it_stays_through_reload_and_own_tab() {
    let (options, warnings) = options_from_pairs(
        &pairs(&[("lang", "de-AT"), ("embed", "iframe")]),
        today(),
        |v: &str| Some(v.to_owned()),
    );
    assert!(warnings.is_empty());
    assert_eq!(options.lang, Some(Lang::De), "a region is fine");
    assert_eq!(options.lasting_query(), "?embed=iframe&lang=de");
    assert!(options.own_tab_fragment().contains("lang=de"));

    let (options, warnings) =
        options_from_pairs(&pairs(&[("lang", "klingon")]), today(), |v: &str| {
            Some(v.to_owned())
        });
    assert_eq!(options.lang, None, "falls back to the browser's languages");
    assert_eq!(
        warnings,
        ["Rebound: ignoring lang \"klingon\": use en, es or de."]
    );
}

#[test]
fn the_language_is_the_hosts_then_the_persons_then_the_browsers() {
    let browser = ["fr-FR".to_owned(), "es-MX".to_owned()];
    assert_eq!(choose(Some(Lang::De), Some(Lang::En), &browser), Lang::De);
    assert_eq!(choose(None, Some(Lang::En), &browser), Lang::En);
    assert_eq!(choose(None, None, &browser), Lang::Es);
    assert_eq!(choose(None, None, &["fr".to_owned()]), Lang::En);
}

#[test]
fn an_accent_is_a_colour_and_nothing_else() {
    for colour in [
        "#0a7",
        "#00AA77",
        "teal",
        "rgb(0 170 119)",
        "hsl(160deg 100% 33% / 0.9)",
        "oklch(62.8% 0.2577 29.23)",
    ] {
        assert!(looks_like_colour(colour), "{colour}");
    }
    for not_colour in [
        "",
        "var(--none, url(\"data:image/svg+xml,<svg>Call +1-900-555-0100</svg>\"))",
        "var(--x)",
        "rgb(var(--x))",
        "url(evil.png)",
        "red; background: url(x)",
        "rgb(0 0 0) url(x)",
        "calc(1)",
        &"a".repeat(49),
    ] {
        assert!(!looks_like_colour(not_colour), "{not_colour}");
    }
    // What the browser computes is what is used; a value it refuses is ignored with a warning.
    let (options, warnings) = options_from_pairs(&pairs(&[("accent", "teal")]), today(), |_| {
        Some("rgb(0, 128, 128)".to_owned())
    });
    assert_eq!(options.accent.as_deref(), Some("rgb(0, 128, 128)"));
    assert!(warnings.is_empty());
    let (options, warnings) = options_from_pairs(
        &pairs(&[("accent", "var(--none, red)")]),
        today(),
        |v: &str| Some(v.to_owned()),
    );
    assert_eq!(options.accent, None);
    assert_eq!(warnings.len(), 1);
}
