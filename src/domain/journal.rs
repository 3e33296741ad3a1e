//! The user's data: many rejections, each with its own progress through the
//! stages, plus person-level data that serves the whole search.

use super::list::Choice;
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use serde::{Deserialize, Serialize};

use super::list::merge_by_id;
use super::{Day, EmotionsData, FeedbackData, Id, Person, ReflectionData, Stage, StageStatus};
use std::rc::Rc;

/// How far the hiring process went before the "no".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reached {
    Applied,
    Screening,
    Interview,
    FinalRound,
    Offer,
}

impl Choice for Reached {
    const ALL: &'static [Reached] = &[
        Reached::Applied,
        Reached::Screening,
        Reached::Interview,
        Reached::FinalRound,
        Reached::Offer,
    ];

    fn label(self) -> Rc<str> {
        match self {
            Reached::Applied => t(k::journal::AFTER_APPLYING),
            Reached::Screening => t(k::journal::AFTER_A_SCREENING_CALL),
            Reached::Interview => t(k::journal::AFTER_AN_INTERVIEW),
            Reached::FinalRound => t(k::journal::AFTER_THE_FINAL_ROUND),
            Reached::Offer => t(k::journal::AT_OR_AFTER_THE),
        }
    }

    fn slug(self) -> &'static str {
        match self {
            Reached::Applied => "applied",
            Reached::Screening => "screening",
            Reached::Interview => "interview",
            Reached::FinalRound => "final_round",
            Reached::Offer => "offer",
        }
    }
}

/// What the user tells us about one rejection. Every field is optional.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RejectionDetails {
    pub company: String,
    pub role: String,
    pub news_date: Option<Day>,
    pub reached: Option<Reached>,
    pub notes: String,
}

/// Why a set of details cannot be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DetailsError {
    DateInFuture,
}

impl DetailsError {
    pub fn message(&self) -> Rc<str> {
        match self {
            DetailsError::DateInFuture => t(k::journal::THAT_DATE_IS_IN),
        }
    }
}

impl RejectionDetails {
    /// Trims text fields so " Acme " and "Acme" are the same company.
    pub fn tidy(mut self) -> Self {
        self.company = self.company.trim().to_owned();
        self.role = self.role.trim().to_owned();
        self
    }

    /// These details with every field a person filled in `typed` put over
    /// them: what they typed into the prerendered first screen wins over a
    /// board's prefill, and an empty field takes nothing away.
    pub fn typed_over(mut self, typed: RejectionDetails) -> Self {
        fn over(kept: &mut String, typed: String) {
            if !typed.is_empty() {
                *kept = typed;
            }
        }
        over(&mut self.company, typed.company);
        over(&mut self.role, typed.role);
        over(&mut self.notes, typed.notes);
        self.news_date = typed.news_date.or(self.news_date);
        self.reached = typed.reached.or(self.reached);
        self
    }

    pub fn validate(&self, today: Day) -> Result<(), DetailsError> {
        match self.news_date {
            Some(day) if day > today => Err(DetailsError::DateInFuture),
            _ => Ok(()),
        }
    }
}

/// Progress through the five stages, one status each.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    pub process_emotions: StageStatus,
    pub seek_feedback: StageStatus,
    pub reflect: StageStatus,
    pub opportunity: StageStatus,
    pub keep_searching: StageStatus,
}

impl Progress {
    pub fn get(&self, stage: Stage) -> StageStatus {
        match stage {
            Stage::ProcessEmotions => self.process_emotions,
            Stage::SeekFeedback => self.seek_feedback,
            Stage::Reflect => self.reflect,
            Stage::Opportunity => self.opportunity,
            Stage::KeepSearching => self.keep_searching,
        }
    }

    fn slot(&mut self, stage: Stage) -> &mut StageStatus {
        match stage {
            Stage::ProcessEmotions => &mut self.process_emotions,
            Stage::SeekFeedback => &mut self.seek_feedback,
            Stage::Reflect => &mut self.reflect,
            Stage::Opportunity => &mut self.opportunity,
            Stage::KeepSearching => &mut self.keep_searching,
        }
    }

    /// Sets a status; returns whether anything changed.
    pub fn set(&mut self, stage: Stage, status: StageStatus) -> bool {
        let slot = self.slot(stage);
        let changed = *slot != status;
        *slot = status;
        changed
    }

    pub fn done_count(&self) -> usize {
        Stage::ALL
            .iter()
            .filter(|s| self.get(**s) == StageStatus::Done)
            .count()
    }
}

