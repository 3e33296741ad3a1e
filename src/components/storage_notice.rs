//! A plain-words notice when storage cannot do its job, with a way out that
//! loses nothing.

use crate::browser::{download, download_export, today};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use crate::persistence::StorageProblem;
use crate::routes::{Route, RouteLink};
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
                    {t(k::storage::OPEN_REBOUND_IN_ITS)}
                </button>
                if let Some(keep_here) = &choices.keep_here {
                    <button type="button" class="rb-button" onclick={keep_here.reform(|_| ())}>
                        {t(k::storage::LET_REBOUND_KEEP_NOTES)}
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
        // The welcome stays the first thing in the widget: one line on where
        // notes live, one main action, the rest one tap away.
        StorageProblem::EmbeddedBlocked => {
            return html! {
                <section class="rb-notice rb-notice--line" aria-label={t(k::storage::WHERE_NOTES_LIVE)}>
                    <p class="rb-notice__line">{t(k::storage::NOTES_HERE_ARE_NOT_KEPT)}</p>
                    if let Some(choices) = &props.embed {
                        if !choices.handed_over {
                            <div class="rb-actions">
                                <button type="button" class="rb-button rb-button--primary" onclick={choices.open_own_tab.reform(|_| ())}>
                                    {t(k::storage::CONTINUE_IN_OWN_TAB)}
                                </button>
                            </div>
                        }
                    }
                    <details class="rb-details">
                        <summary>{t(k::storage::WHY_AND_OTHER_WAYS)}</summary>
                        <p>{t(k::storage::THIS_BROWSER_DOES_NOT)}</p>
                        // After the hand-over the screen below offers it.
                        if let Some(keep_here) = props.embed.as_ref().filter(|c| !c.handed_over).and_then(|c| c.keep_here.clone()) {
                            <button type="button" class="rb-button" onclick={keep_here.reform(|_| ())}>
                                {t(k::storage::LET_REBOUND_KEEP_NOTES)}
                            </button>
                        }
                        <p class="rb-notice__aside">
                            {t(k::storage::OR_STAY_HERE_WITHOUT)}
                            <button type="button" class="rb-link" onclick={export.clone()}>{t(k::storage::EXPORT_A_COPY)}</button>
                            {t(k::storage::BEFORE_YOU_LEAVE)}
                        </p>
                    </details>
                    if let Some(outcome) = props.embed.as_ref().and_then(|c| c.outcome.clone()) {
                        <p class="rb-outcome">{ outcome }</p>
                    }
                </section>
            };
        }
        StorageProblem::MemoryOnly => (
            t(k::storage::NOTHING_WILL_BE_KEPT),
            html! { <p>{t(k::storage::THIS_BROWSER_IS_NOT)}</p> },
            html! { <button type="button" class="rb-button" onclick={export}>{t(k::storage::EXPORT_BUTTON)}</button> },
        ),
        StorageProblem::SaveFailed(error) => (
            t(k::storage::YOUR_LATEST_CHANGES_ARE),
            html! { <p>{ error.to_string() }</p> },
            html! { <button type="button" class="rb-button" onclick={export}>{t(k::storage::EXPORT_BUTTON)}</button> },
        ),
        StorageProblem::SetAside(SetAside::Unreadable {
            error,
            backup_key,
            raw,
        }) => (
            t(k::storage::YOUR_SAVED_DATA_COULD),
            html! {
                <>
                    <p>{ error.to_string() }</p>
                    <p>{ if backup_key.is_some() {
                        t(k::storage::REBOUND_HAS_NOT_CHANGED)
                    } else {
                        t(k::storage::UNREADABLE_START_FRESH)
                    } }</p>
                </>
            },
            html! {
                <>
                    <button type="button" class="rb-button" onclick={download_raw(raw)}>{t(k::storage::DOWNLOAD_THE_UNREADABLE_DATA)}</button>
                    <RouteLink to={Route::YourData} classes="rb-button">{t(k::storage::IMPORT_A_FILE)}</RouteLink>
                    <button type="button" class="rb-button" onclick={props.on_start_fresh.reform(|_| ())}>{t(k::storage::START_FRESH)}</button>
                </>
            },
        ),
        StorageProblem::SetAside(SetAside::Newer { version, raw, .. }) => (
            t(k::storage::THIS_DATA_IS_FROM),
            html! { <p>{ tf!(k::storage::IT_WAS_SAVED_IN, version = version) }</p> },
            html! { <button type="button" class="rb-button" onclick={download_raw(raw)}>{t(k::storage::DOWNLOAD_A_COPY_OF)}</button> },
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

/// A reference to put on an element (a heading with `tabindex="-1"`) that
/// takes focus when it first appears.
#[hook]
fn use_focus_on_mount() -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if let Some(element) = node.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    node
}

#[derive(Properties, PartialEq)]
pub struct HandedOverProps {
    pub choices: EmbedChoices,
}

/// The widget after its notes went to Rebound's own tab: where to go on,
/// and no fields to type into that would not be kept.
#[component]
pub fn HandedOver(props: &HandedOverProps) -> Html {
    let choices = &props.choices;
    // The button pressed is gone from the frame: focus goes to what replaced it.
    let heading_ref = use_focus_on_mount();
    html! {
        <section class="rb-handed-over" aria-labelledby="rb-handed-over-title">
            <h1 id="rb-handed-over-title" tabindex="-1" ref={heading_ref}>{t(k::handover::GO_ON_IN_THE_TAB)}</h1>
            <p class="rb-lede">{t(k::handover::YOUR_NOTES_ARE_IN)}</p>
            <div class="rb-actions">
                <button type="button" class="rb-button rb-button--primary" onclick={choices.open_own_tab.reform(|_| ())}>
                    {t(k::handover::OPEN_IT_AGAIN)}
                </button>
                if let Some(keep_here) = &choices.keep_here {
                    <button type="button" class="rb-button" onclick={keep_here.reform(|_| ())}>
                        {t(k::storage::LET_REBOUND_KEEP_NOTES)}
                    </button>
                }
                <button type="button" class="rb-link" onclick={choices.stay_here.reform(|_| ())}>
                    {t(k::handover::STAY_HERE_ANYWAY)}
                </button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct HandOverQuestionProps {
    pub journal: std::rc::Rc<crate::domain::Journal>,
    pub take: Callback<()>,
    pub decline: Callback<()>,
}

/// In the own tab: what the job board's widget handed over, and a yes or
/// no before any of it joins the journal.
#[component]
pub fn HandOverQuestion(props: &HandOverQuestionProps) -> Html {
    let titles: Vec<String> = props.journal.rejections.iter().map(|r| r.title()).collect();
    // Asked in place of the screen's own start: focus goes to the question.
    let heading_ref = use_focus_on_mount();
    html! {
        <section class="rb-notice rb-handover-question" aria-labelledby="rb-handover-question">
            <h2 id="rb-handover-question" tabindex="-1" ref={heading_ref}>
                { tf!(k::handover::ADD_FROM_THE_BOARD, what = props.journal.counts().describe()) }
            </h2>
            if !titles.is_empty() {
                <ul class="rb-bullets">{ for titles.iter().map(|title| html! { <li>{ title.clone() }</li> }) }</ul>
            }
            <p>{t(k::handover::ONLY_IF_YOU_WROTE_IT)}</p>
            <div class="rb-actions">
                <button type="button" class="rb-button rb-button--primary" onclick={props.take.reform(|_| ())}>{t(k::handover::ADD_IT)}</button>
                <button type="button" class="rb-button" onclick={props.decline.reform(|_| ())}>{t(k::handover::DONT_ADD_IT)}</button>
            </div>
        </section>
    }
}
