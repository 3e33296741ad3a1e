//! Patterns across rejections: pure functions over the journal.

use super::reflect::normalise;
use super::{Id, Journal};

/// Where a recurring topic comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PatternSource {
    /// A feedback theme, or the user's own tag with the same name.
    Feedback,
    /// A dimension the user rated as a weak spot.
    SelfAssessment,
}

/// A topic that came up, and in which rejections.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// As first written (a theme's label, or the user's own tag).
    pub label: String,
    pub source: PatternSource,
    /// Rejections it came up in, in journal order, each once.
    pub rejections: Vec<Id>,
}

impl Pattern {
    pub fn count(&self) -> usize {
        self.rejections.len()
    }

    /// Came up in two or more rejections.
    pub fn repeats(&self) -> bool {
        self.count() >= 2
    }
}

fn add(patterns: &mut Vec<Pattern>, label: &str, source: PatternSource, rejection: &Id) {
    let key = normalise(label);
    if key.is_empty() {
        return;
    }
    match patterns
        .iter_mut()
        .find(|p| p.source == source && normalise(&p.label) == key)
    {
        Some(p) => {
            if !p.rejections.contains(rejection) {
                p.rejections.push(rejection.clone());
            }
        }
        None => patterns.push(Pattern {
            label: label.trim().to_owned(),
            source,
            rejections: vec![rejection.clone()],
        }),
    }
}

/// Feedback themes (and the user's own tags, matched ignoring case and
/// spacing, so "communication" joins the Communication theme) and weak
/// self-assessed dimensions, ranked by how many rejections they came up in;
/// ties keep the order they first appeared.
pub fn patterns(journal: &Journal) -> Vec<Pattern> {
    let mut found = Vec::new();
    for r in &journal.rejections {
        for note in &r.feedback.notes {
            for theme in &note.themes {
                add(&mut found, theme.label(), PatternSource::Feedback, &r.id);
            }
            for tag in &note.tags {
                add(&mut found, tag, PatternSource::Feedback, &r.id);
            }
        }
        for dimension in r.reflection.weak_dimensions() {
            add(
                &mut found,
                dimension.label(),
                PatternSource::SelfAssessment,
                &r.id,
            );
        }
    }
    // A stable sort keeps first-seen order among equal counts.
    found.sort_by_key(|p| std::cmp::Reverse(p.count()));
    found
}

/// Only what repeats across two or more rejections.
pub fn repeated_patterns(journal: &Journal) -> Vec<Pattern> {
    patterns(journal)
        .into_iter()
        .filter(Pattern::repeats)
        .collect()
}
