//! One step at a time: every screen's address, the tools of each stage and
//! their guidance, what counts as done in a tool, the one-tap check-in, and
//! where to find help now.

use rebound::domain::*;
use rebound::routes::{Route, Step};
use yew_router::Routable;

fn id(text: &str) -> Id {
    Id::from_text(text)
}

fn journal_with_one() -> Journal {
    let mut journal = Journal::default();
    journal.apply(Action::RecordRejection {
        id: id("r"),
        details: RejectionDetails {
            company: "Acme".into(),
            ..Default::default()
        },
        at_ms: 0.0,
    });
    journal
}

fn checkin(overall: Option<u8>, feelings: &[(Feeling, u8)]) -> CheckIn {
    CheckIn {
        id: id("c"),
        at_ms: 0.0,
        overall,
        feelings: feelings.iter().map(|(f, _)| *f).collect(),
        strength: feelings.iter().copied().collect(),
        intensity: None,
        note: String::new(),
    }
}

#[test]
fn every_tool_summary_and_whole_stage_has_an_address_that_leads_back_to_it() {
    for stage in Stage::ALL {
        for &tool in stage.tools() {
            let route = Route::tool(tool);
            assert_eq!(
                route.to_path(),
                format!("/stage/{}/{}", stage.number(), tool.slug())
            );
            let back = Route::recognize(&route.to_path()).unwrap();
            assert_eq!(back.stage_screen(), Some((stage, Step::Tool(tool))));
        }
        let first = Route::recognize(&format!("/stage/{}", stage.number())).unwrap();
        assert_eq!(
            first.stage_screen(),
            Some((stage, Step::Tool(stage.tools()[0]))),
            "a stage opens on its first tool"
        );
        for (route, step) in [
            (Route::summary(stage), Step::Summary),
            (Route::whole(stage), Step::Whole),
        ] {
            assert_eq!(route.stage_screen(), Some((stage, step)));
            let back = Route::recognize(&route.to_path()).unwrap();
            assert_eq!(back.stage_screen(), Some((stage, step)));
        }
    }
    assert_eq!(
        Route::recognize("/stage/1/check-in")
            .unwrap()
            .stage_screen()
            .map(|s| s.1),
        Some(Step::Tool(Tool::Emotions(EmotionsTool::CheckIn)))
    );
    assert_eq!(
        Route::recognize("/stage/2").unwrap(),
        Route::Stage {
            stage: Stage::SeekFeedback
        }
    );
    assert_eq!(Route::recognize("/").unwrap(), Route::Home);
    assert_eq!(Route::recognize("/insights").unwrap(), Route::Insights);
}

#[test]
fn an_address_for_something_that_does_not_exist_opens_no_stage_screen() {
    for path in [
        "/stage/0",
        "/stage/6",
        "/stage/1/no-such-tool",
        "/stage/2/check-in",
        "/stage/x/summary",
        "/stage/01x",
    ] {
        let route = Route::recognize(path).unwrap_or(Route::NotFound);
        assert_eq!(route.stage_screen(), None, "{path}");
    }
    assert_eq!(Route::recognize("/anything/else"), Some(Route::NotFound));
}

