//! "Your data" → "Lock with a passphrase": turning the lock on (with a
//! recovery key shown once), and while it is on: lock now, when it locks
//! by itself, a new passphrase, or taking it off again.

use super::passphrase_field::{
    error_at, focus_first, text_setter, use_lock_form, LockForm, PassphraseField,
};
use super::DeleteButton;
use crate::i18n::{k, t, Key};
use crate::lock::format::PassphraseProblem;
use crate::lock::{AutoLock, LockError};
use crate::persistence::{LockState, Saver};
use crate::session::use_session;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LockSettingsProps {
    /// In a board's frame: this board's notes have a lock of their own.
    pub framed: bool,
}

/// Which form is open.
#[derive(Clone, PartialEq)]
enum Open {
    Nothing,
    SetUp,
    /// The lock was just set: its recovery key, shown this once.
    RecoveryKey(AttrValue),
    Change,
    TakeOff,
}

#[component]
pub fn LockSettings(props: &LockSettingsProps) -> Html {
    let session = use_session();
    let open = use_state(|| Open::Nothing);
    // What the last step did ("Passphrase changed."), on screen until the
    // next one; the live region has told screen readers already.
    let said = use_state(|| None::<Key>);
    // A form opened or closed: focus goes to its first field, or back to
    // the heading, never lost with the button that was pressed.
    let section = use_node_ref();
    let refocus = use_mut_ref(|| None::<&'static str>);
    {
        let (section, refocus) = (section.clone(), refocus.clone());
        use_effect(move || {
            if let Some(selector) = refocus.borrow_mut().take() {
                focus_first(&section, selector);
            }
        });
    }
    let show = |form: Open| {
        let (open, said, refocus) = (open.clone(), said.clone(), refocus.clone());
        Callback::from(move |_: MouseEvent| {
            said.set(None);
            *refocus.borrow_mut() = Some(FIRST_FIELD);
            open.set(form.clone());
        })
    };
    let close = {
        let (open, refocus) = (open.clone(), refocus.clone());
        Callback::from(move |()| {
            *refocus.borrow_mut() = Some(HEADING);
            open.set(Open::Nothing);
        })
    };
    let on_said = {
        let said = said.clone();
        Callback::from(move |key: Key| said.set(Some(key)))
    };
    let outcome = said.map(|key| html! { <p class="rb-outcome">{ t(key) }</p> });
    let copies_removed = {
        let (said, refocus) = (said.clone(), refocus.clone());
        Callback::from(move |()| {
            *refocus.borrow_mut() = Some(HEADING);
            said.set(Some(k::lock::COPIES_REMOVED));
        })
    };
    // Nothing is kept, or what is stored was set aside and saving waits for
    // the person's choice: no lock to set.
    let paused = session
        .problem
        .as_ref()
        .is_some_and(crate::persistence::StorageProblem::blocks_saving);
    if !session.saver.is_persistent() || (paused && session.lock == LockState::Off) {
        return Html::default();
    }
    let framed_note = props
        .framed
        .then(|| html! { <p>{ t(k::lock::EACH_BOARD_ITS_OWN_LOCK) }</p> });
    let body = match (&session.lock, (*open).clone()) {
        (_, Open::RecoveryKey(recovery_key)) => {
            html! { <RecoveryKeyShown {recovery_key} done={close} /> }
        }
        (LockState::Off, Open::SetUp) => {
            let done = {
                let open = open.clone();
                Callback::from(move |key: Option<String>| {
                    open.set(key.map_or(Open::Nothing, |key| Open::RecoveryKey(key.into())))
                })
            };
            html! { <SetUpForm {done} cancel={close} /> }
        }
        (LockState::Off, _) => html! {
            <>
                { outcome }
                <p>{ t(k::lock::ANYONE_WHO_OPENS) }</p>
                { framed_note }
                <button type="button" class="rb-button" onclick={show(Open::SetUp)}>{ t(k::lock::LOCK_WITH_A_PASSPHRASE) }</button>
            </>
        },
        (_, Open::Change) => html! { <ChangeForm done={close} {on_said} /> },
        (_, Open::TakeOff) => html! { <TakeOffForm done={close} {on_said} /> },
        (_, _) => {
            let lock_now = {
                let saver = session.saver.clone();
                Callback::from(move |_: MouseEvent| saver.lock(true))
            };
            html! {
                <>
                    <p class="rb-outcome">{ t(k::lock::LOCK_IS_ON) }</p>
                    { outcome }
                    <CopiesInTheClear on_removed={copies_removed} />
                    { framed_note }
                    <AutoLockChoice />
                    <div class="rb-actions">
                        <button type="button" class="rb-button rb-button--primary" onclick={lock_now}>{ t(k::lock::LOCK_NOW) }</button>
                        <button type="button" class="rb-button" onclick={show(Open::Change)}>{ t(k::lock::CHANGE_PASSPHRASE) }</button>
                        <button type="button" class="rb-button" onclick={show(Open::TakeOff)}>{ t(k::lock::TAKE_THE_LOCK_OFF) }</button>
                    </div>
                </>
            }
        }
    };
    html! {
        <section class="rb-lock-settings" aria-labelledby="rb-lock-settings-title" ref={section}>
            <h2 id="rb-lock-settings-title" tabindex="-1">{ t(k::lock::LOCK_HEADING) }</h2>
            { body }
        </section>
    }
}

// i18n: CSS selectors, not words
const FIRST_FIELD: &str = "form input";
// i18n: as above
const HEADING: &str = "h2";

/// Which of a new passphrase's two fields a problem is about.
fn new_passphrase_field(problem: &LockError, first: usize) -> usize {
    match problem {
        LockError::Passphrase(PassphraseProblem::TooShort) => first,
        _ => first + 1,
    }
}

#[derive(Properties, PartialEq)]
struct SetUpProps {
    done: Callback<Option<String>>,
    cancel: Callback<()>,
}

#[component]
fn SetUpForm(props: &SetUpProps) -> Html {
    let with_recovery = use_state(|| true);
    let wants_recovery = with_recovery.clone();
    let LockForm {
        texts,
        error,
        busy,
        on_submit,
    } = use_lock_form(
        2,
        Box::new(move |saver: Rc<Saver>, typed: Vec<String>| {
            let with_recovery = *wants_recovery;
            Box::pin(async move {
                let [passphrase, again] = <[String; 2]>::try_from(typed).expect("two fields");
                saver.set_lock(passphrase, again, with_recovery).await
            })
        }),
        |problem| new_passphrase_field(problem, 0),
        props.done.clone(),
    );
    let toggle = {
        let with_recovery = with_recovery.clone();
        Callback::from(move |_: Event| with_recovery.set(!*with_recovery))
    };
    let cancel = props.cancel.reform(|_: MouseEvent| ());
    html! {
        <form class="rb-lock__form" onsubmit={on_submit} novalidate=true>
            <p>{ t(k::lock::IF_YOU_FORGET) }</p>
            <p>{ t(k::lock::LOCKS_ITSELF_BY_DEFAULT) }</p>
            <PassphraseField id="rb-new-passphrase" label={t(k::lock::NEW_PASSPHRASE)} value={(*texts[0]).clone()}
                on_change={text_setter(&texts[0])} autocomplete="new-password" hint={t(k::lock::PASSPHRASE_HINT)}
                error={error_at(&error, 0)} />
            <PassphraseField id="rb-new-passphrase-again" label={t(k::lock::REPEAT_PASSPHRASE)} value={(*texts[1]).clone()}
                on_change={text_setter(&texts[1])} autocomplete="new-password" error={error_at(&error, 1)} />
            <div class="rb-check">
                <input id="rb-with-recovery" type="checkbox" checked={*with_recovery} onchange={toggle} />
                <label for="rb-with-recovery">{ t(k::lock::MAKE_A_RECOVERY_KEY) }</label>
            </div>
            <div class="rb-actions">
                <button type="submit" class="rb-button rb-button--primary" aria-disabled={busy.then_some("true")}>
                    { if busy { t(k::lock::LOCKING) } else { t(k::lock::LOCK_MY_NOTES) } }
                </button>
                <button type="button" class="rb-button" onclick={cancel}>{ t(k::list::CANCEL) }</button>
            </div>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct RecoveryKeyProps {
    recovery_key: AttrValue,
    done: Callback<()>,
}

/// The recovery key, this once: to copy, download or write down.
#[component]
fn RecoveryKeyShown(props: &RecoveryKeyProps) -> Html {
    let app = crate::state::use_app();
    let saver = use_session().saver;
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
            // Shown this once: it must not lock away while being written down.
            let hold = saver.hold_auto_lock();
            move || drop(hold)
        });
    }
    // What Copy did, on screen too (the live region tells screen readers).
    let copied = use_state(|| None::<Key>);
    let copy = {
        let (key, announce, copied) = (
            props.recovery_key.clone(),
            app.announce.clone(),
            copied.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (key, announce, copied) = (key.clone(), announce.clone(), copied.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let said = if crate::browser::copy_text(&key).await {
                    k::lock::RECOVERY_KEY_COPIED
                } else {
                    k::lock::COPY_DID_NOT_WORK
                };
                announce.emit(t(said).to_string());
                copied.set(Some(said));
            });
        })
    };
    let download = {
        let key = props.recovery_key.clone();
        Callback::from(move |_: MouseEvent| {
            let text = format!("{}\n\n{}\n", t(k::lock::RECOVERY_FILE_INTRO), key);
            // i18n: a file name
            crate::browser::download("rebound-recovery-key.txt", "text/plain", &text);
        })
    };
    let done = props.done.reform(|_: MouseEvent| ());
    html! {
        <div class="rb-callout rb-recovery" role="group" aria-labelledby="rb-recovery-title">
            <h3 id="rb-recovery-title" tabindex="-1" ref={heading}>{ t(k::lock::YOUR_RECOVERY_KEY) }</h3>
            <p>{ t(k::lock::NOTES_ARE_LOCKED_NOW) }</p>
            <p class="rb-recovery__key"><code>{ props.recovery_key.clone() }</code></p>
            <p>{ t(k::lock::KEEP_IT_ELSEWHERE) }</p>
            <div class="rb-actions">
                <button type="button" class="rb-button" onclick={copy}>{ t(k::lock::COPY_IT) }</button>
                <button type="button" class="rb-button" onclick={download}>{ t(k::lock::DOWNLOAD_IT) }</button>
                <button type="button" class="rb-button rb-button--primary" onclick={done}>{ t(k::lock::I_HAVE_KEPT_IT) }</button>
            </div>
            if let Some(said) = *copied {
                <p class="rb-outcome">{ t(said) }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CopiesProps {
    on_removed: Callback<()>,
}

/// Copies of notes Rebound could not read, set aside before the lock was
/// set: kept as found, so in the clear. The lock cannot seal what it cannot
/// read; the person can download them, then remove them.
#[component]
fn CopiesInTheClear(props: &CopiesProps) -> Html {
    let session = use_session();
    let app = crate::state::use_app();
    let copies = session.saver.store().set_aside_copies();
    if copies.is_empty() {
        return Html::default();
    }
    let download = {
        let copies = copies.clone();
        Callback::from(move |_: MouseEvent| {
            for (n, (_, text)) in copies.iter().enumerate() {
                // i18n: a file name
                let name = format!(
                    "rebound-unreadable-{}-{}.txt",
                    crate::browser::today(),
                    n + 1
                );
                crate::browser::download(&name, "text/plain", text);
            }
        })
    };
    let remove = {
        let (saver, announce, on_removed) = (
            session.saver.clone(),
            app.announce.clone(),
            props.on_removed.clone(),
        );
        Callback::from(move |()| match saver.store().remove_set_aside_copies() {
            Ok(()) => {
                announce.emit(t(k::lock::COPIES_REMOVED).to_string());
                on_removed.emit(());
            }
            Err(error) => announce.emit(crate::i18n::tf!(
                k::data::NOTHING_WAS_DELETED,
                error = error
            )),
        })
    };
    html! {
        <div class="rb-callout" role="group" aria-labelledby="rb-copies-title">
            <h3 id="rb-copies-title">{ t(k::lock::COPIES_HEADING) }</h3>
            <p>{ crate::i18n::tn!(k::lock::COPIES_IN_THE_CLEAR, copies.len()) }</p>
            <div class="rb-actions">
                <button type="button" class="rb-button" onclick={download}>{ t(k::lock::DOWNLOAD_COPIES) }</button>
                <DeleteButton what={t(k::lock::THE_EARLIER_COPIES)} on_delete={remove} />
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct DoneProps {
    done: Callback<()>,
    /// What the step did, to show once the form has closed.
    on_said: Callback<Key>,
}

/// What a form does when its step succeeded: says `said` (to screen
/// readers now, on screen through `on_said`) and closes.
#[hook]
fn use_said_and_closed(props: &DoneProps, said: Key) -> Callback<Option<String>> {
    let announce = crate::state::use_app().announce;
    let (close, on_said) = (props.done.clone(), props.on_said.clone());
    Callback::from(move |_: Option<String>| {
        announce.emit(t(said).to_string());
        on_said.emit(said);
        close.emit(());
    })
}

#[component]
fn ChangeForm(props: &DoneProps) -> Html {
    let done = use_said_and_closed(props, k::lock::PASSPHRASE_CHANGED);
    let LockForm {
        texts,
        error,
        busy,
        on_submit,
    } = use_lock_form(
        3,
        Box::new(|saver: Rc<Saver>, typed: Vec<String>| {
            Box::pin(async move {
                let [current, passphrase, again] =
                    <[String; 3]>::try_from(typed).expect("three fields");
                saver.change_passphrase(current, passphrase, again).await?;
                Ok(None)
            })
        }),
        |problem| match problem {
            LockError::Passphrase(_) => new_passphrase_field(problem, 1),
            _ => 0,
        },
        done,
    );
    let cancel = props.done.reform(|_: MouseEvent| ());
    html! {
        <form class="rb-lock__form" onsubmit={on_submit} novalidate=true>
            <PassphraseField id="rb-current-passphrase" label={t(k::lock::CURRENT_PASSPHRASE)} value={(*texts[0]).clone()}
                on_change={text_setter(&texts[0])} autocomplete="current-password" error={error_at(&error, 0)} />
            <PassphraseField id="rb-changed-passphrase" label={t(k::lock::NEW_PASSPHRASE)} value={(*texts[1]).clone()}
                on_change={text_setter(&texts[1])} autocomplete="new-password" hint={t(k::lock::PASSPHRASE_HINT)}
                error={error_at(&error, 1)} />
            <PassphraseField id="rb-changed-passphrase-again" label={t(k::lock::REPEAT_PASSPHRASE)} value={(*texts[2]).clone()}
                on_change={text_setter(&texts[2])} autocomplete="new-password" error={error_at(&error, 2)} />
            <div class="rb-actions">
                <button type="submit" class="rb-button rb-button--primary" aria-disabled={busy.then_some("true")}>{ t(k::lock::CHANGE_PASSPHRASE) }</button>
                <button type="button" class="rb-button" onclick={cancel}>{ t(k::list::CANCEL) }</button>
            </div>
        </form>
    }
}

#[component]
fn TakeOffForm(props: &DoneProps) -> Html {
    let done = use_said_and_closed(props, k::lock::LOCK_TAKEN_OFF);
    let LockForm {
        texts,
        error,
        busy,
        on_submit,
    } = use_lock_form(
        1,
        Box::new(|saver: Rc<Saver>, typed: Vec<String>| {
            Box::pin(async move {
                let passphrase = typed.into_iter().next().unwrap_or_default();
                saver.remove_lock(passphrase).await?;
                Ok(None)
            })
        }),
        |_| 0,
        done,
    );
    let cancel = props.done.reform(|_: MouseEvent| ());
    html! {
        <form class="rb-lock__form" onsubmit={on_submit} novalidate=true>
            <p>{ t(k::lock::TAKING_IT_OFF_MEANS) }</p>
            <PassphraseField id="rb-off-passphrase" label={t(k::lock::PASSPHRASE)} value={(*texts[0]).clone()}
                on_change={text_setter(&texts[0])} autocomplete="current-password" error={error_at(&error, 0)} />
            <div class="rb-actions">
                <button type="submit" class="rb-button rb-button--danger" aria-disabled={busy.then_some("true")}>{ t(k::lock::TAKE_THE_LOCK_OFF) }</button>
                <button type="button" class="rb-button" onclick={cancel}>{ t(k::lock::KEEP_THE_LOCK) }</button>
            </div>
        </form>
    }
}

/// When the open lock locks by itself.
#[component]
fn AutoLockChoice() -> Html {
    let session = use_session();
    let chosen = use_state(|| session.store.auto_lock());
    let on_change = {
        let (store, chosen, saver) = (session.store.clone(), chosen.clone(), session.saver.clone());
        Callback::from(move |e: Event| {
            let code = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            let choice = AutoLock::parse(&code);
            store.remember_auto_lock(choice);
            // The wait starts again from now, with the new choice.
            saver.touch();
            chosen.set(choice);
        })
    };
    html! {
        <div class="rb-field">
            <label for="rb-auto-lock">{ t(k::lock::LOCK_BY_ITSELF) }</label>
            <select id="rb-auto-lock" onchange={on_change}>
                { for AutoLock::CHOICES.into_iter().map(|choice| html! {
                    <option value={choice.code()} selected={choice == *chosen}>{ auto_lock_label(choice) }</option>
                }) }
            </select>
        </div>
    }
}

pub fn auto_lock_label(choice: AutoLock) -> String {
    match choice {
        AutoLock::WhenHidden => t(k::lock::WHEN_I_LEAVE_THE_TAB).to_string(),
        AutoLock::Minutes(1) => t(k::lock::AFTER_ONE_MINUTE).to_string(),
        AutoLock::Minutes(minutes) => crate::i18n::tf!(k::lock::AFTER_MINUTES, minutes = minutes),
    }
}
