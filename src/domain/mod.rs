//! The recovery flow as plain Rust: no yew, web-sys or gloo here, so all of it
//! is tested natively with `cargo test`.

mod action;
mod day;
mod emotions;
mod feedback;
mod guidance;
mod id;
mod journal;
mod letters;
mod stage;

pub use action::Action;
pub use day::Day;
pub use emotions::{
    CheckIn, EmotionsData, EmotionsEdit, Feeling, ProcessingWindow, Relation, Supporter,
    WindowState, WHAT_TO_SAY,
};
pub use feedback::{
    parse_tags, Fairness, FeedbackData, FeedbackEdit, FeedbackNote, FeedbackRequest,
    FollowUpAdvice, RequestStatus, Theme, DEFAULT_FOLLOW_UP_DAYS,
};
pub use guidance::Point;
pub use id::Id;
pub use journal::{
    Achievement, DetailsError, Journal, Person, Progress, Reached, Rejection, RejectionDetails,
};
pub use letters::{
    clean_address, feedback_request, follow_up, mailto, percent_encode, thank_you_note,
    thanks_for_feedback, Draft, Letter, LetterContext, LetterEdit, Tone,
};
pub use stage::{Stage, StageStatus};
