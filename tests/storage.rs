//! The save format: round trips, fixtures of every past schema version, and
//! damaged data that must be recognised, never trusted.

use rebound::domain::*;
use rebound::storage::{decode, encode, DecodeError, SCHEMA_VERSION};

fn sample() -> Journal {
    let mut journal = Journal::default();
    journal.apply(Action::RecordRejection {
        id: Id::from_text("r1"),
        details: RejectionDetails {
            company: "Acme « Ünïcode » 🚀".into(),
            role: "Engineer \"quoted\" <b>not html</b>".into(),
            news_date: Day::parse("2026-11-20"),
            reached: Some(Reached::FinalRound),
            notes: "line one\nline two".into(),
        },
        at_ms: 1_763_770_000_000.0,
    });
    journal.apply(Action::MarkStageDone {
        rejection: Id::from_text("r1"),
        stage: Stage::ProcessEmotions,
    });
    journal
}

#[test]
fn a_saved_journal_reads_back_exactly() {
    let journal = sample();
    let text = encode(&journal, 7, 1234.0);
    let loaded = decode(&text).unwrap();
    assert_eq!(loaded.journal, journal);
    assert_eq!(loaded.rev, 7);
    assert_eq!(loaded.saved_at, 1234.0);
}

#[test]
fn every_past_schema_version_fixture_still_opens() {
    for version in 1..=SCHEMA_VERSION {
        let path = format!(
            "{}/tests/fixtures/schema-v{version}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing fixture {path}"));
        let loaded = decode(&text).unwrap_or_else(|e| panic!("v{version}: {e:?}"));
        let r = loaded
            .journal
            .current_rejection()
            .expect("fixture has a rejection");
        assert_eq!(r.details.company, "Acme");
        assert_eq!(r.progress.get(Stage::ProcessEmotions), StageStatus::Done);
    }
}

