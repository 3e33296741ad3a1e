//! Generated letters read well with any field missing, keep the user's text
//! exactly, and travel through `mailto:` intact.

use rebound::domain::*;

fn details(company: &str, role: &str) -> RejectionDetails {
    RejectionDetails {
        company: company.into(),
        role: role.into(),
        ..Default::default()
    }
}

fn ctx<'a>(d: &'a RejectionDetails, to: &'a str, sign: &'a str) -> LetterContext<'a> {
    LetterContext {
        details: d,
        to_name: to,
        sign_as: sign,
    }
}

fn all_drafts(c: LetterContext) -> Vec<Draft> {
    let mut drafts = vec![
        thank_you_note(c),
        follow_up(c, None),
        follow_up(c, Day::parse("2026-11-01")),
        thanks_for_feedback(c),
    ];
    drafts.extend(Tone::ALL.iter().map(|&t| feedback_request(c, t)));
    drafts
}

#[test]
fn letters_read_well_with_every_field_missing() {
    let empty = RejectionDetails::default();
    for draft in all_drafts(ctx(&empty, "", "")) {
        let text = format!("{}\n{}", draft.subject, draft.body);
        for broken in [
            "Dear ,",
            "Hello ,",
            " at .",
            " at ,",
            "the  role",
            "  ",
            " ,",
            "{",
            "}",
        ] {
            assert!(!text.contains(broken), "{broken:?} in:\n{text}");
        }
        assert!(draft.body.starts_with("Hello,") || draft.body.starts_with("Dear Hiring Manager,"));
        assert!(!draft.subject.ends_with(':'));
    }
}

#[test]
fn letters_use_what_is_known() {
    let d = details("Acme", "Backend Engineer");
    let note = thank_you_note(ctx(&d, "Priya", "Sam"));
    assert_eq!(note.subject, "Thank you: Backend Engineer at Acme");
    assert!(note.body.starts_with("Hello Priya,"));
    assert!(note.body.contains("the Backend Engineer role at Acme"));
    assert!(note
        .body
        .contains("time you gave me and for considering my application"));
    assert!(note.body.ends_with("All the best,\nSam"));

    let formal = feedback_request(ctx(&d, "Ms Chen", ""), Tone::Formal);
    assert!(formal.body.starts_with("Dear Ms Chen,"));
    for asks_about in ["application", "interview", "improve"] {
        for &tone in Tone::ALL {
            assert!(
                feedback_request(ctx(&d, "", ""), tone)
                    .body
                    .contains(asks_about),
                "{tone:?} asks about {asks_about}"
            );
        }
    }
    let thanks = thanks_for_feedback(ctx(&d, "", ""));
    assert!(thanks.body.contains("Thank you for taking the time"));
    assert!(
        thanks.body.contains("working on them"),
        "states the commitment to grow"
    );
    let chase = follow_up(ctx(&d, "", ""), Day::parse("2026-11-01"));
    assert!(chase.body.contains("2026-11-01"));
}

#[test]
fn the_users_text_is_kept_exactly() {
    let tricky = "O'Brien & \"Søn\" <b>Ltd</b> 🚀";
    let d = details(tricky, "Café ‘lead’");
    let note = thank_you_note(ctx(&d, "Zoë", "José"));
    assert!(note.body.contains(tricky));
    assert!(note.body.contains("Café ‘lead’"));
    assert!(note.body.contains("Hello Zoë,"));
    let mut letter = Letter::default();
    let edited = "My own words, with <script>alert(1)</script> & émoji 🙂\nline two";
    assert!(letter.apply(LetterEdit::EditBody(edited.into())));
    assert_eq!(letter.text(note.clone()).body, edited);
    assert_eq!(
        letter.text(note.clone()).subject,
        note.subject,
        "subject still suggested"
    );
    assert!(letter.apply(LetterEdit::ResetText));
    assert_eq!(letter.text(note.clone()), note);
    assert!(!letter.apply(LetterEdit::ResetText), "nothing to reset");
}

