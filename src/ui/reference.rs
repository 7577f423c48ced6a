//! The dataset's reference text (source titles, dates and links, and how each figure was
//! derived) is not compiled into the WebAssembly: it would be a tenth of the first download, and
//! most readers never open it. Pages that show it read it from `dataset.json`
//! (`data::document`), the same file "Download the dataset" saves, fetched once per page the first
//! time a view asks for it. The service worker precaches the file, so this works offline too.

use crate::data::DATASET;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// The file, relative to the page (Trunk's `public_url` is `./`).
pub const FILE: &str = "dataset.json";

/// A source's text from the document.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SourceText {
    pub title: String,
    pub date: String,
    pub url: String,
}

/// The loaded document.
#[derive(Debug)]
pub struct Doc {
    /// The parsed JSON (`{ …, dataset: { … } }`), for derivations by path.
    dataset: JsValue,
    /// Aligned with `DATASET.sources`; `None` where the document lacks that id.
    sources: Vec<Option<SourceText>>,
}

impl Doc {
    /// A document with these source texts (aligned with `DATASET.sources`) and no derivations.
    #[cfg(test)]
    pub fn with_sources(sources: Vec<Option<SourceText>>) -> Doc {
        Doc {
            dataset: JsValue::UNDEFINED,
            sources,
        }
    }

    /// The text of `DATASET.sources[index]`.
    pub fn source(&self, index: usize) -> Option<&SourceText> {
        self.sources.get(index)?.as_ref()
    }

    /// The derivation of the figure at `path` in the dataset, e.g.
    /// `conversions.ndpr_oxide_per_metal` or `markets.2.export_tolerance`.
    pub fn derivation(&self, path: &str) -> Option<String> {
        let mut v = self.dataset.clone();
        for key in path.split('.').chain(["derivation"]) {
            v = get(&v, key)?;
        }
        v.as_string()
    }
}

/// Where the reference text stands, as a view sees it.
#[derive(Clone, Debug)]
pub enum Reference {
    /// Not asked for yet, or on its way.
    Loading,
    Ready(Rc<Doc>),
    /// Why it could not be read (offline before the first visit finished, a broken deploy…).
    Failed(Rc<str>),
}

impl PartialEq for Reference {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Reference::Loading, Reference::Loading) => true,
            (Reference::Ready(a), Reference::Ready(b)) => Rc::ptr_eq(a, b),
            (Reference::Failed(a), Reference::Failed(b)) => a == b,
            _ => false,
        }
    }
}

impl Reference {
    pub fn doc(&self) -> Option<&Doc> {
        match self {
            Reference::Ready(d) => Some(d),
            _ => None,
        }
    }
}

enum Load {
    Idle,
    Waiting(Vec<Callback<Reference>>),
    Done(Reference),
}

thread_local! {
    static LOAD: RefCell<Load> = const { RefCell::new(Load::Idle) };
}

/// Calls `done` with the document once it is loaded or has failed; starts the one fetch.
pub fn request(done: Callback<Reference>) {
    let finished = LOAD.with(|l| {
        let mut l = l.borrow_mut();
        match &mut *l {
            Load::Done(r) => Some(r.clone()),
            Load::Waiting(w) => {
                w.push(done.clone());
                None
            }
            Load::Idle => {
                *l = Load::Waiting(vec![done.clone()]);
                yew::platform::spawn_local(async {
                    let result = match fetch().await {
                        Ok(v) => Reference::Ready(Rc::new(parse(v))),
                        Err(e) => Reference::Failed(describe(&e).into()),
                    };
                    let waiting = LOAD.with(|l| {
                        match std::mem::replace(&mut *l.borrow_mut(), Load::Done(result.clone())) {
                            Load::Waiting(w) => w,
                            _ => Vec::new(),
                        }
                    });
                    for cb in waiting {
                        cb.emit(result.clone());
                    }
                });
                None
            }
        }
    });
    if let Some(r) = finished {
        done.emit(r);
    }
}

/// The reference text, loaded once `wanted` turns true (the view re-renders when it arrives).
#[hook]
pub fn use_reference(wanted: bool) -> Reference {
    let state = use_state(|| {
        LOAD.with(|l| match &*l.borrow() {
            Load::Done(r) => r.clone(),
            _ => Reference::Loading,
        })
    });
    {
        let state = state.clone();
        use_effect_with(wanted, move |wanted| {
            if *wanted {
                request(Callback::from(move |r| state.set(r)));
            }
        });
    }
    (*state).clone()
}

async fn fetch() -> Result<JsValue, JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(FILE))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from_str(&format!(
            "HTTP {} for {FILE}",
            response.status()
        )));
    }
    JsFuture::from(response.json()?).await
}

fn get(v: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(v, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn text(v: &JsValue, key: &str) -> String {
    get(v, key).and_then(|v| v.as_string()).unwrap_or_default()
}

/// Reads the sources once, matching them to `DATASET.sources` by id (same order when the file
/// and the WebAssembly come from the same build; a stale file still matches what it can).
fn parse(root: JsValue) -> Doc {
    let dataset = get(&root, "dataset").unwrap_or(JsValue::UNDEFINED);
    let list: Vec<JsValue> = get(&dataset, "sources")
        .map(|s| js_sys::Array::from(&s).iter().collect())
        .unwrap_or_default();
    let sources = DATASET
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let same = |v: &&JsValue| text(v, "id") == s.id;
            let entry = list
                .get(i)
                .filter(same)
                .or_else(|| list.iter().find(same))?;
            Some(SourceText {
                title: text(entry, "title"),
                date: text(entry, "date"),
                url: text(entry, "url"),
            })
        })
        .collect();
    Doc { dataset, sources }
}

fn describe(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "unknown error".into())
}
