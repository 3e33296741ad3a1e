//! The saved (JSON) form of every domain type, in one place.
//!
//! Written out by hand rather than derived with serde: the derived code had
//! serde_json's parser inlined into it once per type. Here each type reads
//! itself from the `json::Reader` field by field and writes itself straight
//! to a `String`; the bundle is 22 KB smaller gzipped for it, and reading and
//! saving are no slower.
//! The `stored!` list per type names every field, and writing takes the
//! struct apart by that list, so a field left off the list is a compile error,
//! not silently unsaved data.
//!
//! The rules match what the derived code did: unknown keys are ignored (so a
//! newer version's data can still be read), a missing key takes its default
//! where the type has one and is an error where it does not (ids), `null` is
//! `None` for optional values, and enums are saved by name.

use super::json::{Kind, Number};
pub use super::json::{ReadError, Reader};
use crate::domain::*;
use std::rc::Rc;

/// A type with a saved form.
pub trait Stored: Sized {
    /// Appends the JSON text of `self` to `out`.
    fn write(&self, out: &mut String);
    /// What a missing value reads as: the default, or for a field that must be
    /// present, a placeholder until it is read.
    fn blank() -> Self;
    /// Reads the value that comes next into `slot`, which holds `blank()`.
    /// Structs and lists read in place (returning values to be moved into
    /// their parents made the reading code half as big again); a type
    /// implements this or `read`.
    fn read_into(reader: &mut Reader, slot: &mut Self) -> Result<(), ReadError> {
        *slot = Self::read(reader)?;
        Ok(())
    }

    /// Reads the value that comes next.
    fn read(reader: &mut Reader) -> Result<Self, ReadError> {
        let mut value = Self::blank();
        Self::read_into(reader, &mut value)?;
        Ok(value)
    }
}

/// Appends `"key":`, after a comma unless it is the object's first key.
pub fn write_key(out: &mut String, key: &str) {
    if !out.ends_with('{') {
        out.push(',');
    }
    write_str(out, key);
    out.push(':');
}

/// Appends `text` as a JSON string (RFC 8259 escaping). Runs of plain text
/// are copied whole: most of what people write needs no escaping.
pub fn write_str(out: &mut String, text: &str) {
    out.reserve(text.len() + 2);
    out.push('"');
    let mut plain_from = 0;
    for (at, byte) in text.bytes().enumerate() {
        let escaped = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&text[plain_from..at]);
        if escaped.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(HEX[usize::from(byte >> 4)] as char);
            out.push(HEX[usize::from(byte & 0xf)] as char);
        } else {
            out.push_str(escaped);
        }
        plain_from = at + 1;
    }
    out.push_str(&text[plain_from..]);
    out.push('"');
}

/// Appends a whole number without the formatting machinery.
fn write_whole(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|&d| d as char));
}

/// Reads the value under `key` into `slot`, naming the key in any error.
pub fn read_field_into<T: Stored>(
    reader: &mut Reader,
    key: &str,
    slot: &mut T,
) -> Result<(), ReadError> {
    T::read_into(reader, slot).map_err(|e| e.within(key))
}

/// An object comes next, or a shape error says one should have.
fn expect_object(reader: &mut Reader) -> Result<(), ReadError> {
    match reader.kind()? {
        Kind::Object => Ok(()),
        _ => Err(ReadError::expected("an object")),
    }
}

/// The bit of `key` among a struct's `fields`, to note which were present.
fn bit_of(key: &str, fields: &[(&str, bool)]) -> u64 {
    fields
        .iter()
        .position(|(name, _)| *name == key)
        .map_or(0, |at| 1 << at)
}

/// An error naming the first field that must be present and was not.
fn check_required(seen: u64, fields: &[(&str, bool)]) -> Result<(), ReadError> {
    match fields
        .iter()
        .enumerate()
        .find(|(at, (_, required))| *required && seen & (1 << at) == 0)
    {
        Some((_, (name, _))) => Err(ReadError::shape(format!("missing {name}"))),
        None => Ok(()),
    }
}