#[test]
fn mailto_links_encode_every_special_character() {
    let draft = Draft {
        subject: "Q&A? #1 at 100% — Zürich".into(),
        body: "Line one & two?\nLine #3: 50% done\r\nÉmoji 🚀 = ok+fine".into(),
    };
    let link = mailto("priya.chen+jobs@acme.example", &draft);
    assert_eq!(
        link,
        "mailto:priya.chen%2Bjobs@acme.example?subject=Q%26A%3F%20%231%20at%20100%25%20%E2%80%94%20Z%C3%BCrich\
         &body=Line%20one%20%26%20two%3F%0D%0ALine%20%233%3A%2050%25%20done%0D%0A%C3%89moji%20%F0%9F%9A%80%20%3D%20ok%2Bfine"
    );
    // Exactly one `?` and one `&`: the separators we put there.
    assert_eq!(link.matches('?').count(), 1);
    assert_eq!(link.matches('&').count(), 1);
    assert!(!link.contains('#') && !link.contains('\n') && !link.contains(' '));
}

#[test]
fn only_a_plausible_address_goes_into_a_mailto_link() {
    let draft = Draft {
        subject: "s".into(),
        body: "b".into(),
    };
    for bad in [
        "",
        "not an address",
        "a@b",
        "x@y.com?cc=evil@z.com",
        "a@b.com, c@d.com",
        "javascript:alert(1)//@x.com",
    ] {
        assert!(
            mailto(bad, &draft).starts_with("mailto:?subject="),
            "{bad:?}"
        );
    }
    assert_eq!(clean_address("  hr@acme.example "), Some("hr@acme.example"));
}

#[test]
fn the_processing_window_counts_down_then_suggests_moving_on() {
    let start = Day::parse("2026-11-20").unwrap();
    let window = ProcessingWindow::of_days(start, 3);
    assert_eq!(window.end.to_string(), "2026-11-22");
    assert_eq!(window.state(start), WindowState::Open { days_left: 3 });
    assert_eq!(window.state(window.end), WindowState::Open { days_left: 1 });
    assert_eq!(
        window.state(window.end.add_days(2)),
        WindowState::Ended { days_ago: 2 }
    );
    assert_eq!(
        ProcessingWindow::of_days(start, 0).end,
        start,
        "at least one day"
    );
}

#[test]
fn check_ins_are_kept_edited_and_deleted() {
    let mut data = EmotionsData::default();
    let first = CheckIn {
        id: Id::from_text("c1"),
        at_ms: 1000.0,
        overall: Some(2),
        feelings: vec![Feeling::Disappointed, Feeling::SelfDoubt],
        strength: [(Feeling::Disappointed, 14), (Feeling::Hopeful, 3)].into(),
        intensity: None,
        note: String::new(),
    };
    assert!(data.apply(EmotionsEdit::CheckIns(ListEdit::Add(first.clone()))));
    assert_eq!(
        data.checkins[0].strength,
        [(Feeling::Disappointed, 10)].into(),
        "strength is kept within 1 to 10, and only for the feelings named"
    );
    let second = CheckIn {
        id: Id::from_text("c2"),
        at_ms: 2000.0,
        ..first.clone()
    };
    assert!(
        data.apply(EmotionsEdit::CheckIns(ListEdit::Add(second))),
        "several a day are fine"
    );
    let edited = CheckIn {
        at_ms: 99_999.0,
        overall: Some(4),
        feelings: vec![Feeling::Hopeful],
        ..first
    };
    assert!(data.apply(EmotionsEdit::CheckIns(ListEdit::Update(edited))));
    assert_eq!(data.checkins.len(), 2);
    assert_eq!(
        data.checkins[0].at_ms, 1000.0,
        "editing keeps the original time"
    );
    assert_eq!(data.checkins[0].feelings, [Feeling::Hopeful]);
    assert!(
        data.apply(EmotionsEdit::CheckIns(ListEdit::Delete(Id::from_text(
            "c1"
        ))))
    );
    assert_eq!(data.checkins.len(), 1);
}

