//! The recovery flow as a person lives it, tested natively.

use rebound::domain::*;

fn id(text: &str) -> Id {
    Id::from_text(text)
}

fn details(company: &str, role: &str) -> RejectionDetails {
    RejectionDetails {
        company: company.into(),
        role: role.into(),
        ..Default::default()
    }
}

fn journal_with(ids: &[&str]) -> Journal {
    let mut journal = Journal::default();
    for (i, text) in ids.iter().enumerate() {
        journal.apply(Action::RecordRejection {
            id: id(text),
            details: details(&format!("Company {i}"), "Engineer"),
            at_ms: i as f64,
        });
    }
    journal
}

#[test]
fn stages_run_in_the_guide_order_with_next_and_previous() {
    assert_eq!(Stage::ALL.len(), 5);
    assert_eq!(Stage::ALL[0], Stage::ProcessEmotions);
    assert_eq!(Stage::ProcessEmotions.next(), Some(Stage::SeekFeedback));
    assert_eq!(Stage::KeepSearching.next(), None);
    assert_eq!(Stage::ProcessEmotions.prev(), None);
    assert_eq!(Stage::KeepSearching.prev(), Some(Stage::Opportunity));
    for (i, stage) in Stage::ALL.iter().enumerate() {
        assert_eq!(stage.number(), i + 1);
        assert!(!stage.title().is_empty() && !stage.purpose().is_empty());
        assert!(!stage.guidance().is_empty());
    }
    assert_eq!(&*Stage::Reflect.title(), "Reflect and evaluate");
}

#[test]
fn recording_a_rejection_makes_it_current_with_nothing_started() {
    let mut journal = Journal::default();
    assert!(journal.is_empty());
    let changed = journal.apply(Action::RecordRejection {
        id: id("a"),
        details: details("  Acme ", " Backend Engineer "),
        at_ms: 1.0,
    });
    assert!(changed);
    let current = journal.current_rejection().unwrap();
    assert_eq!(current.title(), "Backend Engineer at Acme");
    assert_eq!(current.current_stage(), Some(Stage::ProcessEmotions));
    assert_eq!(current.progress.done_count(), 0);
}

#[test]
fn titles_read_well_with_any_field_missing() {
    let mut r = Rejection::new(id("x"), RejectionDetails::default(), 0.0);
    assert_eq!(r.title(), "A job I was not offered");
    r.details.news_date = Day::parse("2026-03-03");
    assert_eq!(r.title(), "The news of 2026-03-03");
    r.details.company = "Acme".into();
    assert_eq!(r.title(), "Acme");
    r.details.company.clear();
    r.details.role = "Designer".into();
    assert_eq!(r.title(), "Designer");
}

#[test]
fn what_was_typed_before_the_app_started_wins_over_prefill_and_blanks_take_nothing() {
    let board = RejectionDetails {
        company: "Acme".into(),
        role: "Designer".into(),
        news_date: Day::parse("2026-11-20"),
        ..Default::default()
    };
    let typed = RejectionDetails {
        role: "Senior designer".into(),
        reached: Some(Reached::Screening),
        notes: "https://example.com/a-very-long-pasted-address".into(),
        ..Default::default()
    };
    let kept = board.clone().typed_over(typed);
    assert_eq!(kept.company, "Acme");
    assert_eq!(kept.role, "Senior designer");
    assert_eq!(kept.news_date, Day::parse("2026-11-20"));
    assert_eq!(kept.reached, Some(Reached::Screening));
    assert_eq!(kept.notes, "https://example.com/a-very-long-pasted-address");
    assert_eq!(board.clone().typed_over(RejectionDetails::default()), board);
}

#[test]
fn a_date_in_the_future_is_refused_and_today_is_fine() {
    let today = Day::parse("2026-11-22").unwrap();
    let mut d = RejectionDetails::default();
    assert!(d.validate(today).is_ok(), "every field is optional");
    d.news_date = Some(today);
    assert!(d.validate(today).is_ok());
    d.news_date = Some(today.add_days(1));
    let error = d.validate(today).unwrap_err();
    assert_eq!(error, DetailsError::DateInFuture);
    assert!(error.message().contains("future"));
}

#[test]
fn opening_a_stage_starts_it_and_marking_done_moves_the_current_step() {
    let mut journal = journal_with(&["a"]);
    let a = id("a");
    assert!(journal.apply(Action::OpenStage {
        rejection: a.clone(),
        stage: Stage::ProcessEmotions
    }));
    let r = journal.rejection(&a).unwrap();
    assert_eq!(
        r.progress.get(Stage::ProcessEmotions),
        StageStatus::InProgress
    );
    assert!(journal.apply(Action::MarkStageDone {
        rejection: a.clone(),
        stage: Stage::ProcessEmotions
    }));
    // Reopening a done stage by opening it again does not undo "done".
    assert!(!journal.apply(Action::OpenStage {
        rejection: a.clone(),
        stage: Stage::ProcessEmotions
    }));
    let r = journal.rejection(&a).unwrap();
    assert_eq!(r.progress.get(Stage::ProcessEmotions), StageStatus::Done);
    assert_eq!(r.current_stage(), Some(Stage::SeekFeedback));
    assert!(journal.apply(Action::ReopenStage {
        rejection: a.clone(),
        stage: Stage::ProcessEmotions
    }));
    assert_eq!(
        journal.rejection(&a).unwrap().current_stage(),
        Some(Stage::ProcessEmotions)
    );
}

