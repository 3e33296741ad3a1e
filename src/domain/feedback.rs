//! Stage 2 data: the feedback request and its status, the notes of what they
//! said, tagged with themes, and the thank-you for it.

use crate::i18n::k;
use crate::i18n::t;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

use super::list::{replace, Choice, Item, ListEdit};
use super::{Day, Id, Letter, LetterEdit, Tone};

/// Days without a reply before one follow-up is suggested.
pub const DEFAULT_FOLLOW_UP_DAYS: u32 = 7;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestStatus {
    #[default]
    NotSent,
    Sent,
    Replied,
    NoReply,
}

impl Choice for RequestStatus {
    const ALL: &'static [RequestStatus] = &[
        RequestStatus::NotSent,
        RequestStatus::Sent,
        RequestStatus::Replied,
        RequestStatus::NoReply,
    ];

    fn label(self) -> Rc<str> {
        match self {
            RequestStatus::NotSent => t(k::feedback::NOT_SENT_YET),
            RequestStatus::Sent => t(k::feedback::SENT_WAITING_FOR_A),
            RequestStatus::Replied => t(k::feedback::THEY_REPLIED),
            RequestStatus::NoReply => t(k::feedback::NO_REPLY_AND_IVE),
        }
    }

    fn slug(self) -> &'static str {
        match self {
            RequestStatus::NotSent => "not_sent",
            RequestStatus::Sent => "sent",
            RequestStatus::Replied => "replied",
            RequestStatus::NoReply => "no_reply",
        }
    }
}

/// What the stage suggests about the request right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FollowUpAdvice {
    /// Nothing to do (not sent, or answered, or let go).
    Nothing,
    /// Sent; give them time. `days_left` until a follow-up makes sense.
    Wait { days_left: i32 },
    /// Long enough without a reply: one polite follow-up.
    FollowUp,
    /// Followed up and still nothing: time to let it go.
    LetGo,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FeedbackRequest {
    pub tone: Tone,
    pub letter: Letter,
    pub status: RequestStatus,
    pub follow_up_after_days: u32,
    pub follow_up: Letter,
}

impl Default for FeedbackRequest {
    fn default() -> Self {
        FeedbackRequest {
            tone: Tone::default(),
            letter: Letter::default(),
            status: RequestStatus::default(),
            follow_up_after_days: DEFAULT_FOLLOW_UP_DAYS,
            follow_up: Letter::default(),
        }
    }
}

impl FeedbackRequest {
    /// The follow-up as it goes out: to the same person, at the same
    /// address, as the first request, unless the person named someone else.
    pub fn follow_up_letter(&self) -> Letter {
        let mut letter = self.follow_up.clone();
        if letter.to_name.trim().is_empty() {
            letter.to_name = self.letter.to_name.clone();
        }
        if letter.to_email.trim().is_empty() {
            letter.to_email = self.letter.to_email.clone();
        }
        letter
    }

    pub fn advice(&self, today: Day) -> FollowUpAdvice {
        if self.status != RequestStatus::Sent {
            return FollowUpAdvice::Nothing;
        }
        let wait = self.follow_up_after_days.max(1) as i32;
        let Some(sent) = self.letter.sent_on else {
            return FollowUpAdvice::FollowUp;
        };
        match self.follow_up.sent_on {
            Some(followed) if followed.days_until(today) >= wait => FollowUpAdvice::LetGo,
            Some(_) => FollowUpAdvice::Nothing,
            None => {
                let waited = sent.days_until(today);
                if waited >= wait {
                    FollowUpAdvice::FollowUp
                } else {
                    FollowUpAdvice::Wait {
                        days_left: wait - waited,
                    }
                }
            }
        }
    }
}

/// Recurring reasons employers give. Users add their own tags beside these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    TechnicalDepth,
    Communication,
    RelevantExperience,
    CultureFit,
    Leadership,
    SalaryExpectations,
    StrongerCandidate,
    RoleChanged,
}

