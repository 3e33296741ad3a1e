//! The benchmark's floor (`make bench`): the smallest Yew 0.23 app that does
//! what Rebound's first screen must, a route and a control that answers,
//! built by the same script (scripts/build-wasm.sh) and measured in the same
//! run. What Rebound costs above it is Rebound's own.

use wasm_bindgen::prelude::*;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Clone, Copy, PartialEq, Routable)]
enum Route {
    #[at("/")]
    Home,
}

#[component]
fn Counter() -> Html {
    let count = use_state(|| 0_u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! { <button type="button" {onclick}>{ *count }</button> }
}

#[derive(Properties, PartialEq)]
struct AppProps {
    mount: web_sys::Element,
}

#[component]
fn App(props: &AppProps) -> Html {
    // Ready as Rebound is: its first render is on screen (the same attribute
    // the benchmark waits for).
    let mount = props.mount.clone();
    use_effect_with((), move |_| {
        let _ = mount.set_attribute("data-rebound-ready", "");
    });
    html! {
        <HashRouter>
            <Switch<Route> render={|Route::Home| html! { <Counter /> }} />
        </HashRouter>
    }
}

/// Renders the floor into the page's `<main>`.
#[wasm_bindgen]
pub fn start() {
    let mount = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector("main").ok().flatten())
        .expect("the floor page has a <main>");
    yew::Renderer::<App>::with_root_and_props(mount.clone(), AppProps { mount }).render();
}
