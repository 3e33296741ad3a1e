//! Screens whose code arrives when they are first opened.
//!
//! The first download holds what the welcome, the stages list and stage 1
//! need. Insights, "Your data" and the tools of stages 2 to 5 each live in a
//! chunk of their own: with the `split` feature (the hosted page's build,
//! scripts/build-wasm.sh) each function `chunk!` marks is cut out of the main
//! wasm by `wasm-split`, with everything only it reaches, and fetched the
//! first time it is called. Without the feature (the tests, the npm package)
//! the same functions are plain calls.
//!
//! The main module never names a lazy screen's component: a chunk hands back
//! a plain function pointer (`View`) that draws its screens, so the linker
//! sees no path from the main module to their code. The page prefetches every
//! chunk once the browser is idle after the takeover (`prefetch_when_idle`),
//! so moving between screens then never waits on the network.

use crate::components::{Insights, LockScreen, LockScreenProps, YourData, YourDataProps};
use crate::domain::{FeedbackTool, OpportunityTool, ReflectTool, SearchTool};
use crate::i18n::{k, t};
use crate::stages::{FeedbackStage, OpportunityStage, ReflectStage, SearchStage, StageToolsProps};
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A screen drawn by a chunk's code, with what it is drawn from.
#[derive(Clone, PartialEq)]
pub enum LazyScreen {
    Insights,
    YourData(YourDataProps),
    Feedback(StageToolsProps<FeedbackTool>),
    Reflect(StageToolsProps<ReflectTool>),
    Opportunity(StageToolsProps<OpportunityTool>),
    Search(StageToolsProps<SearchTool>),
    /// The passphrase lock's screen.
    Lock(LockScreenProps),
}

/// The chunks, one per screen family.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Chunk {
    Insights,
    YourData,
    Feedback,
    Reflect,
    Opportunity,
    Search,
    Lock,
}

impl Chunk {
    /// In the order the idle prefetch fetches them: the next stage first.
    pub const ALL: [Chunk; 7] = [
        Chunk::Feedback,
        Chunk::Reflect,
        Chunk::Opportunity,
        Chunk::Search,
        Chunk::Insights,
        Chunk::YourData,
        Chunk::Lock,
    ];
}

impl LazyScreen {
    fn chunk(&self) -> Chunk {
        match self {
            LazyScreen::Insights => Chunk::Insights,
            LazyScreen::YourData(_) => Chunk::YourData,
            LazyScreen::Feedback(_) => Chunk::Feedback,
            LazyScreen::Reflect(_) => Chunk::Reflect,
            LazyScreen::Opportunity(_) => Chunk::Opportunity,
            LazyScreen::Search(_) => Chunk::Search,
            LazyScreen::Lock(_) => Chunk::Lock,
        }
    }

    /// A whole screen (its heading is in the chunk), not tools inside a
    /// screen whose heading is already there.
    fn is_whole_screen(&self) -> bool {
        matches!(
            self,
            LazyScreen::Insights | LazyScreen::YourData(_) | LazyScreen::Lock(_)
        )
    }
}

/// What a chunk hands back: the function that draws its screens.
type View = fn(&LazyScreen) -> Html;

/// The chunk's file did not arrive: offline before it was fetched, or a
/// deploy in between took it away.
#[derive(Debug)]
pub struct ChunkFailed;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for ChunkFailed {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        ChunkFailed
    }
}

/// A chunk's entry point: `$module` names the chunk, the arm draws its
/// screen (and reaches only that screen's code).
macro_rules! chunk {
    ($module:ident, $screen:pat => $draw:expr) => {
        #[cfg(feature = "split")]
        #[wasm_split_helpers::wasm_split($module, fallible)]
        fn $module() -> Result<View, ChunkFailed> {
            Ok(|screen| match screen {
                $screen => $draw,
                _ => Html::default(),
            })
        }

        #[cfg(not(feature = "split"))]
        async fn $module() -> Result<View, ChunkFailed> {
            Ok(|screen| match screen {
                $screen => $draw,
                _ => Html::default(),
            })
        }
    };
}

chunk!(insights, LazyScreen::Insights => html! { <Insights /> });
chunk!(your_data, LazyScreen::YourData(props) => html! { <YourData ..props.clone() /> });
chunk!(feedback, LazyScreen::Feedback(props) => html! { <FeedbackStage ..props.clone() /> });
chunk!(reflect, LazyScreen::Reflect(props) => html! { <ReflectStage ..props.clone() /> });
chunk!(opportunity, LazyScreen::Opportunity(props) => html! { <OpportunityStage ..props.clone() /> });
chunk!(search, LazyScreen::Search(props) => html! { <SearchStage ..props.clone() /> });
chunk!(lock_screen, LazyScreen::Lock(props) => html! { <LockScreen ..props.clone() /> });

thread_local! {
    /// The chunks that have arrived, so a screen drawn again draws at once.
    static LOADED: RefCell<Vec<(Chunk, View)>> = const { RefCell::new(Vec::new()) };
}

fn loaded(chunk: Chunk) -> Option<View> {
    LOADED.with(|loaded| {
        loaded
            .borrow()
            .iter()
            .find(|(each, _)| *each == chunk)
            .map(|(_, view)| *view)
    })
}

