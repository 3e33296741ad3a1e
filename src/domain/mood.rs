//! How the person has been over time: the overall answer of their check-ins
//! (1 very low to 5 good, higher is better) by day, and its chart's geometry.
//! Check-ins from before Rebound asked "how are you, overall?" have no such
//! answer and are not plotted; their feelings and strength stay in the list.
//! Pure functions, so scaling edge cases are tested natively.

use super::{CheckIn, Day, Id, Journal};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use std::rc::Rc;

/// One day's check-ins, averaged.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DayMood {
    pub day: Day,
    /// Mean overall answer, 1 (very low) to 5 (good).
    pub average: f64,
    pub count: usize,
}

/// The local day a check-in belongs to. `offset_minutes` is the browser's
/// `getTimezoneOffset()` (minutes to add to local time to get UTC).
pub fn local_day(at_ms: f64, offset_minutes: i32) -> Day {
    Day::from_unix_ms(at_ms - f64::from(offset_minutes) * 60_000.0)
}

/// Check-ins of one rejection (or all when `rejection` is `None`), by local day, oldest first.
pub fn mood_by_day(journal: &Journal, rejection: Option<&Id>, offset_minutes: i32) -> Vec<DayMood> {
    let checkins: Vec<&CheckIn> = journal
        .rejections
        .iter()
        .filter(|r| rejection.is_none_or(|id| &r.id == id))
        .flat_map(|r| &r.emotions.checkins)
        .filter(|c| c.overall.is_some())
        .collect();
    let mut days: Vec<(Day, u32, usize)> = Vec::new();
    for c in checkins {
        let day = local_day(c.at_ms, offset_minutes);
        match days.iter_mut().find(|(d, _, _)| *d == day) {
            Some((_, sum, count)) => {
                *sum += u32::from(c.overall.unwrap_or_default());
                *count += 1;
            }
            None => days.push((day, u32::from(c.overall.unwrap_or_default()), 1)),
        }
    }
    super::sort_by_rank(&mut days, |(d, _, _)| d.days_since_epoch().into());
    days.into_iter()
        .map(|(day, sum, count)| DayMood {
            day,
            average: f64::from(sum) / count as f64,
            count,
        })
        .collect()
}

/// Where the chart draws things, in SVG user units.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartGeometry {
    pub width: f64,
    pub height: f64,
    /// One per day with check-ins: (x, y).
    pub points: Vec<(f64, f64)>,
    /// Horizontal grid lines: (y, label).
    pub y_ticks: Vec<(f64, Rc<str>)>,
    /// Labels along the bottom: (x, label). At most a handful, first and last included.
    pub x_ticks: Vec<(f64, String)>,
}

/// Near a phone's width, so that the labels (14 units) stay at least 12 px
/// on a 375 px screen; wider screens cap the chart's width in CSS.
pub const CHART_WIDTH: f64 = 360.0;
pub const CHART_HEIGHT: f64 = 200.0;
/// Room on the left for the scale's words ("Sehr schlecht").
pub const CHART_LEFT: f64 = 96.0;
const LEFT: f64 = CHART_LEFT;
const RIGHT: f64 = 16.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 30.0;

/// Scales a series into chart coordinates. The y axis is always 1 to 5 (the
/// overall scale, good at the top), so a flat series sits at its true height
/// instead of being stretched; x is by calendar day, so gaps between days
/// show as gaps.
pub fn chart_geometry(series: &[DayMood]) -> ChartGeometry {
    let plot_w = CHART_WIDTH - LEFT - RIGHT;
    let plot_h = CHART_HEIGHT - TOP - BOTTOM;
    let y_of = |value: f64| TOP + plot_h * (5.0 - value.clamp(1.0, 5.0)) / 4.0;
    let (first, last) = match (series.first(), series.last()) {
        (Some(f), Some(l)) => (f.day, l.day),
        _ => {
            return ChartGeometry {
                width: CHART_WIDTH,
                height: CHART_HEIGHT,
                points: Vec::new(),
                y_ticks: Vec::new(),
                x_ticks: Vec::new(),
            }
        }
    };
    let span = first.days_until(last).max(0) as f64;
    let x_of = |day: Day| {
        if span == 0.0 {
            LEFT + plot_w / 2.0
        } else {
            LEFT + plot_w * f64::from(first.days_until(day)) / span
        }
    };
    let points = series
        .iter()
        .map(|m| (x_of(m.day), y_of(m.average)))
        .collect();
    // Every answer labelled, so no point sits between two words.
    let y_ticks = (1..=5)
        .rev()
        .map(|value| (y_of(f64::from(value)), in_words(f64::from(value))))
        .collect();
    let short = Day::short;
    let x_ticks = if span == 0.0 {
        vec![(x_of(first), short(first))]
    } else {
        // Up to five evenly spaced labels, on whole days.
        let steps = (span as i32).min(4);
        let mut ticks: Vec<(f64, String)> = (0..=steps)
            .map(|i| {
                let day = first.add_days((span as i32) * i / steps);
                (x_of(day), short(day))
            })
            .collect();
        ticks.dedup_by(|a, b| a.1 == b.1);
        ticks
    };
    ChartGeometry {
        width: CHART_WIDTH,
        height: CHART_HEIGHT,
        points,
        y_ticks,
        x_ticks,
    }
}

/// The overall answer nearest to a day's average ("Okay"), in words.
fn in_words(average: f64) -> Rc<str> {
    let index = (average.round().clamp(1.0, 5.0) as usize) - 1;
    t(super::OVERALL[index])
}

/// A sentence for screen readers and for the report: where it started and
/// where it is now, in the person's own words for it, never as a score.
/// Where the latest days are lighter it says so; where they are harder it
/// says that this happens.
pub fn mood_summary(series: &[DayMood]) -> String {
    match series {
        [] => t(k::mood::NO_CHECK_INS_YET).to_string(),
        [only] => tf!(
            k::mood::ONE_DAY,
            day = only.day.long(),
            answer = in_words(only.average)
        ),
        [first, .., last] => {
            let how = tf!(
                k::mood::DAYS,
                series = series.len(),
                day = first.day.long(),
                day2 = last.day.long(),
                first = in_words(first.average),
                last = in_words(last.average)
            );
            let reading = if last.average > first.average + 0.4 {
                t(k::mood::LIGHTER)
            } else if last.average < first.average - 0.4 {
                t(k::mood::HARDER)
            } else {
                return how;
            };
            format!("{how} {reading}")
        }
    }
}
