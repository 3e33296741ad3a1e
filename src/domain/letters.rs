//! Letters the user may send: generated from what we know, editable, never sent
//! by the app. Texts read well with any field missing, and keep the user's own
//! words exactly as typed.

use super::list::Choice;
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

use super::{Day, RejectionDetails};

/// One letter's state: who it goes to, the user's own edits (none means "use
/// the suggested text"), and when they sent it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Letter {
    pub to_name: String,
    pub to_email: String,
    pub subject: Option<String>,
    pub body: Option<String>,
    pub sent_on: Option<Day>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LetterEdit {
    SetRecipientName(String),
    SetRecipientEmail(String),
    EditSubject(String),
    EditBody(String),
    /// Back to the suggested text.
    ResetText,
    MarkSent(Option<Day>),
}

impl Letter {
    pub fn apply(&mut self, edit: LetterEdit) -> bool {
        use super::list::replace;
        match edit {
            LetterEdit::SetRecipientName(name) => replace(&mut self.to_name, name),
            LetterEdit::SetRecipientEmail(email) => replace(&mut self.to_email, email),
            LetterEdit::EditSubject(subject) => replace(&mut self.subject, Some(subject)),
            LetterEdit::EditBody(body) => replace(&mut self.body, Some(body)),
            LetterEdit::ResetText => {
                let changed = self.subject.is_some() || self.body.is_some();
                self.subject = None;
                self.body = None;
                changed
            }
            LetterEdit::MarkSent(day) => replace(&mut self.sent_on, day),
        }
    }

    /// The text to show: the user's edits where they made them, else the suggestion.
    pub fn text(&self, suggested: Draft) -> Draft {
        Draft {
            subject: self.subject.clone().unwrap_or(suggested.subject),
            body: self.body.clone().unwrap_or(suggested.body),
        }
    }

    pub fn is_edited(&self) -> bool {
        self.subject.is_some() || self.body.is_some()
    }
}

/// A subject and body ready to copy or open in an email app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    pub subject: String,
    pub body: String,
}

/// What a template knows: the rejection, who the letter is for, who signs it.
#[derive(Clone, Copy, Debug)]
pub struct LetterContext<'a> {
    pub details: &'a RejectionDetails,
    pub to_name: &'a str,
    pub sign_as: &'a str,
}

impl LetterContext<'_> {
    fn greeting(&self, formal: bool) -> String {
        let name = self.to_name.trim();
        match (name.is_empty(), formal) {
            (false, true) => tf!(k::letters::greeting::FORMAL_NAMED, name = name),
            (false, false) => tf!(k::letters::greeting::NAMED, name = name),
            (true, true) => t(k::letters::greeting::FORMAL).to_string(),
            (true, false) => t(k::letters::GREETING).to_string(),
        }
    }

    /// "the Backend Engineer role" or "the role".
    fn the_role(&self) -> String {
        match self.details.role.trim() {
            "" => t(k::letters::THE_ROLE).to_string(),
            role => tf!(k::letters::THE_ROLE_NAMED, role = role),
        }
    }

    /// " at Acme" or "".
    fn at_company(&self) -> String {
        match self.details.company.trim() {
            "" => String::new(),
            company => tf!(k::letters::AT_COMPANY, company = company),
        }
    }

    /// "Acme" or "your team".
    fn company_or_team(&self) -> String {
        match self.details.company.trim() {
            "" => t(k::letters::YOUR_TEAM).to_string(),
            company => company.to_owned(),
        }
    }

    fn subject_about(&self, lead: &str) -> String {
        match (self.details.role.trim(), self.details.company.trim()) {
            ("", "") => lead.to_owned(),
            (role, "") => format!("{lead}: {role}"),
            ("", company) => format!("{lead}: {company}"),
            (role, company) => tf!(
                k::letters::subject::ROLE_AT_COMPANY,
                lead = lead,
                role = role,
                company = company
            ),
        }
    }

    fn sign_off(&self, closing: &str) -> String {
        match self.sign_as.trim() {
            "" => closing.to_owned(),
            name => format!("{closing}\n{name}"),
        }
    }
}

/// Tone of the feedback request.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    Brief,
    #[default]
    Warm,
    Formal,
}

impl Choice for Tone {
    const ALL: &'static [Tone] = &[Tone::Brief, Tone::Warm, Tone::Formal];

    fn label(self) -> Rc<str> {
        t(match self {
            Tone::Brief => k::letters::BRIEF,
            Tone::Warm => k::letters::WARM,
            Tone::Formal => k::letters::FORMAL,
        })
    }

    fn slug(self) -> &'static str {
        match self {
            Tone::Brief => "brief",
            Tone::Warm => "warm",
            Tone::Formal => "formal",
        }
    }
}

/// Stage 1: thanks for their time and consideration, door left open.
pub fn thank_you_note(ctx: LetterContext) -> Draft {
    Draft {
        subject: ctx.subject_about(&t(k::letters::THANK_YOU)),
        body: tf!(
            k::letters::thank_you::BODY,
            greeting = ctx.greeting(false),
            role = ctx.the_role(),
            at = ctx.at_company(),
            team = ctx.company_or_team(),
            sign = ctx.sign_off(&t(k::letters::ALL_THE_BEST)),
        ),
    }
}

