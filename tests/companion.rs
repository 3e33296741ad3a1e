//! A companion, not a workbook: what is due on the stages list, a return
//! noticed, progress told as what was done, help in proportion, the
//! follow-up to the same person, and insights that read kindly.

use rebound::domain::*;

fn id(text: &str) -> Id {
    Id::from_text(text)
}

fn day(text: &str) -> Day {
    Day::parse(text).expect("a date")
}

fn journal_with(reached: &[Option<Reached>]) -> Journal {
    let mut journal = Journal::default();
    for (i, reached) in reached.iter().enumerate() {
        journal.apply(Action::RecordRejection {
            id: id(&format!("r{i}")),
            details: RejectionDetails {
                company: format!("Company {i}"),
                reached: *reached,
                ..Default::default()
            },
            at_ms: i as f64,
        });
    }
    journal
}

fn feedback(journal: &mut Journal, rejection: &str, edit: FeedbackEdit) {
    journal.apply(Action::Feedback {
        rejection: id(rejection),
        edit,
    });
}

fn emotions(journal: &mut Journal, rejection: &str, edit: EmotionsEdit) {
    journal.apply(Action::Emotions {
        rejection: id(rejection),
        edit,
    });
}

#[test]
fn nothing_is_due_for_a_fresh_rejection() {
    let journal = journal_with(&[None]);
    assert!(due(&journal, &id("r0"), day("2026-12-04")).is_empty());
}

#[test]
fn a_follow_up_is_due_a_week_after_the_request_was_sent_and_not_after_it_went() {
    let mut journal = journal_with(&[None]);
    feedback(
        &mut journal,
        "r0",
        FeedbackEdit::SetStatus(RequestStatus::Sent),
    );
    feedback(
        &mut journal,
        "r0",
        FeedbackEdit::Request(LetterEdit::MarkSent(Some(day("2026-11-25")))),
    );
    assert!(due(&journal, &id("r0"), day("2026-11-30")).is_empty());
    let on_day_nine = due(&journal, &id("r0"), day("2026-12-04"));
    assert_eq!(on_day_nine, [Due::FollowUp]);
    assert_eq!(on_day_nine[0].tool(), Tool::Feedback(FeedbackTool::Request));

    feedback(
        &mut journal,
        "r0",
        FeedbackEdit::FollowUp(LetterEdit::MarkSent(Some(day("2026-12-04")))),
    );
    assert!(due(&journal, &id("r0"), day("2026-12-05")).is_empty());
}

#[test]
fn the_end_of_the_time_to_process_is_due_until_the_next_stage_is_opened() {
    let mut journal = journal_with(&[None]);
    let start = day("2026-12-01");
    emotions(
        &mut journal,
        "r0",
        EmotionsEdit::SetWindow(Some(ProcessingWindow::of_days(start, 2))),
    );
    assert!(due(&journal, &id("r0"), start).is_empty(), "still open");
    assert_eq!(
        due(&journal, &id("r0"), day("2026-12-02")),
        [Due::ProcessingEnded { days_ago: 0 }],
        "ends today"
    );
    assert_eq!(
        due(&journal, &id("r0"), day("2026-12-04")),
        [Due::ProcessingEnded { days_ago: 2 }]
    );
    journal.apply(Action::OpenStage {
        rejection: id("r0"),
        stage: Stage::SeekFeedback,
    });
    assert!(due(&journal, &id("r0"), day("2026-12-04")).is_empty());
}

#[test]
fn this_weeks_goals_are_due_while_some_are_open() {
    let mut journal = journal_with(&[None]);
    let today = day("2026-12-04");
    let goal = |target, done| {
        Action::Person(PersonEdit::SetGoal {
            week: today.week_start(),
            kind: GoalKind::Applications,
            goal: Goal { target, done },
        })
    };
    journal.apply(goal(3, 1));
    assert_eq!(
        due(&journal, &id("r0"), today),
        [Due::WeekGoals { open: 1 }]
    );
    journal.apply(goal(3, 3));
    assert!(due(&journal, &id("r0"), today).is_empty(), "all reached");
    assert!(
        due(&journal, &id("r0"), today.add_days(7)).is_empty(),
        "last week's goals are not this week's"
    );
}

#[test]
fn a_return_is_a_day_or_more_away() {
    let today = day("2026-12-04");
    assert_eq!(
        days_away(None, today),
        None,
        "a first visit is not a return"
    );
    assert_eq!(days_away(Some(today), today), None);
    assert_eq!(days_away(Some(day("2026-12-03")), today), Some(1));
    assert_eq!(days_away(Some(day("2026-12-02")), today), Some(2));
}

