//! Everything the user can do to their journal, as verb-named actions, and the
//! one place they are applied. No framework and no storage here: the reducer in
//! `state.rs` delegates to [`Journal::apply`], and storage watches the result.

use super::list::ListEdit;
use super::{
    EmotionsEdit, FeedbackEdit, Id, Journal, PersonEdit, PlanItem, ReflectEdit, Rejection,
    RejectionDetails, Stage, StageStatus,
};

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A new rejection; it becomes the current one.
    RecordRejection {
        id: Id,
        details: RejectionDetails,
        at_ms: f64,
    },
    EditRejection {
        id: Id,
        details: RejectionDetails,
    },
    SwitchRejection(Id),
    DeleteRejection(Id),
    /// Opening a stage that was not started marks it in progress.
    OpenStage {
        rejection: Id,
        stage: Stage,
    },
    MarkStageDone {
        rejection: Id,
        stage: Stage,
    },
    ReopenStage {
        rejection: Id,
        stage: Stage,
    },
    /// A change to one rejection's stage 1 data.
    Emotions {
        rejection: Id,
        edit: EmotionsEdit,
    },
    /// A change to one rejection's stage 2 data.
    Feedback {
        rejection: Id,
        edit: FeedbackEdit,
    },
    /// A change to one rejection's stage 3 data.
    Reflect {
        rejection: Id,
        edit: ReflectEdit,
    },
    /// Sends every requirement marked as a gap to the development plan (once).
    PlanGaps {
        rejection: Id,
    },
    /// A change to person-level data.
    Person(PersonEdit),
    /// Add an imported journal's items to this one (matched by id; this
    /// journal's version of an item both have is kept).
    MergeJournal(Box<Journal>),
    /// The journal written in the embedded widget, handed to the hosted page
    /// in its own tab: merged by id (handing over twice doubles nothing), and
    /// the rejection the person was on there becomes the current one here.
    ReceiveHandOver(Box<Journal>),
    /// Take a whole journal in (another tab's newer save, an import).
    ReplaceJournal(Box<Journal>),
}

impl Journal {
    /// Applies an action; returns whether anything changed, so the caller can skip
    /// re-rendering and saving when nothing did.
    pub fn apply(&mut self, action: Action) -> bool {
        match action {
            Action::RecordRejection { id, details, at_ms } => {
                if self.rejection(&id).is_some() {
                    return false;
                }
                self.rejections.push(std::rc::Rc::new(Rejection::new(
                    id.clone(),
                    details.tidy(),
                    at_ms,
                )));
                self.current = Some(id);
                true
            }
            Action::EditRejection { id, details } => {
                let details = details.tidy();
                match self.rejection_mut(&id) {
                    Some(r) if r.details != details => {
                        r.details = details;
                        true
                    }
                    _ => false,
                }
            }
            Action::SwitchRejection(id) => {
                if self.rejection(&id).is_none() || self.current.as_ref() == Some(&id) {
                    return false;
                }
                self.current = Some(id);
                true
            }
            Action::DeleteRejection(id) => {
                let before = self.rejections.len();
                self.rejections.retain(|r| r.id != id);
                if self.rejections.len() == before {
                    return false;
                }
                if self.current.as_ref() == Some(&id) {
                    self.current = self.rejections.last().map(|r| r.id.clone());
                }
                true
            }
            Action::OpenStage { rejection, stage } => {
                self.set_status_if(&rejection, stage, StageStatus::InProgress, |s| {
                    s == StageStatus::NotStarted
                })
            }
            Action::MarkStageDone { rejection, stage } => {
                self.set_status_if(&rejection, stage, StageStatus::Done, |_| true)
            }
            Action::ReopenStage { rejection, stage } => {
                self.set_status_if(&rejection, stage, StageStatus::InProgress, |s| {
                    s == StageStatus::Done
                })
            }
            Action::Emotions { rejection, edit } => self
                .rejection_mut(&rejection)
                .is_some_and(|r| r.emotions.apply(edit)),
            Action::Feedback { rejection, edit } => self
                .rejection_mut(&rejection)
                .is_some_and(|r| r.feedback.apply(edit)),
            Action::Reflect { rejection, edit } => self
                .rejection_mut(&rejection)
                .is_some_and(|r| r.reflection.apply(edit)),
            Action::PlanGaps { rejection } => {
                let Some(r) = self.rejection(&rejection) else {
                    return false;
                };
                let items: Vec<PlanItem> = r
                    .reflection
                    .gaps()
                    .map(|gap| {
                        PlanItem::new(
                            gap.plan_id(),
                            gap.text.trim().to_owned(),
                            Some(rejection.clone()),
                        )
                    })
                    .collect();
                let mut changed = false;
                for item in items {
                    if !self.person.plan.iter().any(|p| p.id == item.id) {
                        changed |= ListEdit::Add(item).apply(&mut self.person_mut().plan);
                    }
                }
                changed
            }
            Action::Person(edit) => self.person_mut().apply(edit),
            Action::MergeJournal(other) => {
                let before = self.clone();
                self.merge_from(&other);
                *self != before
            }
            Action::ReceiveHandOver(other) => {
                let before = self.clone();
                self.merge_from(&other);
                if other.current_rejection().is_some() {
                    self.current = other.current.clone();
                }
                *self != before
            }
            Action::ReplaceJournal(journal) => {
                if *self == *journal {
                    return false;
                }
                *self = *journal;
                true
            }
        }
    }

    fn set_status_if(
        &mut self,
        rejection: &Id,
        stage: Stage,
        status: StageStatus,
        when: impl Fn(StageStatus) -> bool,
    ) -> bool {
        match self.rejection_mut(rejection) {
            Some(r) if when(r.progress.get(stage)) => r.progress.set(stage, status),
            _ => false,
        }
    }
}
