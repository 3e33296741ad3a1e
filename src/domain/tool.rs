//! A stage's tools, typed: each stage has its own enum of tools, so the
//! screen that draws a stage's tools is one exhaustive `match`, and [`Tool`]
//! is any tool of any stage (what an address, the summary and "what is
//! waiting" name). The slug is the tool's part of the address
//! (`#/stage/1/check-in`) and of element ids, and is read nowhere else.

use super::guidance::Point;
use super::Stage;
use crate::i18n::k;
use crate::i18n::{t, Key};
use std::rc::Rc;

/// Stage 1's tools.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EmotionsTool {
    CheckIn,
    Time,
    ThankYou,
    Support,
}

/// Stage 2's tools.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FeedbackTool {
    Request,
    WhatTheySaid,
    Thanks,
}

/// Stage 3's tools.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReflectTool {
    HowItWent,
    Requirements,
    TrustedView,
    Plan,
    Patterns,
}

/// Stage 4's tools.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OpportunityTool {
    Lessons,
    Achievements,
    SelfCare,
    Reframe,
    Paths,
}

/// Stage 5's tools.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SearchTool {
    ThisWeek,
    Materials,
    Network,
    InformationalInterview,
    Openings,
    Adaptable,
    LookingBack,
}

/// Any tool of any stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tool {
    Emotions(EmotionsTool),
    Feedback(FeedbackTool),
    Reflect(ReflectTool),
    Opportunity(OpportunityTool),
    Search(SearchTool),
}

/// What describes one tool: its address part, its words (catalog keys) and
/// the guidance points behind its "Read more" (indices into
/// [`Stage::guidance`]; each point sits under exactly one tool).
struct About {
    slug: &'static str,
    title: Key,
    lead: Key,
    points: &'static [usize],
}

const fn about(slug: &'static str, title: Key, lead: Key, points: &'static [usize]) -> About {
    About {
        slug,
        title,
        lead,
        points,
    }
}

/// One stage's tool enum: its tools in the order they are walked.
pub trait StageTool: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    fn tool(self) -> Tool;
}

impl StageTool for EmotionsTool {
    const ALL: &'static [Self] = &[Self::CheckIn, Self::Time, Self::ThankYou, Self::Support];
    fn tool(self) -> Tool {
        Tool::Emotions(self)
    }
}

impl StageTool for FeedbackTool {
    const ALL: &'static [Self] = &[Self::Request, Self::WhatTheySaid, Self::Thanks];
    fn tool(self) -> Tool {
        Tool::Feedback(self)
    }
}

impl StageTool for ReflectTool {
    const ALL: &'static [Self] = &[
        Self::HowItWent,
        Self::Requirements,
        Self::TrustedView,
        Self::Plan,
        Self::Patterns,
    ];
    fn tool(self) -> Tool {
        Tool::Reflect(self)
    }
}

impl StageTool for OpportunityTool {
    const ALL: &'static [Self] = &[
        Self::Lessons,
        Self::Achievements,
        Self::SelfCare,
        Self::Reframe,
        Self::Paths,
    ];
    fn tool(self) -> Tool {
        Tool::Opportunity(self)
    }
}

impl StageTool for SearchTool {
    const ALL: &'static [Self] = &[
        Self::ThisWeek,
        Self::Materials,
        Self::Network,
        Self::InformationalInterview,
        Self::Openings,
        Self::Adaptable,
        Self::LookingBack,
    ];
    fn tool(self) -> Tool {
        Tool::Search(self)
    }
}