impl Choice for Theme {
    const ALL: &'static [Theme] = &[
        Theme::TechnicalDepth,
        Theme::Communication,
        Theme::RelevantExperience,
        Theme::CultureFit,
        Theme::Leadership,
        Theme::SalaryExpectations,
        Theme::StrongerCandidate,
        Theme::RoleChanged,
    ];

    fn label(self) -> Rc<str> {
        match self {
            Theme::TechnicalDepth => t(k::feedback::TECHNICAL_OR_DOMAIN_DEPTH),
            Theme::Communication => t(k::feedback::COMMUNICATION),
            Theme::RelevantExperience => t(k::feedback::RELEVANT_EXPERIENCE),
            Theme::CultureFit => t(k::feedback::TEAM_OR_CULTURE_FIT),
            Theme::Leadership => t(k::feedback::LEADERSHIP),
            Theme::SalaryExpectations => t(k::feedback::SALARY_EXPECTATIONS),
            Theme::StrongerCandidate => t(k::feedback::A_STRONGER_CANDIDATE),
            Theme::RoleChanged => t(k::feedback::ROLE_CHANGED_OR_CLOSED),
        }
    }

    fn slug(self) -> &'static str {
        match self {
            Theme::TechnicalDepth => "technical_depth",
            Theme::Communication => "communication",
            Theme::RelevantExperience => "relevant_experience",
            Theme::CultureFit => "culture_fit",
            Theme::Leadership => "leadership",
            Theme::SalaryExpectations => "salary_expectations",
            Theme::StrongerCandidate => "stronger_candidate",
            Theme::RoleChanged => "role_changed",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fairness {
    Fair,
    Partly,
    Unfair,
    Unsure,
}

impl Choice for Fairness {
    const ALL: &'static [Fairness] = &[
        Fairness::Fair,
        Fairness::Partly,
        Fairness::Unfair,
        Fairness::Unsure,
    ];

    fn label(self) -> Rc<str> {
        match self {
            Fairness::Fair => t(k::feedback::FAIR),
            Fairness::Partly => t(k::feedback::PARTLY_FAIR),
            Fairness::Unfair => t(k::feedback::NOT_FAIR),
            Fairness::Unsure => t(k::feedback::NOT_SURE_YET),
        }
    }

    fn slug(self) -> &'static str {
        match self {
            Fairness::Fair => "fair",
            Fairness::Partly => "partly",
            Fairness::Unfair => "unfair",
            Fairness::Unsure => "unsure",
        }
    }
}

/// One piece of feedback, as the user noted it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FeedbackNote {
    pub id: Id,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub themes: Vec<Theme>,
    /// The user's own tags, as typed (trimmed, no empty or repeated ones).
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub fair: Option<Fairness>,
    #[serde(default, serialize_with = "super::saved::whole_ms")]
    pub at_ms: f64,
}

/// Splits "pace, System design ,pace" into ["pace", "System design"]: trimmed,
/// no empties, no repeats (ignoring case).
pub fn parse_tags(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in text.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if !tags.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            tags.push(tag.to_owned());
        }
    }
    tags
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FeedbackData {
    pub request: FeedbackRequest,
    pub notes: Vec<FeedbackNote>,
    pub thanks: Letter,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FeedbackEdit {
    SetTone(Tone),
    Request(LetterEdit),
    SetStatus(RequestStatus),
    SetFollowUpDays(u32),
    FollowUp(LetterEdit),
    Notes(ListEdit<FeedbackNote>),
    Thanks(LetterEdit),
}

impl FeedbackData {
    pub fn apply(&mut self, edit: FeedbackEdit) -> bool {
        match edit {
            FeedbackEdit::SetTone(tone) => replace(&mut self.request.tone, tone),
            FeedbackEdit::Request(edit) => {
                // Marking the request sent also moves its status on.
                if let LetterEdit::MarkSent(Some(_)) = edit {
                    if self.request.status == RequestStatus::NotSent {
                        self.request.status = RequestStatus::Sent;
                    }
                }
                self.request.letter.apply(edit)
            }
            FeedbackEdit::SetStatus(status) => replace(&mut self.request.status, status),
            FeedbackEdit::SetFollowUpDays(days) => {
                replace(&mut self.request.follow_up_after_days, days.clamp(1, 60))
            }
            FeedbackEdit::FollowUp(edit) => self.request.follow_up.apply(edit),
            FeedbackEdit::Notes(edit) => edit.apply_unless_blank(&mut self.notes),
            FeedbackEdit::Thanks(edit) => self.thanks.apply(edit),
        }
    }
}

impl Item for FeedbackNote {
    fn id(&self) -> &Id {
        &self.id
    }
    fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}
