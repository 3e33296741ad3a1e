//! The activity log: dated job-search actions from everything the person
//! recorded, the proof of an active search some benefits ask for.

use super::Choice;
use super::{Day, Journal, PlanStatus};

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

pub(super) fn plan_title(p: &super::PlanItem) -> String {
    match (p.gap.trim(), p.action.trim()) {
        (gap, "") => gap.to_owned(),
        ("", action) => action.to_owned(),
        (gap, action) => format!("{gap} ({action})"),
    }
}
