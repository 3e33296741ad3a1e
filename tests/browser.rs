//! Browser tests: what only a real browser can prove (rendering, storage,
//! focus). Run with `make browser` in headless Chromium.
#![cfg(target_arch = "wasm32")]

use rebound::storage::{encode, Store};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted app in its own element and storage namespace.
struct Page {
    root: Element,
    namespace: String,
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

impl Page {
    async fn open(namespace: &str) -> Page {
        let root = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&root).unwrap();
        // The words: the page fetches its catalog; a test brings English along.
        rebound::i18n::install(
            rebound::i18n::Catalog::parse(rebound::i18n::Lang::En, include_str!("../i18n/en.json"))
                .expect("the English catalog"),
        );
        // The handle is leaked on purpose: the page lives until the test ends.
        std::mem::forget(rebound::mount(root.clone(), namespace, None));
        yew::scheduler::flush().await;
        Page {
            root,
            namespace: namespace.to_owned(),
        }
    }

    /// A fresh namespace with nothing saved.
    async fn new_user(namespace: &str) -> Page {
        clear(namespace);
        Page::open(namespace).await
    }

    fn text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }

    fn see(&self, text: &str) {
        assert!(
            self.text().contains(text),
            "expected to see {text:?} in:\n{}",
            self.text()
        );
    }

    fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().unchecked_into())
            .collect()
    }

    async fn type_into(&self, selector: &str, value: &str) {
        let input: HtmlInputElement = self.find(selector).unchecked_into();
        input.set_value(value);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
        input.dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }

    /// Clicks the first button or link whose text contains `label`.
    async fn click(&self, label: &str) {
        let button = self
            .all("button, a[href]")
            .into_iter()
            .find(|b| b.text_content().unwrap_or_default().contains(label))
            .unwrap_or_else(|| panic!("no button or link labelled {label:?}"));
        button.unchecked_into::<HtmlElement>().click();
        yew::scheduler::flush().await;
    }

    fn saved(&self) -> Option<String> {
        storage()
            .get_item(&format!("{}:journal", self.namespace))
            .unwrap()
    }

    async fn wait_for_save(&self) {
        // The save is debounced; pagehide flushes it at once, as leaving the page would.
        let event = web_sys::Event::new("pagehide").unwrap();
        web_sys::window().unwrap().dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }

    fn close(self) {
        self.root.remove();
    }
}

fn clear(namespace: &str) {
    let storage = storage();
    let keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(&format!("{namespace}:")))
        .collect();
    for key in keys {
        storage.remove_item(&key).unwrap();
    }
}

#[wasm_bindgen_test]
async fn a_new_user_is_welcomed_and_records_what_happened() {
    let page = Page::new_user("t-welcome").await;
    page.see("Not selected this time");
    page.see("stays in this browser");
    page.type_into("#rb-company", "Acme").await;
    page.type_into("#rb-role", "Backend Engineer").await;
    page.click("Begin").await;

    page.see("Backend Engineer at Acme");
    let tasks = page.all(".rb-task");
    assert_eq!(tasks.len(), 5, "five stages in the task list");
    let current = page.all("[aria-current=step]");
    assert_eq!(current.len(), 1);
    assert_eq!(current[0].text_content().unwrap(), "Process the emotions");
    page.see("Not started");
    page.close();
}

