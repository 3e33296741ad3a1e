//! A stage's tools, typed: each stage has its own enum of tools, so the
//! screen that draws a stage's tools is one exhaustive `match`, and [`Tool`]
//! is any tool of any stage (what an address, the summary and "what is
//! waiting" name). The slug is the tool's part of the address
//! (`#/stage/1/check-in`) and of element ids, and is read nowhere else.

use super::guidance::Point;
use super::Stage;
use crate::i18n::t;
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
    title: &'static str,
    lead: &'static str,
    points: &'static [usize],
}

const fn about(
    slug: &'static str,
    title: &'static str,
    lead: &'static str,
    points: &'static [usize],
) -> About {
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
                "tool.emotions.check-in.title",
                "tool.emotions.check-in.lead",
                &[0],
            ),
            Self::Time => about(
                "time",
                "tool.emotions.time.title",
                "tool.emotions.time.lead",
                &[1],
            ),
            Self::ThankYou => about(
                "thank-you",
                "tool.emotions.thank-you.title",
                "tool.emotions.thank-you.lead",
                &[2],
            ),
            Self::Support => about(
                "support",
                "tool.emotions.support.title",
                "tool.emotions.support.lead",
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
                "tool.feedback.request.title",
                "tool.feedback.request.lead",
                &[0, 3],
            ),
            Self::WhatTheySaid => about(
                "what-they-said",
                "tool.feedback.what-they-said.title",
                "tool.feedback.what-they-said.lead",
                &[1],
            ),
            Self::Thanks => about(
                "thanks",
                "tool.feedback.thanks.title",
                "tool.feedback.thanks.lead",
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
                "tool.reflect.how-it-went.title",
                "tool.reflect.how-it-went.lead",
                &[0],
            ),
            Self::Requirements => about(
                "requirements",
                "tool.reflect.requirements.title",
                "tool.reflect.requirements.lead",
                &[3],
            ),
            Self::TrustedView => about(
                "trusted-view",
                "tool.reflect.trusted-view.title",
                "tool.reflect.trusted-view.lead",
                &[1],
            ),
            Self::Plan => about(
                "plan",
                "tool.reflect.plan.title",
                "tool.reflect.plan.lead",
                &[4],
            ),
            Self::Patterns => about(
                "patterns",
                "tool.reflect.patterns.title",
                "tool.reflect.patterns.lead",
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
                "tool.opportunity.lessons.title",
                "tool.opportunity.lessons.lead",
                &[0],
            ),
            Self::Achievements => about(
                "achievements",
                "tool.opportunity.achievements.title",
                "tool.opportunity.achievements.lead",
                &[1],
            ),
            Self::SelfCare => about(
                "self-care",
                "tool.opportunity.self-care.title",
                "tool.opportunity.self-care.lead",
                &[2],
            ),
            Self::Reframe => about(
                "reframe",
                "tool.opportunity.reframe.title",
                "tool.opportunity.reframe.lead",
                &[3],
            ),
            Self::Paths => about(
                "paths",
                "tool.opportunity.paths.title",
                "tool.opportunity.paths.lead",
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
                "tool.search.this-week.title",
                "tool.search.this-week.lead",
                &[0],
            ),
            Self::Materials => about(
                "materials",
                "tool.search.materials.title",
                "tool.search.materials.lead",
                &[],
            ),
            Self::Network => about(
                "network",
                "tool.search.network.title",
                "tool.search.network.lead",
                &[1],
            ),
            Self::InformationalInterview => about(
                "informational-interview",
                "tool.search.informational-interview.title",
                "tool.search.informational-interview.lead",
                &[2],
            ),
            Self::Openings => about(
                "openings",
                "tool.search.openings.title",
                "tool.search.openings.lead",
                &[3],
            ),
            Self::Adaptable => about(
                "adaptable",
                "tool.search.adaptable.title",
                "tool.search.adaptable.lead",
                &[4],
            ),
            Self::LookingBack => about(
                "looking-back",
                "tool.search.looking-back.title",
                "tool.search.looking-back.lead",
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
    pub fn keys(self) -> [&'static str; 2] {
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
