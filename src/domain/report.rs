//! The Markdown report: everything the person wrote, to keep or print.

use super::activity::{activity_log, plan_title};
use super::Choice;
use super::{Day, Journal, Person, Rejection, Stage};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use std::rc::Rc;

/// Escapes text so Markdown shows it as written (no accidental headings, links, HTML).
pub fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Multi-line user text as an indented Markdown block quote.
fn quote(text: &str) -> String {
    text.lines()
        .map(|l| format!("> {}", md_escape(l)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Stage 1 of one rejection: check-ins, the time to process, the thank-you
/// note and the support circle.
fn emotions_section(r: &Rejection, out: &mut String) {
    use std::fmt::Write;
    let _ = writeln!(out, "### {}\n", Stage::ProcessEmotions.title());
    for c in &r.emotions.checkins {
        let mut parts: Vec<String> = c
            .overall_label()
            .map(|l| tf!(k::report::OVERALL, feeling = l))
            .into_iter()
            .collect();
        parts.extend(c.feelings.iter().map(|f| match c.strength_of(*f) {
            Some(s) => format!("{} ({s}/10)", f.label()),
            None => f.label().to_string(),
        }));
        let _ = writeln!(
            out,
            "- {}: {}{}",
            t(k::report::CHECK_IN),
            parts.join(", "),
            if c.note.trim().is_empty() {
                String::new()
            } else {
                format!(": {}", md_escape(c.note.trim()).replace('\n', " "))
            }
        );
    }
    if let Some(w) = r.emotions.window {
        let _ = writeln!(
            out,
            "- {}",
            tf!(k::report::TIME_TO_PROCESS, day = w.end.long())
        );
    }
    if let Some(day) = r.emotions.thank_you.sent_on {
        let _ = writeln!(
            out,
            "- {}",
            tf!(k::report::THANK_YOU_SENT, day = day.long())
        );
    }
    for s in &r.emotions.supporters {
        let _ = writeln!(
            out,
            "- {}: {} ({}){}",
            t(k::report::SUPPORT),
            md_escape(&s.name),
            s.relation.label(),
            s.reached_out_on
                .map(|d| tf!(k::report::REACHED_OUT_ON, day = d.long()))
                .unwrap_or_default()
        );
    }
    out.push('\n');
}

fn section_for(r: &Rejection, out: &mut String) {
    use std::fmt::Write;
    let _ = writeln!(out, "## {}\n", md_escape(&r.title()));
    let d = &r.details;
    if let Some(day) = d.news_date {
        let _ = writeln!(out, "- {}", tf!(k::report::NEWS_CAME, day = day.long()));
    }
    if let Some(reached) = d.reached {
        let _ = writeln!(out, "- {}", reached.label());
    }
    let progress: Vec<String> = Stage::ALL
        .iter()
        .map(|s| format!("{}: {}", s.title(), r.progress.get(*s).label()))
        .collect();
    let _ = writeln!(out, "- {}: {}", t(k::report::PROGRESS), progress.join("; "));
    if !d.notes.trim().is_empty() {
        let _ = writeln!(out, "\n{}", quote(&d.notes));
    }
    out.push('\n');

    emotions_section(r, out);

    let _ = writeln!(out, "### {}\n", Stage::SeekFeedback.title());
    let _ = writeln!(
        out,
        "- {}: {}",
        t(k::report::REQUEST),
        r.feedback.request.status.label()
    );
    for n in &r.feedback.notes {
        let mut tags: Vec<String> = n.themes.iter().map(|t| t.label().to_string()).collect();
        tags.extend(n.tags.iter().map(|t| md_escape(t)));
        let _ = writeln!(
            out,
            "- {}{}{}:\n\n{}\n",
            t(k::report::FEEDBACK),
            if tags.is_empty() {
                String::new()
            } else {
                format!(" [{}]", tags.join(", "))
            },
            n.fair
                .map(|f| tf!(k::report::FELT, fairness = f.label()))
                .unwrap_or_default(),
            quote(&n.text)
        );
    }
    out.push('\n');

    let _ = writeln!(out, "### {}\n", Stage::Reflect.title());
    let refl = &r.reflection;
    for rating in &refl.ratings {
        let _ = writeln!(out, "- {}: {}/5", rating.dimension.label(), rating.score);
    }
    for (label, text) in [
        (t(k::report::WENT_WELL), &refl.went_well),
        (t(k::report::WOULD_DO_DIFFERENTLY), &refl.to_improve),
    ] {
        if !text.trim().is_empty() {
            let _ = writeln!(out, "- {label}:\n\n{}\n", quote(text));
        }
    }
    for s in &refl.strengths {
        let _ = writeln!(out, "- {}: {}", t(k::report::STRENGTH), md_escape(&s.text));
    }
    for s in &refl.improvements {
        let _ = writeln!(
            out,
            "- {}: {}",
            t(k::report::TO_IMPROVE),
            md_escape(&s.text)
        );
    }
    for q in &refl.requirements {
        let _ = writeln!(
            out,
            "- {}: {} ({}){}",
            t(k::report::REQUIREMENT),
            md_escape(&q.text),
            q.fit
                .map(|f| f.label())
                .unwrap_or_else(|| t(k::report::NOT_ASSESSED)),
            if q.evidence.trim().is_empty() {
                String::new()
            } else {
                format!(": {}", md_escape(q.evidence.trim()))
            }
        );
    }
    for t in &refl.trusted {
        let _ = writeln!(
            out,
            "- {}",
            tf!(
                k::report::SAID,
                who = md_escape(&t.who),
                said = md_escape(&t.said).replace('\n', " ")
            )
        );
    }
    out.push('\n');
}

/// Everything the user wrote, by rejection and stage, then the person-level
/// lists and the activity log.
pub fn markdown_report(journal: &Journal, generated: Day) -> String {
    use std::fmt::Write;
    let mut out = format!(
        "# {}\n\n{}\n\n",
        t(k::report::TITLE),
        tf!(k::report::GENERATED, day = generated.long())
    );
    if journal.rejections.is_empty() {
        out.push_str(&t(k::report::NOTHING_RECORDED_YET_N));
    }
    for r in &journal.rejections {
        section_for(r, &mut out);
    }
    for (title, items) in person_lists(&journal.person) {
        if !items.is_empty() {
            let _ = writeln!(out, "## {title}\n");
            for item in items {
                let _ = writeln!(out, "- {item}");
            }
            out.push('\n');
        }
    }
    activity_table(journal, &mut out);
    out
}

/// What belongs to the person rather than one rejection, a titled list each.
fn person_lists(p: &Person) -> Vec<(Rc<str>, Vec<String>)> {
    vec![
        (
            t(k::report::DEVELOPMENT_PLAN),
            p.plan
                .iter()
                .map(|i| {
                    format!(
                        "{} · {} · {}{}",
                        md_escape(&plan_title(i)),
                        i.kind.label(),
                        i.status.label(),
                        i.target
                            .map(|d| tf!(k::report::BY_DAY, day = d.long()))
                            .unwrap_or_default()
                    )
                })
                .collect(),
        ),
        (
            t(k::report::QUESTION_BANK),
            p.lessons
                .iter()
                .map(|l| {
                    format!(
                        "{}: {}{}",
                        l.kind.label(),
                        md_escape(&l.text),
                        if l.prep.trim().is_empty() {
                            String::new()
                        } else {
                            tf!(k::report::NEXT_TIME, prep = md_escape(l.prep.trim()))
                        }
                    )
                })
                .collect(),
        ),
        (
            t(k::report::ACHIEVEMENTS),
            p.achievements.iter().map(|a| md_escape(&a.text)).collect(),
        ),
        (
            t(k::report::REFRAMED_THOUGHTS),
            p.reframes
                .iter()
                .map(|r| {
                    tf!(
                        k::report::REFRAME,
                        thought = md_escape(&r.thought),
                        balanced = md_escape(&r.balanced)
                    )
                })
                .collect(),
        ),
        (
            t(k::report::OTHER_PATHS),
            p.paths
                .iter()
                .filter_map(|i| {
                    i.interest.map(|interest| {
                        format!(
                            "{}: {}{}",
                            i.kind.label(),
                            interest.label(),
                            if i.first_step.trim().is_empty() {
                                String::new()
                            } else {
                                tf!(k::report::FIRST_STEP, step = md_escape(i.first_step.trim()))
                            }
                        )
                    })
                })
                .collect(),
        ),
        (
            t(k::report::NETWORK),
            p.contacts
                .iter()
                .map(|c| {
                    format!(
                        "{}{}{}",
                        md_escape(&c.name),
                        if c.company.trim().is_empty() {
                            String::new()
                        } else {
                            format!(", {}", md_escape(&c.company))
                        },
                        if c.next_step.trim().is_empty() {
                            String::new()
                        } else {
                            format!(": {}", md_escape(&c.next_step))
                        }
                    )
                })
                .collect(),
        ),
        (
            t(k::report::LEADS),
            p.leads
                .iter()
                .map(|l| {
                    format!(
                        "{} ({}, {})",
                        md_escape(&l.title),
                        l.kind.label(),
                        l.status.label()
                    )
                })
                .collect(),
        ),
        (
            t(k::report::OPEN_TO),
            p.open_to
                .iter()
                .map(|o| format!("{}: {}", o.kind.label(), md_escape(&o.text)))
                .collect(),
        ),
    ]
}

/// The activity log as a Markdown table, if anything is dated.
fn activity_table(journal: &Journal, out: &mut String) {
    use std::fmt::Write;
    let log = activity_log(journal);
    if !log.is_empty() {
        let _ = writeln!(
            out,
            "## {}\n\n| {} | {} | {} |\n|---|---|---|",
            t(k::report::ACTIVITY_LOG),
            t(k::insights::DATE),
            t(k::insights::KIND),
            t(k::insights::WHAT)
        );
        for e in &log {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                e.day,
                e.kind,
                md_escape(&e.text).replace('\n', " ")
            );
        }
    }
}
