//! Reminders with no backend: iCalendar files (RFC 5545) the user downloads
//! into their own calendar.

use super::Choice;
use super::{Day, FollowUpAdvice, Journal, PlanStatus, RequestStatus};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;

/// Something worth a calendar entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder {
    /// Stable across downloads, so re-importing updates instead of duplicating.
    pub uid: String,
    pub day: Day,
    pub summary: String,
    pub description: String,
}

/// Dated things ahead: follow-ups, the end of a processing window,
/// development-plan targets and networking next steps. Past ones are left out.
pub fn reminders(journal: &Journal, today: Day) -> Vec<Reminder> {
    let mut out = Vec::new();
    for r in &journal.rejections {
        let title = r.title();
        let request = &r.feedback.request;
        if request.status == RequestStatus::Sent && request.follow_up.sent_on.is_none() {
            if let Some(sent) = request.letter.sent_on {
                let day = sent.add_days(request.follow_up_after_days.max(1) as i32);
                if !matches!(request.advice(today), FollowUpAdvice::Nothing) || day >= today {
                    out.push(Reminder {
                        uid: format!("follow-up-{}@rebound", r.id),
                        day: day.max(today),
                        summary: tf!(k::ics::FOLLOW_UP_ON_FEEDBACK, title = title),
                        description: t(k::ics::IF_THEY_HAVE_NOT).to_string(),
                    });
                }
            }
        }
        if let Some(window) = r.emotions.window {
            if window.end >= today {
                out.push(Reminder {
                    uid: format!("window-{}@rebound", r.id),
                    day: window.end,
                    summary: tf!(k::ics::TIME_TO_PROCESS_ENDS, title = title),
                    description: t(k::ics::YOUR_CHOSEN_TIME_TO).to_string(),
                });
            }
        }
    }
    for p in &journal.person.plan {
        if let Some(target) = p.target.filter(|d| *d >= today) {
            if p.status != PlanStatus::Done {
                let what = if p.action.trim().is_empty() {
                    p.gap.trim()
                } else {
                    p.action.trim()
                };
                out.push(Reminder {
                    uid: format!("plan-{}@rebound", p.id),
                    day: target,
                    summary: tf!(k::ics::DEVELOPMENT_PLAN, what = what),
                    description: tf!(k::ics::TARGET_DATE_FOR_A, kind = p.kind.label()),
                });
            }
        }
    }
    for c in &journal.person.contacts {
        if let Some(day) = c.next_date.filter(|d| *d >= today) {
            let step = if c.next_step.trim().is_empty() {
                t(k::ics::GET_IN_TOUCH).to_string()
            } else {
                c.next_step.trim().to_owned()
            };
            out.push(Reminder {
                uid: format!("contact-{}@rebound", c.id),
                day,
                summary: format!("{step}: {}", c.name.trim()),
                description: t(k::ics::A_NETWORKING_NEXT_STEP).to_string(),
            });
        }
    }
    // Equal days keep the order above, which depends only on the journal.
    super::sort_by_rank(&mut out, |r| r.day.days_since_epoch().into());
    out
}

/// Escapes TEXT values: backslash, semicolon, comma, and newlines as `\n`.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a UTF-8 character;
/// continuation lines start with one space. Lines end in CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    let mut limit = 75;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > limit {
            out.push_str("\r\n ");
            width = 0;
            // The leading space counts toward the next line's 75 octets.
            limit = 74;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

/// `20261122T093000Z` from Unix milliseconds.
pub fn utc_stamp(unix_ms: f64) -> String {
    let secs = (unix_ms / 1000.0).floor() as i64;
    let day = Day::from_days_since_epoch(secs.div_euclid(86_400) as i32);
    let rest = secs.rem_euclid(86_400);
    let (y, m, d) = day.ymd();
    format!(
        "{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

fn date_value(day: Day) -> String {
    let (y, m, d) = day.ymd();
    format!("{y:04}{m:02}{d:02}")
}

/// A VCALENDAR of all-day events, one per reminder, each with a 9:00 alarm-free
/// reminder the user's calendar can adjust. `now_ms` stamps DTSTAMP (UTC).
pub fn calendar(reminders: &[Reminder], now_ms: f64) -> String {
    let stamp = utc_stamp(now_ms);
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        // The product id is for machines and stays the same in every language.
        "PRODID:-//Rebound//Job search reminders//EN", // i18n: for calendar apps, not people
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        out.push_str(&fold(line));
    }
    for r in reminders {
        out.push_str(&fold("BEGIN:VEVENT"));
        out.push_str(&fold(&format!("UID:{}", escape_text(&r.uid))));
        out.push_str(&fold(&format!("DTSTAMP:{stamp}")));
        out.push_str(&fold(&format!("DTSTART;VALUE=DATE:{}", date_value(r.day))));
        out.push_str(&fold(&format!(
            "DTEND;VALUE=DATE:{}",
            date_value(r.day.add_days(1))
        )));
        out.push_str(&fold(&format!("SUMMARY:{}", escape_text(&r.summary))));
        out.push_str(&fold(&format!(
            "DESCRIPTION:{}",
            escape_text(&r.description)
        )));
        out.push_str(&fold("TRANSP:TRANSPARENT"));
        out.push_str(&fold("END:VEVENT"));
    }
    out.push_str(&fold("END:VCALENDAR"));
    out
}
