//! "Your data": where it lives, how large it is, that nothing is sent anywhere,
//! and export and delete.

use crate::app::Screen;
use crate::browser::{download, today};
use crate::domain::{Action, Journal};
use crate::persistence::Saver;
use crate::state::JournalContext;
use crate::storage::schema::{export_document, export_file_name};
use std::rc::Rc;
use yew::prelude::*;

/// Offers the whole journal as a dated JSON file.
pub fn download_export(journal: &Journal) -> bool {
    let exported_at = String::from(js_sys::Date::new_0().to_iso_string());
    download(
        &export_file_name(today()),
        "application/json",
        &export_document(journal, exported_at),
    )
}

#[derive(Properties)]
pub struct YourDataProps {
    pub saver: Rc<Saver>,
    pub navigate: Callback<Screen>,
    pub announce: Callback<String>,
}

impl PartialEq for YourDataProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.saver, &other.saver)
            && self.navigate == other.navigate
            && self.announce == other.announce
    }
}

fn human_size(bytes: usize) -> String {
    match bytes {
        0..=1023 => format!("{bytes} bytes"),
        1024..=1_048_575 => format!("{:.1} KB", bytes as f64 / 1024.0),
        _ => format!("{:.1} MB", bytes as f64 / 1_048_576.0),
    }
}

#[component]
pub fn YourData(props: &YourDataProps) -> Html {
    let state = use_context::<JournalContext>().expect("inside the journal context");
    let confirming = use_state(|| false);
    let journal = &state.journal;
    let persistent = props.saver.is_persistent();
    let bytes = props.saver.store().bytes_used();

    let on_export = {
        let state = state.clone();
        let announce = props.announce.clone();
        Callback::from(move |_| {
            let message = if download_export(&state.journal) {
                "Your export is downloading."
            } else {
                "This browser would not start the download."
            };
            announce.emit(message.into());
        })
    };
    let on_delete = {
        let state = state.clone();
        let saver = props.saver.clone();
        let announce = props.announce.clone();
        let navigate = props.navigate.clone();
        Callback::from(move |_| match saver.delete_all() {
            Ok(()) => {
                state.dispatch(Action::ReplaceJournal(Box::default()));
                announce.emit("All your Rebound data was deleted from this browser.".into());
                navigate.emit(Screen::Hub);
            }
            Err(error) => announce.emit(format!("Nothing was deleted: {}", error.message())),
        })
    };

    let achievements = journal.person.achievements.len();
    html! {
        <section class="rb-data" aria-labelledby="rb-data-title">
            <h1 id="rb-data-title" tabindex="-1">{"Your data"}</h1>
            <p class="rb-lede">{"Rebound has no server and no account. Nothing you write is ever sent anywhere."}</p>
            <h2>{"Where it lives"}</h2>
            if persistent {
                <ul class="rb-bullets">
                    <li>{"In this browser, on this device, for this site only. Another browser or device will not see it."}</li>
                    <li>{"In a private or incognito window it disappears when the window closes."}</li>
                    <li>{"Safari may clear it if you do not visit for 7 days. Export a copy to keep it safe."}</li>
                </ul>
                <p>{ format!("It holds {} rejection{} and {} achievement{}, and takes {} of this browser's storage.",
                    journal.rejections.len(), if journal.rejections.len() == 1 { "" } else { "s" },
                    achievements, if achievements == 1 { "" } else { "s" },
                    human_size(bytes)) }</p>
            } else {
                <p>{"This browser is not letting Rebound store anything, so your notes live only in this page and are gone when you close it. Export a copy to keep them."}</p>
            }
            <h2>{"Take it with you"}</h2>
            <p>{"Download everything as a JSON file you can keep, or import later."}</p>
            <button type="button" class="rb-button" onclick={on_export}>{"Export my data"}</button>
            <h2>{"Delete it"}</h2>
            if *confirming {
                <div class="rb-confirm" role="group" aria-labelledby="rb-confirm-text">
                    <p id="rb-confirm-text"><strong>{"Delete every rejection, note and plan from this browser?"}</strong>{" This cannot be undone. Export first if you may want it back."}</p>
                    <div class="rb-actions">
                        <button type="button" class="rb-button rb-button--danger" onclick={on_delete}>{"Yes, delete everything"}</button>
                        <button type="button" class="rb-button" onclick={{ let c = confirming.clone(); move |_| c.set(false) }}>{"Keep my data"}</button>
                    </div>
                </div>
            } else {
                <p>{"Removes Rebound's data from this browser, and nothing else of this site."}</p>
                <button type="button" class="rb-button rb-button--danger" onclick={{ let c = confirming.clone(); move |_| c.set(true) }}>{"Delete all my data"}</button>
            }
        </section>
    }
}
