//! Stages 3 to 5: pasted requirements, gaps to the plan, repeated themes,
//! self-care days, safe links, weekly goals.

use rebound::domain::*;

fn id(text: &str) -> Id {
    Id::from_text(text)
}

fn with_rejections(ids: &[&str]) -> Journal {
    let mut journal = Journal::default();
    for (i, text) in ids.iter().enumerate() {
        journal.apply(Action::RecordRejection {
            id: id(text),
            details: RejectionDetails::default(),
            at_ms: i as f64,
        });
    }
    journal
}

fn note(journal: &mut Journal, rejection: &str, themes: &[Theme], tags: &str) {
    let n = journal
        .rejection(&id(rejection))
        .unwrap()
        .feedback
        .notes
        .len();
    journal.apply(Action::Feedback {
        rejection: id(rejection),
        edit: FeedbackEdit::Notes(ListEdit::Add(FeedbackNote {
            id: id(&format!("{rejection}-note-{n}")),
            text: "said something".into(),
            themes: themes.to_vec(),
            tags: parse_tags(tags),
            fair: None,
            at_ms: 0.0,
        })),
    });
}

#[test]
fn a_pasted_block_splits_into_one_requirement_per_line() {
    let pasted = "Requirements:\n\n- 5+ years of Rust\n• Experience with PostgreSQL\n  * Kubernetes  \n1. Strong communication\n2) Mentoring juniors\n\n   \n3.5 years of Go is a plus";
    assert_eq!(
        split_requirements(pasted),
        [
            "Requirements:",
            "5+ years of Rust",
            "Experience with PostgreSQL",
            "Kubernetes",
            "Strong communication",
            "Mentoring juniors",
            "3.5 years of Go is a plus"
        ]
    );
    assert!(split_requirements("\n \n").is_empty());
    assert_eq!(split_requirements("One line"), ["One line"]);
}

#[test]
fn gaps_go_to_the_development_plan_once() {
    let mut journal = with_rejections(&["a"]);
    let reqs: Vec<Requirement> = ["Rust", "PostgreSQL", "Kubernetes"]
        .iter()
        .enumerate()
        .map(|(i, t)| Requirement {
            id: id(&format!("req{i}")),
            text: (*t).into(),
            fit: None,
            evidence: String::new(),
        })
        .collect();
    journal.apply(Action::Reflect {
        rejection: id("a"),
        edit: ReflectEdit::AddRequirements(reqs.clone()),
    });
    for (i, fit) in [Fit::Met, Fit::Gap, Fit::Gap].into_iter().enumerate() {
        journal.apply(Action::Reflect {
            rejection: id("a"),
            edit: ReflectEdit::Requirements(ListEdit::Update(Requirement {
                fit: Some(fit),
                ..reqs[i].clone()
            })),
        });
    }
    assert!(journal.apply(Action::PlanGaps { rejection: id("a") }));
    let plan = &journal.person.plan;
    assert_eq!(plan.len(), 2);
    assert_eq!(plan[0].gap, "PostgreSQL");
    assert_eq!(plan[1].gap, "Kubernetes");
    assert_eq!(plan[0].source, Some(id("a")));
    assert_eq!(plan[0].status, PlanStatus::Planned);
    assert!(
        !journal.apply(Action::PlanGaps { rejection: id("a") }),
        "sending again adds nothing"
    );
    assert_eq!(journal.person.plan.len(), 2);
}

#[test]
fn ratings_are_kept_within_one_to_five_and_can_be_cleared() {
    let mut data = ReflectionData::default();
    assert!(data.apply(ReflectEdit::Rate(Dimension::Answers, Some(9))));
    assert_eq!(data.rating(Dimension::Answers), Some(5));
    assert!(data.apply(ReflectEdit::Rate(Dimension::Questions, Some(1))));
    assert_eq!(
        data.weak_dimensions().collect::<Vec<_>>(),
        [Dimension::Questions]
    );
    assert!(!data.apply(ReflectEdit::Rate(Dimension::Questions, Some(1))));
    assert!(data.apply(ReflectEdit::Rate(Dimension::Questions, None)));
    assert_eq!(data.rating(Dimension::Questions), None);
}

