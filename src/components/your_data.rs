//! "Your data": where it lives, how large it is, that nothing is sent anywhere,
//! and export and delete.

use super::embed_actions;
use crate::browser::download_export;
use crate::domain::{one_decimal, Action, Journal};
use crate::persistence::Saver;
use crate::routes::{use_nav, Route};
use crate::state::{use_app, EmbedChoices};
use crate::storage::access::{ask_to_persist, is_persisted};
use crate::storage::EmbeddedStorage;
use crate::storage::{parse_import, ImportError, MAX_IMPORT_BYTES};
use std::rc::Rc;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[derive(Properties)]
pub struct YourDataProps {
    pub saver: Rc<Saver>,
    /// Embedded with partitioned or blocked storage: the way to the own tab.
    pub embed: Option<EmbedChoices>,
    /// The hosted page: may ask the browser to keep the data.
    pub hosted: bool,
}

impl PartialEq for YourDataProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.saver, &other.saver)
            && self.embed == other.embed
            && self.hosted == other.hosted
    }
}

fn human_size(bytes: usize) -> String {
    match bytes {
        0..=1023 => format!("{bytes} bytes"),
        1024..=1_048_575 => format!("{} KB", one_decimal(bytes as f64 / 1024.0)),
        _ => format!("{} MB", one_decimal(bytes as f64 / 1_048_576.0)),
    }
}

/// What the browser said about keeping this site's data.
#[derive(Clone, Copy, PartialEq)]
enum Persisted {
    /// Not asked, or the browser has no such promise to give.
    Unknown,
    Known(bool),
    /// The person asked; the browser's answer.
    Asked(bool),
}

fn persisted_note(persisted: &Persisted, on_keep: Callback<MouseEvent>) -> Html {
    match persisted {
        Persisted::Unknown => html! {},
        Persisted::Known(true) | Persisted::Asked(true) => html! {
            <p class="rb-outcome">{"This browser has agreed to keep Rebound's data even when it runs short of space."}</p>
        },
        Persisted::Known(false) => html! {
            <>
                <p>{"When this browser runs short of space, it may clear data of sites you have not used lately, Rebound's included."}</p>
                <button type="button" class="rb-button" onclick={on_keep}>{"Keep my data even when this browser runs short of space"}</button>
            </>
        },
        Persisted::Asked(false) => html! {
            <p class="rb-outcome">{"This browser did not agree; it decides by itself, often from how much you use a site. Export a copy now and then to be safe."}</p>
        },
    }
}