/// One job the user was not selected for, and their way through it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rejection {
    pub id: Id,
    /// Unix milliseconds when the user recorded it.
    #[serde(default, serialize_with = "super::saved::whole_ms")]
    pub created_ms: f64,
    #[serde(default)]
    pub details: RejectionDetails,
    #[serde(default)]
    pub progress: Progress,
    /// Stage 1: check-ins, processing window, thank-you note, support circle.
    #[serde(default)]
    pub emotions: EmotionsData,
    /// Stage 2: the feedback request, what they said, the thanks for it.
    #[serde(default)]
    pub feedback: FeedbackData,
    /// Stage 3: ratings, strengths, requirements, trusted views.
    #[serde(default)]
    pub reflection: ReflectionData,
}

impl Rejection {
    pub fn new(id: Id, details: RejectionDetails, created_ms: f64) -> Rejection {
        Rejection {
            id,
            created_ms,
            details,
            progress: Progress::default(),
            emotions: EmotionsData::default(),
            feedback: FeedbackData::default(),
            reflection: ReflectionData::default(),
        }
    }

    /// The stage to work on next: the first one not done (the GOV.UK task-list
    /// convention); `None` once all five are done.
    pub fn current_stage(&self) -> Option<Stage> {
        Stage::ALL
            .into_iter()
            .find(|s| self.progress.get(*s) != StageStatus::Done)
    }

    /// A name for this rejection that reads well with any field missing.
    pub fn title(&self) -> String {
        let d = &self.details;
        match (d.role.is_empty(), d.company.is_empty()) {
            (false, false) => tf!(
                k::journal::ROLE_AT_COMPANY,
                role = d.role,
                company = d.company
            ),
            (false, true) => d.role.clone(),
            (true, false) => d.company.clone(),
            (true, true) => match d.news_date {
                Some(day) => tf!(k::journal::NEWS_OF, day = day.long()),
                None => t(k::journal::A_JOB_I_WAS).to_string(),
            },
        }
    }
}

/// Everything the user has written in Rebound.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Journal {
    /// Shared, so that an edit copies only the rejection it changes
    /// (`Rc::make_mut`), not the whole journal: typing stays fast with years
    /// of entries.
    pub rejections: Vec<Rc<Rejection>>,
    /// The rejection the user is working on.
    pub current: Option<Id>,
    pub person: Rc<Person>,
}

/// Parts an edit did not touch are still shared with the previous version, so
/// they compare by address first: checking whether anything changed costs one
/// comparison per rejection, not a walk through years of entries.
impl PartialEq for Journal {
    fn eq(&self, other: &Self) -> bool {
        fn same<T: PartialEq>(a: &Rc<T>, b: &Rc<T>) -> bool {
            Rc::ptr_eq(a, b) || **a == **b
        }
        self.current == other.current
            && same(&self.person, &other.person)
            && self.rejections.len() == other.rejections.len()
            && self
                .rejections
                .iter()
                .zip(&other.rejections)
                .all(|(a, b)| same(a, b))
    }
}

impl Journal {
    pub fn is_empty(&self) -> bool {
        self.rejections.is_empty()
    }

    pub fn rejection(&self, id: &Id) -> Option<&Rejection> {
        self.rejections.iter().find(|r| &r.id == id).map(|r| &**r)
    }

    /// The rejection to change (copied first if another version shares it).
    pub fn rejection_mut(&mut self, id: &Id) -> Option<&mut Rejection> {
        self.rejections
            .iter_mut()
            .find(|r| &r.id == id)
            .map(Rc::make_mut)
    }

    /// Person-level data to change (copied first if shared).
    pub fn person_mut(&mut self) -> &mut Person {
        Rc::make_mut(&mut self.person)
    }

    /// The rejection being worked on; falls back to the newest if `current`
    /// names one that is gone.
    pub fn current_rejection(&self) -> Option<&Rejection> {
        self.current
            .as_ref()
            .and_then(|id| self.rejection(id))
            .or_else(|| self.rejections.last().map(|r| &**r))
    }
}

impl Journal {
    /// Folds in `other`'s items that this journal lacks, matched by id.
    ///
    /// The rule when two tabs both changed something: this journal (the newer
    /// save) wins for an item both sides have, and every item only one side has
    /// is kept, at every level: rejections, and within a rejection its
    /// check-ins, supporters, feedback notes and lists; person-level lists too.
    /// So nothing added in either tab is lost; only a simultaneous edit of the
    /// very same item keeps the newer save's version.
    pub fn merge_from(&mut self, other: &Journal) {
        for theirs in &other.rejections {
            match self.rejection_mut(&theirs.id) {
                Some(mine) => mine.merge_from(theirs),
                None => self.rejections.push(theirs.clone()),
            }
        }
        if self.person != other.person {
            self.person_mut().merge_from(&other.person);
        }
        if self.current.is_none() {
            self.current = other.current.clone();
        }
    }
}

