//! Person-level data: what serves the whole search rather than one rejection.
//! Here the question bank, reframes, self-care and other paths (stage 4) and
//! the `Person` that holds them with the stage-5 lists of `search.rs`.

use super::Choice;
use crate::i18n::k;
use crate::i18n::t;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

use super::list::replace;
use super::list::{choices, merge_by_id, Item, ListEdit, TextItem};
use super::{
    Contact, Day, Goal, GoalKind, Id, Lead, Letter, LetterEdit, Materials, NetworkEvent, OpenTo,
    PlanItem, WeekGoals,
};

choices! {
    LessonKind {
        Question => ("question", k::person::A_QUESTION_THEY_ASKED),
        Skill => ("skill", k::person::A_SKILL_THE_ROLE),
        Expectation => ("expectation", k::person::WHAT_THE_ROLE_EXPECTED),
    }
}

/// Something this process taught: kept in a question bank across rejections.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lesson {
    pub id: Id,
    #[serde(default = "Lesson::default_kind")]
    pub kind: LessonKind,
    #[serde(default)]
    pub text: String,
    /// How I would answer or prepare next time.
    #[serde(default)]
    pub prep: String,
    /// The rejection it came from.
    #[serde(default)]
    pub source: Option<Id>,
}

impl Lesson {
    pub fn default_kind() -> LessonKind {
        LessonKind::Question
    }
}

impl Item for Lesson {
    fn id(&self) -> &Id {
        &self.id
    }
    fn is_blank(&self) -> bool {
        self.text.trim().is_empty() && self.prep.trim().is_empty()
    }
}

choices! {
    /// Thinking traps a harsh thought can fall into.
    Trap {
        AllOrNothing => ("all_or_nothing", k::person::ALL_OR_NOTHING),
        Overgeneralizing => ("overgeneralizing", k::person::OVERGENERALISING),
        MindReading => ("mind_reading", k::person::MIND_READING),
        FortuneTelling => ("fortune_telling", k::person::FORTUNE_TELLING),
        Catastrophizing => ("catastrophizing", k::person::CATASTROPHISING),
        Labeling => ("labeling", k::person::LABELLING),
        DiscountingPositive => ("discounting_positive", k::person::DISCOUNTING_THE_POSITIVE),
        Should => ("should_statements", k::person::SHOULD_STATEMENTS),
    }
}

impl Trap {
    /// A one-line explanation, so the user can recognise the trap.
    pub fn hint(self) -> Rc<str> {
        match self {
            Trap::AllOrNothing => t(k::person::SEEING_IT_AS_TOTAL),
            Trap::Overgeneralizing => t(k::person::ONE_NO_BECOMES_ALWAYS),
            Trap::MindReading => t(k::person::BEING_SURE_WHAT_THEY),
            Trap::FortuneTelling => t(k::person::PREDICTING_THE_NEXT_ONES),
            Trap::Catastrophizing => t(k::person::JUMPING_TO_THE_WORST),
            Trap::Labeling => t(k::person::IM_A_FAILURE_INSTEAD),
            Trap::DiscountingPositive => t(k::person::WAVING_AWAY_WHAT_WENT),
            Trap::Should => t(k::person::I_SHOULD_HAVE_AS),
        }
    }
}

/// A harsh thought, the traps in it, and a more balanced version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reframe {
    pub id: Id,
    #[serde(default)]
    pub thought: String,
    #[serde(default)]
    pub traps: Vec<Trap>,
    #[serde(default)]
    pub balanced: String,
    #[serde(default, serialize_with = "super::saved::whole_ms")]
    pub at_ms: f64,
}

impl Item for Reframe {
    fn id(&self) -> &Id {
        &self.id
    }
    fn is_blank(&self) -> bool {
        self.thought.trim().is_empty() && self.balanced.trim().is_empty()
    }
}

