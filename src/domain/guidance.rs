//! The short guidance that opens each stage, in Rebound's own words. Between
//! them the five stages cover every point of the source chapters in
//! `shared/seeds/`; `tests/guidance.rs` checks each point has a home.

use super::Stage;

/// One piece of advice: a short heading and a sentence or two.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub heading: &'static str,
    pub body: &'static str,
}

const fn p(heading: &'static str, body: &'static str) -> Point {
    Point { heading, body }
}

const EMOTIONS: &[Point] = &[
    p(
        "Let yourself feel it",
        "Disappointment, frustration, sadness and self-doubt are ordinary reactions to a no. Name what you feel instead of pushing it away; it passes sooner that way.",
    ),
    p(
        "Give it a set time, not all your time",
        "Pick a short window, a day or a few, to let the news land. When it closes, turn your attention forward: going over the same conversation again and again keeps the sting fresh and clouds your judgement.",
    ),
    p(
        "Close the door gracefully",
        "However much it stings, a short, composed note thanking the hiring manager or recruiter for their time and consideration shows who you are, and people remember it when the next role opens.",
    ),
    p(
        "Lean on your people",
        "Talk it through with a friend, someone in your family or a mentor. Other people see your situation with fresh eyes, and their encouragement helps you put one interview in proportion.",
    ),
];

const FEEDBACK: &[Point] = &[
    p(
        "Ask, politely",
        "Write to the hiring manager or recruiter: thank them for the chance to interview, and ask whether they would share what they thought of your application, how the interviews went and what you could do better. Say plainly that you want to learn from it.",
    ),
    p(
        "Listen without defending yourself",
        "When an answer comes, take it all in before you respond, and do not argue the point. Write down what was said, stay curious rather than hurt, and pick out what you can work on in your skills and in how you interview.",
    ),
    p(
        "Thank them for it",
        "Feedback takes time and some courage to give, even when it is hard to hear. A short thank-you that says you mean to keep growing leaves a lasting good impression.",
    ),
    p(
        "Not everyone answers",
        "Many employers do not reply, or reply with a line. One polite follow-up is fine; after that, let it go. Silence says nothing about your worth.",
    ),
];

const REFLECT: &[Point] = &[
    p(
        "Look at how it went",
        "Think back over the interviews and the materials you sent, your resume and cover letter. Note what you showed well and where you could have done better: both lists matter.",
    ),
    p(
        "Ask someone you trust",
        "A colleague, mentor or friend who knows your work can give you a more objective view of your strengths and weak spots than you can give yourself right now.",
    ),
    p(
        "Look for patterns",
        "One rejection says little. When several interviewers point to the same thing, that theme is where your preparation will pay off most.",
    ),
    p(
        "Hold yourself up against the role",
        "Go through what the job asked for, line by line, and be honest about which essential requirements you met, which partly and which not yet.",
    ),
    p(
        "Plan to close the gaps",
        "For each gap, choose something concrete: a course, a certification, a project or regular practice. Further education and training make you a stronger candidate for the next similar role.",
    ),
];

const OPPORTUNITY: &[Point] = &[
    p(
        "Keep the lesson",
        "Every application and interview teaches something. Write down the questions they asked, the skills the role needed and what they expected of the person in it, and use that to sharpen your next applications and interviews.",
    ),
    p(
        "Remember what you have already done",
        "Confidence dips after a no. Your past accomplishments are still true: list them, small wins included, and celebrate them.",
    ),
    p(
        "Look after yourself",
        "Sleep, movement, time outside and time with people you like are part of the search, not a break from it. Do things that bring you joy, lower your stress and give you energy back.",
    ),
    p(
        "Grow more resilient",
        "Setbacks are a normal part of looking for work and this one is temporary. Each one you come through leaves you stronger and more determined; keep a hopeful outlook and keep going.",
    ),
    p(
        "Consider other paths",
        "Freelance or contract work, an internship, volunteering or further study can widen your skills and your network, and often lead to the next job.",
    ),
];