impl Rejection {
    fn merge_from(&mut self, other: &Rejection) {
        merge_by_id(&mut self.emotions.checkins, &other.emotions.checkins);
        merge_by_id(&mut self.emotions.supporters, &other.emotions.supporters);
        merge_by_id(&mut self.feedback.notes, &other.feedback.notes);
        let (mine, theirs) = (&mut self.reflection, &other.reflection);
        merge_by_id(&mut mine.strengths, &theirs.strengths);
        merge_by_id(&mut mine.improvements, &theirs.improvements);
        merge_by_id(&mut mine.requirements, &theirs.requirements);
        merge_by_id(&mut mine.trusted, &theirs.trusted);
    }
}

/// How much a journal holds, for "your data" and import previews.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub rejections: usize,
    pub checkins: usize,
    pub feedback_notes: usize,
    pub plan_steps: usize,
    pub achievements: usize,
    pub contacts: usize,
    pub leads: usize,
}

impl Counts {
    /// "3 rejections, 12 check-ins, 1 feedback note", skipping zeros after rejections.
    pub fn describe(&self) -> String {
        let parts = [
            (self.rejections, k::counts::REJECTIONS),
            (self.checkins, k::counts::CHECKINS),
            (self.feedback_notes, k::counts::FEEDBACK_NOTES),
            (self.plan_steps, k::counts::PLAN_STEPS),
            (self.achievements, k::counts::ACHIEVEMENTS),
            (self.contacts, k::counts::CONTACTS),
            (self.leads, k::counts::LEADS),
        ];
        parts
            .iter()
            .enumerate()
            .filter(|(i, (n, _))| *i == 0 || *n > 0)
            .map(|(_, (n, key))| crate::i18n::plural(*key, *n as i64, &[]))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl Journal {
    pub fn counts(&self) -> Counts {
        Counts {
            rejections: self.rejections.len(),
            checkins: self
                .rejections
                .iter()
                .map(|r| r.emotions.checkins.len())
                .sum(),
            feedback_notes: self.rejections.iter().map(|r| r.feedback.notes.len()).sum(),
            plan_steps: self.person.plan.len(),
            achievements: self.person.achievements.len(),
            contacts: self.person.contacts.len(),
            leads: self.person.leads.len(),
        }
    }
}

/// The first id two *different* entries of one list share, if any.
fn repeated_in<'a, T: PartialEq + 'a>(
    items: impl IntoIterator<Item = &'a T>,
    id_of: impl Fn(&T) -> &Id,
) -> Option<Id> {
    let mut seen = std::collections::HashMap::new();
    for item in items {
        match seen.insert(id_of(item), item) {
            Some(earlier) if earlier != item => return Some(id_of(item).clone()),
            _ => {}
        }
    }
    None
}

impl Journal {
    /// An id that two different entries of one list share. Merging works by
    /// id, so such a file (hand-edited, or stitched from two exports) would
    /// lose one of them without a word: an import refuses it instead.
    pub fn repeated_id(&self) -> Option<Id> {
        use super::list::Item;
        fn by_item<T: Item>(item: &T) -> &Id {
            item.id()
        }
        let p = &*self.person;
        let person = repeated_in(&p.achievements, by_item)
            .or_else(|| repeated_in(&p.plan, by_item))
            .or_else(|| repeated_in(&p.lessons, by_item))
            .or_else(|| repeated_in(&p.reframes, by_item))
            .or_else(|| repeated_in(&p.contacts, by_item))
            .or_else(|| repeated_in(&p.events, by_item))
            .or_else(|| repeated_in(&p.leads, by_item))
            .or_else(|| repeated_in(&p.open_to, by_item));
        repeated_in(self.rejections.iter().map(|r| &**r), |r| &r.id)
            .or(person)
            .or_else(|| {
                self.rejections.iter().find_map(|r| {
                    repeated_in(&r.emotions.checkins, by_item)
                        .or_else(|| repeated_in(&r.emotions.supporters, by_item))
                        .or_else(|| repeated_in(&r.feedback.notes, by_item))
                        .or_else(|| repeated_in(&r.reflection.strengths, by_item))
                        .or_else(|| repeated_in(&r.reflection.improvements, by_item))
                        .or_else(|| repeated_in(&r.reflection.requirements, by_item))
                        .or_else(|| repeated_in(&r.reflection.trusted, by_item))
                })
            })
    }
}
