//! The lock screen: a heading and one field. Everything else of Rebound is
//! not drawn until the passphrase opens it (the journal is not even in
//! memory). A forgotten passphrase has two ways out: the recovery key, or
//! erasing everything and starting over after a clear warning. Wrong tries
//! never wipe anything (anyone at the keyboard could cause that); from the
//! fourth on, each waits a little longer.

use super::passphrase_field::{
    error_at, focus_first, text_setter, use_lock_form, LockForm, PassphraseField,
};
use crate::i18n::{k, t, tf};
use crate::lock::format::{try_delay_ms, PassphraseProblem};
use crate::lock::LockError;
use crate::persistence::Saver;
use crate::session::use_session;
use gloo_timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct LockScreenProps {
    /// The hosted page: the field takes focus at once (an embedded widget
    /// never steals focus from the board's page), and erasing removes every
    /// namespace's data.
    pub hosted: bool,
    /// In another page's frame: erasing is offered in Rebound's own tab only.
    pub framed: bool,
    pub namespace: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Way {
    Passphrase,
    RecoveryKey,
    Erase,
}

#[component]
pub fn LockScreen(props: &LockScreenProps) -> Html {
    let way = use_state(|| Way::Passphrase);
    // Another way chosen: focus goes to its first field (or the erase
    // warning), not lost with the link that was pressed.
    let section = use_node_ref();
    let refocus = use_mut_ref(|| false);
    {
        let (section, refocus) = (section.clone(), refocus.clone());
        use_effect(move || {
            if std::mem::take(&mut *refocus.borrow_mut()) {
                // i18n: a CSS selector, not words
                focus_first(&section, ".rb-lock__way input, .rb-lock__way [tabindex]");
            }
        });
    }
    let choose = |chosen: Way| {
        let (way, refocus) = (way.clone(), refocus.clone());
        Callback::from(move |_: MouseEvent| {
            *refocus.borrow_mut() = true;
            way.set(chosen)
        })
    };
    let lede = if *way == Way::Passphrase {
        t(k::lock::YOUR_NOTES_ARE_ENCRYPTED)
    } else {
        t(k::lock::NOTES_ENCRYPTED_HERE)
    };
    let body = match *way {
        Way::Passphrase => html! { <Unlock hosted={props.hosted} /> },
        Way::RecoveryKey => html! { <Recover /> },
        Way::Erase => {
            html! { <Erase hosted={props.hosted} framed={props.framed} namespace={props.namespace.clone()} back={choose(Way::Passphrase)} /> }
        }
    };
    html! {
        <section class="rb-lock" aria-labelledby="rb-lock-title" ref={section}>
            <h1 id="rb-lock-title" tabindex="-1">{ t(k::lock::REBOUND_IS_LOCKED) }</h1>
            <p class="rb-lede">{ lede }</p>
            <div class="rb-lock__way">{ body }</div>
            <div class="rb-lock__ways">
                if *way != Way::Passphrase {
                    <button type="button" class="rb-link" onclick={choose(Way::Passphrase)}>{ t(k::lock::USE_MY_PASSPHRASE) }</button>
                }
                if *way != Way::RecoveryKey {
                    <button type="button" class="rb-link" onclick={choose(Way::RecoveryKey)}>{ t(k::lock::FORGOT_IT_USE_RECOVERY) }</button>
                }
                if *way != Way::Erase {
                    <button type="button" class="rb-link" onclick={choose(Way::Erase)}>{ t(k::lock::NO_WAY_BACK_ERASE) }</button>
                }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct UnlockProps {
    hosted: bool,
}

/// The passphrase, and "Unlock".
#[component]
fn Unlock(props: &UnlockProps) -> Html {
    let session = use_session();
    let passphrase = use_state(String::new);
    let error = use_state(|| None::<AttrValue>);
    let busy = use_state(|| false);
    // After several wrong tries: the next waits until this timer ends.
    let waiting = use_state(|| None::<std::rc::Rc<Timeout>>);
    let field = use_node_ref();
    {
        // On the hosted page, or where the person was just using the page
        // (Lock now, or it locked under their hands): never into a board's
        // frame on its own.
        let (field, hosted, saver) = (field.clone(), props.hosted, session.saver.clone());
        use_effect_with((), move |_| {
            let take_focus = saver.take_locked_with_focus() || hosted;
            if let (true, Some(input)) = (take_focus, field.cast::<web_sys::HtmlElement>()) {
                let _ = input.focus();
            }
        });
    }
    let on_submit = {
        let (saver, passphrase, error, busy, waiting, field) = (
            session.saver.clone(),
            passphrase.clone(),
            error.clone(),
            busy.clone(),
            waiting.clone(),
            field.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            if waiting.is_some() {
                // The message beside the field says how long; back to it.
                if let Some(input) = field.cast::<web_sys::HtmlElement>() {
                    let _ = input.focus();
                }
                return;
            }
            // Emptied first, so the same message said again is announced again.
            error.set(None);
            busy.set(true);
            let (saver, typed) = (saver.clone(), (*passphrase).clone());
            let (error, busy, waiting, field) =
                (error.clone(), busy.clone(), waiting.clone(), field.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = saver.clone().unlock(typed).await;
                busy.set(false);
                let Err(problem) = result else { return };
                let delay = try_delay_ms(saver.wrong_tries());
                let said = problem.to_string();
                let mut message = said.clone();
                if problem == LockError::Wrong && delay > 0 {
                    message.push(' ');
                    message.push_str(&tf!(k::lock::WAIT_SECONDS, seconds = delay / 1000));
                    // The wait over, the message says so (not a stale "wait").
                    let (done, error) = (waiting.clone(), error.clone());
                    waiting.set(Some(std::rc::Rc::new(Timeout::new(delay, move || {
                        done.set(None);
                        error.set(Some(format!("{said} {}", t(k::lock::TRY_AGAIN_NOW)).into()));
                    }))));
                }
                error.set(Some(message.into()));
                if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
            });
        })
    };
    let on_change = text_setter(&passphrase);
    let label = if *busy {
        t(k::lock::UNLOCKING)
    } else {
        t(k::lock::UNLOCK)
    };
    html! {
        <form class="rb-lock__form" onsubmit={on_submit} novalidate=true>
            <PassphraseField id="rb-unlock-passphrase" label={t(k::lock::PASSPHRASE)} value={(*passphrase).clone()}
                {on_change} autocomplete="current-password" error={(*error).clone()} input_ref={field} />
            <button type="submit" class="rb-button rb-button--primary"
                aria-disabled={(*busy || waiting.is_some()).then_some("true")}>{ label }</button>
        </form>
    }
}

/// The recovery key, and a new passphrase in place of the forgotten one.
#[component]
fn Recover() -> Html {
    let LockForm {
        texts,
        error,
        busy,
        on_submit,
    } = use_lock_form(
        3,
        Box::new(|saver: Rc<Saver>, typed: Vec<String>| {
            Box::pin(async move {
                let [key, passphrase, again] =
                    <[String; 3]>::try_from(typed).expect("three fields");
                saver.recover(key, passphrase, again).await?;
                Ok(None)
            })
        }),
        // The key's field, or the new passphrase's first or second.
        |problem| match problem {
            LockError::Passphrase(PassphraseProblem::TooShort) => 1,
            LockError::Passphrase(_) => 2,
            _ => 0,
        },
        Callback::noop(),
    );
    html! {
        <form class="rb-lock__form" onsubmit={on_submit} novalidate=true>
            <p>{ t(k::lock::RECOVERY_KEY_OPENS) }</p>
            <PassphraseField id="rb-recovery-key" label={t(k::lock::RECOVERY_KEY)} value={(*texts[0]).clone()}
                on_change={text_setter(&texts[0])} autocomplete="off" recovery_key=true hint={t(k::lock::RECOVERY_KEY_HINT)}
                error={error_at(&error, 0)} />
            <PassphraseField id="rb-recovery-new" label={t(k::lock::NEW_PASSPHRASE)} value={(*texts[1]).clone()}
                on_change={text_setter(&texts[1])} autocomplete="new-password" hint={t(k::lock::PASSPHRASE_HINT)}
                error={error_at(&error, 1)} />
            <PassphraseField id="rb-recovery-again" label={t(k::lock::REPEAT_PASSPHRASE)} value={(*texts[2]).clone()}
                on_change={text_setter(&texts[2])} autocomplete="new-password" error={error_at(&error, 2)} />
            <button type="submit" class="rb-button rb-button--primary"
                aria-disabled={busy.then_some("true")}>{ t(k::lock::UNLOCK_WITH_RECOVERY) }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct EraseProps {
    hosted: bool,
    framed: bool,
    namespace: AttrValue,
    back: Callback<MouseEvent>,
}

/// No passphrase and no recovery key: everything erased, after a warning.
#[component]
fn Erase(props: &EraseProps) -> Html {
    let session = use_session();
    let app = crate::state::use_app();
    let on_erase = {
        let (saver, announce, everywhere) =
            (session.saver.clone(), app.announce.clone(), props.hosted);
        Callback::from(move |_: MouseEvent| match saver.delete_all(everywhere) {
            Ok(()) => announce.emit(t(k::lock::ERASED).to_string()),
            Err(error) => announce.emit(tf!(k::data::NOTHING_WAS_DELETED, error = error)),
        })
    };
    html! {
        <div class="rb-confirm" role="group" aria-labelledby="rb-erase-warning">
            <p id="rb-erase-warning" tabindex="-1"><strong>{ t(k::lock::ERASE_WARNING) }</strong></p>
            if props.framed {
                <p>{ t(k::data::DELETE_IN_OWN_TAB) }</p>
                <a class="rb-button" href={crate::browser::own_page_address(&props.namespace, "#/data")}
                    target="_blank" rel="noopener">{ t(k::storage::OPEN_REBOUND_IN_ITS) }</a>
            } else {
                <div class="rb-actions">
                    <button type="button" class="rb-button rb-button--danger" onclick={on_erase}>{ t(k::lock::ERASE_AND_START_OVER) }</button>
                    <button type="button" class="rb-button" onclick={props.back.clone()}>{ t(k::lock::KEEP_THEM_LOCKED) }</button>
                </div>
            }
        </div>
    }
}
