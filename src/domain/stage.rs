//! The five stages of getting back on your feet, in the order the guide walks them.

use serde::{Deserialize, Serialize};

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

    pub fn title(self) -> &'static str {
        match self {
            Stage::ProcessEmotions => "Process the emotions",
            Stage::SeekFeedback => "Seek feedback",
            Stage::Reflect => "Reflect and evaluate",
            Stage::Opportunity => "Turn it into opportunity",
            Stage::KeepSearching => "Keep searching",
        }
    }

    /// One line on why the stage matters, in Rebound's own words.
    pub fn purpose(self) -> &'static str {
        match self {
            Stage::ProcessEmotions => {
                "Give the disappointment its due, briefly, then close this chapter with grace and with people beside you."
            }
            Stage::SeekFeedback => {
                "Ask what the employer saw, hear it with an open mind, and thank them for being candid."
            }
            Stage::Reflect => {
                "Look honestly at how it went and at what the role asked for, so effort goes where it counts."
            }
            Stage::Opportunity => {
                "Keep what this taught you, remember what you have already achieved, and look after yourself."
            }
            Stage::KeepSearching => {
                "Go back out with sharper materials, a wider network and an open mind about where to look."
            }
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
    pub fn label(self) -> &'static str {
        match self {
            StageStatus::NotStarted => "Not started",
            StageStatus::InProgress => "In progress",
            StageStatus::Done => "Done",
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
