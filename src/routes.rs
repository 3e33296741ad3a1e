//! Every screen's address, through yew-router. On the hosted page and in the
//! iframe the address is the page's own fragment (`#/stage/1/check-in`), so
//! any static host serves it, Back goes back a screen and a reload stays put;
//! inline on a board's page the widget keeps its addresses in memory and
//! never touches the host's. Addresses name screens only, never anything the
//! person wrote.

use crate::domain::{Stage, Tool};
use std::fmt;
use std::str::FromStr;
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
    /// A stage's first screen (`/stage/2`).
    #[at("/stage/:stage")]
    Stage { stage: Stage },
    /// One of a stage's tools, its summary, or the whole stage on one page
    /// (`/stage/2/request`, `/stage/2/summary`, `/stage/2/all`).
    #[at("/stage/:stage/:step")]
    Step { stage: Stage, step: Step },
    /// Anything else, a tool under another stage's number included: the
    /// stages list.
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

/// Which screen of a stage an address means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Tool(Tool),
    /// What the person did in each tool, "mark this stage done".
    Summary,
    /// Every tool of the stage on one page.
    Whole,
}

/// The last part of a stage's summary address.
const SUMMARY: &str = "summary";
/// The last part of the whole-stage page's address.
const WHOLE_STAGE: &str = "all";

impl FromStr for Step {
    type Err = ();
    fn from_str(part: &str) -> Result<Step, ()> {
        match part {
            SUMMARY => Ok(Step::Summary),
            WHOLE_STAGE => Ok(Step::Whole),
            slug => Tool::from_slug(slug).map(Step::Tool).ok_or(()),
        }
    }
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Step::Tool(tool) => tool.slug(),
            Step::Summary => SUMMARY,
            Step::Whole => WHOLE_STAGE,
        })
    }
}

/// A stage in an address is its number, as the person sees it (1 to 5).
impl FromStr for Stage {
    type Err = ();
    fn from_str(part: &str) -> Result<Stage, ()> {
        let number: usize = part.parse().map_err(|_| ())?;
        Stage::ALL
            .get(number.checked_sub(1).ok_or(())?)
            .copied()
            .ok_or(())
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.number())
    }
}

impl Route {
    pub fn tool(tool: Tool) -> Route {
        Route::Step {
            stage: tool.stage(),
            step: Step::Tool(tool),
        }
    }

    pub fn summary(stage: Stage) -> Route {
        Route::Step {
            stage,
            step: Step::Summary,
        }
    }

    pub fn whole(stage: Stage) -> Route {
        Route::Step {
            stage,
            step: Step::Whole,
        }
    }

    /// The stage screen this address opens, if it names one that exists
    /// (a tool under its own stage's number).
    pub fn stage_screen(&self) -> Option<(Stage, Step)> {
        match *self {
            Route::Stage { stage } => Some((stage, Step::Tool(stage.first_tool()))),
            Route::Step {
                step: Step::Tool(tool),
                stage,
            } if tool.stage() != stage => None,
            Route::Step { stage, step } => Some((stage, step)),
            _ => None,
        }
    }
}

/// A link to a screen: yew-router's `Link` (a real `<a href>`, so it opens
/// in a new tab and reads as a link), plus what `Link` takes no props for.
/// Buttons are for actions; anything that only goes somewhere is this.
#[derive(Properties, PartialEq)]
pub struct RouteLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub classes: Classes,
    /// `aria-current` ("step" for the stage the person is on).
    #[prop_or_default]
    pub current: Option<&'static str>,
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn RouteLink(props: &RouteLinkProps) -> Html {
    let anchor = use_node_ref();
    {
        let anchor = anchor.clone();
        let attributes = [
            ("aria-current", props.current.map(AttrValue::from)),
            ("aria-describedby", props.described_by.clone()),
        ];
        use_effect_with(attributes, move |attributes| {
            if let Some(a) = anchor.cast::<web_sys::Element>() {
                for (name, value) in attributes {
                    let _ = match value {
                        Some(value) => a.set_attribute(name, value),
                        None => a.remove_attribute(name),
                    };
                }
            }
        });
    }
    html! {
        <Link<Route> to={props.to.clone()} classes={props.classes.clone()} anchor_ref={anchor}>
            { props.children.clone() }
        </Link<Route>>
    }
}

/// yew-router's navigator; every screen is rendered inside the router.
#[hook]
pub fn use_nav() -> Navigator {
    use_navigator().expect("rendered inside the router")
}