const EMOTIONS_TOOLS: [Tool; 4] = [
    Tool::Emotions(EmotionsTool::CheckIn),
    Tool::Emotions(EmotionsTool::Time),
    Tool::Emotions(EmotionsTool::ThankYou),
    Tool::Emotions(EmotionsTool::Support),
];
const FEEDBACK_TOOLS: [Tool; 3] = [
    Tool::Feedback(FeedbackTool::Request),
    Tool::Feedback(FeedbackTool::WhatTheySaid),
    Tool::Feedback(FeedbackTool::Thanks),
];
const REFLECT_TOOLS: [Tool; 5] = [
    Tool::Reflect(ReflectTool::HowItWent),
    Tool::Reflect(ReflectTool::Requirements),
    Tool::Reflect(ReflectTool::TrustedView),
    Tool::Reflect(ReflectTool::Plan),
    Tool::Reflect(ReflectTool::Patterns),
];
const OPPORTUNITY_TOOLS: [Tool; 5] = [
    Tool::Opportunity(OpportunityTool::Lessons),
    Tool::Opportunity(OpportunityTool::Achievements),
    Tool::Opportunity(OpportunityTool::SelfCare),
    Tool::Opportunity(OpportunityTool::Reframe),
    Tool::Opportunity(OpportunityTool::Paths),
];
const SEARCH_TOOLS: [Tool; 7] = [
    Tool::Search(SearchTool::ThisWeek),
    Tool::Search(SearchTool::Materials),
    Tool::Search(SearchTool::Network),
    Tool::Search(SearchTool::InformationalInterview),
    Tool::Search(SearchTool::Openings),
    Tool::Search(SearchTool::Adaptable),
    Tool::Search(SearchTool::LookingBack),
];

impl Stage {
    /// The stage's tools, one screen each, in the order they are walked.
    pub fn tools(self) -> &'static [Tool] {
        match self {
            Stage::ProcessEmotions => &EMOTIONS_TOOLS,
            Stage::SeekFeedback => &FEEDBACK_TOOLS,
            Stage::Reflect => &REFLECT_TOOLS,
            Stage::Opportunity => &OPPORTUNITY_TOOLS,
            Stage::KeepSearching => &SEARCH_TOOLS,
        }
    }

    /// The screen a stage opens on: its first tool.
    pub fn first_tool(self) -> Tool {
        self.tools()[0]
    }
}

impl EmotionsTool {
    fn about(self) -> About {
        match self {
            Self::CheckIn => about(
                "check-in",
                k::tool::emotions::check_in::TITLE,
                k::tool::emotions::check_in::LEAD,
                &[0],
            ),
            Self::Time => about(
                "time",
                k::tool::emotions::time::TITLE,
                k::tool::emotions::time::LEAD,
                &[1],
            ),
            Self::ThankYou => about(
                "thank-you",
                k::tool::emotions::thank_you::TITLE,
                k::tool::emotions::thank_you::LEAD,
                &[2],
            ),
            Self::Support => about(
                "support",
                k::tool::emotions::support::TITLE,
                k::tool::emotions::support::LEAD,
                &[3],
            ),
        }
    }
}

impl FeedbackTool {
    fn about(self) -> About {
        match self {
            Self::Request => about(
                "request",
                k::tool::feedback::request::TITLE,
                k::tool::feedback::request::LEAD,
                &[0, 3],
            ),
            Self::WhatTheySaid => about(
                "what-they-said",
                k::tool::feedback::what_they_said::TITLE,
                k::tool::feedback::what_they_said::LEAD,
                &[1],
            ),
            Self::Thanks => about(
                "thanks",
                k::tool::feedback::thanks::TITLE,
                k::tool::feedback::thanks::LEAD,
                &[2],
            ),
        }
    }
}

impl ReflectTool {
    fn about(self) -> About {
        match self {
            Self::HowItWent => about(
                "how-it-went",
                k::tool::reflect::how_it_went::TITLE,
                k::tool::reflect::how_it_went::LEAD,
                &[0],
            ),
            Self::Requirements => about(
                "requirements",
                k::tool::reflect::requirements::TITLE,
                k::tool::reflect::requirements::LEAD,
                &[3],
            ),
            Self::TrustedView => about(
                "trusted-view",
                k::tool::reflect::trusted_view::TITLE,
                k::tool::reflect::trusted_view::LEAD,
                &[1],
            ),
            Self::Plan => about(
                "plan",
                k::tool::reflect::plan::TITLE,
                k::tool::reflect::plan::LEAD,
                &[4],
            ),
            Self::Patterns => about(
                "patterns",
                k::tool::reflect::patterns::TITLE,
                k::tool::reflect::patterns::LEAD,
                &[2],
            ),
        }
    }
}