/// Stage 2: a gracious request for feedback on the application, the interviews
/// and what to improve.
pub fn feedback_request(ctx: LetterContext, tone: Tone) -> Draft {
    let subject = ctx.subject_about(&t(k::activity::FEEDBACK_REQUEST));
    let body = match tone {
        Tone::Brief => tf!(
            k::letters::feedback_brief::BODY,
            greeting = ctx.greeting(false),
            role = ctx.the_role(),
            at = ctx.at_company(),
            sign = ctx.sign_off(&t(k::letters::SIGN_THANK_YOU)),
        ),
        Tone::Warm => tf!(
            k::letters::feedback_warm::BODY,
            greeting = ctx.greeting(false),
            role = ctx.the_role(),
            at = ctx.at_company(),
            sign = ctx.sign_off(&t(k::letters::WITH_THANKS_AND_BEST)),
        ),
        Tone::Formal => tf!(
            k::letters::feedback_formal::BODY,
            greeting = ctx.greeting(true),
            role = ctx.the_role(),
            at = ctx.at_company(),
            sign = ctx.sign_off(&t(k::letters::YOURS_SINCERELY)),
        ),
    };
    Draft { subject, body }
}

/// Stage 2: the one polite follow-up when no reply came.
pub fn follow_up(ctx: LetterContext, first_sent: Option<Day>) -> Draft {
    let when = first_sent
        .map(|d| tf!(k::letters::OF_DAY, day = d.long()))
        .unwrap_or_default();
    Draft {
        subject: ctx.subject_about(&t(k::letters::FOLLOWING_UP_ON_MY)),
        body: tf!(
            k::letters::follow_up::BODY,
            greeting = ctx.greeting(false),
            when = when,
            role = ctx.the_role(),
            at = ctx.at_company(),
            sign = ctx.sign_off(&t(k::letters::BEST_REGARDS)),
        ),
    }
}

/// Stage 2: thanks for the feedback and the commitment to grow.
pub fn thanks_for_feedback(ctx: LetterContext) -> Draft {
    Draft {
        subject: ctx.subject_about(&t(k::letters::THANK_YOU_FOR_YOUR)),
        body: tf!(
            k::letters::thanks_for_feedback::BODY,
            greeting = ctx.greeting(false),
            role = ctx.the_role(),
            at = ctx.at_company(),
            sign = ctx.sign_off(&t(k::letters::WITH_THANKS)),
        ),
    }
}

/// Percent-encodes text for a `mailto:` URL (RFC 6068): every byte outside the
/// unreserved set, with line breaks as CRLF, so `&`, `?`, `#`, `%` and non-ASCII
/// text arrive in the email app exactly as written.
pub fn percent_encode(text: &str) -> String {
    let normalised = text.replace("\r\n", "\n").replace('\n', "\r\n");
    let mut out = String::with_capacity(normalised.len() * 3);
    for byte in normalised.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(byte as char)
            }
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[usize::from(byte >> 4)] as char);
                out.push(HEX[usize::from(byte & 15)] as char);
            }
        }
    }
    out
}

/// A plausible single address, or nothing: a `mailto:` link never carries
/// anything but an address before the `?`.
pub fn clean_address(address: &str) -> Option<&str> {
    let address = address.trim();
    let (local, domain) = address.split_once('@')?;
    let plausible = !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !address.chars().any(|c| {
            c.is_whitespace() || matches!(c, ',' | ';' | '?' | '#' | '<' | '>' | '"' | '/' | '\\')
        });
    plausible.then_some(address)
}

/// `mailto:` link for "open in my email app".
pub fn mailto(to: &str, draft: &Draft) -> String {
    // Keep the `@` literal: some email apps do not decode `%40` in the address.
    let to = clean_address(to)
        .and_then(|a| a.split_once('@'))
        .map(|(local, domain)| format!("{}@{}", percent_encode(local), percent_encode(domain)))
        .unwrap_or_default();
    format!(
        "mailto:{to}?subject={}&body={}",
        percent_encode(&draft.subject),
        percent_encode(&draft.body)
    )
}

/// Stage 5: a short request for an informational interview. `field` is the
/// area the user wants to learn about ("product design in healthcare").
pub fn informational_interview(to_name: &str, sign_as: &str, field: &str) -> Draft {
    let details = RejectionDetails::default();
    let ctx = LetterContext {
        details: &details,
        to_name,
        sign_as,
    };
    let field = field.trim();
    let (subject, about) = if field.is_empty() {
        (
            t(k::letters::A_SHORT_CONVERSATION_ABOUT).to_string(),
            t(k::letters::THE_WORK_YOU_DO).to_string(),
        )
    } else {
        (
            tf!(k::letters::informational::SUBJECT_FIELD, field = field),
            tf!(k::letters::informational::ABOUT_FIELD, field = field),
        )
    };
    Draft {
        subject,
        body: tf!(
            k::letters::informational::BODY,
            greeting = ctx.greeting(false),
            about = about,
            sign = ctx.sign_off(&t(k::letters::MANY_THANKS)),
        ),
    }
}
