//! Stage 1 data: feelings check-ins, the processing window, the thank-you note
//! and the support circle. All of it belongs to one rejection.

use crate::i18n::k;
use crate::i18n::{t, Key};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::rc::Rc;

use super::list::{replace, Choice, Item, ListEdit};
use super::{Day, Id, Letter};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feeling {
    Disappointed,
    Frustrated,
    Sad,
    SelfDoubt,
    Angry,
    Anxious,
    Embarrassed,
    Relieved,
    Hopeful,
    Determined,
}

impl Choice for Feeling {
    const ALL: &'static [Feeling] = &[
        Feeling::Disappointed,
        Feeling::Frustrated,
        Feeling::Sad,
        Feeling::SelfDoubt,
        Feeling::Angry,
        Feeling::Anxious,
        Feeling::Embarrassed,
        Feeling::Relieved,
        Feeling::Hopeful,
        Feeling::Determined,
    ];

    fn label(self) -> Rc<str> {
        match self {
            Feeling::Disappointed => t(k::emotions::DISAPPOINTED),
            Feeling::Frustrated => t(k::emotions::FRUSTRATED),
            Feeling::Sad => t(k::emotions::SAD),
            Feeling::SelfDoubt => t(k::emotions::DOUBTING_MYSELF),
            Feeling::Angry => t(k::emotions::ANGRY),
            Feeling::Anxious => t(k::emotions::ANXIOUS),
            Feeling::Embarrassed => t(k::emotions::EMBARRASSED),
            Feeling::Relieved => t(k::emotions::RELIEVED),
            Feeling::Hopeful => t(k::emotions::HOPEFUL),
            Feeling::Determined => t(k::emotions::DETERMINED),
        }
    }

    fn slug(self) -> &'static str {
        match self {
            Feeling::Disappointed => "disappointed",
            Feeling::Frustrated => "frustrated",
            Feeling::Sad => "sad",
            Feeling::SelfDoubt => "self-doubt",
            Feeling::Angry => "angry",
            Feeling::Anxious => "anxious",
            Feeling::Embarrassed => "embarrassed",
            Feeling::Relieved => "relieved",
            Feeling::Hopeful => "hopeful",
            Feeling::Determined => "determined",
        }
    }
}

/// The words for "How are you, overall?", from 1 (very low) to 5 (good):
/// higher is better, as the chart of it shows.
pub const OVERALL: [Key; 5] = [
    k::emotions::VERY_LOW,
    k::emotions::LOW,
    k::emotions::OKAY,
    k::emotions::FAIRLY_GOOD,
    k::emotions::GOOD,
];

/// One "how am I doing" moment. Several a day are fine. One tap on the
/// overall scale is a whole check-in; feelings, how strong each is, and a
/// note are optional.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckIn {
    pub id: Id,
    /// Unix milliseconds when it was first saved.
    #[serde(serialize_with = "super::saved::whole_ms")]
    pub at_ms: f64,
    /// How the person is overall, 1 to 5 (see [`OVERALL`]). `None` on
    /// check-ins from before Rebound asked it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overall: Option<u8>,
    #[serde(default)]
    pub feelings: Vec<Feeling>,
    /// How strong each named feeling is, 1 (barely) to 10 (overwhelming);
    /// a feeling without a number was only named.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub strength: BTreeMap<Feeling, u8>,
    /// Check-ins from before: one strength, 1 to 10, for all their feelings
    /// together. Kept and shown as it was; never asked again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intensity: Option<u8>,
    #[serde(default)]
    pub note: String,
}

impl CheckIn {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 10;
    /// Where a feeling's strength starts when it is first named.
    pub const DEFAULT_STRENGTH: u8 = 5;

    pub fn clamp_strength(value: i64) -> u8 {
        value.clamp(i64::from(Self::MIN), i64::from(Self::MAX)) as u8
    }

    /// "Okay", for the overall answer.
    pub fn overall_label(&self) -> Option<Rc<str>> {
        let index = usize::from(self.overall?).checked_sub(1)?;
        OVERALL.get(index).map(|key| t(*key))
    }

    /// How strong `feeling` was: its own number, else the old shared one.
    pub fn strength_of(&self, feeling: Feeling) -> Option<u8> {
        self.strength.get(&feeling).copied().or(self.intensity)
    }

    /// A low moment: "Low" overall, or a heavy feeling at 8 of 10 or more.
    /// Worth a quiet line on where to talk to someone, not an alarm.
    pub fn is_low(&self) -> bool {
        self.overall.is_some_and(|o| o <= 2) || self.has_heavy_feeling()
    }

    /// A moment for help in plain view: "Very low" overall, or a heavy
    /// feeling at 8 of 10 or more. Ordinary disappointment ("Low") is not.
    pub fn needs_help_now(&self) -> bool {
        self.overall == Some(1) || self.has_heavy_feeling()
    }

    fn has_heavy_feeling(&self) -> bool {
        let heavy = |f: &Feeling| {
            !matches!(
                f,
                Feeling::Relieved | Feeling::Hopeful | Feeling::Determined
            )
        };
        self.feelings
            .iter()
            .filter(|f| heavy(f))
            .any(|f| self.strength_of(*f).is_some_and(|s| s >= 8))
    }

