//! Insights and take-aways: pattern ranking, mood chart scaling, the Markdown
//! report, the activity log and calendar files.

use rebound::domain::*;

fn id(text: &str) -> Id {
    Id::from_text(text)
}

fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

/// Unix ms of noon UTC on a day.
fn noon(text: &str) -> f64 {
    f64::from(day(text).days_since_epoch()) * 86_400_000.0 + 43_200_000.0
}

fn journal_with(details: &[(&str, Option<Reached>)]) -> Journal {
    let mut j = Journal::default();
    for (i, (company, reached)) in details.iter().enumerate() {
        j.apply(Action::RecordRejection {
            id: id(&format!("r{i}")),
            details: RejectionDetails {
                company: (*company).into(),
                reached: *reached,
                ..Default::default()
            },
            at_ms: i as f64,
        });
    }
    j
}

/// A check-in answering "how are you, overall?" with `overall` (1 to 5).
fn check_in(j: &mut Journal, rejection: &str, n: usize, at_ms: f64, overall: u8) {
    j.apply(Action::Emotions {
        rejection: id(rejection),
        edit: EmotionsEdit::CheckIns(ListEdit::Add(CheckIn {
            id: id(&format!("{rejection}-c{n}")),
            at_ms,
            overall: Some(overall),
            feelings: vec![Feeling::Sad],
            strength: Default::default(),
            intensity: None,
            note: String::new(),
        })),
    });
}