choices! {
    Activity {
        Sleep => ("sleep", k::person::ENOUGH_SLEEP),
        Exercise => ("exercise", k::person::EXERCISE),
        Outside => ("outside", k::person::TIME_OUTSIDE),
        Hobbies => ("hobbies", k::person::A_HOBBY),
        People => ("people", k::person::TIME_WITH_PEOPLE),
        Rest => ("rest", k::person::A_BREAK_FROM_THE),
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CareDay {
    pub day: Day,
    #[serde(default)]
    pub done: Vec<Activity>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SelfCare {
    pub chosen: Vec<Activity>,
    pub days: Vec<CareDay>,
}

impl Default for SelfCare {
    fn default() -> Self {
        SelfCare {
            chosen: vec![Activity::Sleep, Activity::Exercise, Activity::People],
            days: Vec::new(),
        }
    }
}

impl SelfCare {
    pub fn done_on(&self, day: Day) -> &[Activity] {
        self.days
            .iter()
            .find(|d| d.day == day)
            .map(|d| d.done.as_slice())
            .unwrap_or(&[])
    }

    /// Days in `from..=to` with at least one activity ticked. Counting days
    /// (not a streak) means a missed day never wipes out the others.
    pub fn active_days(&self, from: Day, to: Day) -> usize {
        self.days
            .iter()
            .filter(|d| d.day >= from && d.day <= to && !d.done.is_empty())
            .count()
    }

    fn tick(&mut self, day: Day, activity: Activity, done: bool) -> bool {
        let index = match self.days.iter().position(|d| d.day == day) {
            Some(i) => i,
            None if done => {
                self.days.push(CareDay {
                    day,
                    done: Vec::new(),
                });
                super::sort_by_rank(&mut self.days, |d| d.day.days_since_epoch().into());
                self.days.iter().position(|d| d.day == day).unwrap_or(0)
            }
            None => return false,
        };
        let entry = &mut self.days[index];
        let has = entry.done.contains(&activity);
        if has == done {
            return false;
        }
        if done {
            entry.done.push(activity);
            entry.done = super::in_declared_order(Activity::ALL, &entry.done);
        } else {
            entry.done.retain(|a| *a != activity);
            if entry.done.is_empty() {
                self.days.remove(index);
            }
        }
        true
    }
}

choices! {
    PathKind {
        Freelance => ("freelance", k::person::FREELANCE_OR_CONTRACT_WORK),
        Internship => ("internship", k::person::AN_INTERNSHIP_OR_RETURNSHIP),
        Volunteering => ("volunteering", k::person::VOLUNTEERING),
        Study => ("study", k::person::FURTHER_EDUCATION_OR_A),
    }
}

choices! {
    Interest {
        No => ("no", k::person::NOT_FOR_ME),
        Maybe => ("maybe", k::person::CURIOUS),
        Yes => ("yes", k::person::KEEN),
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PathIdea {
    pub kind: PathKind,
    #[serde(default)]
    pub interest: Option<Interest>,
    #[serde(default)]
    pub first_step: String,
}

/// Data that serves the whole search rather than one rejection.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Person {
    /// How the user signs letters; empty leaves the sign-off without a name.
    pub sign_as: String,
    pub achievements: Vec<TextItem>,
    pub plan: Vec<PlanItem>,
    pub lessons: Vec<Lesson>,
    pub reframes: Vec<Reframe>,
    pub self_care: SelfCare,
    pub paths: Vec<PathIdea>,
    pub weeks: Vec<WeekGoals>,
    pub materials: Materials,
    pub contacts: Vec<Contact>,
    pub events: Vec<NetworkEvent>,
    /// The field the user wants informational interviews about.
    pub info_field: String,
    pub info_letter: Letter,
    pub leads: Vec<Lead>,
    pub open_to: Vec<OpenTo>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PersonEdit {
    SetSignAs(String),
    Achievements(ListEdit<TextItem>),
    Plan(ListEdit<PlanItem>),
    Lessons(ListEdit<Lesson>),
    Reframes(ListEdit<Reframe>),
    ChooseCare(Vec<Activity>),
    TickCare {
        day: Day,
        activity: Activity,
        done: bool,
    },
    SetPath(PathIdea),
    SetGoal {
        week: Day,
        kind: GoalKind,
        goal: Goal,
    },
    Materials(Materials),
    Contacts(ListEdit<Contact>),
    Events(ListEdit<NetworkEvent>),
    SetInfoField(String),
    InfoLetter(LetterEdit),
    Leads(ListEdit<Lead>),
    OpenTo(ListEdit<OpenTo>),
}

impl Person {
    pub fn week(&self, week: Day) -> Option<&WeekGoals> {
        self.weeks.iter().find(|w| w.week == week)
    }

    pub fn path(&self, kind: PathKind) -> Option<&PathIdea> {
        self.paths.iter().find(|p| p.kind == kind)
    }

    pub fn apply(&mut self, edit: PersonEdit) -> bool {
        match edit {
            PersonEdit::SetSignAs(name) => replace(&mut self.sign_as, name),
            PersonEdit::Achievements(e) => e.apply(&mut self.achievements),
            PersonEdit::Plan(e) => e.apply(&mut self.plan),
            PersonEdit::Lessons(e) => e.apply(&mut self.lessons),
            PersonEdit::Reframes(e) => e.apply(&mut self.reframes),
            PersonEdit::ChooseCare(chosen) => replace(
                &mut self.self_care.chosen,
                super::in_declared_order(Activity::ALL, &chosen),
            ),
            PersonEdit::TickCare {
                day,
                activity,
                done,
            } => self.self_care.tick(day, activity, done),
            PersonEdit::SetPath(idea) => {
                match self.paths.iter_mut().find(|p| p.kind == idea.kind) {
                    Some(existing) => replace(existing, idea),
                    None => {
                        self.paths.push(idea);
                        true
                    }
                }
            }
            PersonEdit::SetGoal { week, kind, goal } => {
                let index = match self.weeks.iter().position(|w| w.week == week) {
                    Some(i) => i,
                    None => {
                        self.weeks.push(WeekGoals {
                            week,
                            goals: Vec::new(),
                        });
                        self.weeks.len() - 1
                    }
                };
                let goals = &mut self.weeks[index].goals;
                match goals.iter_mut().find(|(k, _)| *k == kind) {
                    Some((_, existing)) => replace(existing, goal),
                    None => {
                        goals.push((kind, goal));
                        true
                    }
                }
            }
            PersonEdit::Materials(m) => replace(&mut self.materials, m),
            PersonEdit::Contacts(e) => e.apply(&mut self.contacts),
            PersonEdit::Events(e) => e.apply(&mut self.events),
            PersonEdit::SetInfoField(text) => replace(&mut self.info_field, text),
            PersonEdit::InfoLetter(e) => self.info_letter.apply(e),
            PersonEdit::Leads(e) => e.apply(&mut self.leads),
            PersonEdit::OpenTo(e) => e.apply(&mut self.open_to),
        }
    }

    /// Keeps this side's version of shared items and adds the other side's new ones.
    pub fn merge_from(&mut self, other: &Person) {
        merge_by_id(&mut self.achievements, &other.achievements);
        merge_by_id(&mut self.plan, &other.plan);
        merge_by_id(&mut self.lessons, &other.lessons);
        merge_by_id(&mut self.reframes, &other.reframes);
        merge_by_id(&mut self.contacts, &other.contacts);
        merge_by_id(&mut self.events, &other.events);
        merge_by_id(&mut self.leads, &other.leads);
        merge_by_id(&mut self.open_to, &other.open_to);
        for day in &other.self_care.days {
            for activity in &day.done {
                self.self_care.tick(day.day, *activity, true);
            }
        }
    }
}
