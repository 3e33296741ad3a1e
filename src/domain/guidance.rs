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

/// One screen of a stage: a tool, the sentence or two that leads into it, and
/// the stage's guidance points behind its "Read more" (indices into
/// [`Stage::guidance`]; each point sits under exactly one tool).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tool {
    /// Its part of the address (`#/stage/1/check-in`) and element ids.
    pub slug: &'static str,
    title: &'static str,
    lead: &'static str,
    pub points: &'static [usize],
}

const fn tool(
    slug: &'static str,
    title: &'static str,
    lead: &'static str,
    points: &'static [usize],
) -> Tool {
    Tool {
        slug,
        title,
        lead,
        points,
    }
}

const EMOTIONS_TOOLS: &[Tool] = &[
    tool(
        "check-in",
        "tool.emotions.check-in.title",
        "tool.emotions.check-in.lead",
        &[0],
    ),
    tool(
        "time",
        "tool.emotions.time.title",
        "tool.emotions.time.lead",
        &[1],
    ),
    tool(
        "thank-you",
        "tool.emotions.thank-you.title",
        "tool.emotions.thank-you.lead",
        &[2],
    ),
    tool(
        "support",
        "tool.emotions.support.title",
        "tool.emotions.support.lead",
        &[3],
    ),
];

const FEEDBACK_TOOLS: &[Tool] = &[
    tool(
        "request",
        "tool.feedback.request.title",
        "tool.feedback.request.lead",
        &[0, 3],
    ),
    tool(
        "what-they-said",
        "tool.feedback.what-they-said.title",
        "tool.feedback.what-they-said.lead",
        &[1],
    ),
    tool(
        "thanks",
        "tool.feedback.thanks.title",
        "tool.feedback.thanks.lead",
        &[2],
    ),
];

const REFLECT_TOOLS: &[Tool] = &[
    tool(
        "how-it-went",
        "tool.reflect.how-it-went.title",
        "tool.reflect.how-it-went.lead",
        &[0],
    ),
    tool(
        "requirements",
        "tool.reflect.requirements.title",
        "tool.reflect.requirements.lead",
        &[3],
    ),
    tool(
        "trusted-view",
        "tool.reflect.trusted-view.title",
        "tool.reflect.trusted-view.lead",
        &[1],
    ),
    tool(
        "plan",
        "tool.reflect.plan.title",
        "tool.reflect.plan.lead",
        &[4],
    ),
    tool(
        "patterns",
        "tool.reflect.patterns.title",
        "tool.reflect.patterns.lead",
        &[2],
    ),
];

const OPPORTUNITY_TOOLS: &[Tool] = &[
    tool(
        "lessons",
        "tool.opportunity.lessons.title",
        "tool.opportunity.lessons.lead",
        &[0],
    ),
    tool(
        "achievements",
        "tool.opportunity.achievements.title",
        "tool.opportunity.achievements.lead",
        &[1],
    ),
    tool(
        "self-care",
        "tool.opportunity.self-care.title",
        "tool.opportunity.self-care.lead",
        &[2],
    ),
    tool(
        "reframe",
        "tool.opportunity.reframe.title",
        "tool.opportunity.reframe.lead",
        &[3],
    ),
    tool(
        "paths",
        "tool.opportunity.paths.title",
        "tool.opportunity.paths.lead",
        &[4],
    ),
];

const SEARCH_TOOLS: &[Tool] = &[
    tool(
        "this-week",
        "tool.search.this-week.title",
        "tool.search.this-week.lead",
        &[0],
    ),
    tool(
        "materials",
        "tool.search.materials.title",
        "tool.search.materials.lead",
        &[],
    ),
    tool(
        "network",
        "tool.search.network.title",
        "tool.search.network.lead",
        &[1],
    ),
    tool(
        "informational-interview",
        "tool.search.informational-interview.title",
        "tool.search.informational-interview.lead",
        &[2],
    ),
    tool(
        "openings",
        "tool.search.openings.title",
        "tool.search.openings.lead",
        &[3],
    ),
    tool(
        "adaptable",
        "tool.search.adaptable.title",
        "tool.search.adaptable.lead",
        &[4],
    ),
    tool(
        "looking-back",
        "tool.search.looking-back.title",
        "tool.search.looking-back.lead",
        &[],
    ),
];

impl Stage {
    /// The stage's tools, one screen each, in the order they are walked.
    pub fn tools(self) -> &'static [Tool] {
        match self {
            Stage::ProcessEmotions => EMOTIONS_TOOLS,
            Stage::SeekFeedback => FEEDBACK_TOOLS,
            Stage::Reflect => REFLECT_TOOLS,
            Stage::Opportunity => OPPORTUNITY_TOOLS,
            Stage::KeepSearching => SEARCH_TOOLS,
        }
    }

    /// The tool with this slug and its position, if the stage has one.
    pub fn tool(self, slug: &str) -> Option<(usize, &'static Tool)> {
        self.tools()
            .iter()
            .enumerate()
            .find(|(_, t)| t.slug == slug)
    }
}

impl Tool {
    pub fn title(&self) -> Rc<str> {
        t(self.title)
    }

    pub fn lead(&self) -> Rc<str> {
        t(self.lead)
    }

    /// The guidance behind this tool's "Read more".
    pub fn guidance(&self, stage: Stage) -> impl Iterator<Item = &'static Point> + '_ {
        let all = stage.guidance();
        self.points.iter().filter_map(move |&i| all.get(i))
    }
}
