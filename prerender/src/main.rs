//! Renders the first screen a new visitor sees (the frame and the welcome
//! screen, `FirstScreen`) to static HTML with Yew's own server renderer, in
//! every language: the build puts it into each language's page, so the
//! headline and the form paint before any wasm has arrived.
//!
//! `rebound-prerender i18n/` prints `{ "en": "<div…", "es": …, … }`;
//! `rebound-prerender keys` prints the storage key rules for `start.js`. One
//! page serves the hosted page and a board's frame; in a frame, `start.js`
//! marks the page embedded before the first paint and the stylesheet hides
//! the language picker, as the app leaves it out there.

use rebound::components::FirstScreen;
use rebound::i18n::{self, Catalog, Lang};
use yew::LocalServerRenderer;

fn render() -> String {
    let renderer = LocalServerRenderer::<FirstScreen>::new()
        // The app renders afresh over it (see `mount::take_over_prerendered`).
        .hydratable(false);
    futures::executor::block_on(renderer.render())
}

/// The storage key rules `start.js` needs before any wasm, from the one
/// module that defines them (`rebound::storage::keys`).
fn keys() -> serde_json::Value {
    use rebound::storage::keys::*;
    serde_json::json!({
        "default": DEFAULT_NAMESPACE,
        "namespace": namespace_pattern(),
        "journal": JOURNAL_SUFFIX,
        "language": Beside::Language.suffix(),
    })
}

fn main() {
    let folder = std::env::args().nth(1).unwrap_or_else(|| "i18n".into());
    if folder == "keys" {
        println!("{}", keys());
        return;
    }
    let mut pages = serde_json::Map::new();
    for lang in Lang::ALL {
        let path = format!("{folder}/{}.json", lang.code());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let catalog = Catalog::parse(lang, &text).unwrap_or_else(|e| panic!("{path}: {e}"));
        i18n::install(catalog);
        pages.insert(lang.code().into(), render().into());
    }
    println!("{}", serde_json::Value::Object(pages));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_gets_its_own_first_screen_with_the_fields_the_app_takes_over() {
        for lang in Lang::ALL {
            let text = std::fs::read_to_string(format!("../i18n/{}.json", lang.code())).unwrap();
            let catalog = Catalog::parse(lang, &text).unwrap();
            let headline = catalog.get("welcome.not_selected_this_time").unwrap();
            i18n::install(catalog);
            let html = render();
            assert!(
                html.starts_with(&format!(
                    "<div lang=\"{}\" data-rebound-prerendered",
                    lang.code()
                )),
                "{html}"
            );
            assert!(
                html.contains(&format!(">{headline}</h1>")),
                "{lang:?}: the headline in its language"
            );
            for id in rebound::components::field::ALL {
                assert!(
                    html.contains(&format!("id=\"{id}\"")),
                    "{lang:?}: {id} (mount::take_over_prerendered reads it)"
                );
            }
            // A page built ahead of time does not know the day it is read.
            assert!(
                !html.contains(" max="),
                "{lang:?}: no date limit from the build day"
            );
            assert!(
                html.contains("class=\"rb-language\""),
                "the hosted page's picker"
            );
        }
    }
}