const SEARCH: &[Point] = &[
    p(
        "Keep the momentum",
        "Keep applying. Revise your resume with what you learned, tailor each cover letter, and set aside regular time to research and apply for roles that match your skills and goals.",
    ),
    p(
        "Network with a purpose",
        "Many openings are never advertised. Go to industry events, join professional associations, connect with people in the field you want, and use online professional networks to grow your connections and hear about roles early.",
    ),
    p(
        "Ask for informational interviews",
        "A short conversation with someone doing the work you want gives you inside knowledge of the field, and sometimes news of an opening before it is posted.",
    ),
    p(
        "Keep watching for openings",
        "Check job boards, company career pages and professional networking sites regularly, and save searches so new postings come to you.",
    ),
    p(
        "Stay persistent and adaptable",
        "A search has good weeks and bad ones. Keep your goal in sight and stay flexible about the route there: another industry, a different kind of role or organisation may suit you better than you expect. Every setback brings the right fit a step closer.",
    ),
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
    pub title: &'static str,
    pub lead: &'static str,
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
        "How are you, overall?",
        "One tap is enough. Name your feelings or add a note too if you like.",
        &[0],
    ),
    tool(
        "time",
        "Time to process, without dwelling",
        "Decide how long you will let yourself feel this fully. A day to three is usually enough; you choose.",
        &[1],
    ),
    tool(
        "thank-you",
        "Stay professional: a thank-you note",
        "A short note of thanks to whoever told you. It takes two minutes and people remember it. Rebound never sends anything.",
        &[2],
    ),
    tool(
        "support",
        "Your support circle",
        "Who could you talk to this week? Write them down, then tick them off once you have reached out.",
        &[3],
    ),
];

const FEEDBACK_TOOLS: &[Tool] = &[
    tool(
        "request",
        "Ask for feedback",
        "Write to the hiring manager or recruiter within a few days, while you are fresh in their mind.",
        &[0, 3],
    ),
    tool(
        "what-they-said",
        "What they said",
        "Write it down as they said it, then decide what to work on. Take it in before you answer it.",
        &[1],
    ),
    tool(
        "thanks",
        "Thank them for it",
        "Whatever they said, and however it landed, a short thank-you shows you took it well and mean to grow from it.",
        &[2],
    ),
];

const REFLECT_TOOLS: &[Tool] = &[
    tool(
        "how-it-went",
        "How it went",
        "Rate each part from 1 (weak) to 5 (strong). Be fair to yourself: the aim is to see clearly, not to judge.",
        &[0],
    ),
    tool(
        "requirements",
        "The role's requirements against me",
        "Paste what the job advert asked for, then say which you meet, partly meet or do not meet yet.",
        &[3],
    ),
    tool(
        "trusted-view",
        "Ask someone you trust",
        "Tell a mentor, a former colleague or a friend how it went, and ask what they see as your strengths and weak spots.",
        &[1],
    ),
    tool(
        "plan",
        "My development plan",
        "For each gap, one concrete step: a course, a certificate, a project or regular practice, with a date if it helps.",
        &[4],
    ),
    tool(
        "patterns",
        "Patterns across rejections",
        "What comes up again and again in feedback and in your own ratings: where preparing pays off most.",
        &[2],
    ),
];

const OPPORTUNITY_TOOLS: &[Tool] = &[
    tool(
        "lessons",
        "What this one taught me",
        "The questions they asked, the skills the role needed, what they expected. It all joins your question bank for the next interview.",
        &[0],
    ),
    tool(
        "achievements",
        "What I have already achieved",
        "Projects you delivered, problems you solved, people you helped, small wins from this week. Reread them when your confidence dips.",
        &[1],
    ),
    tool(
        "self-care",
        "Look after yourself",
        "Tick what you did for yourself today. Small things count.",
        &[2],
    ),
    tool(
        "reframe",
        "Reframe a harsh thought",
        "Write down the thought that keeps coming back, spot the traps in it, then write the fairer version you would tell a friend.",
        &[3],
    ),
    tool(
        "paths",
        "Other paths worth a look",
        "Each of these builds skills and widens your network while you search. How interested are you, and what would a first step be?",
        &[4],
    ),
];

const SEARCH_TOOLS: &[Tool] = &[
    tool(
        "this-week",
        "This week",
        "Small, steady goals beat bursts. Set a number for each, then count up as you go.",
        &[0],
    ),
    tool(
        "materials",
        "Sharpen your materials",
        "Revise your resume and tailor each cover letter to the role, using what your reflection turned up.",
        &[],
    ),
    tool(
        "network",
        "People in my network",
        "Former colleagues, classmates, people you met at events. For each, one next step and when.",
        &[1],
    ),
    tool(
        "informational-interview",
        "Ask for an informational interview",
        "Twenty minutes with someone doing the work you want: you learn how the field really works, and sometimes hear of openings early.",
        &[2],
    ),
    tool(
        "openings",
        "Openings to watch",
        "Roles, companies, job boards, company career pages and saved searches. Check them on a regular day each week.",
        &[3],
    ),
    tool(
        "adaptable",
        "Staying adaptable",
        "Other industries, kinds of role or organisations you would be open to. The right fit is not always where you first looked.",
        &[4],
    ),
    tool(
        "looking-back",
        "Looking back on this one",
        "What you did with this rejection, stage by stage.",
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
    /// The guidance behind this tool's "Read more".
    pub fn guidance(&self, stage: Stage) -> impl Iterator<Item = &'static Point> + '_ {
        let all = stage.guidance();
        self.points.iter().filter_map(move |&i| all.get(i))
    }
}