/// Declares the saved form of a struct: its fields in the order they are
/// written. A field without `= default` must be present; `from base` gives
/// every missing field its value in `base` (the type's `Default`).
macro_rules! stored {
    ($ty:ident { $($field:ident $(= $default:expr)?),+ $(,)? }) => {
        stored!(@impl $ty,
            $ty { $( $field: stored!(@blank $($default)?), )+ },
            { $( $field: stored!(@required $($default)?) ),+ });
    };
    ($ty:ident from $base:expr; { $($field:ident),+ $(,)? }) => {
        stored!(@impl $ty, $base, { $( $field: false ),+ });
    };
    (@impl $ty:ident, $blank:expr, { $($field:ident: $required:expr),+ }) => {
        impl Stored for $ty {
            fn write(&self, out: &mut String) {
                // Destructured without `..`: a field missing from the list
                // does not compile.
                let $ty { $($field),+ } = self;
                out.push('{');
                $( write_key(out, stringify!($field)); $field.write(out); )+
                out.push('}');
            }
            fn blank() -> Self {
                $blank
            }
            fn read_into(reader: &mut Reader, slot: &mut Self) -> Result<(), ReadError> {
                const FIELDS: &[(&str, bool)] = &[$( (stringify!($field), $required) ),+];
                expect_object(reader)?;
                reader.begin_object()?;
                let mut seen = 0;
                while let Some(key) = reader.next_key()? {
                    match &*key {
                        $( stringify!($field) => read_field_into(reader, &key, &mut slot.$field)?, )+
                        _ => reader.skip()?,
                    }
                    seen |= bit_of(&key, FIELDS);
                }
                check_required(seen, FIELDS)
            }
        }
    };
    (@blank) => { Stored::blank() };
    (@blank $default:expr) => { $default };
    (@required) => { true };
    (@required $default:expr) => { false };
}

/// Enums are saved by the names their `saved_by_name!` list gives them.
macro_rules! stored_by_name {
    ($($ty:ident),+ $(,)?) => {
        $(impl Stored for $ty {
            fn write(&self, out: &mut String) {
                write_str(out, self.saved_name());
            }
            fn blank() -> Self {
                $ty::SAVED_VARIANTS[0]
            }
            fn read_into(reader: &mut Reader, slot: &mut Self) -> Result<(), ReadError> {
                *slot = $ty::SAVED_VARIANTS[read_name(reader, $ty::SAVED_NAMES)?];
                Ok(())
            }
        })+
    };
}

/// The position of a saved name in `names`.
fn read_name(reader: &mut Reader, names: &[&str]) -> Result<usize, ReadError> {
    let name = String::read(reader)?;
    names
        .iter()
        .position(|known| *known == name)
        .ok_or_else(|| {
            ReadError::shape(format!(
                "unknown name {name}, expected one of {}",
                names.join(", ")
            ))
        })
}

// --- Leaves -------------------------------------------------------------

impl Stored for String {
    fn write(&self, out: &mut String) {
        write_str(out, self);
    }
    fn blank() -> Self {
        String::new()
    }
    fn read(reader: &mut Reader) -> Result<Self, ReadError> {
        match reader.kind()? {
            Kind::Text => reader.text().map(|text| text.into_owned()),
            _ => Err(ReadError::expected("text")),
        }
    }
}

