//! The hosted page's language picker, in the footer: each language in its
//! own name, so a person who landed in the wrong one can find theirs.

use crate::i18n::k;
use crate::i18n::{t, Lang};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanguagePickerProps {
    pub current: Lang,
    pub on_change: Callback<Lang>,
}

#[component]
pub fn LanguagePicker(props: &LanguagePickerProps) -> Html {
    let on_change = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(lang) = Lang::parse(&select.value()) {
                on_change.emit(lang);
            }
        })
    };
    html! {
        <div class="rb-language">
            <label for="rb-language">{ t(k::app::LANGUAGE) }</label>
            <select id="rb-language" onchange={on_change}>
                { for Lang::ALL.iter().map(|lang| html! {
                    <option value={lang.code()} lang={lang.code()} selected={*lang == props.current}>
                        { lang.own_name() }
                    </option>
                }) }
            </select>
        </div>
    }
}
