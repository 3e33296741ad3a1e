//! From address to screen: one switch-style function, and what wraps the
//! screen (a hand-over's question, the return's greeting).

use super::hooks::FormDrafts;
use super::AppProps;
use crate::browser::now_ms;
use crate::components::{
    HandOverQuestion, HandedOver, Hub, RejectionForm, ReturnGreeting, Welcome, YourDataProps,
};
use crate::domain::{Action, Rejection, RejectionDetails};
use crate::i18n::k;
use crate::i18n::t;
use crate::lazy::{Lazy, LazyScreen};
use crate::routes::Route;
use crate::session::Session;
use crate::stages::StagePage;
use crate::state::AppContext;
use crate::storage::EmbeddedStorage;
use yew::prelude::*;
use yew_router::prelude::*;

/// What the screens need from the App.
pub struct Screen<'a> {
    pub app: &'a AppContext,
    pub navigator: &'a Navigator,
    pub drafts: &'a FormDrafts,
    pub props: &'a AppProps,
    /// Notes are kept (not a frame whose storage is blocked).
    pub keeps_notes: bool,
    /// Shown under the welcome's opening lines (where notes live).
    pub welcome_aside: Html,
}

/// The screen `route` names, for the journal as it is.
pub fn screen(route: &Route, on: &Screen) -> Html {
    let journal = &on.app.state.journal;
    match (route, journal.current_rejection()) {
        (Route::YourData, _) => {
            let screen = LazyScreen::YourData(YourDataProps {
                hosted: on.props.hosted,
                framed: on.props.embedded_storage.is_some(),
                namespace: on.props.namespace.clone(),
            });
            html! { <Lazy {screen} /> }
        }
        (_, None) => html! {
            <Welcome prefill={Some(new_initial(on))} on_save={on_record(on)}
                on_draft={on.drafts.keep("new".to_owned())} aside={on.welcome_aside.clone()}
                keeps_notes={on.keeps_notes} submit_now={on.props.submit_on_start} />
        },
        (Route::NewRejection, Some(_)) => html! {
            <RejectionForm
                heading={t(k::app::RECORD_ANOTHER_REJECTION)}
                intro={t(k::app::EACH_REJECTION_KEEPS_ITS)}
                initial={new_initial(on)}
                submit_label={t(k::app::RECORD_IT)}
                on_save={on_record(on)}
                on_draft={on.drafts.keep("new".to_owned())}
                on_cancel={to_hub(on)}
            />
        },
        (Route::EditRejection, Some(rejection)) => edit_form(rejection, on),
        (Route::Insights, Some(_)) => html! { <Lazy screen={LazyScreen::Insights} /> },
        (route, Some(rejection)) => match route.stage_screen() {
            Some((stage, step)) => html! {
                <StagePage {stage} {step} rejection={rejection.id.clone()} />
            },
            None => html! { <Hub /> },
        },
    }
}

/// What was typed last time, over a board's prefill only where it left a
/// field empty: text typed into the prerendered screen is in the prefill
/// and wins.
fn new_initial(on: &Screen) -> RejectionDetails {
    let prefill = on.props.prefill.clone().unwrap_or_default();
    match on.drafts.of("new") {
        Some(draft) => draft.typed_over(prefill),
        None => prefill,
    }
}

fn on_record(on: &Screen) -> Callback<RejectionDetails> {
    let (state, navigator) = (on.app.state.clone(), on.navigator.clone());
    let (announce, drafts) = (on.app.announce.clone(), on.drafts.clone());
    Callback::from(move |details: RejectionDetails| {
        drafts.forget();
        state.dispatch(Action::RecordRejection {
            id: crate::browser::fresh_id(),
            details,
            at_ms: now_ms(),
        });
        announce.emit(t(k::app::RECORDED_YOUR_FIVE_STAGES).to_string());
        navigator.push(&Route::Home);
    })
}

fn to_hub(on: &Screen) -> Callback<()> {
    let (navigator, drafts) = (on.navigator.clone(), on.drafts.clone());
    Callback::from(move |()| {
        drafts.forget();
        navigator.push(&Route::Home)
    })
}

fn edit_form(rejection: &Rejection, on: &Screen) -> Html {
    let id = rejection.id.clone();
    let form = format!("edit:{id}");
    let initial = on
        .drafts
        .of(&form)
        .unwrap_or_else(|| rejection.details.clone());
    let (state, navigator) = (on.app.state.clone(), on.navigator.clone());
    let (announce, drafts) = (on.app.announce.clone(), on.drafts.clone());
    let on_save = Callback::from(move |details| {
        drafts.forget();
        state.dispatch(Action::EditRejection {
            id: id.clone(),
            details,
        });
        announce.emit(t(k::app::CHANGES_SAVED).to_string());
        navigator.push(&Route::Home);
    });
    html! {
        <RejectionForm
            heading={t(k::app::EDIT_WHAT_HAPPENED)}
            intro={t(k::app::EVERY_FIELD_IS_OPTIONAL)}
            {initial}
            submit_label={t(k::app::SAVE_CHANGES)}
            on_draft={on.drafts.keep(form)}
            {on_save}
            on_cancel={to_hub(on)}
        />
    }
}

/// The screen with what comes before it: after a hand-over the frame points
/// to the own tab instead (it cannot keep text); the own tab asks about a
/// hand-over, or says it arrived; a return after days away is greeted.
pub fn around(body: Html, session: &Session, greet: Option<i32>, on_hub: bool) -> Html {
    let body = match &session.embed {
        Some(choices) if choices.handed_over && choices.storage == EmbeddedStorage::Blocked => {
            html! { <HandedOver choices={choices.clone()} /> }
        }
        _ => body,
    };
    let hand_over = &session.hand_over;
    let before = match (&hand_over.offer, hand_over.taken) {
        (Some(offer), _) => html! {
            <HandOverQuestion journal={offer.journal.clone()}
                take={hand_over.take.clone()} decline={hand_over.decline.clone()} />
        },
        (None, true) => html! {
            <p class="rb-saved rb-arrived"><span aria-hidden="true">{"✓ "}</span>{t(k::handover::YOUR_NOTES_FROM_THE)}</p>
        },
        (None, false) => Html::default(),
    };
    let greeting = match greet {
        Some(days) => html! { <ReturnGreeting days_away={days} {on_hub} /> },
        None => Html::default(),
    };
    html! { <>{ greeting }{ before }{ body }</> }
}
