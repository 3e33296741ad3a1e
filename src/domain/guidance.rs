//! The short guidance that opens each stage, in Rebound's own words (as
//! catalog keys: the words are in `i18n/*.json`). Between
//! them the five stages cover every point of the source chapters in
//! `shared/seeds/`; `tests/guidance.rs` checks each point has a home.

use super::Stage;
use crate::i18n::t;
use std::rc::Rc;

/// One piece of advice: a short heading and a sentence or two.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    heading: &'static str,
    body: &'static str,
}

impl Point {
    pub fn heading(&self) -> Rc<str> {
        t(self.heading)
    }

    pub fn body(&self) -> Rc<str> {
        t(self.body)
    }

    /// The catalog keys of its words (for the coverage tests).
    pub fn keys(&self) -> [&'static str; 2] {
        [self.heading, self.body]
    }
}

const fn p(heading: &'static str, body: &'static str) -> Point {
    Point { heading, body }
}

const EMOTIONS: &[Point] = &[
    p("guide.emotions.1.heading", "guide.emotions.1.body"),
    p("guide.emotions.2.heading", "guide.emotions.2.body"),
    p("guide.emotions.3.heading", "guide.emotions.3.body"),
    p("guide.emotions.4.heading", "guide.emotions.4.body"),
];

const FEEDBACK: &[Point] = &[
    p("guide.feedback.1.heading", "guide.feedback.1.body"),
    p("guide.feedback.2.heading", "guide.feedback.2.body"),
    p("guide.feedback.3.heading", "guide.feedback.3.body"),
    p("guide.feedback.4.heading", "guide.feedback.4.body"),
];

const REFLECT: &[Point] = &[
    p("guide.reflect.1.heading", "guide.reflect.1.body"),
    p("guide.reflect.2.heading", "guide.reflect.2.body"),
    p("guide.reflect.3.heading", "guide.reflect.3.body"),
    p("guide.reflect.4.heading", "guide.reflect.4.body"),
    p("guide.reflect.5.heading", "guide.reflect.5.body"),
];

const OPPORTUNITY: &[Point] = &[
    p("guide.opportunity.1.heading", "guide.opportunity.1.body"),
    p("guide.opportunity.2.heading", "guide.opportunity.2.body"),
    p("guide.opportunity.3.heading", "guide.opportunity.3.body"),
    p("guide.opportunity.4.heading", "guide.opportunity.4.body"),
    p("guide.opportunity.5.heading", "guide.opportunity.5.body"),
];

const SEARCH: &[Point] = &[
    p("guide.search.1.heading", "guide.search.1.body"),
    p("guide.search.2.heading", "guide.search.2.body"),
    p("guide.search.3.heading", "guide.search.3.body"),
    p("guide.search.4.heading", "guide.search.4.body"),
    p("guide.search.5.heading", "guide.search.5.body"),
];

impl Stage {
    /// The guidance that opens this stage's page.
    pub fn guidance(self) -> &'static [Point] {
        match self {
            Stage::ProcessEmotions => EMOTIONS,
            Stage::SeekFeedback => FEEDBACK,
            Stage::Reflect => REFLECT,
            Stage::Opportunity => OPPORTUNITY,
            Stage::KeepSearching => SEARCH,
        }
    }
}
