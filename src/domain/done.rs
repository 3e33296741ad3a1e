//! What the person has done in each tool of a stage, in a few words, for the
//! stage's summary screen and for the step buttons ("Next" once something is
//! done, "Skip for now" before). Counts only real entries: an empty draft or
//! a blank row counts for nothing.

use super::insight::{plural, real};
use super::{
    closing_summary, repeated_patterns, Choice, Day, EmotionsTool, FeedbackTool, Id, Item, Journal,
    Letter, OpportunityTool, ReflectTool, RequestStatus, SearchTool, Stage, StageStatus, Tool,
};
use crate::i18n::k;
use crate::i18n::tf;
use crate::i18n::{t, Plural};

fn letter_state(letter: &Letter) -> Option<String> {
    match (
        letter.sent_on,
        letter.body.is_some() || letter.subject.is_some(),
    ) {
        (Some(day), _) => Some(tf!(k::done::SENT_ON, day = day.long())),
        (None, true) => Some(t(k::done::WRITTEN_NOT_SENT_YET).to_string()),
        (None, false) => None,
    }
}

/// A line on what was done in `tool` for `rejection`, or `None` when
/// nothing has been done there yet.
pub fn tool_done(journal: &Journal, rejection: &Id, tool: Tool, today: Day) -> Option<String> {
    use EmotionsTool as E;
    use FeedbackTool as F;
    use OpportunityTool as O;
    use ReflectTool as R;
    use SearchTool as S;
    let r = journal.rejection(rejection)?;
    let person = &journal.person;
    let some = |n: usize, key: Plural| (n > 0).then(|| plural(n, key));
    match tool {
        Tool::Emotions(E::CheckIn) => {
            let latest = r.emotions.checkins.last()?;
            let how = latest
                .overall_label()
                .map(|l| tf!(k::done::THE_LATEST, feeling = l));
            Some(format!(
                "{}{}",
                plural(r.emotions.checkins.len(), k::done::CHECK_INS),
                how.unwrap_or_default()
            ))
        }
        Tool::Emotions(E::Time) => {
            let window = r.emotions.window?;
            Some(tf!(k::done::UNTIL, end = window.end.long()))
        }
        Tool::Emotions(E::ThankYou) => letter_state(&r.emotions.thank_you),
        Tool::Emotions(E::Support) => {
            let people = real(&r.emotions.supporters);
            let reached = r.emotions.reached_out();
            match (people, reached) {
                (0, _) => None,
                (_, 0) => Some(plural(people, k::done::PEOPLE_IN_YOUR_CIRCLE)),
                _ => Some(tf!(
                    k::done::REACHED,
                    people = plural(people, k::done::PEOPLE),
                    talked_to = reached
                )),
            }
        }
        Tool::Feedback(F::Request) => {
            let request = &r.feedback.request;
            match letter_state(&request.letter) {
                Some(_) if request.status != RequestStatus::NotSent => {
                    Some(request.status.label().to_string())
                }
                other => other,
            }
        }
        Tool::Feedback(F::WhatTheySaid) => some(real(&r.feedback.notes), k::done::NOTES),
        Tool::Feedback(F::Thanks) => letter_state(&r.feedback.thanks),
        Tool::Reflect(R::HowItWent) => {
            let rated = r.reflection.ratings.len();
            let listed = real(&r.reflection.strengths) + real(&r.reflection.improvements);
            // Each count carries its own participle ("1 aspecto puntuado"),
            // and a count of nothing is left out.
            let said: Vec<String> = [
                (rated, k::done::PARTS_RATED),
                (listed, k::done::POINTS_LISTED),
            ]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, key)| plural(n, key))
            .collect();
            (!said.is_empty()).then(|| said.join(", "))
        }
        Tool::Reflect(R::Requirements) => {
            let all = real(&r.reflection.requirements);
            let assessed = r
                .reflection
                .requirements
                .iter()
                .filter(|q| q.fit.is_some())
                .count();
            (all > 0).then(|| crate::i18n::tn!(k::done::OF_ASSESSED, all, assessed = assessed))
        }
        Tool::Reflect(R::TrustedView) => some(real(&r.reflection.trusted), k::done::VIEWS),
        Tool::Reflect(R::Plan) => some(real(&person.plan), k::done::STEPS),
        Tool::Reflect(R::Patterns) => some(
            repeated_patterns(journal).len(),
            k::done::TOPICS_COME_UP_AGAIN,
        ),
        Tool::Opportunity(O::Lessons) => some(
            person
                .lessons
                .iter()
                .filter(|l| l.source.as_ref() == Some(rejection) && !l.is_blank())
                .count(),
            k::done::LESSONS,
        ),
        Tool::Opportunity(O::Achievements) => {
            some(real(&person.achievements), k::done::ACHIEVEMENTS)
        }
        Tool::Opportunity(O::SelfCare) => {
            let days = person.self_care.active_days(today.add_days(-6), today);
            some(days, k::done::DAYS_THIS_WEEK)
        }
        Tool::Opportunity(O::Reframe) => some(real(&person.reframes), k::done::THOUGHTS),
        Tool::Opportunity(O::Paths) => some(
            person.paths.iter().filter(|p| p.interest.is_some()).count(),
            k::done::PATHS_WEIGHED,
        ),
        Tool::Search(S::ThisWeek) => {
            let week = person.week(today.week_start())?;
            let set = week.goals.iter().filter(|(_, g)| g.target > 0).count();
            some(set, k::done::GOALS_SET)
        }
        Tool::Search(S::Materials) => {
            let m = &person.materials;
            let done = [
                m.resume_revised_on.is_some(),
                m.cover_letter_tailored_on.is_some(),
            ]
            .iter()
            .filter(|d| **d)
            .count();
            (done > 0 || !m.notes.trim().is_empty()).then(|| tf!(k::done::OF_2_TICKED, done = done))
        }
        Tool::Search(S::Network) => some(
            real(&person.contacts) + real(&person.events),
            k::done::CONTACTS_AND_EVENTS,
        ),
        Tool::Search(S::InformationalInterview) => letter_state(&person.info_letter),
        Tool::Search(S::Openings) => some(real(&person.leads), k::done::OPENINGS),
        Tool::Search(S::Adaptable) => some(real(&person.open_to), k::done::IDEAS),
        Tool::Search(S::LookingBack) => some(
            closing_summary(journal, rejection).len(),
            k::done::THINGS_TO_LOOK_BACK,
        ),
    }
}

