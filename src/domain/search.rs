//! Keeping the search going (stage 5): weekly goals, application materials,
//! the network, leads and what the person is open to. Person-level: these
//! serve the whole search, not one rejection.

use super::list::{choices, Item};
use super::{Day, Id};
use crate::i18n::k;
use crate::i18n::t;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

choices! {
    GoalKind {
        Applications => ("applications", k::search::APPLICATIONS_SENT),
        CoverLetters => ("cover_letters", k::search::TAILORED_COVER_LETTERS),
        Networking => ("networking", k::search::NETWORKING_MESSAGES),
        LearningHours => ("learning_hours", k::search::HOURS_OF_LEARNING),
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub target: u32,
    pub done: u32,
}

/// One week's goals; `week` is its Monday.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WeekGoals {
    pub week: Day,
    #[serde(default)]
    pub goals: Vec<(GoalKind, Goal)>,
}

impl WeekGoals {
    pub fn goal(&self, kind: GoalKind) -> Goal {
        self.goals
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, g)| *g)
            .unwrap_or_default()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Materials {
    pub resume_revised_on: Option<Day>,
    pub cover_letter_tailored_on: Option<Day>,
    pub notes: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub id: Id,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub company: String,
    #[serde(default)]
    pub how_known: String,
    #[serde(default)]
    pub next_step: String,
    #[serde(default)]
    pub next_date: Option<Day>,
}

impl Item for Contact {
    fn id(&self) -> &Id {
        &self.id
    }
    fn is_blank(&self) -> bool {
        [&self.name, &self.company, &self.how_known, &self.next_step]
            .iter()
            .all(|s| s.trim().is_empty())
    }
    fn not_ready(&self) -> Option<Rc<str>> {
        self.name
            .trim()
            .is_empty()
            .then_some(t(k::search::ADD_THEIR_NAME_A))
    }
}

choices! {
    EventKind {
        Event => ("event", k::search::AN_EVENT_TO_ATTEND),
        Association => ("association", k::search::AN_ASSOCIATION_TO_JOIN),
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NetworkEvent {
    pub id: Id,
    #[serde(default)]
    pub name: String,
    #[serde(default = "NetworkEvent::default_kind")]
    pub kind: EventKind,
    #[serde(default)]
    pub date: Option<Day>,
    #[serde(default)]
    pub done: bool,
}

impl NetworkEvent {
    pub fn default_kind() -> EventKind {
        EventKind::Event
    }
}

impl Item for NetworkEvent {
    fn id(&self) -> &Id {
        &self.id
    }
    fn is_blank(&self) -> bool {
        self.name.trim().is_empty()
    }
}

choices! {
    LeadKind {
        Role => ("role", k::search::A_ROLE),
        Company => ("company", k::search::A_COMPANY),
        JobBoard => ("job_board", k::search::A_JOB_BOARD),
        CareerPage => ("career_page", k::search::A_COMPANY_CAREER_PAGE),
        SavedSearch => ("saved_search", k::search::A_SAVED_SEARCH),
    }
}

choices! {
    LeadStatus {
        Interested => ("interested", k::search::INTERESTED),
        Applied => ("applied", k::search::APPLIED),
        Interviewing => ("interviewing", k::search::INTERVIEWING),
        Closed => ("closed", k::search::CLOSED),
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lead {
    pub id: Id,
    #[serde(default)]
    pub title: String,
    #[serde(default = "Lead::default_kind")]
    pub kind: LeadKind,
    #[serde(default)]
    pub url: String,
    #[serde(default = "Lead::default_status")]
    pub status: LeadStatus,
}

impl Lead {
    pub fn default_kind() -> LeadKind {
        LeadKind::Role
    }
    pub fn default_status() -> LeadStatus {
        LeadStatus::Interested
    }
}

impl Item for Lead {
    fn id(&self) -> &Id {
        &self.id
    }
    fn is_blank(&self) -> bool {
        self.title.trim().is_empty() && self.url.trim().is_empty()
    }
}

/// A link the user typed, if it is safe to make clickable: http or https only,
/// so `javascript:`, `data:` and the like never become links.
pub fn safe_link(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let host_ok = rest
        .split(['/', '?', '#'])
        .next()
        .is_some_and(|host| !host.is_empty());
    let clean = !url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    (host_ok && clean).then_some(url)
}

choices! {
    OpenKind {
        Industry => ("industry", k::search::INDUSTRY),
        Role => ("role", k::search::KIND_OF_ROLE),
        Organisation => ("organisation", k::search::KIND_OF_ORGANISATION),
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpenTo {
    pub id: Id,
    #[serde(default = "OpenTo::default_kind")]
    pub kind: OpenKind,
    #[serde(default)]
    pub text: String,
}

impl OpenTo {
    pub fn default_kind() -> OpenKind {
        OpenKind::Industry
    }
}

impl Item for OpenTo {
    fn id(&self) -> &Id {
        &self.id
    }
    fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}