#[test]
fn the_follow_up_goes_to_the_person_the_request_went_to() {
    let mut journal = journal_with(&[None]);
    feedback(
        &mut journal,
        "r0",
        FeedbackEdit::Request(LetterEdit::SetRecipientName("Dana Cruz".into())),
    );
    feedback(
        &mut journal,
        "r0",
        FeedbackEdit::Request(LetterEdit::SetRecipientEmail("dana@example.com".into())),
    );
    let request = &journal.rejection(&id("r0")).unwrap().feedback.request;
    let letter = request.follow_up_letter();
    assert_eq!(letter.to_name, "Dana Cruz");
    assert_eq!(letter.to_email, "dana@example.com");
    let draft = letter.text(Draft {
        subject: "Following up".into(),
        body: "Hello".into(),
    });
    assert!(mailto(&letter.to_email, &draft).starts_with("mailto:dana@example.com?"));

    // Someone else named for the follow-up is kept.
    feedback(
        &mut journal,
        "r0",
        FeedbackEdit::FollowUp(LetterEdit::SetRecipientEmail("hr@example.com".into())),
    );
    let request = &journal.rejection(&id("r0")).unwrap().feedback.request;
    assert_eq!(request.follow_up_letter().to_email, "hr@example.com");
    assert_eq!(request.follow_up_letter().to_name, "Dana Cruz");
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
fn help_is_in_plain_view_after_very_low_and_a_quiet_line_after_low() {
    assert!(checkin(Some(1), &[]).needs_help_now());
    assert!(
        !checkin(Some(2), &[]).needs_help_now(),
        "ordinary disappointment"
    );
    assert!(checkin(Some(2), &[]).is_low());
    assert!(checkin(None, &[(Feeling::Anxious, 9)]).needs_help_now());
    assert!(!checkin(Some(3), &[(Feeling::Anxious, 5)]).is_low());
}

#[test]
fn a_check_in_with_nothing_in_it_is_empty() {
    assert!(checkin(None, &[]).is_empty());
    assert!(!checkin(Some(3), &[]).is_empty());
    assert!(!checkin(None, &[(Feeling::Sad, 5)]).is_empty());
    let noted = CheckIn {
        note: "Cannot sleep".into(),
        ..checkin(None, &[])
    };
    assert!(!noted.is_empty());
}

#[test]
fn progress_is_what_was_done_not_what_is_missing() {
    let mut journal = journal_with(&[None]);
    let today = day("2026-12-04");
    assert!(stage_work(&journal, &id("r0"), Stage::ProcessEmotions, today).is_empty());
    emotions(
        &mut journal,
        "r0",
        EmotionsEdit::CheckIns(ListEdit::Add(checkin(Some(2), &[]))),
    );
    emotions(
        &mut journal,
        "r0",
        EmotionsEdit::Supporters(ListEdit::Add(Supporter {
            id: id("s"),
            name: "Sam".into(),
            relation: Supporter::default_relation(),
            reached_out_on: None,
        })),
    );
    let work = stage_work(&journal, &id("r0"), Stage::ProcessEmotions, today);
    assert_eq!(work.len(), 2, "{work:?}");
    assert!(work[0].starts_with("1 check-in"), "{work:?}");
    assert_eq!(
        work[1], "1 person in your circle",
        "no count of who was not reached"
    );
    assert_eq!(stages_worked_on(&journal, today), (1, 0));
}

#[test]
fn insights_quote_employers_and_read_the_data_kindly() {
    let mut journal = journal_with(&[
        Some(Reached::FinalRound),
        Some(Reached::Interview),
        Some(Reached::FinalRound),
    ]);
    feedback(
        &mut journal,
        "r1",
        FeedbackEdit::SetStatus(RequestStatus::Sent),
    );
    feedback(
        &mut journal,
        "r1",
        FeedbackEdit::Notes(ListEdit::Add(FeedbackNote {
            id: id("n"),
            text: "  Strong on design, less on metrics.  ".into(),
            themes: Vec::new(),
            tags: Vec::new(),
            fair: None,
            at_ms: 0.0,
        })),
    );
    assert_eq!(
        employer_words(&journal),
        [(
            "Company 1".to_owned(),
            "Strong on design, less on metrics.".to_owned()
        )]
    );
    let readings = encouraging_readings(&journal);
    assert!(
        readings[0].contains("final round in 2 of 3"),
        "{readings:?}"
    );
    assert!(
        readings.iter().any(|r| r.contains("1 employer answered")),
        "{readings:?}"
    );

    // Feedback noted without asking is quoted but not counted as an answer.
    let mut unasked = journal_with(&[Some(Reached::Applied)]);
    feedback(
        &mut unasked,
        "r0",
        FeedbackEdit::Notes(ListEdit::Add(FeedbackNote {
            id: id("m"),
            text: "Told me on the phone".into(),
            themes: Vec::new(),
            tags: Vec::new(),
            fair: None,
            at_ms: 0.0,
        })),
    );
    assert_eq!(employer_words(&unasked).len(), 1);
    assert!(encouraging_readings(&unasked).is_empty());

    let quiet = journal_with(&[Some(Reached::Applied)]);
    assert!(
        encouraging_readings(&quiet).is_empty(),
        "only where the data supports it"
    );
}