/// What the person did in `stage` for `rejection`, a line per tool where
/// something was done, in the stage's order: how the stages list shows
/// progress (what exists, never what is missing). The tools that only
/// gather what was done elsewhere (what repeats, the look back) are not
/// work in their stage.
pub fn stage_work(journal: &Journal, rejection: &Id, stage: Stage, today: Day) -> Vec<String> {
    const GATHERING: [Tool; 2] = [
        Tool::Reflect(ReflectTool::Patterns),
        Tool::Search(SearchTool::LookingBack),
    ];
    stage
        .tools()
        .iter()
        .filter(|tool| !GATHERING.contains(tool))
        .filter_map(|tool| tool_done(journal, rejection, *tool, today))
        .collect()
}

/// The stages of `rejection` the person did something in (or called done).
pub fn stages_worked(journal: &Journal, rejection: &Id, today: Day) -> usize {
    let Some(r) = journal.rejection(rejection) else {
        return 0;
    };
    Stage::ALL
        .iter()
        .filter(|stage| {
            r.progress.get(**stage) == StageStatus::Done
                || !stage_work(journal, rejection, **stage, today).is_empty()
        })
        .count()
}

/// Across all rejections: stages the person did something in, and stages
/// they chose to call done.
pub fn stages_worked_on(journal: &Journal, today: Day) -> (usize, usize) {
    let worked = journal
        .rejections
        .iter()
        .map(|r| stages_worked(journal, &r.id, today))
        .sum();
    let called_done = journal
        .rejections
        .iter()
        .map(|r| r.progress.done_count())
        .sum();
    (worked, called_done)
}
