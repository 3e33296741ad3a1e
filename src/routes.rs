//! Every screen's address, through yew-router. On the hosted page and in the
//! iframe the address is the page's own fragment (`#/stage/1/check-in`), so
//! any static host serves it, Back goes back a screen and a reload stays put;
//! inline on a board's page the widget keeps its addresses in memory and
//! never touches the host's. Addresses name screens only, never anything the
//! person wrote.

use crate::domain::Stage;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    /// The welcome form on a first visit, the five stages after it.
    #[at("/")]
    Home,
    #[at("/new")]
    NewRejection,
    #[at("/edit")]
    EditRejection,
    #[at("/insights")]
    Insights,
    #[at("/data")]
    YourData,
    /// A stage's first screen.
    #[at("/stage/:number")]
    Stage { number: usize },
    /// One of a stage's tools, its summary, or the whole stage on one page.
    #[at("/stage/:number/:step")]
    Step { number: usize, step: String },
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

/// The last part of a stage's summary address.
pub const SUMMARY: &str = "summary";
/// The last part of the whole-stage page's address.
pub const WHOLE_STAGE: &str = "all";

/// Which screen of a stage an address means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StageScreen {
    /// The tool at this position in `Stage::tools()`.
    Tool(usize),
    Summary,
    Whole,
}

impl Route {
    pub fn tool(stage: Stage, index: usize) -> Route {
        match stage.tools().get(index) {
            Some(tool) => Route::Step {
                number: stage.number(),
                step: tool.slug.to_owned(),
            },
            _ => Route::Stage {
                number: stage.number(),
            },
        }
    }

    pub fn summary(stage: Stage) -> Route {
        Route::Step {
            number: stage.number(),
            step: SUMMARY.to_owned(),
        }
    }

    pub fn whole(stage: Stage) -> Route {
        Route::Step {
            number: stage.number(),
            step: WHOLE_STAGE.to_owned(),
        }
    }

    /// The stage screen this address opens, if it names one that exists.
    pub fn stage_screen(&self) -> Option<(Stage, StageScreen)> {
        let stage_of = |number: usize| Stage::ALL.get(number.checked_sub(1)?).copied();
        match self {
            Route::Stage { number } => Some((stage_of(*number)?, StageScreen::Tool(0))),
            Route::Step { number, step } => {
                let stage = stage_of(*number)?;
                let screen = match step.as_str() {
                    SUMMARY => StageScreen::Summary,
                    WHOLE_STAGE => StageScreen::Whole,
                    slug => StageScreen::Tool(stage.tool(slug)?.0),
                };
                Some((stage, screen))
            }
            _ => None,
        }
    }
}

/// A click handler that opens `to` (a new entry in history, so Back returns).
pub fn go(navigator: &Navigator, to: Route) -> Callback<MouseEvent> {
    let navigator = navigator.clone();
    Callback::from(move |_| navigator.push(&to))
}

/// yew-router's navigator; every screen is rendered inside the router.
#[hook]
pub fn use_nav() -> Navigator {
    use_navigator().expect("rendered inside the router")
}
