//! The frame every screen sits in: the brand and the top links, the screen
//! itself, the status line and the footer. The app draws it around each
//! screen; the build prerenders it around the welcome screen
//! (`FirstScreen`), so that screen paints before any wasm has arrived.

use super::{HelpNow, LanguagePicker, Welcome};
use crate::i18n::k;
use crate::i18n::{t, Lang};
use crate::options::ColorScheme;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub theme: ColorScheme,
    pub lang: Lang,
    #[prop_or_default]
    pub root_ref: NodeRef,
    #[prop_or_default]
    pub main_ref: NodeRef,
    /// The links at the top.
    pub nav: Html,
    /// What stands above the screen (a storage notice).
    #[prop_or_default]
    pub notice: Html,
    /// The last thing announced to screen readers.
    #[prop_or_default]
    pub status: AttrValue,
    /// The language picker, on the hosted page only.
    #[prop_or_default]
    pub language_picker: Html,
    /// The footer's one line on privacy.
    #[prop_or_else(|| t(k::app::PRIVATE_BY_DESIGN_WHAT).into())]
    pub private_line: AttrValue,
    /// Drawn at build time: the app replaces it when it starts.
    #[prop_or_default]
    pub prerendered: bool,
    pub children: Html,
}

#[component]
pub fn Shell(props: &ShellProps) -> Html {
    // "Help now" at the top of every screen opens the footer's helpline in
    // one tap, wherever the person is on a long page.
    let help_ref = use_node_ref();
    let open_help = {
        let help_ref = help_ref.clone();
        Callback::from(move |_| {
            let Some(help) = help_ref.cast::<web_sys::Element>() else {
                return;
            };
            if let Ok(Some(details)) = help.query_selector("details") {
                let _ = details.set_attribute("open", "");
                details.scroll_into_view_with_bool(false);
                if let Some(summary) = details
                    .query_selector("summary")
                    .ok()
                    .flatten()
                    .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = summary.focus();
                }
            }
        })
    };
    html! {
        <div class={classes!("rb-app", props.theme.class())} ref={props.root_ref.clone()}
            lang={props.lang.code()} data-rebound-prerendered={props.prerendered.then_some("")}>
            <header class="rb-header">
                <span class="rb-brand">{"Rebound"}</span>
                <nav class="rb-header__nav" aria-label="Rebound">
                    { props.nav.clone() }
                    <button type="button" class="rb-link rb-help-link" onclick={open_help}>{t(k::help::HELP_NOW)}</button>
                </nav>
            </header>
            { props.notice.clone() }
            <div class="rb-main" ref={props.main_ref.clone()}>{ props.children.clone() }</div>
            <p class="rb-status" role="status" aria-live="polite">{ props.status.clone() }</p>
            <footer class="rb-footer">
                <div ref={help_ref}><HelpNow /></div>
                <p>{ props.private_line.clone() }</p>
                { props.language_picker.clone() }
            </footer>
        </div>
    }
}

/// The first screen as a person without saved notes sees it on the hosted
/// page, in the catalog installed: what the build prerenders into each
/// language's page (in a board's frame the stylesheet hides the picker, as
/// the app leaves it out there). Its controls do nothing until the app
/// takes over (and keeps what was typed).
#[component]
pub fn FirstScreen() -> Html {
    let lang = crate::i18n::lang();
    let nav = html! { <button type="button" class="rb-link">{t(k::app::YOUR_DATA)}</button> };
    let language_picker = html! { <LanguagePicker current={lang} on_change={Callback::noop()} /> };
    html! {
        <Shell theme={ColorScheme::default()} {lang} {nav} {language_picker} prerendered=true>
            <Welcome on_save={Callback::noop()} />
        </Shell>
    }
}
