//! Where to talk to someone now: a free, confidential helpline for the
//! person's region, guessed from the browser's preferred languages (`en-GB`
//! means the United Kingdom), with an international directory for everyone
//! else. Shown as plain links; nothing is requested until the person taps.
//!
//! Numbers as each service publishes them on its own site (checked 2026-12):
//! 988lifeline.org, 988.ca, samaritans.org, lifeline.org.au, 1737.org.nz,
//! telefonseelsorge.de, telefonseelsorge.at, 143.ch, sanidad.gob.es/linea024,
//! 3114.fr, findahelpline.com.

/// A helpline for one or more regions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Helpline {
    /// Region codes (ISO 3166-1) it serves.
    pub regions: &'static [&'static str],
    pub name: &'static str,
    /// The number as people write it there.
    pub number: &'static str,
    /// The number for a `tel:` link.
    pub tel: &'static str,
    pub site: &'static str,
}

const fn line(
    regions: &'static [&'static str],
    name: &'static str,
    number: &'static str,
    tel: &'static str,
    site: &'static str,
) -> Helpline {
    Helpline {
        regions,
        name,
        number,
        tel,
        site,
    }
}

pub const HELPLINES: &[Helpline] = &[
    line(
        &["US"],
        "988 Suicide & Crisis Lifeline", // i18n: the service's own name
        "988",
        "988",
        "https://988lifeline.org",
    ),
    line(
        &["CA"],
        "9-8-8 Suicide Crisis Helpline", // i18n: the service's own name
        "988",
        "988",
        "https://988.ca",
    ),
    line(
        &["GB", "IE"],
        "Samaritans", // i18n: the service's own name
        "116 123",
        "116123",
        "https://www.samaritans.org",
    ),
    line(
        &["AU"],
        "Lifeline", // i18n: the service's own name
        "13 11 14",
        "131114",
        "https://www.lifeline.org.au",
    ),
    line(
        &["NZ"],
        "Need to talk? 1737", // i18n: the service's own name
        "1737",
        "1737",
        "https://1737.org.nz",
    ),
    line(
        &["DE"],
        "TelefonSeelsorge", // i18n: the service's own name
        "0800 111 0 111",
        "08001110111",
        "https://www.telefonseelsorge.de",
    ),
    line(
        &["AT"],
        "TelefonSeelsorge", // i18n: the service's own name
        "142",
        "142",
        "https://www.telefonseelsorge.at",
    ),
    line(
        &["CH"],
        "Die Dargebotene Hand", // i18n: the service's own name
        "143",
        "143",
        "https://www.143.ch",
    ),
    line(
        &["ES"],
        "Línea 024", // i18n: the service's own name
        "024",
        "024",
        "https://www.sanidad.gob.es/linea024/",
    ),
    line(&["FR"], "3114", "3114", "3114", "https://3114.fr"),
];

/// Free, confidential services in many countries, searchable by country.
pub const HELPLINE_DIRECTORY: &str = "https://findahelpline.com";

/// The region part of a language tag: `en-GB` → `GB`, `es-419` → none.
fn region_of(tag: &str) -> Option<String> {
    tag.split(['-', '_'])
        .skip(1)
        .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
        .map(|part| part.to_ascii_uppercase())
}

/// The helpline for the first preferred language that names a region we
/// know; `None` sends the person to the directory.
pub fn helpline_for(languages: &[String]) -> Option<&'static Helpline> {
    languages
        .iter()
        .filter_map(|tag| region_of(tag))
        .find_map(|region| {
            HELPLINES
                .iter()
                .find(|h| h.regions.contains(&region.as_str()))
        })
}
