//! Calendar days without a date crate: the app only needs "which day", ordering,
//! day arithmetic and ISO 8601 text (what `<input type="date">` speaks).

use std::fmt;

/// A calendar day in the proleptic Gregorian calendar, stored as days since 1970-01-01.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
/// Saved as ISO 8601 text, `YYYY-MM-DD`.
#[serde(try_from = "String", into = "String")]
pub struct Day(i32);

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl Day {
    /// A day from its year, month (1-12) and day of month; `None` if no such day exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        // Howard Hinnant's days_from_civil.
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = month as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Day(era * 146_097 + doe - 719_468))
    }

    pub fn from_days_since_epoch(days: i32) -> Day {
        Day(days)
    }

    /// The UTC day containing a Unix time in milliseconds.
    pub fn from_unix_ms(ms: f64) -> Day {
        Day((ms / 86_400_000.0).floor() as i32)
    }

    pub fn days_since_epoch(self) -> i32 {
        self.0
    }

    /// (year, month 1-12, day 1-31)
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + i32::from(m <= 2);
        (y, m, d)
    }

    /// Parses `YYYY-MM-DD`, the format of `<input type="date">`.
    pub fn parse(text: &str) -> Option<Day> {
        let mut parts = text.trim().splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Day::from_ymd(year, month, day)
    }

    pub fn add_days(self, days: i32) -> Day {
        Day(self.0 + days)
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Day) -> i32 {
        later.0 - self.0
    }

    /// "3 March 2026", "3 de marzo de 2026", "3. März 2026": the month by
    /// name, unambiguous in every locale, in the page's language.
    pub fn long(self) -> String {
        crate::i18n::long_date(self.parts())
    }

    /// "3 Mar", "3 mar", "3. März": the mood chart's ticks.
    pub fn short(self) -> String {
        crate::i18n::short_date(self.parts())
    }

    fn parts(self) -> crate::i18n::DateParts {
        let (year, month, day) = self.ymd();
        crate::i18n::DateParts {
            days_since_epoch: self.0,
            year,
            month,
            day,
        }
    }

    /// Monday-based weekday, 0 = Monday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday.
        (self.0 + 3).rem_euclid(7) as u32
    }

    /// The Monday of this day's week.
    pub fn week_start(self) -> Day {
        Day(self.0 - self.weekday() as i32)
    }
}

impl fmt::Display for Day {
    /// ISO 8601, `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl TryFrom<String> for Day {
    type Error = String;
    fn try_from(text: String) -> Result<Day, String> {
        // i18n: technical detail
        Day::parse(&text).ok_or_else(|| format!("not a date: {text}"))
    }
}

impl From<Day> for String {
    fn from(day: Day) -> String {
        day.to_string()
    }
}
