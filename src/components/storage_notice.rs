//! A plain-words notice when storage cannot do its job, with a way out that
//! loses nothing.

use crate::browser::{download, download_export, today};
use crate::persistence::StorageProblem;
use crate::routes::{go, use_nav, Route};
use crate::state::{use_app, EmbedChoices};
use crate::storage::SetAside;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StorageNoticeProps {
    pub problem: StorageProblem,
    pub on_start_fresh: Callback<()>,
    /// The embedded widget's choices (own tab, storage access), if embedded.
    #[prop_or_default]
    pub embed: Option<EmbedChoices>,
}

/// "Open Rebound in its own tab", "Let Rebound keep notes here", and what
/// came of the last one. Shared by the notice and "Your data".
pub fn embed_actions(choices: &EmbedChoices, main: bool) -> Html {
    let primary = if main {
        "rb-button rb-button--primary"
    } else {
        "rb-button"
    };
    html! {
        <>
            <div class="rb-actions">
                <button type="button" class={primary} onclick={choices.open_own_tab.reform(|_| ())}>
                    {"Open Rebound in its own tab"}
                </button>
                if let Some(keep_here) = &choices.keep_here {
                    <button type="button" class="rb-button" onclick={keep_here.reform(|_| ())}>
                        {"Let Rebound keep notes here"}
                    </button>
                }
            </div>
            if let Some(outcome) = &choices.outcome {
                <p class="rb-outcome">{ outcome.clone() }</p>
            }
        </>
    }
}

#[component]
pub fn StorageNotice(props: &StorageNoticeProps) -> Html {
    let app = use_app();
    let navigator = use_nav();
    let state = app.state.clone();
    let export = {
        let state = state.clone();
        Callback::from(move |_| {
            download_export(&state.journal);
        })
    };
    let download_raw = |raw: &str| {
        let raw = raw.to_owned();
        Callback::from(move |_| {
            download(
                &format!("rebound-unreadable-{}.txt", today()),
                "text/plain",
                &raw,
            );
        })
    };

    let (title, body, actions) = match &props.problem {
        StorageProblem::EmbeddedBlocked => (
            "Keep your notes: open Rebound in its own tab",
            html! {
                <>
                    <p>{"This browser does not let tools embedded in another site keep notes, so what you write in this box is gone when you leave the page. In its own tab, Rebound keeps it, and takes along anything you have already written here."}</p>
                    if let Some(choices) = &props.embed {
                        { embed_actions(choices, true) }
                    }
                </>
            },
            html! {
                <p class="rb-notice__aside">
                    {"Or stay here without saving, and "}
                    <button type="button" class="rb-link" onclick={export.clone()}>{"export a copy"}</button>
                    {" before you leave."}
                </p>
            },
        ),
        StorageProblem::MemoryOnly => (
            "Nothing will be kept after you close this page",
            html! { <p>{"This browser is not letting Rebound store anything here (storage is blocked or turned off). You can still use every part of it; export a copy before you leave to keep what you wrote."}</p> },
            html! { <button type="button" class="rb-button" onclick={export}>{"Export a copy"}</button> },
        ),
        StorageProblem::SaveFailed(error) => (
            "Your latest changes are not saved yet",
            html! { <p>{ error.to_string() }</p> },
            html! { <button type="button" class="rb-button" onclick={export}>{"Export a copy"}</button> },
        ),
        StorageProblem::SetAside(SetAside::Unreadable {
            error,
            backup_key,
            raw,
        }) => (
            "Your saved data could not be read",
            html! {
                <>
                    <p>{ error.to_string() }</p>
                    <p>{ if backup_key.is_some() {
                        "Rebound has not changed it: an untouched copy is kept in this browser, and saving is paused until you choose what to do."
                    } else {
                        "Rebound has not changed it, and saving is paused so it stays that way. Download it before you start fresh."
                    } }</p>
                </>
            },
            html! {
                <>
                    <button type="button" class="rb-button" onclick={download_raw(raw)}>{"Download the unreadable data"}</button>
                    <button type="button" class="rb-button" onclick={go(&navigator, Route::YourData)}>{"Import a file"}</button>
                    <button type="button" class="rb-button" onclick={props.on_start_fresh.reform(|_| ())}>{"Start fresh"}</button>
                </>
            },
        ),
        StorageProblem::SetAside(SetAside::Newer { version, raw, .. }) => (
            "This data is from a newer Rebound",
            html! { <p>{ format!("It was saved in format {version}, which this page does not know yet. You can read what this page understands of it, but to keep it safe nothing you change here is saved. Open the latest Rebound to carry on.") }</p> },
            html! { <button type="button" class="rb-button" onclick={download_raw(raw)}>{"Download a copy of it"}</button> },
        ),
    };

    html! {
        <section class="rb-notice" aria-labelledby="rb-notice-title">
            <h2 id="rb-notice-title">{ title }</h2>
            { body }
            <div class="rb-actions">{ actions }</div>
        </section>
    }
}