/// Fetches `chunk` (once: a chunk that has arrived is not asked for again).
async fn fetch(chunk: Chunk) -> Result<View, ChunkFailed> {
    if let Some(view) = loaded(chunk) {
        return Ok(view);
    }
    let view = match chunk {
        Chunk::Insights => insights().await,
        Chunk::YourData => your_data().await,
        Chunk::Feedback => feedback().await,
        Chunk::Reflect => reflect().await,
        Chunk::Opportunity => opportunity().await,
        Chunk::Search => search().await,
        Chunk::Lock => lock_screen().await,
    }?;
    LOADED.with(|loaded| loaded.borrow_mut().push((chunk, view)));
    Ok(view)
}

/// Once the browser is idle after the takeover, every chunk, one after the
/// other, so that later no screen waits on the network. A chunk that fails
/// here is fetched again when its screen is opened. Then the window hears
/// `rebound-prefetched`: on the hosted page start.js registers the service
/// worker only now, so it finds every chunk in the HTTP cache and downloads
/// nothing twice.
pub fn prefetch_when_idle() {
    thread_local! {
        static STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if STARTED.with(|started| started.replace(true)) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        for chunk in Chunk::ALL {
            crate::browser::idle().await;
            let _ = fetch(chunk).await;
        }
        crate::browser::announce_to_page("rebound-prefetched");
    });
}

#[derive(Properties, PartialEq)]
pub struct LazyProps {
    pub screen: LazyScreen,
}

/// A screen from a chunk. One `ChunkScreen` per chunk (keyed): a load
/// started for one chunk never lands in the screen of another, which the
/// same place in the page may show next (Insights, then Your data).
#[component]
pub fn Lazy(props: &LazyProps) -> Html {
    let key = format!("{:?}", props.screen.chunk());
    html! { <ChunkScreen {key} screen={props.screen.clone()} /> }
}

/// Drawn at once when its chunk is here; else a short "opening" line while
/// it arrives, and if it does not, one sentence and a retry. Nothing typed
/// is lost: the journal and every draft live outside the screen.
#[component]
fn ChunkScreen(props: &LazyProps) -> Html {
    let chunk = props.screen.chunk();
    // Keyed by its chunk, this screen only ever loads that one.
    let failed = use_state_eq(|| false);
    let attempt = use_state(|| 0_u32);
    let redraw = use_force_update();
    let holder = use_node_ref();
    // Focus was on the placeholder (its heading, or the "opening" line after
    // a retry): it goes to what arrived.
    let refocus = use_mut_ref(|| false);
    // After "Try again", focus goes to the "opening" line in its place.
    let focus_placeholder = use_mut_ref(|| false);
    {
        let (failed, holder, refocus) = (failed.clone(), holder.clone(), refocus.clone());
        use_effect_with((chunk, *attempt), move |&(chunk, _)| {
            if loaded(chunk).is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    match fetch(chunk).await {
                        Ok(_) => {
                            *refocus.borrow_mut() = focus_is_inside(&holder);
                            redraw.force_update();
                        }
                        Err(ChunkFailed) => {
                            // Focus on "Opening…" (after a retry) goes to the retry.
                            *refocus.borrow_mut() = focus_is_inside(&holder);
                            failed.set(true);
                        }
                    }
                });
            }
        });
    }
    {
        let (holder, refocus, focus_placeholder) =
            (holder.clone(), refocus.clone(), focus_placeholder.clone());
        use_effect(move || {
            if std::mem::take(&mut *refocus.borrow_mut()) {
                // i18n: a CSS selector, not words
                focus_first(&holder, "h1, input, textarea, select, button, a[href]");
            }
            if std::mem::take(&mut *focus_placeholder.borrow_mut()) {
                focus_first(&holder, ".rb-opening, .rb-opening h1");
            }
        });
    }
    let body = match loaded(chunk) {
        Some(view) => view(&props.screen),
        None if *failed => {
            let retry = {
                let (failed, attempt) = (failed.clone(), attempt.clone());
                Callback::from(move |_: MouseEvent| {
                    // The button goes away: focus follows to what replaces it.
                    *focus_placeholder.borrow_mut() = true;
                    failed.set(false);
                    attempt.set(*attempt + 1);
                })
            };
            html! {
                <div class="rb-notice rb-chunk-failed" role="alert">
                    <p>{t(k::lazy::THIS_PART_DID_NOT_ARRIVE)}</p>
                    <button type="button" class="rb-button" onclick={retry}>{t(k::lazy::TRY_AGAIN)}</button>
                </div>
            }
        }
        None if props.screen.is_whole_screen() => html! {
            <section class="rb-opening" aria-busy="true">
                <h1 tabindex="-1">{t(k::lazy::OPENING)}</h1>
            </section>
        },
        None => {
            html! { <p class="rb-opening" role="status" tabindex="-1">{t(k::lazy::OPENING)}</p> }
        }
    };
    html! { <div class="rb-lazy" ref={holder}>{body}</div> }
}

fn focus_is_inside(holder: &NodeRef) -> bool {
    let active = active_element();
    match (holder.cast::<web_sys::Element>(), active) {
        (Some(holder), Some(active)) => holder.contains(Some(&active)),
        _ => false,
    }
}

fn active_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.active_element()
}

/// Focuses the first element in `holder` that `selector` matches.
fn focus_first(holder: &NodeRef, selector: &str) {
    if let Some(element) = holder
        .cast::<web_sys::Element>()
        .and_then(|holder| holder.query_selector(selector).ok().flatten())
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
