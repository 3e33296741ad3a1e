//! Patterns and numbers across rejections, for the insights page: pure
//! functions over the journal.

use super::reflect::normalise;
use super::Choice;
use super::{FeedbackRequest, Id, Item, Journal, Reached, RequestStatus};
use crate::i18n::k;
use crate::i18n::tf;
use crate::i18n::{t, Plural};

/// Where a recurring topic comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PatternSource {
    /// A feedback theme, or the user's own tag with the same name.
    Feedback,
    /// A dimension the user rated as a weak spot.
    SelfAssessment,
}

/// A topic that came up, and in which rejections.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// As first written (a theme's label, or the user's own tag).
    pub label: String,
    pub source: PatternSource,
    /// Rejections it came up in, in journal order, each once.
    pub rejections: Vec<Id>,
}

impl Pattern {
    pub fn count(&self) -> usize {
        self.rejections.len()
    }

    /// Came up in two or more rejections.
    pub fn repeats(&self) -> bool {
        self.count() >= 2
    }
}

fn add(patterns: &mut Vec<Pattern>, label: &str, source: PatternSource, rejection: &Id) {
    let key = normalise(label);
    if key.is_empty() {
        return;
    }
    match patterns
        .iter_mut()
        .find(|p| p.source == source && normalise(&p.label) == key)
    {
        Some(p) => {
            if !p.rejections.contains(rejection) {
                p.rejections.push(rejection.clone());
            }
        }
        None => patterns.push(Pattern {
            label: label.trim().to_owned(),
            source,
            rejections: vec![rejection.clone()],
        }),
    }
}

/// Feedback themes (and the user's own tags, matched ignoring case and
/// spacing, so "communication" joins the Communication theme) and weak
/// self-assessed dimensions, ranked by how many rejections they came up in;
/// ties keep the order they first appeared.
pub fn patterns(journal: &Journal) -> Vec<Pattern> {
    let mut found = Vec::new();
    for r in &journal.rejections {
        for note in &r.feedback.notes {
            for theme in &note.themes {
                add(&mut found, &theme.label(), PatternSource::Feedback, &r.id);
            }
            for tag in &note.tags {
                add(&mut found, tag, PatternSource::Feedback, &r.id);
            }
        }
        for dimension in r.reflection.weak_dimensions() {
            add(
                &mut found,
                &dimension.label(),
                PatternSource::SelfAssessment,
                &r.id,
            );
        }
    }
    // A stable sort keeps first-seen order among equal counts.
    super::sort_by_rank(&mut found, |p| -(p.count() as i64));
    found
}

/// Only what repeats across two or more rejections.
pub fn repeated_patterns(journal: &Journal) -> Vec<Pattern> {
    patterns(journal)
        .into_iter()
        .filter(Pattern::repeats)
        .collect()
}

pub(super) fn plural(n: usize, key: Plural) -> String {
    crate::i18n::plural(key, n as i64, &[])
}

/// Entries with something in them: blank rows count for nothing.
pub(super) fn real<T: Item>(items: &[T]) -> usize {
    items.iter().filter(|i| !i.is_blank()).count()
}

