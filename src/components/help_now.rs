//! "Need to talk to someone now?": a calm way to a helpline, in the footer of
//! every screen and open in the flow after a low check-in. Plain links (a
//! `tel:` link and the service's site); nothing is requested until tapped.

use crate::browser::preferred_languages;
use crate::domain::{helpline_for, HELPLINE_DIRECTORY};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HelpNowProps {
    /// Shown open (after a low check-in) rather than as a line to tap.
    #[prop_or_default]
    pub open: bool,
}

#[component]
pub fn HelpNow(props: &HelpNowProps) -> Html {
    let helpline = use_memo((), |_| helpline_for(&preferred_languages()));
    html! {
        <details class="rb-help" open={props.open}>
            <summary>{"Need to talk to someone now?"}</summary>
            <div class="rb-help__body">
                <p>{"If this feels like too much, you do not have to carry it alone. Talking to someone trained to listen can help, today."}</p>
                if let Some(line) = *helpline {
                    <p class="rb-help__line">
                        <a class="rb-button rb-button--primary" href={format!("tel:{}", line.tel)}>
                            { format!("Call {}: {}", line.name, line.number) }
                        </a>
                    </p>
                    <p><a href={line.site} target="_blank" rel="noopener noreferrer">{ format!("{} online", line.name) }</a>{", free and confidential."}</p>
                }
                <p>
                    <a href={HELPLINE_DIRECTORY} target="_blank" rel="noopener noreferrer">{"Find A Helpline"}</a>
                    { if helpline.is_some() { " lists free, confidential services in other countries too." } else { " lists free, confidential services in your country." } }
                    {" If you are in danger right now, call your local emergency number."}
                </p>
            </div>
        </details>
    }
}
