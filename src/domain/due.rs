//! What is waiting for the person on the stages list: the time they gave
//! themselves to process has ended, a follow-up is due, this week's goals.
//! Each names the tool it opens, so the list is one tap from its screen.

use super::Day;
use super::{
    EmotionsTool, FeedbackTool, FollowUpAdvice, Id, Journal, SearchTool, Stage, StageStatus, Tool,
    WindowState,
};

/// One thing that is due now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Due {
    /// The time to process ended `days_ago` days ago (0: it ends today) and
    /// the next stage has not been opened yet.
    ProcessingEnded { days_ago: i32 },
    /// The feedback request was sent long enough ago: one polite follow-up.
    FollowUp,
    /// Goals were set for this week; `open` of them are not reached yet.
    WeekGoals { open: usize },
}

impl Due {
    /// The tool that deals with it.
    pub fn tool(&self) -> Tool {
        match self {
            Due::ProcessingEnded { .. } => Tool::Emotions(EmotionsTool::Time),
            Due::FollowUp => Tool::Feedback(FeedbackTool::Request),
            Due::WeekGoals { .. } => Tool::Search(SearchTool::ThisWeek),
        }
    }
}

/// What is due for `rejection` on `today`, most pressing first.
pub fn due(journal: &Journal, rejection: &Id, today: Day) -> Vec<Due> {
    let Some(r) = journal.rejection(rejection) else {
        return Vec::new();
    };
    let mut due = Vec::new();
    if r.feedback.request.advice(today) == FollowUpAdvice::FollowUp {
        due.push(Due::FollowUp);
    }
    if let Some(window) = r.emotions.window {
        let ended = match window.state(today) {
            WindowState::Ended { days_ago } => Some(days_ago),
            WindowState::Open { days_left: 1 } => Some(0),
            WindowState::Open { .. } => None,
        };
        if let Some(days_ago) = ended {
            if r.progress.get(Stage::SeekFeedback) == StageStatus::NotStarted {
                due.push(Due::ProcessingEnded { days_ago });
            }
        }
    }
    if let Some(week) = journal.person.week(today.week_start()) {
        let set: Vec<_> = week.goals.iter().filter(|(_, g)| g.target > 0).collect();
        if !set.is_empty() {
            let open = set.iter().filter(|(_, g)| g.done < g.target).count();
            if open > 0 {
                due.push(Due::WeekGoals { open });
            }
        }
    }
    due
}

/// Whole days between the last visit and today: a return worth greeting is
/// one day or more.
pub fn days_away(last_visit: Option<Day>, today: Day) -> Option<i32> {
    let days = last_visit?.days_until(today);
    (days >= 1).then_some(days)
}