impl OpportunityTool {
    fn about(self) -> About {
        match self {
            Self::Lessons => about(
                "lessons",
                k::tool::opportunity::lessons::TITLE,
                k::tool::opportunity::lessons::LEAD,
                &[0],
            ),
            Self::Achievements => about(
                "achievements",
                k::tool::opportunity::achievements::TITLE,
                k::tool::opportunity::achievements::LEAD,
                &[1],
            ),
            Self::SelfCare => about(
                "self-care",
                k::tool::opportunity::self_care::TITLE,
                k::tool::opportunity::self_care::LEAD,
                &[2],
            ),
            Self::Reframe => about(
                "reframe",
                k::tool::opportunity::reframe::TITLE,
                k::tool::opportunity::reframe::LEAD,
                &[3],
            ),
            Self::Paths => about(
                "paths",
                k::tool::opportunity::paths::TITLE,
                k::tool::opportunity::paths::LEAD,
                &[4],
            ),
        }
    }
}

impl SearchTool {
    fn about(self) -> About {
        match self {
            Self::ThisWeek => about(
                "this-week",
                k::tool::search::this_week::TITLE,
                k::tool::search::this_week::LEAD,
                &[0],
            ),
            Self::Materials => about(
                "materials",
                k::tool::search::materials::TITLE,
                k::tool::search::materials::LEAD,
                &[],
            ),
            Self::Network => about(
                "network",
                k::tool::search::network::TITLE,
                k::tool::search::network::LEAD,
                &[1],
            ),
            Self::InformationalInterview => about(
                "informational-interview",
                k::tool::search::informational_interview::TITLE,
                k::tool::search::informational_interview::LEAD,
                &[2],
            ),
            Self::Openings => about(
                "openings",
                k::tool::search::openings::TITLE,
                k::tool::search::openings::LEAD,
                &[3],
            ),
            Self::Adaptable => about(
                "adaptable",
                k::tool::search::adaptable::TITLE,
                k::tool::search::adaptable::LEAD,
                &[4],
            ),
            Self::LookingBack => about(
                "looking-back",
                k::tool::search::looking_back::TITLE,
                k::tool::search::looking_back::LEAD,
                &[],
            ),
        }
    }
}

impl Tool {
    /// Every tool, stage by stage.
    pub fn all() -> impl Iterator<Item = Tool> {
        Stage::ALL
            .into_iter()
            .flat_map(|s| s.tools().iter().copied())
    }

    pub fn stage(self) -> Stage {
        match self {
            Tool::Emotions(_) => Stage::ProcessEmotions,
            Tool::Feedback(_) => Stage::SeekFeedback,
            Tool::Reflect(_) => Stage::Reflect,
            Tool::Opportunity(_) => Stage::Opportunity,
            Tool::Search(_) => Stage::KeepSearching,
        }
    }

    fn about(self) -> About {
        match self {
            Tool::Emotions(tool) => tool.about(),
            Tool::Feedback(tool) => tool.about(),
            Tool::Reflect(tool) => tool.about(),
            Tool::Opportunity(tool) => tool.about(),
            Tool::Search(tool) => tool.about(),
        }
    }

    /// Its part of the address and of element ids.
    pub fn slug(self) -> &'static str {
        self.about().slug
    }

    /// The tool an address part names, in any stage.
    pub fn from_slug(slug: &str) -> Option<Tool> {
        Tool::all().find(|tool| tool.slug() == slug)
    }

    pub fn title(self) -> Rc<str> {
        t(self.about().title)
    }

    pub fn lead(self) -> Rc<str> {
        t(self.about().lead)
    }

    /// The catalog keys of its title and lead (for the coverage tests).
    pub fn keys(self) -> [Key; 2] {
        let about = self.about();
        [about.title, about.lead]
    }

    /// Its position among its stage's tools (0 for the first).
    pub fn position(self) -> usize {
        let tools = self.stage().tools();
        tools.iter().position(|t| *t == self).unwrap_or(0)
    }

    /// The tool after it in its stage, if any.
    pub fn next(self) -> Option<Tool> {
        self.stage().tools().get(self.position() + 1).copied()
    }

    /// The guidance behind this tool's "Read more".
    pub fn guidance(self) -> impl Iterator<Item = &'static Point> {
        let all = self.stage().guidance();
        self.about().points.iter().filter_map(move |&i| all.get(i))
    }

    /// Indices of its guidance points in [`Stage::guidance`].
    pub fn points(self) -> &'static [usize] {
        self.about().points
    }
}
