//! What the shell shows around every screen: the header's links, the
//! storage notice (or, in a frame that keeps nothing, the welcome's aside)
//! and the footer's line on privacy.

use crate::components::StorageNotice;
use crate::i18n::k;
use crate::i18n::t;
use crate::persistence::StorageProblem;
use crate::routes::{Route, RouteLink};
use crate::session::Session;
use crate::storage::EmbeddedStorage;
use yew::prelude::*;

/// The header's links: the stages and insights once there is a journal,
/// "Your data" always, and "Lock now" while a passphrase lock is open.
pub fn nav(has_journal: bool, route: &Route, lock_now: Option<Callback<MouseEvent>>) -> Html {
    html! {
        <>
            if has_journal {
                <RouteLink to={Route::Home} classes="rb-link">{t(k::app::ALL_STAGES)}</RouteLink>
                <RouteLink to={Route::Insights} classes="rb-link">{t(k::app::INSIGHTS)}</RouteLink>
            } else if *route == Route::YourData {
                <RouteLink to={Route::Home} classes="rb-link">{t(k::app::START)}</RouteLink>
            }
            <RouteLink to={Route::YourData} classes="rb-link">{t(k::app::YOUR_DATA)}</RouteLink>
            if let Some(lock_now) = lock_now {
                <button type="button" class="rb-link rb-lock-now" onclick={lock_now}>{t(k::lock::LOCK_NOW)}</button>
            }
        </>
    }
}

/// The storage notice above the screen, or under the welcome's opening
/// lines in a frame that keeps nothing (see `Welcome::aside`), where the
/// welcome comes first; and whether notes are kept at all.
pub fn notice_or_aside(session: &Session, route: &Route, has_current: bool) -> (Html, Html, bool) {
    let notice = match session.problem.clone() {
        Some(problem) => html! {
            <StorageNotice {problem} on_start_fresh={session.start_fresh.clone()} embed={session.embed.clone()} />
        },
        None => Html::default(),
    };
    let keeps_notes = session.problem != Some(StorageProblem::EmbeddedBlocked);
    if !keeps_notes && *route != Route::YourData && !has_current {
        (Html::default(), notice, keeps_notes)
    } else {
        (notice, Html::default(), keeps_notes)
    }
}

/// Where the frame keeps nothing, the footer must not say it does.
pub fn private_line(session: &Session) -> AttrValue {
    let blocked = session
        .embed
        .as_ref()
        .is_some_and(|c| c.storage == EmbeddedStorage::Blocked);
    t(if blocked {
        k::app::PRIVATE_NOTHING_SENT
    } else {
        k::app::PRIVATE_BY_DESIGN_WHAT
    })
    .into()
}
