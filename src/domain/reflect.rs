//! Stage 3 data: how this process went, the role's requirements against the
//! user, and what trusted people said. The development plan it feeds is
//! person-level (see `person.rs`).

use crate::i18n::k;
use serde::{Deserialize, Serialize};

use super::list::replace;
use super::list::{choices, Item, ListEdit, TextItem};
use super::{Day, Id};

choices! {
    /// What a person rates about one hiring process, 1 to 5.
    Dimension {
        Preparation => ("preparation", k::reflect::PREPARATION),
        Answers => ("answers", k::reflect::MY_ANSWERS),
        Depth => ("depth", k::feedback::TECHNICAL_OR_DOMAIN_DEPTH),
        Examples => ("examples", k::reflect::EXAMPLES_AND_STORIES),
        Questions => ("questions", k::reflect::QUESTIONS_I_ASKED),
        Rapport => ("rapport", k::reflect::RAPPORT_WITH_THE_INTERVIEWERS),
        FollowUp => ("follow_up", k::activity::FOLLOW_UP),
    }
}

/// Ratings at or below this count as a weak spot.
pub const WEAK_RATING: u8 = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating {
    pub dimension: Dimension,
    /// 1 (poor) to 5 (strong).
    pub score: u8,
}

choices! {
    /// How well the user meets one requirement of the job.
    Fit {
        Met => ("met", k::reflect::MET),
        Partly => ("partly", k::reflect::PARTLY),
        Gap => ("gap", k::reflect::A_GAP),
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Requirement {
    pub id: Id,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub fit: Option<Fit>,
    #[serde(default)]
    pub evidence: String,
}

impl Item for Requirement {
    fn id(&self) -> &Id {
        &self.id
    }
    fn is_blank(&self) -> bool {
        self.text.trim().is_empty() && self.evidence.trim().is_empty()
    }
}

impl Requirement {
    /// The plan item a gap becomes. Its id derives from the requirement's, so
    /// sending the same gap twice (or from two tabs) makes one item, not two.
    pub fn plan_id(&self) -> Id {
        Id::from_text(&format!("plan-{}", self.id))
    }
}

/// Splits pasted text into requirements: one per line, bullets and numbering
/// removed, blank lines skipped.
pub fn split_requirements(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| {
            let line = line.trim();
            let line = line.trim_start_matches(['-', '*', '•', '·', '–', '—', '▪', '◦']);
            let without_number = line
                .split_once(['.', ')'])
                .filter(|(n, rest)| {
                    // "1. Rust" is numbering; "3.5 years" is not.
                    !n.is_empty()
                        && n.len() <= 3
                        && n.chars().all(|c| c.is_ascii_digit())
                        && rest.starts_with(char::is_whitespace)
                })
                .map(|(_, rest)| rest)
                .unwrap_or(line);
            without_number.trim().to_owned()
        })
        .filter(|line| !line.is_empty())
        .collect()
}

/// Someone trusted, and their view of how it went.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrustedView {
    pub id: Id,
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub said: String,
}