#[test]
fn the_support_circle_needs_a_name_and_records_reaching_out() {
    let mut data = EmotionsData::default();
    let nameless = Supporter {
        id: Id::from_text("s0"),
        name: "  ".into(),
        relation: Relation::Friend,
        reached_out_on: None,
    };
    assert!(!data.apply(EmotionsEdit::Supporters(ListEdit::Add(nameless))));
    let mentor = Supporter {
        id: Id::from_text("s1"),
        name: "Ana".into(),
        relation: Relation::Mentor,
        reached_out_on: None,
    };
    assert!(data.apply(EmotionsEdit::Supporters(ListEdit::Add(mentor.clone()))));
    let reached = Supporter {
        reached_out_on: Day::parse("2026-11-21"),
        ..mentor
    };
    assert!(data.apply(EmotionsEdit::Supporters(ListEdit::Update(reached))));
    assert_eq!(data.supporters[0].reached_out_on, Day::parse("2026-11-21"));
    assert!(!WHAT_TO_SAY.is_empty());
}

#[test]
fn a_silent_employer_gets_one_follow_up_then_is_let_go() {
    let sent = Day::parse("2026-11-01").unwrap();
    let mut data = FeedbackData::default();
    assert_eq!(data.request.advice(sent), FollowUpAdvice::Nothing);
    data.apply(FeedbackEdit::Request(LetterEdit::MarkSent(Some(sent))));
    assert_eq!(
        data.request.status,
        RequestStatus::Sent,
        "marking sent moves the status"
    );
    assert_eq!(
        data.request.advice(sent.add_days(2)),
        FollowUpAdvice::Wait { days_left: 5 }
    );
    assert_eq!(
        data.request.advice(sent.add_days(7)),
        FollowUpAdvice::FollowUp
    );
    data.apply(FeedbackEdit::FollowUp(LetterEdit::MarkSent(Some(
        sent.add_days(8),
    ))));
    assert_eq!(
        data.request.advice(sent.add_days(9)),
        FollowUpAdvice::Nothing
    );
    assert_eq!(
        data.request.advice(sent.add_days(15)),
        FollowUpAdvice::LetGo
    );
    data.apply(FeedbackEdit::SetStatus(RequestStatus::Replied));
    assert_eq!(
        data.request.advice(sent.add_days(30)),
        FollowUpAdvice::Nothing
    );
    data.apply(FeedbackEdit::SetFollowUpDays(0));
    assert_eq!(data.request.follow_up_after_days, 1);
}

#[test]
fn feedback_notes_carry_themes_own_tags_and_fairness() {
    assert_eq!(
        parse_tags(" pace, System design ,PACE,, "),
        ["pace", "System design"]
    );
    let mut data = FeedbackData::default();
    let empty = FeedbackNote {
        id: Id::from_text("n0"),
        text: " ".into(),
        themes: vec![],
        tags: vec![],
        fair: None,
        at_ms: 0.0,
    };
    assert!(
        !data.apply(FeedbackEdit::Notes(ListEdit::Add(empty))),
        "an empty note is not saved"
    );
    let note = FeedbackNote {
        id: Id::from_text("n1"),
        text: "Strong on APIs, light on system design.".into(),
        themes: vec![Theme::TechnicalDepth],
        tags: parse_tags("system design"),
        fair: Some(Fairness::Fair),
        at_ms: 0.0,
    };
    assert!(data.apply(FeedbackEdit::Notes(ListEdit::Add(note.clone()))));
    let edited = FeedbackNote {
        fair: Some(Fairness::Partly),
        ..note
    };
    assert!(data.apply(FeedbackEdit::Notes(ListEdit::Update(edited))));
    assert_eq!(data.notes[0].fair, Some(Fairness::Partly));
    assert!(data.apply(FeedbackEdit::Notes(ListEdit::Delete(Id::from_text("n1")))));
    assert!(data.notes.is_empty());
}
