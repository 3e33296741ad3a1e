//! The short guidance that opens each stage, in Rebound's own words (as
//! catalog keys: the words are in `i18n/*.json`). Between
//! them the five stages cover every point of the source chapters in
//! `shared/seeds/`; `tests/guidance.rs` checks each point has a home.

use super::Stage;
use crate::i18n::k;
use crate::i18n::{t, Key};
use std::rc::Rc;

/// One piece of advice: a short heading and a sentence or two.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    heading: Key,
    body: Key,
}

impl Point {
    pub fn heading(&self) -> Rc<str> {
        t(self.heading)
    }

    pub fn body(&self) -> Rc<str> {
        t(self.body)
    }

    /// The catalog keys of its words (for the coverage tests).
    pub fn keys(&self) -> [Key; 2] {
        [self.heading, self.body]
    }
}

const fn p(heading: Key, body: Key) -> Point {
    Point { heading, body }
}

const EMOTIONS: &[Point] = &[
    p(
        k::guide::emotions::n1::HEADING,
        k::guide::emotions::n1::BODY,
    ),
    p(
        k::guide::emotions::n2::HEADING,
        k::guide::emotions::n2::BODY,
    ),
    p(
        k::guide::emotions::n3::HEADING,
        k::guide::emotions::n3::BODY,
    ),
    p(
        k::guide::emotions::n4::HEADING,
        k::guide::emotions::n4::BODY,
    ),
];

const FEEDBACK: &[Point] = &[
    p(
        k::guide::feedback::n1::HEADING,
        k::guide::feedback::n1::BODY,
    ),
    p(
        k::guide::feedback::n2::HEADING,
        k::guide::feedback::n2::BODY,
    ),
    p(
        k::guide::feedback::n3::HEADING,
        k::guide::feedback::n3::BODY,
    ),
    p(
        k::guide::feedback::n4::HEADING,
        k::guide::feedback::n4::BODY,
    ),
];

const REFLECT: &[Point] = &[
    p(k::guide::reflect::n1::HEADING, k::guide::reflect::n1::BODY),
    p(k::guide::reflect::n2::HEADING, k::guide::reflect::n2::BODY),
    p(k::guide::reflect::n3::HEADING, k::guide::reflect::n3::BODY),
    p(k::guide::reflect::n4::HEADING, k::guide::reflect::n4::BODY),
    p(k::guide::reflect::n5::HEADING, k::guide::reflect::n5::BODY),
];

const OPPORTUNITY: &[Point] = &[
    p(
        k::guide::opportunity::n1::HEADING,
        k::guide::opportunity::n1::BODY,
    ),
    p(
        k::guide::opportunity::n2::HEADING,
        k::guide::opportunity::n2::BODY,
    ),
    p(
        k::guide::opportunity::n3::HEADING,
        k::guide::opportunity::n3::BODY,
    ),
    p(
        k::guide::opportunity::n4::HEADING,
        k::guide::opportunity::n4::BODY,
    ),
    p(
        k::guide::opportunity::n5::HEADING,
        k::guide::opportunity::n5::BODY,
    ),
];

const SEARCH: &[Point] = &[
    p(k::guide::search::n1::HEADING, k::guide::search::n1::BODY),
    p(k::guide::search::n2::HEADING, k::guide::search::n2::BODY),
    p(k::guide::search::n3::HEADING, k::guide::search::n3::BODY),
    p(k::guide::search::n4::HEADING, k::guide::search::n4::BODY),
    p(k::guide::search::n5::HEADING, k::guide::search::n5::BODY),
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