/// What the user did for one rejection (and for the search), one line each,
/// for the closing summary. Only what actually happened is listed.
pub fn closing_summary(journal: &Journal, rejection: &Id) -> Vec<String> {
    let Some(r) = journal.rejection(rejection) else {
        return Vec::new();
    };
    let person = &journal.person;
    let mut lines = Vec::new();
    let checkins = real(&r.emotions.checkins);
    if checkins > 0 {
        lines.push(tf!(
            k::insight::YOU_CHECKED_IN_WITH,
            times = plural(checkins, k::insight::TIMES)
        ));
    }
    if r.emotions.thank_you.sent_on.is_some() {
        lines.push(t(k::insight::YOU_THANKED_THEM_FOR).to_string());
    }
    let reached = r.emotions.reached_out();
    if reached > 0 {
        lines.push(tf!(
            k::insight::YOU_REACHED_OUT_TO,
            people = plural(reached, k::insight::PEOPLE)
        ));
    }
    if r.feedback.request.letter.sent_on.is_some() {
        lines.push(t(k::insight::YOU_ASKED_FOR_FEEDBACK).to_string());
    }
    let notes = real(&r.feedback.notes);
    if notes > 0 {
        lines.push(tf!(
            k::insight::YOU_NOTED_WITHOUT_GETTING,
            pieces_of_feedback = plural(notes, k::insight::PIECES_OF_FEEDBACK)
        ));
    }
    let (strengths, improvements) = (
        real(&r.reflection.strengths),
        real(&r.reflection.improvements),
    );
    if strengths + improvements > 0 {
        lines.push(tf!(
            k::insight::YOU_NAMED_AND_TO,
            strengths = plural(strengths, k::insight::STRENGTHS),
            things = plural(improvements, k::insight::THINGS)
        ));
    }
    let requirements = real(&r.reflection.requirements);
    if requirements > 0 {
        lines.push(tf!(
            k::insight::YOU_HELD_YOURSELF_UP,
            requirements = plural(requirements, k::insight::REQUIREMENTS)
        ));
    }
    if real(&person.plan) > 0 {
        lines.push(tf!(
            k::insight::YOUR_DEVELOPMENT_PLAN_HAS,
            steps = plural(real(&person.plan), k::insight::STEPS)
        ));
    }
    let lessons = person
        .lessons
        .iter()
        .filter(|l| l.source.as_ref() == Some(rejection) && !l.is_blank())
        .count();
    if lessons > 0 {
        lines.push(tf!(
            k::insight::YOU_ADDED_TO_YOUR,
            lessons = plural(lessons, k::insight::LESSONS)
        ));
    }
    if real(&person.achievements) > 0 {
        lines.push(tf!(
            k::insight::YOU_LISTED_TO_COME,
            achievements = plural(real(&person.achievements), k::insight::ACHIEVEMENTS)
        ));
    }
    if real(&person.reframes) > 0 {
        lines.push(tf!(
            k::insight::YOU_REFRAMED,
            harsh_thoughts = plural(real(&person.reframes), k::insight::HARSH_THOUGHTS)
        ));
    }
    let (contacts, leads) = (real(&person.contacts), real(&person.leads));
    if contacts + leads > 0 {
        lines.push(tf!(
            k::insight::YOU_HAVE_AND_TO,
            contacts = plural(contacts, k::insight::CONTACTS),
            leads = plural(leads, k::insight::LEADS)
        ));
    }
    lines
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

/// How feedback requests went: (sent at all, answered, no reply). Only a
/// request that was sent can be answered: feedback noted without asking
/// (said on the phone with the news, say) is quoted, not counted here.
pub fn feedback_answers(journal: &Journal) -> (usize, usize, usize) {
    let asked =
        |q: &FeedbackRequest| q.status != RequestStatus::NotSent || q.letter.sent_on.is_some();
    let sent = journal
        .rejections
        .iter()
        .filter(|r| asked(&r.feedback.request))
        .count();
    let answered = journal
        .rejections
        .iter()
        .filter(|r| asked(&r.feedback.request))
        .filter(|r| {
            r.feedback.request.status == RequestStatus::Replied || !r.feedback.notes.is_empty()
        })
        .count();
    let silent = journal
        .rejections
        .iter()
        .filter(|r| r.feedback.request.status == RequestStatus::NoReply)
        .count();
    (sent, answered, silent)
}

/// What employers actually said, as the person noted it: (the rejection's
/// title, the words), latest rejection first.
pub fn employer_words(journal: &Journal) -> Vec<(String, String)> {
    journal
        .rejections
        .iter()
        .rev()
        .flat_map(|r| {
            r.feedback
                .notes
                .iter()
                .filter(|n| !n.text.trim().is_empty())
                .map(move |n| (r.title(), n.text.trim().to_owned()))
        })
        .collect()
}

/// The encouraging reading of the data, only where the data supports it:
/// how far processes got, answers to feedback requests, plan steps finished.
pub fn encouraging_readings(journal: &Journal) -> Vec<String> {
    let total = journal.rejections.len();
    let reached = |at_least: Reached| {
        journal
            .rejections
            .iter()
            .filter(|r| r.details.reached.is_some_and(|got| got >= at_least))
            .count()
    };
    let mut lines = Vec::new();
    let (final_round, interview) = (reached(Reached::FinalRound), reached(Reached::Interview));
    if final_round > 0 {
        lines.push(tf!(
            k::insight::READING_FINAL_ROUND,
            n = final_round,
            total = total
        ));
    } else if interview > 0 {
        lines.push(tf!(
            k::insight::READING_INTERVIEW,
            n = interview,
            total = total
        ));
    }
    let (_, answered, _) = feedback_answers(journal);
    if answered > 0 {
        lines.push(plural(answered, k::insight::READING_FEEDBACK));
    }
    let plan_done = journal
        .person
        .plan
        .iter()
        .filter(|p| p.status == super::PlanStatus::Done)
        .count();
    if plan_done > 0 {
        lines.push(plural(plan_done, k::insight::READING_PLAN));
    }
    lines
}