impl Stored for bool {
    fn write(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
    fn blank() -> Self {
        false
    }
    fn read(reader: &mut Reader) -> Result<Self, ReadError> {
        match reader.kind()? {
            Kind::Bool => reader.boolean(),
            _ => Err(ReadError::expected("true or false")),
        }
    }
}

/// Whole numbers: counts, scores, revisions.
fn read_whole(reader: &mut Reader, max: u64) -> Result<u64, ReadError> {
    let number = match reader.kind()? {
        Kind::Number => Some(reader.number()?),
        _ => None,
    };
    match number {
        Some(Number::Whole(n)) if n <= max => Ok(n),
        _ => Err(ReadError::shape(format!(
            "expected a whole number up to {max}"
        ))),
    }
}

/// Counts, scores and revisions.
macro_rules! stored_whole {
    ($($ty:ty),+) => {
        $(impl Stored for $ty {
            fn write(&self, out: &mut String) {
                write_whole(out, (*self).into());
            }
            fn blank() -> Self {
                0
            }
            fn read(reader: &mut Reader) -> Result<Self, ReadError> {
                read_whole(reader, <$ty>::MAX.into()).map(|n| n as $ty)
            }
        })+
    };
}

stored_whole!(u8, u32, u64);

/// The only fractional-looking numbers saved are times: Unix milliseconds
/// from `Date.now()`, always whole. They are written as whole numbers, which
/// needs no float formatter in the download; a fraction (from a hand-edited
/// import) is rounded to the millisecond.
impl Stored for f64 {
    fn write(&self, out: &mut String) {
        let ms = self.round();
        if ms.is_finite() && ms.abs() < 9.0e15 {
            if ms < 0.0 {
                out.push('-');
            }
            write_whole(out, ms.abs() as u64);
        } else {
            out.push('0');
        }
    }
    fn blank() -> Self {
        0.0
    }
    fn read(reader: &mut Reader) -> Result<Self, ReadError> {
        match reader.kind()? {
            Kind::Number => reader.number().map(Number::as_f64),
            _ => Err(ReadError::expected("a number")),
        }
    }
}

impl<T: Stored> Stored for Option<T> {
    fn write(&self, out: &mut String) {
        match self {
            Some(value) => value.write(out),
            None => out.push_str("null"),
        }
    }
    fn blank() -> Self {
        None
    }
    fn read_into(reader: &mut Reader, slot: &mut Self) -> Result<(), ReadError> {
        *slot = if reader.null() {
            None
        } else {
            Some(T::read(reader)?)
        };
        Ok(())
    }
}

impl<T: Stored> Stored for Vec<T> {
    fn write(&self, out: &mut String) {
        out.push('[');
        for (index, item) in self.iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            item.write(out);
        }
        out.push(']');
    }
    fn blank() -> Self {
        Vec::new()
    }
    fn read_into(reader: &mut Reader, slot: &mut Self) -> Result<(), ReadError> {
        if reader.kind()? != Kind::Array {
            return Err(ReadError::expected("a list"));
        }
        slot.clear();
        reader.array(|reader, index| {
            slot.push(T::blank());
            match slot.last_mut() {
                Some(item) => T::read_into(reader, item).map_err(|e| e.within(index.to_string())),
                None => Ok(()),
            }
        })
    }
}

impl<T: Stored + Clone> Stored for Rc<T> {
    fn write(&self, out: &mut String) {
        (**self).write(out);
    }
    fn blank() -> Self {
        Rc::new(T::blank())
    }
    fn read_into(reader: &mut Reader, slot: &mut Self) -> Result<(), ReadError> {
        T::read_into(reader, Rc::make_mut(slot))
    }
}

/// A pair is a two-item list, as serde saved tuples.
impl<A: Stored, B: Stored> Stored for (A, B) {
    fn write(&self, out: &mut String) {
        out.push('[');
        self.0.write(out);
        out.push(',');
        self.1.write(out);
        out.push(']');
    }
    fn blank() -> Self {
        (A::blank(), B::blank())
    }
    fn read_into(reader: &mut Reader, slot: &mut Self) -> Result<(), ReadError> {
        if reader.kind()? != Kind::Array {
            return Err(ReadError::expected("a pair"));
        }
        let mut count = 0;
        reader.array(|reader, index| {
            count += 1;
            match index {
                0 => A::read_into(reader, &mut slot.0),
                1 => B::read_into(reader, &mut slot.1),
                _ => Err(ReadError::expected("a pair")),
            }
        })?;
        if count == 2 {
            Ok(())
        } else {
            Err(ReadError::expected("a pair"))
        }
    }
}

impl Stored for Id {
    fn write(&self, out: &mut String) {
        write_str(out, self.as_str());
    }
    fn blank() -> Self {
        Id::from_saved(String::new())
    }
    fn read(reader: &mut Reader) -> Result<Self, ReadError> {
        String::read(reader).map(Id::from_saved)
    }
}

impl Stored for Day {
    /// ISO 8601, `YYYY-MM-DD`.
    fn write(&self, out: &mut String) {
        write_str(out, &self.to_string());
    }
    fn blank() -> Self {
        Day::from_days_since_epoch(0)
    }
    fn read(reader: &mut Reader) -> Result<Self, ReadError> {
        let text = String::read(reader)?;
        Day::parse(&text).ok_or_else(|| ReadError::shape(format!("not a date: {text}")))
    }
}