#[test]
fn themes_that_repeat_across_rejections_are_found_and_ranked() {
    let mut journal = with_rejections(&["a", "b", "c"]);
    note(
        &mut journal,
        "a",
        &[Theme::Communication, Theme::TechnicalDepth],
        "",
    );
    note(&mut journal, "a", &[Theme::Communication], "System Design"); // same rejection twice counts once
    note(
        &mut journal,
        "b",
        &[Theme::TechnicalDepth],
        "system  design, communication",
    );
    note(&mut journal, "c", &[Theme::Communication], "");
    journal.apply(Action::Reflect {
        rejection: id("b"),
        edit: ReflectEdit::Rate(Dimension::Questions, Some(2)),
    });
    journal.apply(Action::Reflect {
        rejection: id("c"),
        edit: ReflectEdit::Rate(Dimension::Questions, Some(1)),
    });
    journal.apply(Action::Reflect {
        rejection: id("c"),
        edit: ReflectEdit::Rate(Dimension::Answers, Some(4)),
    });

    let all = patterns(&journal);
    let summary: Vec<(String, usize)> = all.iter().map(|p| (p.label.clone(), p.count())).collect();
    assert_eq!(
        summary,
        [
            ("Communication".to_owned(), 3), // the "communication" tag joined the theme
            ("Technical or domain depth".to_owned(), 2),
            ("System Design".to_owned(), 2), // case and spacing ignored, first spelling kept
            ("Questions I asked".to_owned(), 2),
        ]
    );
    assert_eq!(all[0].rejections, [id("a"), id("b"), id("c")]);
    assert_eq!(all[3].source, PatternSource::SelfAssessment);
    assert!(all.iter().all(Pattern::repeats));
    assert!(patterns(&with_rejections(&["x"])).is_empty());
}

#[test]
fn self_care_counts_active_days_without_punishing_a_missed_one() {
    let mut person = Person::default();
    let d = |s: &str| Day::parse(s).unwrap();
    for (day, activity) in [
        ("2026-11-16", Activity::Sleep),
        ("2026-11-16", Activity::Exercise),
        ("2026-11-17", Activity::Outside),
        // 18th missed
        ("2026-11-19", Activity::People),
        ("2026-11-22", Activity::Rest),
    ] {
        assert!(person.apply(PersonEdit::TickCare {
            day: d(day),
            activity,
            done: true
        }));
    }
    let care = &person.self_care;
    assert_eq!(care.active_days(d("2026-11-16"), d("2026-11-22")), 4);
    assert_eq!(
        care.done_on(d("2026-11-16")),
        [Activity::Sleep, Activity::Exercise]
    );
    assert!(!person.apply(PersonEdit::TickCare {
        day: d("2026-11-16"),
        activity: Activity::Sleep,
        done: true
    }));
    person.apply(PersonEdit::TickCare {
        day: d("2026-11-22"),
        activity: Activity::Rest,
        done: false,
    });
    assert_eq!(
        person
            .self_care
            .active_days(d("2026-11-16"), d("2026-11-22")),
        3
    );
    assert_eq!(
        person
            .self_care
            .active_days(d("2026-11-17"), d("2026-11-17")),
        1
    );
}

#[test]
fn only_http_and_https_links_become_clickable() {
    for good in [
        "https://jobs.example/search?q=rust#top",
        "http://acme.example",
        " HTTPS://Acme.example/careers ",
    ] {
        assert!(safe_link(good).is_some(), "{good}");
    }
    for bad in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:x",
        "//evil.example",
        "https://",
        "https:// spaces.example",
        "ftp://files.example",
        "acme.example",
        "https://x.example/\"onmouseover=alert(1)",
    ] {
        assert!(safe_link(bad).is_none(), "{bad}");
    }
}