#[component]
pub fn YourData(props: &YourDataProps) -> Html {
    let app = use_app();
    let navigator = use_nav();
    let state = app.state.clone();
    let confirming = use_state(|| false);
    // A checked import waiting for "replace" or "add".
    let pending = use_state(|| None::<Rc<Journal>>);
    let import_error = use_state(|| None::<String>);
    let journal = &state.journal;
    let persistent = props.saver.is_persistent();
    // Whether the browser keeps this site's data when space runs short:
    // asked once on the hosted page, never prompted unasked.
    let persisted = use_state(|| Persisted::Unknown);
    {
        let persisted = persisted.clone();
        use_effect_with(props.hosted && persistent, move |ask| {
            if *ask {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(kept) = is_persisted().await {
                        persisted.set(Persisted::Known(kept));
                    }
                });
            }
        });
    }
    // Reading every key back is costly with a big journal: once per change, not per render.
    let bytes = {
        let saver = props.saver.clone();
        *use_memo(state.edits, move |_| saver.store().bytes_used())
    };

    let on_export = {
        let state = state.clone();
        let announce = app.announce.clone();
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
        let announce = app.announce.clone();
        let navigator = navigator.clone();
        Callback::from(move |_| match saver.delete_all() {
            Ok(()) => {
                state.dispatch(Action::ReplaceJournal(Box::default()));
                announce.emit("All your Rebound data was deleted from this browser.".into());
                navigator.push(&Route::Home);
            }
            Err(error) => announce.emit(format!("Nothing was deleted: {error}")),
        })
    };

    let on_keep = {
        let persisted = persisted.clone();
        Callback::from(move |_| {
            let persisted = persisted.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let answer = ask_to_persist().await;
                persisted.set(Persisted::Asked(answer.unwrap_or(false)));
            });
        })
    };

    let on_file = {
        let pending = pending.clone();
        let import_error = import_error.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // Let the same file be chosen again after a fix.
            input.set_value("");
            pending.set(None);
            let size = file.size() as usize;
            if size > MAX_IMPORT_BYTES {
                import_error.set(Some(ImportError::TooLarge(size).to_string()));
                return;
            }
            let (pending, import_error) = (pending.clone(), import_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                match text.map(|t| parse_import(&t)) {
                    Some(Ok(journal)) => {
                        import_error.set(None);
                        pending.set(Some(Rc::new(journal)));
                    }
                    Some(Err(error)) => import_error.set(Some(error.to_string())),
                    None => import_error.set(Some(
                        "This browser could not read that file. Your current data has not changed."
                            .into(),
                    )),
                }
            });
        })
    };
    let take_import = |merge: bool| {
        let (pending, state, saver, announce, navigator) = (
            pending.clone(),
            state.clone(),
            props.saver.clone(),
            app.announce.clone(),
            navigator.clone(),
        );
        Callback::from(move |_| {
            let Some(journal) = (*pending).clone() else {
                return;
            };
            let journal = Box::new((*journal).clone());
            state.dispatch(if merge {
                Action::MergeJournal(journal)
            } else {
                Action::ReplaceJournal(journal)
            });
            saver.resume();
            pending.set(None);
            announce.emit(
                if merge {
                    "Imported: the file's entries were added to yours."
                } else {
                    "Imported: your data was replaced by the file's."
                }
                .into(),
            );
            navigator.push(&Route::Home);
        })
    };

    html! {
        <section class="rb-data" aria-labelledby="rb-data-title">
            <h1 id="rb-data-title" tabindex="-1">{"Your data"}</h1>
            <p class="rb-lede">{"Rebound has no server and no account. Nothing you write is ever sent anywhere."}</p>
            <h2>{"Where it lives"}</h2>
            if let Some(choices) = props.embed.as_ref().filter(|c| c.storage == EmbeddedStorage::Partitioned) {
                <div class="rb-callout">
                    <p>{"Notes written here stay with this site's copy of Rebound: this browser keeps them for this job board only, so Rebound's own page and other sites do not see them. To have them wherever you open Rebound, move them to its own tab (they go with you), or export them and import the file there."}</p>
                    { embed_actions(choices, false) }
                </div>
            }
            if persistent {
                <ul class="rb-bullets">
                    <li>{"In this browser, on this device, for this site only. Another browser or device will not see it."}</li>
                    <li>{"In a private or incognito window it disappears when the window closes."}</li>
                    <li>{"Safari may clear it if you do not visit for 7 days. Export a copy to keep it safe."}</li>
                </ul>
                <p>{ format!("It holds {}, and takes {} of this browser's storage.",
                    journal.counts().describe(), human_size(bytes)) }</p>
                { persisted_note(&persisted, on_keep) }
            } else {
                <p>{"This browser is not letting Rebound store anything, so your notes live only in this page and are gone when you close it. Export a copy to keep them."}</p>
                if let Some(choices) = &props.embed {
                    { embed_actions(choices, false) }
                }
            }
            <h2>{"Take it with you"}</h2>
            <p>{"Download everything as a JSON file you can keep, or import later."}</p>
            <button type="button" class="rb-button" onclick={on_export}>{"Export my data"}</button>
            <h2>{"Bring it back"}</h2>
            <p>{"Import a Rebound export file, from this browser or another. You will see what it holds before anything changes."}</p>
            <div class="rb-field">
                <label for="rb-import-file">{"Choose an export file"}</label>
                <input id="rb-import-file" type="file" accept="application/json,.json"
                    aria-describedby={import_error.is_some().then_some("rb-import-error")} onchange={on_file} />
            </div>
            if let Some(message) = &*import_error {
                <p id="rb-import-error" class="rb-error" role="alert">{ message.clone() }</p>
            }
            if let Some(incoming) = &*pending {
                <div class="rb-confirm rb-import-preview" role="group" aria-labelledby="rb-import-summary">
                    <p id="rb-import-summary"><strong>{ format!("This file holds {}.", incoming.counts().describe()) }</strong></p>
                    <p>{"Add its entries to yours (nothing of yours is removed), or replace everything here with it. Replacing cannot be undone: export first if you may want your current data."}</p>
                    <div class="rb-actions">
                        <button type="button" class="rb-button rb-button--primary" onclick={take_import(true)}>{"Add it to my data"}</button>
                        <button type="button" class="rb-button" onclick={take_import(false)}>{"Replace my data with it"}</button>
                        <button type="button" class="rb-button" onclick={{ let p = pending.clone(); move |_| p.set(None) }}>{"Cancel"}</button>
                    </div>
                </div>
            }
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
