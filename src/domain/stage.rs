//! The five stages of getting back on your feet, in the order the guide walks them.

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
            Stage::ProcessEmotions => t("stage.process_the_emotions"),
            Stage::SeekFeedback => t("stage.seek_feedback"),
            Stage::Reflect => t("stage.reflect_and_evaluate"),
            Stage::Opportunity => t("stage.turn_it_into_opportunity"),
            Stage::KeepSearching => t("stage.keep_searching"),
        }
    }

    /// One line on why the stage matters, in Rebound's own words.
    pub fn purpose(self) -> Rc<str> {
        match self {
            Stage::ProcessEmotions => t("stage.give_the_disappointment_its"),
            Stage::SeekFeedback => t("stage.ask_what_the_employer"),
            Stage::Reflect => t("stage.look_honestly_at_how"),
            Stage::Opportunity => t("stage.keep_what_this_taught"),
            Stage::KeepSearching => t("stage.go_back_out_with"),
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
            StageStatus::NotStarted => t("stage.not_started"),
            StageStatus::InProgress => t("stage.in_progress"),
            StageStatus::Done => t("list.done"),
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