fn tag(j: &mut Journal, rejection: &str, n: usize, themes: &[Theme], tags: &[&str]) {
    j.apply(Action::Feedback {
        rejection: id(rejection),
        edit: FeedbackEdit::Notes(ListEdit::Add(FeedbackNote {
            id: id(&format!("{rejection}-n{n}")),
            text: "x".into(),
            themes: themes.to_vec(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            fair: None,
            at_ms: 0.0,
        })),
    });
}

#[test]
fn pattern_ties_keep_first_seen_order_and_custom_tags_match_ignoring_case() {
    let mut j = journal_with(&[("A", None), ("B", None)]);
    tag(&mut j, "r0", 0, &[Theme::Leadership], &["Pace"]);
    tag(&mut j, "r1", 0, &[], &["pace ", "LEADERSHIP"]);
    tag(&mut j, "r1", 1, &[Theme::SalaryExpectations], &[]);
    let ranked: Vec<(String, usize)> = patterns(&j)
        .into_iter()
        .map(|p| (p.label.clone(), p.count()))
        .collect();
    assert_eq!(
        ranked,
        [
            ("Leadership".to_owned(), 2),
            ("Pace".to_owned(), 2),
            ("Salary expectations".to_owned(), 1),
        ]
    );
    assert_eq!(repeated_patterns(&j).len(), 2);
}

#[test]
fn mood_is_averaged_by_local_day() {
    let mut j = journal_with(&[("A", None), ("B", None)]);
    check_in(&mut j, "r0", 0, noon("2026-11-20"), 1);
    check_in(&mut j, "r0", 1, noon("2026-11-20") + 3_600_000.0, 2);
    check_in(&mut j, "r1", 0, noon("2026-11-22"), 4);
    // 23:30 UTC on the 22nd is already the 23rd in UTC+1 (offset -60).
    check_in(&mut j, "r1", 1, noon("2026-11-22") + 41_400_000.0, 5);
    let all = mood_by_day(&j, None, 0);
    assert_eq!(
        all.iter()
            .map(|m| (m.day.to_string(), m.average, m.count))
            .collect::<Vec<_>>(),
        [
            ("2026-11-20".to_owned(), 1.5, 2),
            ("2026-11-22".to_owned(), 4.5, 2)
        ]
    );
    let berlin = mood_by_day(&j, Some(&id("r1")), -60);
    assert_eq!(
        berlin.iter().map(|m| m.day.to_string()).collect::<Vec<_>>(),
        ["2026-11-22", "2026-11-23"]
    );
    let summary = mood_summary(&all);
    assert!(
        summary.contains("Low at the start, Good most recently"),
        "{summary}"
    );
    assert!(summary.contains("lighter"), "{summary}");
    assert!(!summary.contains("out of 5"), "no score: {summary}");
    assert_eq!(mood_summary(&[]), "No check-ins yet.");
}

fn series(points: &[(&str, f64)]) -> Vec<DayMood> {
    points
        .iter()
        .map(|(d, v)| DayMood {
            day: day(d),
            average: *v,
            count: 1,
        })
        .collect()
}

#[test]
fn the_chart_handles_one_point_flat_values_gaps_and_many_points() {
    assert!(chart_geometry(&[]).points.is_empty());

    let left = CHART_LEFT;
    let one = chart_geometry(&series(&[("2026-11-20", 3.0)]));
    assert_eq!(one.points.len(), 1);
    let (x, y) = one.points[0];
    assert!(
        (x - (left + (CHART_WIDTH - left - 16.0) / 2.0)).abs() < 1e-9,
        "a single day sits in the middle"
    );
    assert!(y > 12.0 && y < 212.0);
    assert_eq!(one.x_ticks.len(), 1);

    let flat = chart_geometry(&series(&[
        ("2026-11-20", 4.0),
        ("2026-11-21", 4.0),
        ("2026-11-22", 4.0),
    ]));
    assert_eq!(
        flat.y_ticks.iter().map(|t| &*t.1).collect::<Vec<_>>(),
        ["Good", "Fairly good", "Okay", "Low", "Very low"],
        "the scale is labelled so up is better"
    );
    let ys: Vec<f64> = flat.points.iter().map(|p| p.1).collect();
    assert!(ys.windows(2).all(|w| w[0] == w[1]), "flat stays flat");
    let expected_y = 12.0 + (CHART_HEIGHT - 12.0 - 30.0) * (5.0 - 4.0) / 4.0;
    assert!(
        (ys[0] - expected_y).abs() < 1e-9,
        "at its true height, not stretched"
    );

    let gap = chart_geometry(&series(&[
        ("2026-11-01", 2.0),
        ("2026-11-02", 2.5),
        ("2026-11-11", 4.5),
    ]));
    let xs: Vec<f64> = gap.points.iter().map(|p| p.0).collect();
    assert!(
        (xs[1] - xs[0]) * 8.0 < (xs[2] - xs[1]) * 1.01,
        "nine empty days take nine days of width"
    );
    assert!(
        gap.points[0].1 > gap.points[2].1,
        "better is drawn higher (smaller y)"
    );

    let many: Vec<DayMood> = (0..365)
        .map(|i| DayMood {
            day: day("2026-01-01").add_days(i),
            average: f64::from(1 + (i % 5)),
            count: 1,
        })
        .collect();
    let g = chart_geometry(&many);
    assert_eq!(g.points.len(), 365);
    assert!(g
        .points
        .iter()
        .all(|(x, y)| *x >= left && *x <= 624.0 + 1e-9 && *y >= 12.0 && *y <= 212.0 + 1e-9));
    assert!(g.x_ticks.len() <= 5 && g.x_ticks.len() >= 2);
}

#[test]
fn where_processes_ended_and_which_requests_were_answered() {
    let mut j = journal_with(&[
        ("A", Some(Reached::FinalRound)),
        ("B", Some(Reached::FinalRound)),
        ("C", Some(Reached::Interview)),
        ("D", None),
    ]);
    assert_eq!(
        where_processes_ended(&j),
        [(Reached::Interview, 1), (Reached::FinalRound, 2)]
    );
    j.apply(Action::Feedback {
        rejection: id("r0"),
        edit: FeedbackEdit::SetStatus(RequestStatus::Replied),
    });
    j.apply(Action::Feedback {
        rejection: id("r1"),
        edit: FeedbackEdit::SetStatus(RequestStatus::NoReply),
    });
    j.apply(Action::Feedback {
        rejection: id("r2"),
        edit: FeedbackEdit::Request(LetterEdit::MarkSent(Some(day("2026-11-01")))),
    });
    assert_eq!(feedback_answers(&j), (3, 1, 1));
    // Feedback noted without a request is not an answer to one.
    j.apply(Action::Feedback {
        rejection: id("r3"),
        edit: FeedbackEdit::Notes(ListEdit::Add(FeedbackNote {
            id: id("n"),
            text: "Said on the phone: more depth".into(),
            themes: Vec::new(),
            tags: Vec::new(),
            fair: None,
            at_ms: 0.0,
        })),
    });
    assert_eq!(feedback_answers(&j), (3, 1, 1));
}

#[test]
fn the_markdown_report_keeps_tricky_text_as_written() {
    let mut j = journal_with(&[("Acme *Corp* | [Labs]", Some(Reached::Offer))]);
    j.apply(Action::Feedback {
        rejection: id("r0"),
        edit: FeedbackEdit::Notes(ListEdit::Add(FeedbackNote {
            id: id("n"),
            text: "# not a heading\n<script>alert(1)</script>\nline, with; commas 🚀".into(),
            themes: vec![Theme::Communication],
            tags: vec!["_pace_".into()],
            fair: Some(Fairness::Partly),
            at_ms: 0.0,
        })),
    });
    j.apply(Action::Person(PersonEdit::Achievements(ListEdit::Add(
        TextItem {
            id: id("a"),
            text: "Won `best` team".into(),
        },
    ))));
    let md = markdown_report(&j, day("2026-11-22"));
    assert!(md.starts_with("# Rebound report\n\nGenerated on 2026-11-22."));
    assert!(md.contains("## Acme \\*Corp\\* \\| \\[Labs\\]"));
    assert!(md.contains(
        "> \\# not a heading\n> \\<script\\>alert(1)\\</script\\>\n> line, with; commas 🚀"
    ));
    assert!(md.contains("[Communication, \\_pace\\_] (felt: Partly fair)"));
    assert!(md.contains("- Won \\`best\\` team"));
    assert!(!md.contains("<script>"));
    assert!(md.contains("### Process the emotions") && md.contains("### Reflect and evaluate"));
}

#[test]
fn the_activity_log_lists_dated_actions_in_order() {
    let mut j = journal_with(&[("Acme", None)]);
    j.apply(Action::EditRejection {
        id: id("r0"),
        details: RejectionDetails {
            company: "Acme".into(),
            news_date: Some(day("2026-11-10")),
            ..Default::default()
        },
    });
    j.apply(Action::Feedback {
        rejection: id("r0"),
        edit: FeedbackEdit::Request(LetterEdit::MarkSent(Some(day("2026-11-12")))),
    });
    j.apply(Action::Emotions {
        rejection: id("r0"),
        edit: EmotionsEdit::ThankYou(LetterEdit::MarkSent(Some(day("2026-11-11")))),
    });
    j.apply(Action::Person(PersonEdit::SetGoal {
        week: day("2026-11-16"),
        kind: GoalKind::Applications,
        goal: Goal { target: 5, done: 3 },
    }));
    let log: Vec<(String, String)> = activity_log(&j)
        .into_iter()
        .map(|e| (e.day.to_string(), e.kind.to_string()))
        .collect();
    assert_eq!(
        log,
        [
            ("2026-11-10".to_owned(), "Application".to_owned()),
            ("2026-11-11".to_owned(), "Follow-up".to_owned()),
            ("2026-11-12".to_owned(), "Feedback request".to_owned()),
            ("2026-11-16".to_owned(), "Weekly goal".to_owned()),
        ]
    );
}

#[test]
fn calendar_text_is_escaped_folded_and_stable() {
    assert_eq!(escape_text("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
    let long = format!("SUMMARY:{}", "é🚀x".repeat(100));
    let folded = fold(&long);
    for line in folded.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(line.len() <= 75, "{} octets", line.len());
    }
    let unfolded: String = folded.trim_end_matches("\r\n").split("\r\n ").collect();
    assert_eq!(
        unfolded, long,
        "unfolding gives back the line, no character split"
    );
    assert_eq!(utc_stamp(0.0), "19700101T000000Z");
    assert_eq!(utc_stamp(1_763_800_245_000.0), "20251122T083045Z");

    let reminder = Reminder {
        uid: "plan-x@rebound".into(),
        day: day("2026-12-01"),
        summary: "Finish course, part 2; then practise\nagain 🚀".into(),
        description: "x".repeat(500),
    };
    let ics = calendar(std::slice::from_ref(&reminder), 1_763_800_245_000.0);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.contains("UID:plan-x@rebound\r\n"));
    assert!(ics.contains("DTSTAMP:20251122T083045Z\r\n"));
    assert!(ics.contains("DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261202\r\n"));
    assert!(ics.contains("SUMMARY:Finish course\\, part 2\\; then practise\\nagain 🚀"));
    assert!(ics.split("\r\n").all(|l| l.len() <= 75));
    assert!(
        !ics.replace("\r\n", "").contains('\n'),
        "only CRLF line ends"
    );
    assert_eq!(
        ics,
        calendar(&[reminder], 1_763_800_245_000.0),
        "same input, same file"
    );
}

#[test]
fn reminders_cover_follow_ups_windows_plans_and_contacts() {
    let today = day("2026-11-22");
    let mut j = journal_with(&[("Acme", None)]);
    j.apply(Action::Emotions {
        rejection: id("r0"),
        edit: EmotionsEdit::SetWindow(Some(ProcessingWindow::of_days(today, 2))),
    });
    j.apply(Action::Feedback {
        rejection: id("r0"),
        edit: FeedbackEdit::Request(LetterEdit::MarkSent(Some(day("2026-11-20")))),
    });
    j.apply(Action::Person(PersonEdit::Plan(ListEdit::Add(PlanItem {
        target: Some(day("2027-01-15")),
        ..PlanItem::new(id("p"), "Kubernetes".into(), None)
    }))));
    j.apply(Action::Person(PersonEdit::Contacts(ListEdit::Add(
        Contact {
            id: id("c"),
            name: "Dev".into(),
            company: String::new(),
            how_known: String::new(),
            next_step: "Coffee chat".into(),
            next_date: Some(day("2026-11-25")),
        },
    ))));
    j.apply(Action::Person(PersonEdit::Contacts(ListEdit::Add(
        Contact {
            id: id("old"),
            name: "Old".into(),
            company: String::new(),
            how_known: String::new(),
            next_step: "Past".into(),
            next_date: Some(day("2026-11-01")),
        },
    ))));
    let list: Vec<(String, String)> = reminders(&j, today)
        .into_iter()
        .map(|r| (r.day.to_string(), r.uid))
        .collect();
    assert_eq!(
        list,
        [
            ("2026-11-23".to_owned(), "window-r0@rebound".to_owned()),
            ("2026-11-25".to_owned(), "contact-c@rebound".to_owned()),
            ("2026-11-27".to_owned(), "follow-up-r0@rebound".to_owned()),
            ("2027-01-15".to_owned(), "plan-p@rebound".to_owned()),
        ]
    );
}