#[test]
fn tools_have_unique_slugs_short_leads_and_every_guidance_point_once() {
    for stage in Stage::ALL {
        let tools = stage.tools();
        assert!(tools.len() >= 3, "{stage:?} is a run of screens");
        let mut used = vec![0; stage.guidance().len()];
        for &tool in tools {
            assert_eq!(tool.stage(), stage);
            assert_eq!(
                Tool::all().filter(|t| t.slug() == tool.slug()).count(),
                1,
                "{} twice",
                tool.slug()
            );
            assert_eq!(Tool::from_slug(tool.slug()), Some(tool));
            assert!(!["summary", "all"].contains(&tool.slug()));
            assert!(tool
                .slug()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-'));
            let words = tool.lead().split_whitespace().count();
            assert!(
                (5..=40).contains(&words),
                "{}: a lead of {words} words",
                tool.slug()
            );
            for &p in tool.points() {
                used[p] += 1;
            }
            assert_eq!(tool.guidance().count(), tool.points().len());
        }
        assert!(
            used.iter().all(|n| *n == 1),
            "{stage:?}: every point under exactly one tool: {used:?}"
        );
    }
}

#[test]
fn a_tool_counts_as_done_only_when_something_real_is_in_it() {
    let today = Day::parse("2026-12-01").unwrap();
    let mut journal = journal_with_one();
    let done = |j: &Journal, tool| tool_done(j, &id("r"), tool, today);
    for tool in Tool::all() {
        assert_eq!(done(&journal, tool), None, "{tool:?} starts not done");
    }
    // A blank contact (an old empty row) does not count.
    journal.apply(Action::Person(PersonEdit::Contacts(ListEdit::Add(
        Contact {
            id: id("blank"),
            name: String::new(),
            company: String::new(),
            how_known: String::new(),
            next_step: String::new(),
            next_date: None,
        },
    ))));
    assert_eq!(done(&journal, Tool::Search(SearchTool::Network)), None);
    journal.apply(Action::Emotions {
        rejection: id("r"),
        edit: EmotionsEdit::CheckIns(ListEdit::Add(checkin(Some(3), &[]))),
    });
    assert_eq!(
        done(&journal, Tool::Emotions(EmotionsTool::CheckIn)).as_deref(),
        Some("1 check-in, the latest: Okay")
    );
}

#[test]
fn the_closing_summary_counts_only_real_entries() {
    let mut journal = journal_with_one();
    for (i, thought) in ["I'm not good enough", ""].iter().enumerate() {
        // Straight in, as an old version left empty rows behind.
        std::rc::Rc::make_mut(&mut journal.person)
            .reframes
            .push(Reframe {
                id: id(&format!("f{i}")),
                thought: (*thought).into(),
                traps: Vec::new(),
                balanced: String::new(),
                at_ms: 0.0,
            });
    }
    let lines = closing_summary(&journal, &id("r")).join(" ");
    assert!(lines.contains("You reframed 1 harsh thought."), "{lines}");
}

#[test]
fn a_new_entry_is_ready_only_with_something_in_it_and_a_contact_needs_a_name() {
    let mut contact = Contact {
        id: id("k"),
        name: String::new(),
        company: "Globex".into(),
        how_known: String::new(),
        next_step: String::new(),
        next_date: None,
    };
    assert_eq!(
        contact.not_ready(),
        Some("Add their name: a contact needs one.".into())
    );
    contact.name = "Ana".into();
    assert_eq!(contact.not_ready(), None);
    let empty = TextItem {
        id: id("t"),
        text: "  ".into(),
    };
    assert!(empty.not_ready().is_some());
}

#[test]
fn one_tap_is_a_whole_check_in_and_the_scale_reads_up_as_better() {
    let mut journal = journal_with_one();
    let changed = journal.apply(Action::Emotions {
        rejection: id("r"),
        edit: EmotionsEdit::CheckIns(ListEdit::Add(checkin(Some(9), &[(Feeling::Sad, 42)]))),
    });
    assert!(changed, "an overall answer alone is a check-in");
    let saved = &journal.rejection(&id("r")).unwrap().emotions.checkins[0];
    assert_eq!(saved.overall, Some(5), "kept within the five points");
    assert_eq!(
        saved.strength.get(&Feeling::Sad),
        Some(&10),
        "strength kept within 1 to 10"
    );
    assert_eq!(
        OVERALL.first().map(|key| rebound::i18n::t(*key)).as_deref(),
        Some("Very low")
    );
    assert_eq!(
        OVERALL.last().map(|key| rebound::i18n::t(*key)).as_deref(),
        Some("Good")
    );
}

#[test]
fn a_low_check_in_is_one_that_should_show_where_help_is() {
    assert!(checkin(Some(1), &[]).is_low());
    assert!(checkin(Some(2), &[]).is_low());
    assert!(!checkin(Some(3), &[]).is_low());
    assert!(
        checkin(None, &[(Feeling::SelfDoubt, 10)]).is_low(),
        "Doubting myself, 10 of 10"
    );
    assert!(
        !checkin(None, &[(Feeling::Hopeful, 10)]).is_low(),
        "a strong good feeling is not low"
    );
    let old = CheckIn {
        intensity: Some(9),
        ..checkin(None, &[(Feeling::Sad, 0)])
    };
    let old = CheckIn {
        strength: Default::default(),
        ..old
    };
    assert!(old.is_low(), "an old check-in's shared strength counts");
}

#[test]
fn old_check_ins_keep_their_feelings_and_strength_and_are_not_plotted() {
    let text = r#"{"id":"c","at_ms":5,"feelings":["sad","hopeful"],"intensity":7,"note":"n"}"#;
    let old: CheckIn = serde_json::from_str(text).unwrap();
    assert_eq!(old.overall, None);
    assert_eq!(old.strength_of(Feeling::Sad), Some(7));
    let again = serde_json::to_string(&old).unwrap();
    assert!(
        again.contains(r#""intensity":7"#),
        "saved back as it was: {again}"
    );
    let mut journal = journal_with_one();
    journal.apply(Action::Emotions {
        rejection: id("r"),
        edit: EmotionsEdit::CheckIns(ListEdit::Add(old)),
    });
    assert_eq!(journal.rejections[0].emotions.checkins.len(), 1);
    assert!(
        mood_by_day(&journal, None, 0).is_empty(),
        "no overall answer, no point"
    );
}

#[test]
fn the_helpline_follows_the_region_of_the_preferred_languages() {
    let langs = |tags: &[&str]| tags.iter().map(|t| t.to_string()).collect::<Vec<_>>();
    assert_eq!(
        helpline_for(&langs(&["en-GB", "en"])).map(|h| h.number),
        Some("116 123")
    );
    assert_eq!(
        helpline_for(&langs(&["en-US"])).map(|h| h.number),
        Some("988")
    );
    assert_eq!(
        helpline_for(&langs(&["de-DE"])).map(|h| h.name),
        Some("TelefonSeelsorge")
    );
    assert_eq!(
        helpline_for(&langs(&["es-ES"])).map(|h| h.number),
        Some("024")
    );
    assert_eq!(
        helpline_for(&langs(&["fr", "xx-ZZ", "en-AU"])).map(|h| h.number),
        Some("13 11 14")
    );
    assert_eq!(
        helpline_for(&langs(&["de", "es-419"])),
        None,
        "no region: the directory"
    );
    assert!(HELPLINE_DIRECTORY.starts_with("https://"));
    for line in HELPLINES {
        assert!(line.site.starts_with("https://"), "{}", line.name);
        assert!(
            line.tel.chars().all(|c| c.is_ascii_digit()),
            "{}",
            line.name
        );
    }
}