#[test]
fn weekly_goals_are_kept_per_week() {
    let mut person = Person::default();
    let monday = Day::parse("2026-11-16").unwrap();
    person.apply(PersonEdit::SetGoal {
        week: monday,
        kind: GoalKind::Applications,
        goal: Goal { target: 5, done: 2 },
    });
    person.apply(PersonEdit::SetGoal {
        week: monday.add_days(7),
        kind: GoalKind::Applications,
        goal: Goal { target: 3, done: 0 },
    });
    assert_eq!(
        person
            .week(monday)
            .unwrap()
            .goal(GoalKind::Applications)
            .done,
        2
    );
    assert_eq!(
        person.week(monday).unwrap().goal(GoalKind::Networking),
        Goal::default()
    );
    assert_eq!(person.weeks.len(), 2);
}

#[test]
fn lists_add_edit_and_delete_by_id() {
    let mut person = Person::default();
    let item = TextItem {
        id: id("t1"),
        text: "Shipped the billing rewrite".into(),
    };
    assert!(person.apply(PersonEdit::Achievements(ListEdit::Add(item.clone()))));
    assert!(!person.apply(PersonEdit::Achievements(ListEdit::Add(item.clone()))));
    assert!(
        person.apply(PersonEdit::Achievements(ListEdit::Update(TextItem {
            text: "Led the billing rewrite".into(),
            ..item
        })))
    );
    assert_eq!(person.achievements[0].text, "Led the billing rewrite");
    assert!(person.apply(PersonEdit::Achievements(ListEdit::Delete(id("t1")))));
    assert!(person.achievements.is_empty());
}

#[test]
fn merging_two_tabs_keeps_items_added_in_either() {
    let mut base = with_rejections(&["a"]);
    base.apply(Action::Person(PersonEdit::Achievements(ListEdit::Add(
        TextItem {
            id: id("t0"),
            text: "old".into(),
        },
    ))));
    let mut tab1 = base.clone();
    let mut tab2 = base.clone();
    tab1.apply(Action::Person(PersonEdit::Achievements(ListEdit::Add(
        TextItem {
            id: id("t1"),
            text: "from tab 1".into(),
        },
    ))));
    note(&mut tab1, "a", &[Theme::Leadership], "");
    tab2.apply(Action::Person(PersonEdit::Contacts(ListEdit::Add(
        Contact {
            id: id("c1"),
            name: "Ana".into(),
            company: String::new(),
            how_known: String::new(),
            next_step: String::new(),
            next_date: None,
        },
    ))));
    tab2.apply(Action::Emotions {
        rejection: id("a"),
        edit: EmotionsEdit::CheckIns(ListEdit::Add(CheckIn {
            id: id("ci"),
            at_ms: 1.0,
            overall: None,
            feelings: vec![Feeling::Sad],
            strength: Default::default(),
            intensity: Some(4),
            note: String::new(),
        })),
    });
    tab2.merge_from(&tab1);
    assert_eq!(tab2.person.achievements.len(), 2);
    assert_eq!(tab2.person.contacts.len(), 1);
    let a = tab2.rejection(&id("a")).unwrap();
    assert_eq!(a.feedback.notes.len(), 1);
    assert_eq!(a.emotions.checkins.len(), 1);
}

#[test]
fn the_informational_interview_request_reads_well() {
    let blank = informational_interview("", "", "");
    assert!(blank.body.starts_with("Hello,"));
    assert_eq!(blank.subject, "A short conversation about your work?");
    let full = informational_interview("Dr Okafor", "Sam", "clinical data science");
    assert!(full.body.starts_with("Hello Dr Okafor,"));
    assert!(full.body.contains("your work in clinical data science"));
    assert!(full.body.ends_with("Many thanks,\nSam"));
}
