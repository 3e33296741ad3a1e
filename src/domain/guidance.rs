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