stored_by_name!(
    Stage,
    StageStatus,
    Reached,
    Feeling,
    Relation,
    Tone,
    RequestStatus,
    Theme,
    Fairness,
    Dimension,
    Fit,
    PlanKind,
    PlanStatus,
    LessonKind,
    Trap,
    Activity,
    PathKind,
    Interest,
    GoalKind,
    EventKind,
    LeadKind,
    LeadStatus,
    OpenKind,
);

// --- The journal ----------------------------------------------------------

stored!(Journal from Journal::default(); { rejections, current, person });

stored!(Rejection {
    id,
    created_ms = 0.0,
    details = Default::default(),
    progress = Default::default(),
    emotions = Default::default(),
    feedback = Default::default(),
    reflection = Default::default(),
});
stored!(RejectionDetails from RejectionDetails::default(); { company, role, news_date, reached, notes });
stored!(Progress from Progress::default(); {
    process_emotions, seek_feedback, reflect, opportunity, keep_searching,
});
stored!(Letter from Letter::default(); { to_name, to_email, subject, body, sent_on });

// Stage 1
stored!(EmotionsData from EmotionsData::default(); { checkins, window, thank_you, supporters });
stored!(CheckIn {
    id,
    at_ms,
    feelings = Vec::new(),
    intensity = CheckIn::default_intensity(),
    note = String::new(),
});
stored!(ProcessingWindow { start, end });
stored!(Supporter {
    id,
    name = String::new(),
    relation = Supporter::default_relation(),
    reached_out_on = None,
});

// Stage 2
stored!(FeedbackData from FeedbackData::default(); { request, notes, thanks });
stored!(FeedbackRequest from FeedbackRequest::default(); {
    tone, letter, status, follow_up_after_days, follow_up,
});
stored!(FeedbackNote {
    id,
    text = String::new(),
    themes = Vec::new(),
    tags = Vec::new(),
    fair = None,
    at_ms = 0.0,
});

// Stage 3
stored!(ReflectionData from ReflectionData::default(); {
    ratings, went_well, to_improve, strengths, improvements, requirements, trusted,
});
stored!(Rating { dimension, score });
stored!(Requirement { id, text = String::new(), fit = None, evidence = String::new() });
stored!(TrustedView { id, who = String::new(), said = String::new() });
stored!(TextItem { id, text = String::new() });

// What belongs to the person, across rejections
stored!(Person from Person::default(); {
    sign_as, achievements, plan, lessons, reframes, self_care, paths, weeks, materials,
    contacts, events, info_field, info_letter, leads, open_to,
});
stored!(PlanItem {
    id,
    gap = String::new(),
    kind = PlanItem::default_kind(),
    action = String::new(),
    target = None,
    status = PlanItem::default_status(),
    source = None,
});
stored!(Lesson {
    id,
    kind = Lesson::default_kind(),
    text = String::new(),
    prep = String::new(),
    source = None,
});
stored!(Reframe {
    id,
    thought = String::new(),
    traps = Vec::new(),
    balanced = String::new(),
    at_ms = 0.0,
});
stored!(SelfCare from SelfCare::default(); { chosen, days });
stored!(CareDay { day, done = Vec::new() });
stored!(PathIdea { kind, interest = None, first_step = String::new() });
stored!(WeekGoals { week, goals = Vec::new() });
stored!(Goal { target, done });
stored!(Materials from Materials::default(); { resume_revised_on, cover_letter_tailored_on, notes });
stored!(Contact {
    id,
    name = String::new(),
    company = String::new(),
    how_known = String::new(),
    next_step = String::new(),
    next_date = None,
});
stored!(NetworkEvent {
    id,
    name = String::new(),
    kind = NetworkEvent::default_kind(),
    date = None,
    done = false,
});
stored!(Lead {
    id,
    title = String::new(),
    kind = Lead::default_kind(),
    url = String::new(),
    status = Lead::default_status(),
});
stored!(OpenTo { id, kind = OpenTo::default_kind(), text = String::new() });
