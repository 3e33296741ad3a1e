//! What the user can take away: an activity log of job-search actions (proof
//! of an active search), a Markdown report of everything they wrote, and
//! numbers for the insights page.

use super::Choice;
use super::{
    Day, FeedbackRequest, Journal, PlanStatus, Reached, Rejection, RequestStatus, Stage,
    StageStatus,
};

/// One dated job-search action.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ActivityEntry {
    pub day: Day,
    /// "Feedback request", "Networking", "Learning", "Application"...
    pub kind: &'static str,
    pub text: String,
}

/// Every dated action in the journal, oldest first.
pub fn activity_log(journal: &Journal) -> Vec<ActivityEntry> {
    let mut log = Vec::new();
    let mut push = |day: Option<Day>, kind: &'static str, text: String| {
        if let Some(day) = day {
            log.push(ActivityEntry { day, kind, text });
        }
    };
    for r in &journal.rejections {
        let title = r.title();
        push(
            r.details.news_date,
            "Application",
            format!("Heard back: {title}"),
        );
        push(
            r.emotions.thank_you.sent_on,
            "Follow-up",
            format!("Sent a thank-you note: {title}"),
        );
        push(
            r.feedback.request.letter.sent_on,
            "Feedback request",
            format!("Asked for feedback: {title}"),
        );
        push(
            r.feedback.request.follow_up.sent_on,
            "Feedback request",
            format!("Followed up on feedback: {title}"),
        );
        push(
            r.feedback.thanks.sent_on,
            "Follow-up",
            format!("Thanked them for feedback: {title}"),
        );
    }
    let person = &journal.person;
    for week in &person.weeks {
        for (kind, goal) in &week.goals {
            if goal.done > 0 {
                push(
                    Some(week.week),
                    "Weekly goal",
                    format!(
                        "Week of {}: {} {}",
                        week.week.long(),
                        goal.done,
                        kind.label().to_lowercase()
                    ),
                );
            }
        }
    }
    for c in &person.contacts {
        if !c.next_step.trim().is_empty() {
            push(
                c.next_date,
                "Networking",
                format!("{}: {}", c.name.trim(), c.next_step.trim()),
            );
        }
    }
    for e in person.events.iter().filter(|e| e.done) {
        push(
            e.date,
            "Networking",
            format!("{}: {}", e.kind.label(), e.name.trim()),
        );
    }
    push(
        person.info_letter.sent_on,
        "Networking",
        "Asked for an informational interview".into(),
    );
    push(
        person.materials.resume_revised_on,
        "Materials",
        "Revised my resume".into(),
    );
    push(
        person.materials.cover_letter_tailored_on,
        "Materials",
        "Tailored a cover letter".into(),
    );
    for p in person.plan.iter().filter(|p| p.status == PlanStatus::Done) {
        push(
            p.target,
            "Learning",
            format!("Completed: {}", plan_title(p)),
        );
    }
    // Equal days keep the order above: rejections first, then the person-wide lists.
    super::sort_by_rank(&mut log, |e| e.day.days_since_epoch().into());
    log
}

fn plan_title(p: &super::PlanItem) -> String {
    match (p.gap.trim(), p.action.trim()) {
        (gap, "") => gap.to_owned(),
        ("", action) => action.to_owned(),
        (gap, action) => format!("{gap} ({action})"),
    }
}

