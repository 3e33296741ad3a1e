//! What the person has done in each tool of a stage, in a few words, for the
//! stage's summary screen and for the step buttons ("Next" once something is
//! done, "Skip for now" before). Counts only real entries: an empty draft or
//! a blank row counts for nothing.

use super::insight::{plural, real};
use super::{
    closing_summary, repeated_patterns, Choice, Day, Id, Item, Journal, Letter, RequestStatus,
    Stage,
};

fn letter_state(letter: &Letter) -> Option<String> {
    match (
        letter.sent_on,
        letter.body.is_some() || letter.subject.is_some(),
    ) {
        (Some(day), _) => Some(format!("Sent on {}", day.long())),
        (None, true) => Some("Written, not sent yet".to_owned()),
        (None, false) => None,
    }
}

/// A line on what was done in `stage`'s tool `slug` for `rejection`, or
/// `None` when nothing has been done there yet.
pub fn tool_done(
    journal: &Journal,
    rejection: &Id,
    stage: Stage,
    slug: &str,
    today: Day,
) -> Option<String> {
    let r = journal.rejection(rejection)?;
    let person = &journal.person;
    let some = |n: usize, one: &str, many: &str| (n > 0).then(|| plural(n, one, many));
    match (stage, slug) {
        (Stage::ProcessEmotions, "check-in") => {
            let latest = r.emotions.checkins.last()?;
            let how = latest.overall_label().map(|l| format!(", the latest: {l}"));
            Some(format!(
                "{}{}",
                plural(r.emotions.checkins.len(), "check-in", "check-ins"),
                how.unwrap_or_default()
            ))
        }
        (Stage::ProcessEmotions, "time") => {
            let window = r.emotions.window?;
            Some(format!("Until {}", window.end.long()))
        }
        (Stage::ProcessEmotions, "thank-you") => letter_state(&r.emotions.thank_you),
        (Stage::ProcessEmotions, "support") => {
            let people = real(&r.emotions.supporters);
            let reached = r.emotions.reached_out();
            (people > 0)
                .then(|| format!("{}, {reached} reached", plural(people, "person", "people")))
        }
        (Stage::SeekFeedback, "request") => {
            let request = &r.feedback.request;
            match letter_state(&request.letter) {
                Some(_) if request.status != RequestStatus::NotSent => {
                    Some(request.status.label().to_owned())
                }
                other => other,
            }
        }
        (Stage::SeekFeedback, "what-they-said") => some(real(&r.feedback.notes), "note", "notes"),
        (Stage::SeekFeedback, "thanks") => letter_state(&r.feedback.thanks),
        (Stage::Reflect, "how-it-went") => {
            let rated = r.reflection.ratings.len();
            let listed = real(&r.reflection.strengths) + real(&r.reflection.improvements);
            (rated + listed > 0).then(|| {
                format!(
                    "{} rated, {} listed",
                    plural(rated, "part", "parts"),
                    plural(listed, "point", "points")
                )
            })
        }
        (Stage::Reflect, "requirements") => {
            let all = real(&r.reflection.requirements);
            let assessed = r
                .reflection
                .requirements
                .iter()
                .filter(|q| q.fit.is_some())
                .count();
            (all > 0).then(|| format!("{assessed} of {all} assessed"))
        }
        (Stage::Reflect, "trusted-view") => some(real(&r.reflection.trusted), "view", "views"),
        (Stage::Reflect, "plan") => some(real(&person.plan), "step", "steps"),
        (Stage::Reflect, "patterns") => some(
            repeated_patterns(journal).len(),
            "topic comes up again",
            "topics come up again",
        ),
        (Stage::Opportunity, "lessons") => some(
            person
                .lessons
                .iter()
                .filter(|l| l.source.as_ref() == Some(rejection) && !l.is_blank())
                .count(),
            "lesson",
            "lessons",
        ),
        (Stage::Opportunity, "achievements") => {
            some(real(&person.achievements), "achievement", "achievements")
        }
        (Stage::Opportunity, "self-care") => {
            let days = person.self_care.active_days(today.add_days(-6), today);
            some(days, "day this week", "days this week")
        }
        (Stage::Opportunity, "reframe") => some(real(&person.reframes), "thought", "thoughts"),
        (Stage::Opportunity, "paths") => some(
            person.paths.iter().filter(|p| p.interest.is_some()).count(),
            "path weighed",
            "paths weighed",
        ),
        (Stage::KeepSearching, "this-week") => {
            let week = person.week(today.week_start())?;
            let set = week.goals.iter().filter(|(_, g)| g.target > 0).count();
            some(set, "goal set", "goals set")
        }
        (Stage::KeepSearching, "materials") => {
            let m = &person.materials;
            let done = [
                m.resume_revised_on.is_some(),
                m.cover_letter_tailored_on.is_some(),
            ]
            .iter()
            .filter(|d| **d)
            .count();
            (done > 0 || !m.notes.trim().is_empty()).then(|| format!("{done} of 2 ticked"))
        }
        (Stage::KeepSearching, "network") => some(
            real(&person.contacts) + real(&person.events),
            "contact or event",
            "contacts and events",
        ),
        (Stage::KeepSearching, "informational-interview") => letter_state(&person.info_letter),
        (Stage::KeepSearching, "openings") => some(real(&person.leads), "opening", "openings"),
        (Stage::KeepSearching, "adaptable") => some(real(&person.open_to), "idea", "ideas"),
        (Stage::KeepSearching, "looking-back") => some(
            closing_summary(journal, rejection).len(),
            "thing to look back on",
            "things to look back on",
        ),
        _ => None,
    }
}
