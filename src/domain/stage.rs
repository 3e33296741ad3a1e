//! The five stages of getting back on your feet, in the order the guide walks them.

use crate::i18n::k;
use crate::i18n::t;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// One stage of the recovery guide. The order of the variants is the order of the guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    ProcessEmotions,
    SeekFeedback,
    Reflect,
    Opportunity,
    KeepSearching,
}

impl Stage {
    /// Every stage, in guide order.
    pub const ALL: [Stage; 5] = [
        Stage::ProcessEmotions,
        Stage::SeekFeedback,
        Stage::Reflect,
        Stage::Opportunity,
        Stage::KeepSearching,
    ];

    /// Zero-based position in the guide.
    pub fn index(self) -> usize {
        self as usize
    }

    /// One-based step number, as shown to the user.
    pub fn number(self) -> usize {
        self.index() + 1
    }

    pub fn next(self) -> Option<Stage> {
        Stage::ALL.get(self.index() + 1).copied()
    }

    pub fn prev(self) -> Option<Stage> {
        self.index().checked_sub(1).map(|i| Stage::ALL[i])
    }

    pub fn title(self) -> Rc<str> {
        match self {
            Stage::ProcessEmotions => t(k::stage::PROCESS_THE_EMOTIONS),
            Stage::SeekFeedback => t(k::stage::SEEK_FEEDBACK),
            Stage::Reflect => t(k::stage::REFLECT_AND_EVALUATE),
            Stage::Opportunity => t(k::stage::TURN_IT_INTO_OPPORTUNITY),
            Stage::KeepSearching => t(k::stage::KEEP_SEARCHING),
        }
    }

    /// One line on why the stage matters, in Rebound's own words.
    pub fn purpose(self) -> Rc<str> {
        match self {
            Stage::ProcessEmotions => t(k::stage::GIVE_THE_DISAPPOINTMENT_ITS),
            Stage::SeekFeedback => t(k::stage::ASK_WHAT_THE_EMPLOYER),
            Stage::Reflect => t(k::stage::LOOK_HONESTLY_AT_HOW),
            Stage::Opportunity => t(k::stage::KEEP_WHAT_THIS_TAUGHT),
            Stage::KeepSearching => t(k::stage::GO_BACK_OUT_WITH),
        }
    }

    /// Stable key for element ids and CSS classes.
    pub fn css_name(self) -> &'static str {
        match self {
            Stage::ProcessEmotions => "emotions",
            Stage::SeekFeedback => "feedback",
            Stage::Reflect => "reflect",
            Stage::Opportunity => "opportunity",
            Stage::KeepSearching => "search",
        }
    }
}

/// Where one rejection stands in one stage.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StageStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
}

impl StageStatus {
    pub fn label(self) -> Rc<str> {
        match self {
            StageStatus::NotStarted => t(k::stage::NOT_STARTED),
            StageStatus::InProgress => t(k::stage::IN_PROGRESS),
            StageStatus::Done => t(k::list::DONE),
        }
    }

    pub fn css_name(self) -> &'static str {
        match self {
            StageStatus::NotStarted => "not-started",
            StageStatus::InProgress => "in-progress",
            StageStatus::Done => "done",
        }
    }
}
