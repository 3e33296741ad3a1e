//! The activity log: dated job-search actions from everything the person
//! recorded, the proof of an active search some benefits ask for.

use super::Choice;
use super::{Day, Journal, PlanStatus};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use std::rc::Rc;

/// One dated job-search action.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ActivityEntry {
    pub day: Day,
    /// "Feedback request", "Networking", "Learning", "Application"...
    pub kind: Rc<str>,
    pub text: String,
}

/// Every dated action in the journal, oldest first.
pub fn activity_log(journal: &Journal) -> Vec<ActivityEntry> {
    let mut log = Vec::new();
    let mut push = |day: Option<Day>, kind: Rc<str>, text: String| {
        if let Some(day) = day {
            log.push(ActivityEntry { day, kind, text });
        }
    };
    for r in &journal.rejections {
        let title = r.title();
        push(
            r.details.news_date,
            t(k::activity::APPLICATION),
            tf!(k::activity::HEARD_BACK, title = title),
        );
        push(
            r.emotions.thank_you.sent_on,
            t(k::activity::FOLLOW_UP),
            tf!(k::activity::SENT_THANK_YOU, title = title),
        );
        push(
            r.feedback.request.letter.sent_on,
            t(k::activity::FEEDBACK_REQUEST),
            tf!(k::activity::ASKED_FEEDBACK, title = title),
        );
        push(
            r.feedback.request.follow_up.sent_on,
            t(k::activity::FEEDBACK_REQUEST),
            tf!(k::activity::FOLLOWED_UP, title = title),
        );
        push(
            r.feedback.thanks.sent_on,
            t(k::activity::FOLLOW_UP),
            tf!(k::activity::THANKED_FEEDBACK, title = title),
        );
    }
    let person = &journal.person;
    for week in &person.weeks {
        for (kind, goal) in &week.goals {
            if goal.done > 0 {
                push(
                    Some(week.week),
                    t(k::activity::WEEKLY_GOAL),
                    tf!(
                        k::activity::WEEK_GOAL,
                        week = week.week.long(),
                        goal = kind.label(),
                        n = crate::i18n::number(goal.done.into())
                    ),
                );
            }
        }
    }
    for c in &person.contacts {
        if !c.next_step.trim().is_empty() {
            push(
                c.next_date,
                t(k::activity::NETWORKING),
                format!("{}: {}", c.name.trim(), c.next_step.trim()),
            );
        }
    }
    for e in person.events.iter().filter(|e| e.done) {
        push(
            e.date,
            t(k::activity::NETWORKING),
            format!("{}: {}", e.kind.label(), e.name.trim()),
        );
    }
    push(
        person.info_letter.sent_on,
        t(k::activity::NETWORKING),
        t(k::activity::ASKED_FOR_AN_INFORMATIONAL).to_string(),
    );
    push(
        person.materials.resume_revised_on,
        t(k::activity::MATERIALS),
        t(k::activity::REVISED_MY_RESUME).to_string(),
    );
    push(
        person.materials.cover_letter_tailored_on,
        t(k::activity::MATERIALS),
        t(k::activity::TAILORED_A_COVER_LETTER).to_string(),
    );
    for p in person.plan.iter().filter(|p| p.status == PlanStatus::Done) {
        push(
            p.target,
            t(k::activity::LEARNING),
            tf!(k::activity::COMPLETED, what = plan_title(p)),
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