/// "3 of 4 ended after the final round" style counts of where processes ended.
pub fn where_processes_ended(journal: &Journal) -> Vec<(Reached, usize)> {
    Reached::ALL
        .iter()
        .copied()
        .map(|reached| {
            let n = journal
                .rejections
                .iter()
                .filter(|r| r.details.reached == Some(reached))
                .count();
            (reached, n)
        })
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// How feedback requests went: (sent at all, answered, no reply).
pub fn feedback_answers(journal: &Journal) -> (usize, usize, usize) {
    let requests: Vec<&FeedbackRequest> = journal
        .rejections
        .iter()
        .map(|r| &r.feedback.request)
        .collect();
    let sent = requests
        .iter()
        .filter(|q| q.status != RequestStatus::NotSent || q.letter.sent_on.is_some())
        .count();
    let answered = journal
        .rejections
        .iter()
        .filter(|r| {
            r.feedback.request.status == RequestStatus::Replied || !r.feedback.notes.is_empty()
        })
        .count();
    let silent = requests
        .iter()
        .filter(|q| q.status == RequestStatus::NoReply)
        .count();
    (sent, answered, silent)
}

/// Escapes text so Markdown shows it as written (no accidental headings, links, HTML).
pub fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Multi-line user text as an indented Markdown block quote.
fn quote(text: &str) -> String {
    text.lines()
        .map(|l| format!("> {}", md_escape(l)))
        .collect::<Vec<_>>()
        .join("\n")
}

fn section_for(r: &Rejection, out: &mut String) {
    use std::fmt::Write;
    let _ = writeln!(out, "## {}\n", md_escape(&r.title()));
    let d = &r.details;
    if let Some(day) = d.news_date {
        let _ = writeln!(out, "- News came on {}", day.long());
    }
    if let Some(reached) = d.reached {
        let _ = writeln!(out, "- {}", reached.label());
    }
    let progress: Vec<String> = Stage::ALL
        .iter()
        .map(|s| format!("{}: {}", s.title(), r.progress.get(*s).label()))
        .collect();
    let _ = writeln!(out, "- Progress: {}", progress.join("; "));
    if !d.notes.trim().is_empty() {
        let _ = writeln!(out, "\n{}", quote(&d.notes));
    }
    out.push('\n');

    let _ = writeln!(out, "### {}\n", Stage::ProcessEmotions.title());
    for c in &r.emotions.checkins {
        let feelings: Vec<&str> = c.feelings.iter().map(|f| f.label()).collect();
        let _ = writeln!(
            out,
            "- Check-in: {} ({}/10){}",
            feelings.join(", "),
            c.intensity,
            if c.note.trim().is_empty() {
                String::new()
            } else {
                format!(": {}", md_escape(c.note.trim()).replace('\n', " "))
            }
        );
    }
    if let Some(w) = r.emotions.window {
        let _ = writeln!(out, "- Time to process: until {}", w.end.long());
    }
    if let Some(day) = r.emotions.thank_you.sent_on {
        let _ = writeln!(out, "- Thank-you note sent on {}", day.long());
    }
    for s in &r.emotions.supporters {
        let _ = writeln!(
            out,
            "- Support: {} ({}){}",
            md_escape(&s.name),
            s.relation.label(),
            s.reached_out_on
                .map(|d| format!(", reached out on {}", d.long()))
                .unwrap_or_default()
        );
    }
    out.push('\n');

    let _ = writeln!(out, "### {}\n", Stage::SeekFeedback.title());
    let _ = writeln!(out, "- Request: {}", r.feedback.request.status.label());
    for n in &r.feedback.notes {
        let mut tags: Vec<String> = n.themes.iter().map(|t| t.label().to_owned()).collect();
        tags.extend(n.tags.iter().map(|t| md_escape(t)));
        let _ = writeln!(
            out,
            "- Feedback{}{}:\n\n{}\n",
            if tags.is_empty() {
                String::new()
            } else {
                format!(" [{}]", tags.join(", "))
            },
            n.fair
                .map(|f| format!(" (felt: {})", f.label().to_lowercase()))
                .unwrap_or_default(),
            quote(&n.text)
        );
    }
    out.push('\n');

    let _ = writeln!(out, "### {}\n", Stage::Reflect.title());
    let refl = &r.reflection;
    for rating in &refl.ratings {
        let _ = writeln!(out, "- {}: {}/5", rating.dimension.label(), rating.score);
    }
    for (label, text) in [
        ("Went well", &refl.went_well),
        ("Would do differently", &refl.to_improve),
    ] {
        if !text.trim().is_empty() {
            let _ = writeln!(out, "- {label}:\n\n{}\n", quote(text));
        }
    }
    for s in &refl.strengths {
        let _ = writeln!(out, "- Strength: {}", md_escape(&s.text));
    }
    for s in &refl.improvements {
        let _ = writeln!(out, "- To improve: {}", md_escape(&s.text));
    }
    for q in &refl.requirements {
        let _ = writeln!(
            out,
            "- Requirement: {} ({}){}",
            md_escape(&q.text),
            q.fit.map(|f| f.label()).unwrap_or("not assessed"),
            if q.evidence.trim().is_empty() {
                String::new()
            } else {
                format!(": {}", md_escape(q.evidence.trim()))
            }
        );
    }
    for t in &refl.trusted {
        let _ = writeln!(
            out,
            "- {} said: {}",
            md_escape(&t.who),
            md_escape(&t.said).replace('\n', " ")
        );
    }
    out.push('\n');
}

/// Everything the user wrote, by rejection and stage, then the person-level
/// lists and the activity log.
pub fn markdown_report(journal: &Journal, generated: Day) -> String {
    use std::fmt::Write;
    let mut out = format!("# Rebound report\n\nGenerated on {}. Everything here was written by you and kept only in your browser.\n\n", generated.long());
    if journal.rejections.is_empty() {
        out.push_str("Nothing recorded yet.\n");
    }
    for r in &journal.rejections {
        section_for(r, &mut out);
    }
    let p = &journal.person;
    let mut list = |title: &str, items: Vec<String>| {
        if !items.is_empty() {
            let _ = writeln!(out, "## {title}\n");
            for item in items {
                let _ = writeln!(out, "- {item}");
            }
            out.push('\n');
        }
    };
    list(
        "Development plan",
        p.plan
            .iter()
            .map(|i| {
                format!(
                    "{} · {} · {}{}",
                    md_escape(&plan_title(i)),
                    i.kind.label(),
                    i.status.label(),
                    i.target
                        .map(|d| format!(" · by {}", d.long()))
                        .unwrap_or_default()
                )
            })
            .collect(),
    );
    list(
        "Question bank",
        p.lessons
            .iter()
            .map(|l| {
                format!(
                    "{}: {}{}",
                    l.kind.label(),
                    md_escape(&l.text),
                    if l.prep.trim().is_empty() {
                        String::new()
                    } else {
                        format!(" (next time: {})", md_escape(l.prep.trim()))
                    }
                )
            })
            .collect(),
    );
    list(
        "Achievements",
        p.achievements.iter().map(|a| md_escape(&a.text)).collect(),
    );
    list(
        "Reframed thoughts",
        p.reframes
            .iter()
            .map(|r| format!("“{}” → “{}”", md_escape(&r.thought), md_escape(&r.balanced)))
            .collect(),
    );
    list(
        "Other paths",
        p.paths
            .iter()
            .filter_map(|i| {
                i.interest.map(|interest| {
                    format!(
                        "{}: {}{}",
                        i.kind.label(),
                        interest.label(),
                        if i.first_step.trim().is_empty() {
                            String::new()
                        } else {
                            format!(" (first step: {})", md_escape(i.first_step.trim()))
                        }
                    )
                })
            })
            .collect(),
    );
    list(
        "Network",
        p.contacts
            .iter()
            .map(|c| {
                format!(
                    "{}{}{}",
                    md_escape(&c.name),
                    if c.company.trim().is_empty() {
                        String::new()
                    } else {
                        format!(", {}", md_escape(&c.company))
                    },
                    if c.next_step.trim().is_empty() {
                        String::new()
                    } else {
                        format!(": {}", md_escape(&c.next_step))
                    }
                )
            })
            .collect(),
    );
    list(
        "Leads",
        p.leads
            .iter()
            .map(|l| {
                format!(
                    "{} ({}, {})",
                    md_escape(&l.title),
                    l.kind.label(),
                    l.status.label()
                )
            })
            .collect(),
    );
    list(
        "Open to",
        p.open_to
            .iter()
            .map(|o| format!("{}: {}", o.kind.label(), md_escape(&o.text)))
            .collect(),
    );
    let log = activity_log(journal);
    if !log.is_empty() {
        let _ = writeln!(
            out,
            "## Activity log\n\n| Date | Kind | What |\n|---|---|---|"
        );
        for e in &log {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                e.day,
                e.kind,
                md_escape(&e.text).replace('\n', " ")
            );
        }
    }
    out
}

/// Share of stages done across all rejections, and per status.
pub fn stage_totals(journal: &Journal) -> (usize, usize) {
    let done = journal
        .rejections
        .iter()
        .map(|r| {
            Stage::ALL
                .iter()
                .filter(|s| r.progress.get(**s) == StageStatus::Done)
                .count()
        })
        .sum();
    (done, journal.rejections.len() * Stage::ALL.len())
}