#[test]
fn damaged_text_is_recognised_not_trusted() {
    let good = encode(&sample(), 1, 0.0);
    assert_eq!(decode("").unwrap_err(), DecodeError::NotJson);
    assert_eq!(decode("not json").unwrap_err(), DecodeError::NotJson);
    assert_eq!(
        decode(&good[..good.len() / 2]).unwrap_err(),
        DecodeError::NotJson
    );
    assert!(matches!(decode("[1,2,3]"), Err(DecodeError::WrongShape(_))));
    assert!(matches!(
        decode(r#"{"todos":[]}"#),
        Err(DecodeError::WrongShape(_))
    ));
    assert!(matches!(
        decode(r#"{"schema":1,"rev":1,"saved_at":0,"data":{"rejections":"oops"}}"#),
        Err(DecodeError::WrongShape(_))
    ));
    assert!(matches!(
        decode(r#"{"schema":0,"rev":1,"saved_at":0,"data":{}}"#),
        Err(DecodeError::WrongShape(_))
    ));
}

#[test]
fn any_text_survives_a_round_trip() {
    let tricky = [
        "",
        "plain",
        "quote \" backslash \\ slash /",
        "controls \u{0} \u{1f} \t \r \n \u{7f}",
        "non-ASCII « Ünïcode » 🚀 \u{2028} \u{2029} 日本語",
        "\\u0041 is not an escape here",
    ];
    for text in tricky {
        let mut journal = sample();
        journal.apply(Action::Emotions {
            rejection: Id::from_text("r1"),
            edit: EmotionsEdit::CheckIns(ListEdit::Add(CheckIn {
                id: Id::from_text(text),
                at_ms: 1_763_770_000_123.0,
                overall: Some(4),
                feelings: vec![Feeling::Hopeful, Feeling::SelfDoubt],
                strength: [(Feeling::Hopeful, 6), (Feeling::SelfDoubt, 3)].into(),
                intensity: None,
                note: text.to_owned(),
            })),
        });
        let saved = encode(&journal, 2, 1_763_770_000_456.0);
        let loaded = decode(&saved).unwrap();
        assert_eq!(loaded.journal, journal, "{text:?}");
        assert_eq!(loaded.saved_at, 1_763_770_000_456.0);
        // What is saved is JSON any other tool can read.
        assert!(serde_json::from_str::<serde_json::Value>(&saved).is_ok());
    }
}

#[test]
fn times_are_saved_in_whole_milliseconds() {
    // Date.now() is always whole; a fraction (a hand-edited file) is rounded.
    let text = encode(&Journal::default(), 1, 1_763_770_000_123.6);
    assert!(text.contains(r#""saved_at":1763770000124"#), "{text}");
    assert_eq!(decode(&text).unwrap().saved_at, 1_763_770_000_124.0);
}

#[test]
fn a_wrong_shape_says_where_and_what() {
    let shape = |text: &str| match decode(text) {
        Err(DecodeError::WrongShape(detail)) => detail,
        other => panic!("{other:?}"),
    };
    let envelope = |data: &str| format!(r#"{{"schema":1,"rev":1,"saved_at":0,"data":{data}}}"#);
    // What was wrong, then where in the data (line and column).
    assert_eq!(
        shape(&envelope(
            r#"{"rejections":[{"id":"a"},{"id":"b","details":{"company":5}}]}"#
        )),
        "invalid type: integer `5`, expected a string (line 1, column 58)"
    );
    for (data, what) in [
        (r#"{"rejections":[{}]}"#, "missing field `id`"),
        (
            r#"{"rejections":[{"id":"a","progress":{"reflect":"maybe"}}]}"#,
            "unknown variant `maybe`, expected one of `not_started`, `in_progress`, `done`",
        ),
        (
            r#"{"person":{"weeks":[{"week":"2026-02-30"}]}}"#,
            "not a date: 2026-02-30",
        ),
    ] {
        let detail = shape(&envelope(data));
        assert!(
            detail.starts_with(&format!("{what} (line 1, column ")),
            "{detail}"
        );
    }
    // Keys this version does not know are skipped, not refused.
    assert!(decode(&envelope(
        r#"{"rejections":[{"id":"a","mood":"new"}],"later":1}"#
    ))
    .is_ok());
}

#[test]
fn the_envelope_reads_the_same_whatever_the_order_of_its_keys() {
    let journal = sample();
    let ours = encode(&journal, 4, 99.0);
    // The same envelope with `data` first (a hand-edited or other tool's file):
    // read once the schema is known, not in passing.
    let data = &ours[ours.find(r#""data":"#).unwrap() + 7..ours.len() - 1];
    let reordered = format!(r#"{{"data":{data},"saved_at":99,"rev":4,"schema":1}}"#);
    let loaded = decode(&reordered).unwrap();
    assert_eq!(loaded.journal, journal);
    assert_eq!((loaded.rev, loaded.saved_at), (4, 99.0));
    let file = format!(r#"{{"data":{data},"schema":1,"app":"rebound"}}"#);
    assert_eq!(rebound::storage::parse_import(&file).unwrap(), journal);
}

#[test]
fn a_newer_versions_data_is_read_as_far_as_this_version_understands_it() {
    let text = format!(
        r#"{{"schema":{},"rev":3,"saved_at":0,"data":{{"rejections":[{{"id":"r1","details":{{"company":"Acme"}},"mood_v2":[1,2]}}],"new_part":{{}}}}}}"#,
        SCHEMA_VERSION + 1
    );
    assert_eq!(
        decode(&text).unwrap_err(),
        DecodeError::NewerVersion(SCHEMA_VERSION + 1)
    );
    let shown = rebound::storage::read_newer(&text).expect("readable as far as known");
    assert_eq!(shown.rejections[0].details.company, "Acme");
    assert_eq!(rebound::storage::read_newer("not json"), None);
}

#[test]
fn data_from_a_newer_version_is_not_opened_as_ours() {
    let text = format!(
        r#"{{"schema":{},"rev":3,"saved_at":0,"data":{{}}}}"#,
        SCHEMA_VERSION + 1
    );
    assert_eq!(
        decode(&text).unwrap_err(),
        DecodeError::NewerVersion(SCHEMA_VERSION + 1)
    );
    assert!(DecodeError::NewerVersion(9).to_string().contains("newer"));
}

#[test]
fn missing_optional_parts_take_their_defaults() {
    let text = r#"{"schema":1,"rev":1,"saved_at":0,"data":{"rejections":[{"id":"x"}]}}"#;
    let loaded = decode(text).unwrap();
    let r = &loaded.journal.rejections[0];
    assert_eq!(r.title(), "A job I was not offered");
    assert_eq!(r.current_stage(), Some(Stage::ProcessEmotions));
}

mod import {
    use super::sample;
    use rebound::domain::Journal;
    use rebound::storage::schema::{export_document, EXPORT_APP};
    use rebound::storage::{encode, parse_import, ImportError, MAX_IMPORT_BYTES, SCHEMA_VERSION};

    #[test]
    fn an_export_imports_back_exactly() {
        let journal = sample();
        let file = export_document(&journal, "2026-11-22T10:00:00.000Z".into());
        assert!(file.contains(&format!("\"app\":\"{EXPORT_APP}\"")));
        assert!(file.contains("\"exported_at\":\"2026-11-22T10:00:00.000Z\""));
        assert!(file.contains("\"app_version\""));
        assert_eq!(parse_import(&file).unwrap(), journal);
        assert_eq!(journal.counts().describe(), "1 rejection");
    }

    #[test]
    fn a_raw_saved_envelope_imports_too() {
        let journal = sample();
        assert_eq!(parse_import(&encode(&journal, 3, 0.0)).unwrap(), journal);
    }

    #[test]
    fn bad_files_get_a_clear_reason() {
        assert_eq!(parse_import("hello").unwrap_err(), ImportError::NotJson);
        assert_eq!(
            parse_import("{\"app\":\"rebound\",\"sch").unwrap_err(),
            ImportError::NotJson
        );
        assert_eq!(parse_import("[]").unwrap_err(), ImportError::NotRebound);
        assert_eq!(
            parse_import(r#"{"todos":[{"title":"milk"}],"version":2}"#).unwrap_err(),
            ImportError::NotRebound,
            "another app's JSON"
        );
        assert_eq!(
            parse_import(r#"{"app":"other","schema":1,"data":{}}"#).unwrap_err(),
            ImportError::NotRebound
        );
        assert_eq!(
            parse_import(&format!(
                r#"{{"app":"rebound","schema":{},"data":{{}}}}"#,
                SCHEMA_VERSION + 1
            ))
            .unwrap_err(),
            ImportError::NewerVersion(SCHEMA_VERSION + 1)
        );
        // The sentence a person reads: what is wrong and where, said once.
        assert_eq!(
            parse_import(r#"{"app":"rebound","schema":1,"data":{"rejections":7}}"#)
                .unwrap_err()
                .to_string(),
            "Nothing was imported; your data is unchanged. That Rebound export is damaged. Details: invalid type: integer `7`, expected a sequence (line 1, column 15)"
        );
        let huge = format!(
            "{{\"app\":\"rebound\",\"pad\":\"{}\"}}",
            "x".repeat(MAX_IMPORT_BYTES)
        );
        assert!(matches!(parse_import(&huge), Err(ImportError::TooLarge(_))));
        for error in [
            ImportError::NotJson,
            ImportError::NotRebound,
            ImportError::TooLarge(6_000_000),
        ] {
            assert!(error.to_string().contains("your data is unchanged"));
        }
    }

    #[test]
    fn two_different_entries_under_one_id_are_refused_not_dropped() {
        let file = |rejections: &str, checkins: &str| {
            format!(
                r#"{{"app":"rebound","schema":1,"data":{{"rejections":[{rejections},{{"id":"r9","emotions":{{"checkins":[{checkins}]}}}}]}}}}"#
            )
        };
        let acme = r#"{"id":"r1","details":{"company":"Acme"}}"#;
        let globex = r#"{"id":"r1","details":{"company":"Globex"}}"#;
        let checkin = |note: &str| format!(r#"{{"id":"c1","at_ms":1,"note":"{note}"}}"#);
        let error = parse_import(&file(&format!("{acme},{globex}"), "")).unwrap_err();
        assert_eq!(error, ImportError::RepeatedId("r1".into()));
        assert!(error.to_string().contains("so one would be lost"));
        assert!(error.to_string().contains("your data is unchanged"));
        assert_eq!(
            parse_import(&file(acme, &format!("{},{}", checkin("a"), checkin("b")))).unwrap_err(),
            ImportError::RepeatedId("c1".into()),
            "inside a rejection too"
        );
        // The very same entry twice loses nothing: accepted.
        let same = parse_import(&file(
            &format!("{acme},{acme}"),
            &format!("{},{}", checkin("a"), checkin("a")),
        ));
        assert!(same.is_ok());
    }

    #[test]
    fn an_empty_export_is_valid() {
        let file = export_document(&Journal::default(), "t".into());
        assert_eq!(parse_import(&file).unwrap(), Journal::default());
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod never_panics {
    use proptest::prelude::*;
    use rebound::storage::{decode, parse_import, read_newer};

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn decoding_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let text = String::from_utf8_lossy(&bytes);
            let _ = decode(&text);
            let _ = parse_import(&text);
            let _ = read_newer(&text);
        }

        #[test]
        fn decoding_json_like_text_never_panics(text in r#"\{("(schema|rev|saved_at|data|app|rejections|id|progress)":(-?[0-9]{1,12}|"[a-z_]{0,8}"|\{|\[|null|true)[,}\]]?){0,12}"#) {
            let _ = decode(&text);
            let _ = parse_import(&text);
        }
    }
}

#[test]
fn hostile_nesting_is_refused_with_a_message_not_a_crash() {
    // serde_json stops at 128 levels: 100,000 never reach the stack.
    for deep in [
        format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
        format!(
            r#"{{"schema":1,"rev":1,"saved_at":0,"data":{{"rejections":{}{}}}}}"#,
            "[".repeat(100_000),
            "]".repeat(100_000)
        ),
    ] {
        assert!(decode(&deep).is_err());
        assert!(rebound::storage::parse_import(&deep).is_err());
    }
    // A deep value under a key this version does not know is skipped
    // without recursion, like any unknown key.
    let unknown = format!(
        r#"{{"schema":1,"rev":1,"saved_at":0,"later":{}{},"data":{{}}}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert!(decode(&unknown).is_ok());
    // Where the saved types expect text, a deep list is the wrong shape at once.
    let envelope = format!(
        r#"{{"schema":1,"rev":1,"saved_at":0,"data":{{"rejections":{}{}}}}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert_eq!(
        decode(&envelope).unwrap_err(),
        DecodeError::WrongShape(
            "invalid type: sequence, expected a string (line 1, column 16)".into()
        )
    );
    // Where any value may stand, depth itself is the problem, and says so.
    let deep_schema = format!(
        r#"{{"schema":{}{},"rev":1,"saved_at":0,"data":{{}}}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert_eq!(
        decode(&deep_schema).unwrap_err(),
        DecodeError::WrongShape("nested far deeper than any Rebound data".into())
    );
    // Cut off half-way is damaged, not deep.
    assert_eq!(
        decode(&"[".repeat(100_000)).unwrap_err(),
        DecodeError::NotJson
    );
}

#[test]
fn empty_and_nested_objects_in_any_order_read_back() {
    let text = r#"{"schema":1,"rev":1,"saved_at":0,"data":{"person":{"materials":{},"self_care":{"days":[],"chosen":[]},"sign_as":"Sam"},"rejections":[{"emotions":{"thank_you":{},"checkins":[]},"id":"a","feedback":{"request":{},"notes":[{"id":"n","themes":[]}]}}]}}"#;
    let journal = decode(text).unwrap().journal;
    assert_eq!(journal.person.sign_as, "Sam");
    assert!(journal.person.self_care.chosen.is_empty());
    assert_eq!(journal.rejections[0].feedback.notes.len(), 1);
}

#[test]
fn every_namespace_key_rebound_writes_is_known_and_nothing_else() {
    use rebound::storage::keys::is_rebound_key;
    for key in [
        "rebound:journal",
        "careershub:journal",
        "careershub:journal:screen",
        "rebound:journal:backup:1",
        "rebound:journal:visit",
        "board-a:probe",
    ] {
        assert!(is_rebound_key(key), "{key}");
    }
    for key in [
        "site-theme",
        "careershub:prefs",
        "bad ns:journal",
        "rebound:journalist",
        ":journal",
    ] {
        assert!(!is_rebound_key(key), "{key}");
    }
}

#[test]
fn a_save_learns_the_stored_revision_from_the_first_characters_alone() {
    use rebound::storage::schema::{rev_from_header, stored_rev, HEADER_CHARS};
    let journal = Journal::default();
    for rev in [1, 42, 9_999_999, u64::MAX] {
        let text = encode(&journal, rev, 1_700_000_000_000.0);
        let head: String = text.chars().take(HEADER_CHARS as usize).collect();
        assert_eq!(rev_from_header(&head), Some(rev), "{text}");
        assert_eq!(rev_from_header(&head), stored_rev(&text));
    }
    // Written another way (by hand, another order, or cut inside the
    // number): not guessed, the whole text is read instead.
    for head in [
        r#"{"rev":3,"schema":1,"saved_at":0,"data":{}}"#,
        r#"{"schema":1,"rev":12"#,
        r#"{"schema":1,"rev":,"saved_at":0}"#,
        r#"{ "schema": 1, "rev": 3, "saved_at": 0 }"#,
        "",
    ] {
        assert_eq!(rev_from_header(head), None, "{head}");
    }
}
