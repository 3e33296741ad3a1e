//! "Need to talk to someone now?": a calm way to a helpline, in the footer of
//! every screen and open in the flow after a low check-in. Plain links (a
//! `tel:` link and the service's site); nothing is requested until tapped.

use crate::browser::preferred_languages;
use crate::domain::{helpline_for, CheckIn, HELPLINE_DIRECTORY};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HelpNowProps {
    /// Shown open (after a low check-in) rather than as a line to tap.
    #[prop_or_default]
    pub open: bool,
    /// A quiet line to open (after a low check-in), not the footer's.
    #[prop_or_default]
    pub quiet: bool,
}

#[component]
pub fn HelpNow(props: &HelpNowProps) -> Html {
    let helpline = use_memo((), |_| helpline_for(&preferred_languages()));
    html! {
        <details class={classes!("rb-help", props.quiet.then_some("rb-help--quiet"))} open={props.open}>
            <summary>{ if props.quiet { t(k::help::IF_IT_IS_MORE) } else { t(k::help::NEED_TO_TALK_TO) } }</summary>
            <div class="rb-help__body">
                <p>{t(k::help::IF_THIS_FEELS_LIKE)}</p>
                if let Some(line) = *helpline {
                    <p class="rb-help__line">
                        <a class="rb-button rb-button--primary" href={format!("tel:{}", line.tel)}>
                            { tf!(k::help::CALL, name = line.name, number = line.number) }
                        </a>
                    </p>
                    <p><a href={line.site} target="_blank" rel="noopener noreferrer">{ tf!(k::help::ONLINE, name = line.name) }</a>{t(k::help::FREE_AND_CONFIDENTIAL)}</p>
                }
                <p>
                    <a href={HELPLINE_DIRECTORY} target="_blank" rel="noopener noreferrer">{t(k::help::FIND_A_HELPLINE)}</a>
                    { if helpline.is_some() { t(k::help::DIRECTORY_OTHER_COUNTRIES) } else { t(k::help::DIRECTORY_YOUR_COUNTRY) } }
                    {t(k::help::IF_YOU_ARE_IN)}
                </p>
            </div>
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct HelpAfterProps {
    pub checkin: CheckIn,
}

/// Help in proportion to a check-in: in view after a very low one or a
/// heavy feeling (`CheckIn::needs_help_now`), a quiet line to open after a
/// low one, nothing otherwise.
#[component]
pub fn HelpAfter(props: &HelpAfterProps) -> Html {
    if props.checkin.needs_help_now() {
        html! { <HelpNow open=true /> }
    } else if props.checkin.is_low() {
        html! { <HelpNow quiet=true /> }
    } else {
        Html::default()
    }
}