#[test]
fn all_stages_done_means_no_current_step() {
    let mut journal = journal_with(&["a"]);
    for stage in Stage::ALL {
        journal.apply(Action::MarkStageDone {
            rejection: id("a"),
            stage,
        });
    }
    let r = journal.current_rejection().unwrap();
    assert_eq!(r.current_stage(), None);
    assert_eq!(r.progress.done_count(), 5);
}

#[test]
fn each_rejection_keeps_its_own_progress_when_switching() {
    let mut journal = journal_with(&["a", "b"]);
    assert_eq!(journal.current_rejection().unwrap().id, id("b"));
    journal.apply(Action::MarkStageDone {
        rejection: id("b"),
        stage: Stage::ProcessEmotions,
    });
    assert!(journal.apply(Action::SwitchRejection(id("a"))));
    assert_eq!(journal.current_rejection().unwrap().id, id("a"));
    assert_eq!(
        journal.current_rejection().unwrap().progress.done_count(),
        0
    );
    assert!(
        !journal.apply(Action::SwitchRejection(id("a"))),
        "already current"
    );
    assert!(!journal.apply(Action::SwitchRejection(id("missing"))));
    assert_eq!(
        journal.rejection(&id("b")).unwrap().progress.done_count(),
        1
    );
}

#[test]
fn actions_that_change_nothing_say_so() {
    let mut journal = journal_with(&["a"]);
    let same = journal.clone();
    assert!(!journal.apply(Action::RecordRejection {
        id: id("a"),
        details: RejectionDetails::default(),
        at_ms: 5.0
    }));
    assert!(!journal.apply(Action::EditRejection {
        id: id("a"),
        details: details("Company 0", "Engineer")
    }));
    assert!(!journal.apply(Action::MarkStageDone {
        rejection: id("nope"),
        stage: Stage::Reflect
    }));
    assert!(!journal.apply(Action::ReplaceJournal(Box::new(same.clone()))));
    assert_eq!(journal, same);
}

#[test]
fn deleting_the_current_rejection_falls_back_to_another() {
    let mut journal = journal_with(&["a", "b"]);
    assert!(journal.apply(Action::DeleteRejection(id("b"))));
    assert_eq!(journal.current_rejection().unwrap().id, id("a"));
    assert!(journal.apply(Action::DeleteRejection(id("a"))));
    assert!(journal.current_rejection().is_none());
}

#[test]
fn merging_keeps_items_from_both_sides() {
    let mine = journal_with(&["a", "b"]);
    let mut theirs = journal_with(&["a", "c"]);
    theirs.merge_from(&mine);
    let ids: Vec<&str> = theirs.rejections.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["a", "c", "b"]);
}

#[test]
fn days_parse_print_and_count() {
    let day = Day::parse("2024-02-29").unwrap();
    assert_eq!(day.to_string(), "2024-02-29");
    // Natively the month by name gives way to ISO (the browser's Intl names it).
    assert_eq!(day.long(), "2024-02-29");
    assert_eq!(day.add_days(1).to_string(), "2024-03-01");
    assert!(Day::parse("2023-02-29").is_none());
    assert!(Day::parse("2024-13-01").is_none());
    assert!(Day::parse("yesterday").is_none());
    assert_eq!(Day::parse("1970-01-01").unwrap().days_since_epoch(), 0);
    let a = Day::parse("2026-11-20").unwrap();
    let b = Day::parse("2026-12-02").unwrap();
    assert_eq!(a.days_until(b), 12);
    assert_eq!(b.days_until(a), -12);
    assert_eq!(Day::parse("2026-11-23").unwrap().weekday(), 0, "a Monday");
    assert_eq!(b.week_start().to_string(), "2026-11-30");
    for n in [-1, 0, 59, 60, 365, 10_957, 20_000, 2_000_000] {
        let d = Day::from_days_since_epoch(n);
        assert_eq!(Day::parse(&d.to_string()), Some(d));
    }
}

#[test]
fn ids_are_distinct_for_the_same_millisecond() {
    let a = Id::generate(1_763_770_000_000.0, 0.1);
    let b = Id::generate(1_763_770_000_000.0, 0.2);
    assert_ne!(a, b);
    assert!(a
        .as_str()
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-'));
}