#[wasm_bindgen_test]
async fn a_date_in_the_future_is_refused_with_a_message() {
    let page = Page::new_user("t-future").await;
    page.type_into("#rb-date", "2999-01-01").await;
    page.click("Begin").await;
    page.see("That date is in the future");
    assert_eq!(
        page.find("#rb-date")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert!(page.saved().is_none(), "nothing was recorded");
    page.close();
}

#[wasm_bindgen_test]
async fn progress_is_saved_and_comes_back_after_a_reload() {
    let page = Page::new_user("t-reload").await;
    page.type_into("#rb-company", "Globex").await;
    page.click("Begin").await;
    page.click("Process the emotions").await;
    page.see("Stage 1 of 5");
    page.see("How are you, overall?");
    page.click("All steps of this stage").await;
    page.click("Mark this stage done").await;
    page.see("You marked this stage done");
    page.wait_for_save().await;
    assert!(page.saved().unwrap().contains("Globex"));
    page.close();

    // Coming back reopens the screen the person left, then the stages.
    let again = Page::open("t-reload").await;
    again.see("Process the emotions: what you did");
    again.click("All stages").await;
    again.see("Globex");
    again.see("Worked on 1 stage · open now");
    let current = again.all("[aria-current=step]");
    assert_eq!(current[0].text_content().unwrap(), "Seek feedback");
    again.close();
}

#[wasm_bindgen_test]
async fn unreadable_data_is_set_aside_and_never_overwritten() {
    clear("t-corrupt");
    storage()
        .set_item("t-corrupt:journal", "{\"schema\":1,\"rev\":2,\"da")
        .unwrap();
    let page = Page::open("t-corrupt").await;
    page.see("Your saved data could not be read");
    // Using the app does not write over the damaged data.
    page.type_into("#rb-company", "Initech").await;
    page.click("Begin").await;
    page.wait_for_save().await;
    assert_eq!(
        page.saved().as_deref(),
        Some("{\"schema\":1,\"rev\":2,\"da"),
        "the damaged text is untouched"
    );
    let backups = (0..storage().length().unwrap())
        .filter_map(|i| storage().key(i).unwrap())
        .filter(|k| k.starts_with("t-corrupt:journal:backup:"))
        .count();
    assert_eq!(backups, 1, "a copy was set aside");
    page.close();
}

/// 100,000 levels of nesting, in storage and in an import, on the 256 KiB
/// wasm stack: a clear message, no crash, and the app keeps working.
#[wasm_bindgen_test]
async fn hostile_nesting_gets_a_message_not_a_crash() {
    let deep = |inner: &str| format!("{}{inner}{}", "[".repeat(100_000), "]".repeat(100_000));
    clear("t-deep");
    let saved = format!(
        r#"{{"schema":{},"rev":1,"saved_at":0,"data":{{}}}}"#,
        deep("")
    );
    storage().set_item("t-deep:journal", &saved).unwrap();
    let page = Page::open("t-deep").await;
    page.see("Your saved data could not be read");
    page.see("nested far deeper than any Rebound data");
    page.type_into("#rb-company", "Still Working Ltd").await;
    page.click("Begin").await;
    page.see("Still Working Ltd");
    assert_eq!(
        page.saved().as_deref(),
        Some(saved.as_str()),
        "set aside, untouched"
    );
    page.close();

    for text in [
        deep(""),
        format!(
            r#"{{"app":"rebound","schema":1,"data":{{"rejections":{}}}}}"#,
            deep("")
        ),
        format!(r#"{{"app":"rebound","schema":{},"data":{{}}}}"#, deep("1")),
    ] {
        let error = rebound::storage::parse_import(&text).unwrap_err();
        assert!(
            error.to_string().contains("your data is unchanged"),
            "{error:?}"
        );
    }
}

#[wasm_bindgen_test]
async fn several_rejections_each_keep_their_own_progress() {
    let page = Page::new_user("t-many").await;
    page.type_into("#rb-company", "First Co").await;
    page.click("Begin").await;
    page.click("Process the emotions").await;
    page.click("All steps of this stage").await;
    page.click("Mark this stage done").await;
    page.click("All stages").await;
    page.click("Record another rejection").await;
    page.type_into("#rb-company", "Second Co").await;
    page.click("Record it").await;
    page.see("Second Co");
    page.see("Not begun yet · open now");
    page.see("Worked on 1 stage");
    page.click("First Co").await;
    page.see("Worked on 1 stage · open now");
    page.see("Not begun yet");
    page.close();
}

#[wasm_bindgen_test]
async fn the_store_never_touches_other_keys_of_the_site() {
    clear("t-keys");
    storage().set_item("host-site-setting", "keep me").unwrap();
    let store = Store::open("t-keys");
    store
        .save(&rebound::domain::Journal::default(), 1, 0.0)
        .unwrap();
    storage()
        .set_item(
            "t-keys:journal:backup:1",
            &encode(&Default::default(), 1, 0.0),
        )
        .unwrap();
    assert_eq!(store.own_keys().len(), 2);
    store.delete_all().unwrap();
    assert!(store.own_keys().is_empty());
    assert_eq!(
        storage().get_item("host-site-setting").unwrap().as_deref(),
        Some("keep me")
    );
}

#[wasm_bindgen_test]
async fn the_mood_chart_draws_each_day_and_offers_the_numbers_as_a_table() {
    use rebound::components::MoodChart;
    use rebound::domain::{Day, DayMood};
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let day = |s: &str| Day::parse(s).unwrap();
    let series = vec![
        DayMood {
            day: day("2026-11-20"),
            average: 2.0,
            count: 2,
        },
        DayMood {
            day: day("2026-11-21"),
            average: 3.5,
            count: 1,
        },
        DayMood {
            day: day("2026-11-25"),
            average: 4.0,
            count: 3,
        },
    ];
    let props = rebound::components::MoodChartProps { series };
    let handle = yew::Renderer::<MoodChart>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let page = Page {
        root: root.clone(),
        namespace: String::new(),
    };
    assert_eq!(page.all("svg circle").len(), 3);
    assert_eq!(page.all("svg polyline").len(), 1);
    let svg = page.find("svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert!(page
        .find("svg title")
        .text_content()
        .unwrap()
        .contains("from Very low to Good"));
    let rows: Vec<String> = page
        .all("table tbody tr")
        .iter()
        .map(|r| r.text_content().unwrap())
        .collect();
    assert_eq!(
        rows,
        [
            "20 November 20262.02",
            "21 November 20263.51",
            "25 November 20264.03"
        ]
    );
    // Better is drawn higher (smaller y).
    let ys: Vec<f64> = page
        .all("svg circle")
        .iter()
        .map(|c| c.get_attribute("cy").unwrap().parse().unwrap())
        .collect();
    assert!(ys[0] > ys[1] && ys[1] > ys[2]);
    handle.destroy();
    root.remove();
}