impl Item for TrustedView {
    fn id(&self) -> &Id {
        &self.id
    }
    fn is_blank(&self) -> bool {
        self.who.trim().is_empty() && self.said.trim().is_empty()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReflectionData {
    pub ratings: Vec<Rating>,
    pub went_well: String,
    pub to_improve: String,
    pub strengths: Vec<TextItem>,
    pub improvements: Vec<TextItem>,
    pub requirements: Vec<Requirement>,
    pub trusted: Vec<TrustedView>,
}

impl ReflectionData {
    pub fn rating(&self, dimension: Dimension) -> Option<u8> {
        self.ratings
            .iter()
            .find(|r| r.dimension == dimension)
            .map(|r| r.score)
    }

    /// Dimensions rated as weak spots in this process.
    pub fn weak_dimensions(&self) -> impl Iterator<Item = Dimension> + '_ {
        self.ratings
            .iter()
            .filter(|r| r.score <= WEAK_RATING)
            .map(|r| r.dimension)
    }

    pub fn gaps(&self) -> impl Iterator<Item = &Requirement> {
        self.requirements
            .iter()
            .filter(|r| r.fit == Some(Fit::Gap) && !r.text.trim().is_empty())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ReflectEdit {
    /// `None` clears the rating.
    Rate(Dimension, Option<u8>),
    SetWentWell(String),
    SetToImprove(String),
    Strengths(ListEdit<TextItem>),
    Improvements(ListEdit<TextItem>),
    /// Adds one requirement per pasted line, with the given ids.
    AddRequirements(Vec<Requirement>),
    Requirements(ListEdit<Requirement>),
    Trusted(ListEdit<TrustedView>),
}

impl ReflectionData {
    pub fn apply(&mut self, edit: ReflectEdit) -> bool {
        match edit {
            ReflectEdit::Rate(dimension, score) => {
                let before = self.ratings.clone();
                self.ratings.retain(|r| r.dimension != dimension);
                if let Some(score) = score {
                    self.ratings.push(Rating {
                        dimension,
                        score: score.clamp(1, 5),
                    });
                    super::sort_by_rank(&mut self.ratings, |r| r.dimension as i64);
                }
                self.ratings != before
            }
            ReflectEdit::SetWentWell(text) => replace(&mut self.went_well, text),
            ReflectEdit::SetToImprove(text) => replace(&mut self.to_improve, text),
            ReflectEdit::Strengths(edit) => edit.apply(&mut self.strengths),
            ReflectEdit::Improvements(edit) => edit.apply(&mut self.improvements),
            ReflectEdit::AddRequirements(items) => {
                let mut changed = false;
                for item in items {
                    changed |= ListEdit::Add(item).apply(&mut self.requirements);
                }
                changed
            }
            ReflectEdit::Requirements(edit) => edit.apply(&mut self.requirements),
            ReflectEdit::Trusted(edit) => edit.apply(&mut self.trusted),
        }
    }
}

choices! {
    /// The kind of step that closes a gap.
    PlanKind {
        Course => ("course", k::reflect::COURSE),
        Certification => ("certification", k::reflect::CERTIFICATION),
        Project => ("project", k::reflect::PROJECT),
        Practice => ("practice", k::reflect::PRACTICE),
        Other => ("other", k::reflect::SOMETHING_ELSE),
    }
}

choices! {
    PlanStatus {
        Planned => ("planned", k::reflect::PLANNED),
        Doing => ("doing", k::reflect::UNDER_WAY),
        Done => ("done", k::list::DONE),
    }
}

/// One step of the development plan (person-level).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanItem {
    pub id: Id,
    /// The gap or improvement it addresses.
    #[serde(default)]
    pub gap: String,
    #[serde(default = "PlanItem::default_kind")]
    pub kind: PlanKind,
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub target: Option<Day>,
    #[serde(default = "PlanItem::default_status")]
    pub status: PlanStatus,
    /// The rejection it came from, if any.
    #[serde(default)]
    pub source: Option<Id>,
}

impl PlanItem {
    pub fn default_kind() -> PlanKind {
        PlanKind::Course
    }
    pub fn default_status() -> PlanStatus {
        PlanStatus::Planned
    }

    pub fn new(id: Id, gap: String, source: Option<Id>) -> PlanItem {
        PlanItem {
            id,
            gap,
            kind: PlanKind::Course,
            action: String::new(),
            target: None,
            status: PlanStatus::Planned,
            source,
        }
    }

    /// Does this item address `topic`? (Case and spacing do not matter.)
    pub fn addresses(&self, topic: &str) -> bool {
        normalise(&self.gap) == normalise(topic)
    }
}

/// Lower case, single spaces: how themes and gaps are compared.
pub fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Item for PlanItem {
    fn id(&self) -> &Id {
        &self.id
    }
    fn is_blank(&self) -> bool {
        self.gap.trim().is_empty() && self.action.trim().is_empty()
    }
}
