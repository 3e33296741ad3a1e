//! The recovery flow as plain Rust: no yew, web-sys or gloo here, so all of it
//! is tested natively with `cargo test`.

mod action;
mod activity;
mod day;
mod done;
mod due;
mod emotions;
mod feedback;
mod guidance;
mod helpline;
mod ics;
mod id;
mod insight;
mod journal;
mod letters;
mod list;
mod mood;
mod order;
mod person;
mod reflect;
mod report;
pub mod saved;
mod search;
mod stage;
mod tool;

pub use crate::i18n::one_decimal;
pub use action::Action;
pub use activity::{activity_log, ActivityEntry};
pub use day::Day;
pub use done::{stage_work, stages_worked, stages_worked_on, tool_done};
pub use due::{days_away, due, Due};
pub use emotions::{
    CheckIn, EmotionsData, EmotionsEdit, Feeling, ProcessingWindow, Relation, Supporter,
    WindowState, OVERALL, WHAT_TO_SAY,
};
pub use feedback::{
    parse_tags, Fairness, FeedbackData, FeedbackEdit, FeedbackNote, FeedbackRequest,
    FollowUpAdvice, RequestStatus, Theme, DEFAULT_FOLLOW_UP_DAYS,
};
pub use guidance::Point;
pub use helpline::{helpline_for, Helpline, HELPLINES, HELPLINE_DIRECTORY};
pub use ics::{calendar, escape_text, fold, reminders, utc_stamp, Reminder};
pub use id::Id;
pub use insight::{
    closing_summary, employer_words, encouraging_readings, feedback_answers, patterns,
    repeated_patterns, where_processes_ended, Pattern, PatternSource,
};
pub use journal::{Counts, DetailsError, Journal, Progress, Reached, Rejection, RejectionDetails};
pub use letters::{
    clean_address, feedback_request, follow_up, informational_interview, mailto, percent_encode,
    thank_you_note, thanks_for_feedback, Draft, Letter, LetterContext, LetterEdit, Tone,
};
pub use list::{Choice, Item, ListEdit, TextItem};
pub use mood::{
    chart_geometry, local_day, mood_by_day, mood_summary, ChartGeometry, DayMood, CHART_HEIGHT,
    CHART_LEFT, CHART_WIDTH,
};
pub use order::{in_declared_order, sort_by_rank};
pub use person::{
    Activity, CareDay, Interest, Lesson, LessonKind, PathIdea, PathKind, Person, PersonEdit,
    Reframe, SelfCare, Trap,
};
pub use reflect::{
    normalise, split_requirements, Dimension, Fit, PlanItem, PlanKind, PlanStatus, Rating,
    ReflectEdit, ReflectionData, Requirement, TrustedView, WEAK_RATING,
};
pub use report::{markdown_report, md_escape};
pub use search::{
    safe_link, Contact, EventKind, Goal, GoalKind, Lead, LeadKind, LeadStatus, Materials,
    NetworkEvent, OpenKind, OpenTo, WeekGoals,
};
pub use stage::{Stage, StageStatus};
pub use tool::{
    EmotionsTool, FeedbackTool, OpportunityTool, ReflectTool, SearchTool, StageTool, Tool,
};
