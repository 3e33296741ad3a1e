//! "Your data": where it lives, how large it is, that nothing is sent anywhere,
//! and export and delete.

use super::embed_actions;
use super::passphrase_field::{text_setter, PassphraseField};
use crate::browser::download_export;
use crate::domain::{Action, Journal};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use crate::lock::{vault, LockError, Sealed, WebCrypto};
use crate::persistence::LockState;
use crate::routes::{use_nav, Route};
use crate::session::use_session;
use crate::state::use_app;
use crate::storage::access::{ask_to_persist, is_persisted};
use crate::storage::schema::{export_file_name, import_opened, locked_import};
use crate::storage::EmbeddedStorage;
use crate::storage::{parse_import, ImportError, MAX_IMPORT_BYTES};
use std::rc::Rc;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// The saver and a frame's choices come from the session (`use_session`).
#[derive(Properties, PartialEq, Clone)]
pub struct YourDataProps {
    /// The storage namespace (for the address of the own tab).
    #[prop_or_default]
    pub namespace: AttrValue,
    /// The hosted page: may ask the browser to keep the data, and deletes
    /// every namespace's data (all of this site's Rebound keys).
    pub hosted: bool,
    /// In a frame of another page, which could hide this screen under a
    /// decoy: nothing that deletes or replaces is offered, only the way to
    /// Rebound's own tab, where the person sees what they do.
    #[prop_or_default]
    pub framed: bool,
}

fn human_size(bytes: usize) -> String {
    match bytes {
        0..=1023 => tf!(k::data::BYTES, bytes = bytes),
        1024..=1_048_575 => tf!(
            k::data::KILOBYTES,
            size = crate::i18n::decimal(bytes as f64 / 1024.0)
        ),
        _ => tf!(
            k::data::MEGABYTES,
            size = crate::i18n::decimal(bytes as f64 / 1_048_576.0)
        ),
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
            <p class="rb-outcome">{t(k::data::THIS_BROWSER_HAS_AGREED)}</p>
        },
        Persisted::Known(false) => html! {
            <>
                <p>{t(k::data::WHEN_THIS_BROWSER_RUNS)}</p>
                <button type="button" class="rb-button" onclick={on_keep}>{t(k::data::KEEP_MY_DATA_EVEN)}</button>
            </>
        },
        Persisted::Asked(false) => html! {
            <p class="rb-outcome">{t(k::data::THIS_BROWSER_DID_NOT)}</p>
        },
    }
}

