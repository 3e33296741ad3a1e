//! The recovery flow as plain Rust: no yew, web-sys or gloo here, so all of it
//! is tested natively with `cargo test`.

mod action;
mod day;
mod guidance;
mod id;
mod journal;
mod stage;

pub use action::Action;
pub use day::Day;
pub use guidance::Point;
pub use id::Id;
pub use journal::{
    Achievement, DetailsError, Journal, Person, Progress, Reached, Rejection, RejectionDetails,
};
pub use stage::{Stage, StageStatus};