    /// Nothing in it: no answer, no feeling, no note.
    pub fn is_empty(&self) -> bool {
        self.overall.is_none() && self.feelings.is_empty() && self.note.trim().is_empty()
    }

    /// The same check-in with its numbers in range and strengths only for
    /// the feelings it names.
    fn clamped(mut self) -> CheckIn {
        self.overall = self.overall.map(|o| o.clamp(1, OVERALL.len() as u8));
        self.intensity = self
            .intensity
            .map(|i| CheckIn::clamp_strength(i64::from(i)));
        let feelings = self.feelings.clone();
        self.strength.retain(|f, _| feelings.contains(f));
        for value in self.strength.values_mut() {
            *value = CheckIn::clamp_strength(i64::from(*value));
        }
        self
    }
}

/// A short, chosen time to feel it before turning forward.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcessingWindow {
    pub start: Day,
    /// The last day of the window.
    pub end: Day,
}

/// Where the user is relative to their window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WindowState {
    /// `days_left` counts today: 1 means "ends today".
    Open {
        days_left: i32,
    },
    Ended {
        days_ago: i32,
    },
}

impl ProcessingWindow {
    /// A window of `days` days starting `start` (at least one day).
    pub fn of_days(start: Day, days: i32) -> ProcessingWindow {
        ProcessingWindow {
            start,
            end: start.add_days(days.max(1) - 1),
        }
    }

    pub fn state(&self, today: Day) -> WindowState {
        if today <= self.end {
            WindowState::Open {
                days_left: today.days_until(self.end) + 1,
            }
        } else {
            WindowState::Ended {
                days_ago: self.end.days_until(today),
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Friend,
    Family,
    Mentor,
    Peer,
    Other,
}

impl Choice for Relation {
    const ALL: &'static [Relation] = &[
        Relation::Friend,
        Relation::Family,
        Relation::Mentor,
        Relation::Peer,
        Relation::Other,
    ];

    fn label(self) -> Rc<str> {
        match self {
            Relation::Friend => t(k::emotions::FRIEND),
            Relation::Family => t(k::emotions::FAMILY),
            Relation::Mentor => t(k::emotions::MENTOR),
            Relation::Peer => t(k::emotions::PEER_OR_COLLEAGUE),
            Relation::Other => t(k::emotions::SOMEONE_ELSE),
        }
    }

    fn slug(self) -> &'static str {
        match self {
            Relation::Friend => "friend",
            Relation::Family => "family",
            Relation::Mentor => "mentor",
            Relation::Peer => "peer",
            Relation::Other => "other",
        }
    }
}

/// Someone to lean on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Supporter {
    pub id: Id,
    #[serde(default)]
    pub name: String,
    #[serde(default = "Supporter::default_relation")]
    pub relation: Relation,
    #[serde(default)]
    pub reached_out_on: Option<Day>,
}

impl Supporter {
    pub fn default_relation() -> Relation {
        Relation::Friend
    }
}

/// Openers for reaching out, for when the words will not come (catalog keys).
pub const WHAT_TO_SAY: [Key; 4] = [
    k::emotions::I_DIDNT_GET_THE,
    k::emotions::IM_FEELING_A_BIT,
    k::emotions::YOU_KNOW_ME_AND,
    k::emotions::I_DONT_NEED_ADVICE,
];

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EmotionsData {
    pub checkins: Vec<CheckIn>,
    pub window: Option<ProcessingWindow>,
    pub thank_you: Letter,
    pub supporters: Vec<Supporter>,
}

/// Changes to stage 1 data.
#[derive(Clone, Debug, PartialEq)]
pub enum EmotionsEdit {
    /// An updated check-in keeps the time it was first made.
    CheckIns(ListEdit<CheckIn>),
    SetWindow(Option<ProcessingWindow>),
    ThankYou(super::LetterEdit),
    Supporters(ListEdit<Supporter>),
}

impl EmotionsData {
    /// How many people in the support circle the person has reached out to.
    pub fn reached_out(&self) -> usize {
        self.supporters
            .iter()
            .filter(|s| s.reached_out_on.is_some())
            .count()
    }

    pub fn apply(&mut self, edit: EmotionsEdit) -> bool {
        match edit {
            EmotionsEdit::CheckIns(edit) => {
                let edit = match edit {
                    ListEdit::Add(c) => ListEdit::Add(c.clamped()),
                    ListEdit::Update(mut c) => {
                        if let Some(first) = self.checkins.iter().find(|x| x.id == c.id) {
                            c.at_ms = first.at_ms;
                        }
                        ListEdit::Update(c.clamped())
                    }
                    delete => delete,
                };
                edit.apply_unless_blank(&mut self.checkins)
            }
            EmotionsEdit::SetWindow(window) => replace(&mut self.window, window),
            EmotionsEdit::ThankYou(edit) => self.thank_you.apply(edit),
            EmotionsEdit::Supporters(edit) => edit.apply_unless_blank(&mut self.supporters),
        }
    }
}

impl Item for CheckIn {
    fn id(&self) -> &Id {
        &self.id
    }
    fn is_blank(&self) -> bool {
        self.overall.is_none() && self.feelings.is_empty() && self.note.trim().is_empty()
    }
}

impl Item for Supporter {
    fn id(&self) -> &Id {
        &self.id
    }
    fn is_blank(&self) -> bool {
        self.name.trim().is_empty()
    }
}