#[component]
pub fn YourData(props: &YourDataProps) -> Html {
    html! {
        <section class="rb-data" aria-labelledby="rb-data-title">
            <h1 id="rb-data-title" tabindex="-1">{t(k::app::YOUR_DATA)}</h1>
            <p class="rb-lede">{t(k::data::REBOUND_HAS_NO_SERVER)}</p>
            <WhereItLives hosted={props.hosted} />
            <super::LockSettings framed={props.framed} />
            <Export />
            <Import framed={props.framed} />
            <DeleteAll hosted={props.hosted} framed={props.framed} namespace={props.namespace.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct HostedProps {
    hosted: bool,
}

/// Where the data lives, how much there is, and whether the browser keeps it.
#[component]
fn WhereItLives(props: &HostedProps) -> Html {
    let (app, session) = (use_app(), use_session());
    let persistent = session.saver.is_persistent();
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
        let saver = session.saver.clone();
        // A lock set or taken off changes the size without an edit.
        *use_memo((app.state.edits, session.lock.clone()), move |_| {
            saver.store().bytes_used()
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
    let journal = &app.state.journal;
    html! {
        <>
            <h2>{t(k::data::WHERE_IT_LIVES)}</h2>
            if let Some(choices) = session.embed.as_ref().filter(|c| c.storage == EmbeddedStorage::Partitioned) {
                <div class="rb-callout">
                    <p>{t(k::data::NOTES_WRITTEN_HERE_STAY)}</p>
                    { embed_actions(choices, false) }
                </div>
            }
            if persistent {
                <ul class="rb-bullets">
                    <li>{t(k::data::IN_THIS_BROWSER_ON)}</li>
                    <li>{t(k::data::IN_A_PRIVATE_OR)}</li>
                    <li>{t(k::data::SAFARI_MAY_CLEAR_IT)}</li>
                </ul>
                <p>{ tf!(k::data::IT_HOLDS_AND_TAKES, journal = journal.counts().describe(), value = human_size(bytes)) }</p>
                { persisted_note(&persisted, on_keep) }
            } else {
                <p>{t(k::data::THIS_BROWSER_IS_NOT)}</p>
                if let Some(choices) = &session.embed {
                    { embed_actions(choices, false) }
                }
            }
        </>
    }
}

/// Everything as one file to keep: locked with the passphrase while the
/// lock is on (a file without it only after the passphrase is given again).
#[component]
fn Export() -> Html {
    let (app, session) = (use_app(), use_session());
    let asking = use_state(|| false);
    let passphrase = use_state(String::new);
    let error = use_state(|| None::<AttrValue>);
    let lock_open = session.lock == LockState::Open;
    let on_export = {
        let (state, announce, saver) = (
            app.state.clone(),
            app.announce.clone(),
            session.saver.clone(),
        );
        Callback::from(move |_| {
            if !lock_open {
                announce.emit(download_message(download_export(&state.journal)));
                return;
            }
            let (state, announce, saver) = (state.clone(), announce.clone(), saver.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let exported_at = String::from(js_sys::Date::new_0().to_iso_string());
                let message = match saver.sealed_export(&state.journal, exported_at).await {
                    Ok(text) => download_message(crate::browser::download(
                        &export_file_name(crate::browser::today()),
                        "application/json",
                        &text,
                    )),
                    Err(error) => error.to_string(),
                };
                announce.emit(message);
            });
        })
    };
    let on_plain = {
        let (state, announce, saver) = (
            app.state.clone(),
            app.announce.clone(),
            session.saver.clone(),
        );
        let (passphrase, error, asking) = (passphrase.clone(), error.clone(), asking.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            error.set(None);
            let (state, announce, saver) = (state.clone(), announce.clone(), saver.clone());
            let (typed, error, asking) = ((*passphrase).clone(), error.clone(), asking.clone());
            let passphrase = passphrase.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match saver.check_passphrase(&typed).await {
                    Ok(()) => {
                        announce.emit(download_message(download_export(&state.journal)));
                        // Asked again next time.
                        passphrase.set(String::new());
                        asking.set(false);
                    }
                    Err(problem) => error.set(Some(problem.to_string().into())),
                }
            });
        })
    };
    let set_passphrase = text_setter(&passphrase);
    html! {
        <>
            <h2>{t(k::insights::TAKE_IT_WITH_YOU)}</h2>
            <p>{ if lock_open { t(k::lock::EXPORT_LOCKED) } else { t(k::data::DOWNLOAD_EVERYTHING_AS_A) } }</p>
            <div class="rb-actions">
                <button type="button" class="rb-button" onclick={on_export}>{t(k::data::EXPORT_MY_DATA)}</button>
                if lock_open && !*asking {
                    <button type="button" class="rb-button" onclick={{ let a = asking.clone(); move |_| a.set(true) }}>{t(k::lock::EXPORT_WITHOUT_LOCK)}</button>
                }
            </div>
            if lock_open && *asking {
                <form class="rb-lock__form rb-confirm" onsubmit={on_plain} novalidate=true>
                    <p>{t(k::lock::PLAIN_EXPORT_MEANS)}</p>
                    <PassphraseField id="rb-export-passphrase" label={t(k::lock::PASSPHRASE)} value={(*passphrase).clone()}
                        on_change={set_passphrase} autocomplete="current-password" error={(*error).clone()} />
                    <div class="rb-actions">
                        <button type="submit" class="rb-button">{t(k::lock::EXPORT_WITHOUT_LOCK)}</button>
                        <button type="button" class="rb-button" onclick={{
                            let (a, p) = (asking.clone(), passphrase.clone());
                            move |_| { p.set(String::new()); a.set(false) }
                        }}>{t(k::list::CANCEL)}</button>
                    </div>
                </form>
            }
        </>
    }
}

fn download_message(downloading: bool) -> String {
    if downloading {
        t(k::data::YOUR_EXPORT_IS_DOWNLOADING)
    } else {
        t(k::insights::THIS_BROWSER_WOULD_NOT)
    }
    .to_string()
}

#[derive(Properties, PartialEq)]
struct FramedProps {
    /// In another page's frame: nothing that replaces is offered.
    framed: bool,
}

/// An export brought back: checked first, then added or (not in a frame)
/// put in place of what is here.
#[component]
fn Import(props: &FramedProps) -> Html {
    let (app, session, navigator) = (use_app(), use_session(), use_nav());
    // A checked import waiting for "replace" or "add".
    let pending = use_state(|| None::<Rc<Journal>>);
    let import_error = use_state(|| None::<String>);
    // A locked file waiting for its passphrase: its schema and sealed journal.
    let locked_file = use_state(|| None::<Rc<(u32, Sealed)>>);
    // The file waiting for "add" or "replace" was locked.
    let was_locked = use_state(|| false);
    let on_file = {
        let pending = pending.clone();
        let import_error = import_error.clone();
        let locked_file = locked_file.clone();
        let was_locked = was_locked.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // Let the same file be chosen again after a fix.
            input.set_value("");
            pending.set(None);
            locked_file.set(None);
            was_locked.set(false);
            let size = file.size() as usize;
            if size > MAX_IMPORT_BYTES {
                import_error.set(Some(ImportError::TooLarge(size).to_string()));
                return;
            }
            let (pending, import_error) = (pending.clone(), import_error.clone());
            let locked_file = locked_file.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                match text.as_deref().and_then(locked_import) {
                    Some(Ok(locked)) => {
                        import_error.set(None);
                        locked_file.set(Some(Rc::new(locked)));
                        return;
                    }
                    Some(Err(error)) => {
                        import_error.set(Some(error.to_string()));
                        return;
                    }
                    None => {}
                }
                match text.map(|t| parse_import(&t)) {
                    Some(Ok(journal)) => {
                        import_error.set(None);
                        pending.set(Some(Rc::new(journal)));
                    }
                    Some(Err(error)) => import_error.set(Some(error.to_string())),
                    None => import_error.set(Some(t(k::data::THIS_BROWSER_COULD_NOT).to_string())),
                }
            });
        })
    };
    let take_import = |merge: bool| {
        let (pending, state, saver, announce, navigator) = (
            pending.clone(),
            app.state.clone(),
            session.saver.clone(),
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
                    t(k::data::IMPORTED_THE_FILES_ENTRIES)
                } else {
                    t(k::data::IMPORTED_YOUR_DATA_WAS)
                }
                .to_string(),
            );
            navigator.push(&Route::Home);
        })
    };
    html! {
        <>
            <h2>{t(k::data::BRING_IT_BACK)}</h2>
            <p>{t(k::data::IMPORT_A_REBOUND_EXPORT)}</p>
            <div class="rb-field">
                <label for="rb-import-file">{t(k::data::CHOOSE_AN_EXPORT_FILE)}</label>
                <input id="rb-import-file" type="file" accept="application/json,.json"
                    aria-describedby={import_error.is_some().then_some("rb-import-error")} onchange={on_file} />
            </div>
            if let Some(message) = &*import_error {
                <p id="rb-import-error" class="rb-error" role="alert">{ message.clone() }</p>
            }
            if let Some(locked) = &*locked_file {
                <OpenLockedFile locked={locked.clone()} opened={{
                    let (pending, locked_file, was_locked) = (pending.clone(), locked_file.clone(), was_locked.clone());
                    Callback::from(move |journal: Journal| {
                        locked_file.set(None);
                        was_locked.set(true);
                        pending.set(Some(Rc::new(journal)));
                    })
                }} />
            }
            if let Some(incoming) = &*pending {
                <div class="rb-confirm rb-import-preview" role="group" aria-labelledby="rb-import-summary">
                    <p id="rb-import-summary"><strong>{ tf!(k::data::THIS_FILE_HOLDS, incoming = incoming.counts().describe()) }</strong></p>
                    <p>{t(k::data::ADD_ITS_ENTRIES_TO)}</p>
                    if *was_locked && session.lock == LockState::Off {
                        <p>{t(k::lock::IMPORTED_FILE_WAS_LOCKED)}</p>
                    }
                    <div class="rb-actions">
                        <button type="button" class="rb-button rb-button--primary" onclick={take_import(true)}>{t(k::data::ADD_IT_TO_MY)}</button>
                        if !props.framed {
                            <button type="button" class="rb-button" onclick={take_import(false)}>{t(k::data::REPLACE_MY_DATA_WITH)}</button>
                        }
                        <button type="button" class="rb-button" onclick={{ let p = pending.clone(); move |_| p.set(None) }}>{t(k::list::CANCEL)}</button>
                    </div>
                </div>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct OpenLockedFileProps {
    locked: Rc<(u32, Sealed)>,
    opened: Callback<Journal>,
}

/// A locked export: its passphrase (or recovery key) opens it for import.
#[component]
fn OpenLockedFile(props: &OpenLockedFileProps) -> Html {
    let secret = use_state(String::new);
    let error = use_state(|| None::<AttrValue>);
    let on_submit = {
        let (locked, opened) = (props.locked.clone(), props.opened.clone());
        let (secret, error) = (secret.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            error.set(None);
            let (locked, opened, error) = (locked.clone(), opened.clone(), error.clone());
            let typed = (*secret).clone();
            wasm_bindgen_futures::spawn_local(async move {
                let Some(cipher) = WebCrypto::new() else {
                    error.set(Some(
                        LockError::Unavailable("crypto.subtle".into())
                            .to_string()
                            .into(),
                    )); // i18n: an API's name
                    return;
                };
                let (schema, sealed) = &*locked;
                let message = match vault::open_with_secret(&cipher, sealed, &typed).await {
                    Ok(plain) => match import_opened(*schema, &plain) {
                        Ok(journal) => return opened.emit(journal),
                        Err(problem) => problem.to_string(),
                    },
                    Err(problem) => problem.to_string(),
                };
                error.set(Some(message.into()));
            });
        })
    };
    let on_change = text_setter(&secret);
    html! {
        <form class="rb-lock__form rb-confirm" onsubmit={on_submit} novalidate=true>
            <p>{t(k::lock::FILE_IS_LOCKED)}</p>
            <PassphraseField id="rb-import-passphrase" label={t(k::lock::PASSPHRASE_OR_RECOVERY_KEY)} value={(*secret).clone()}
                {on_change} autocomplete="current-password" error={(*error).clone()} />
            <button type="submit" class="rb-button rb-button--primary">{t(k::lock::OPEN_THE_FILE)}</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct DeleteAllProps {
    hosted: bool,
    framed: bool,
    namespace: AttrValue,
}

/// "Delete all my data", asked twice; in a frame, the way to the own tab.
#[component]
fn DeleteAll(props: &DeleteAllProps) -> Html {
    let (app, session, navigator) = (use_app(), use_session(), use_nav());
    let confirming = use_state(|| false);
    let on_delete = {
        let state = app.state.clone();
        let saver = session.saver.clone();
        let announce = app.announce.clone();
        let navigator = navigator.clone();
        let everywhere = props.hosted;
        Callback::from(move |_| match saver.delete_all(everywhere) {
            Ok(()) => {
                state.dispatch(Action::ReplaceJournal(Box::default()));
                announce.emit(t(k::data::ALL_YOUR_REBOUND_DATA).to_string());
                navigator.push(&Route::Home);
            }
            Err(error) => announce.emit(tf!(k::data::NOTHING_WAS_DELETED, error = error)),
        })
    };
    html! {
        <>
            <h2>{t(k::data::DELETE_IT)}</h2>
            if props.framed {
                <p>{t(k::data::DELETE_IN_OWN_TAB)}</p>
                <a class="rb-button" href={crate::browser::own_page_address(&props.namespace, "#/data")}
                    target="_blank" rel="noopener">{t(k::storage::OPEN_REBOUND_IN_ITS)}</a>
            } else if *confirming {
                <div class="rb-confirm" role="group" aria-labelledby="rb-confirm-text">
                    <p id="rb-confirm-text"><strong>{t(k::data::DELETE_EVERY_REJECTION_NOTE)}</strong>{t(k::data::THIS_CANNOT_BE_UNDONE)}</p>
                    <div class="rb-actions">
                        <button type="button" class="rb-button rb-button--danger" onclick={on_delete}>{t(k::data::YES_DELETE_EVERYTHING)}</button>
                        <button type="button" class="rb-button" onclick={{ let c = confirming.clone(); move |_| c.set(false) }}>{t(k::data::KEEP_MY_DATA)}</button>
                    </div>
                </div>
            } else {
                <p>{t(k::data::REMOVES_REBOUNDS_DATA_FROM)}</p>
                <button type="button" class="rb-button rb-button--danger" onclick={{ let c = confirming.clone(); move |_| c.set(true) }}>{t(k::data::DELETE_ALL_MY_DATA)}</button>
            }
        </>
    }
}
