//! When the reader has settled on a scenario: the moment the work a slider drag must not wait
//! for (the Monte Carlo ranges, "what drives this number") starts. One rule for all of it, so
//! that they start together.

use crate::ui::tasks::{after_next_paint, Cancel};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// Milliseconds to wait after the last change before starting, so dragging stays smooth; a
/// committed change (a `change` event: a slider let go, a key pressed, a menu chosen) starts
/// at once.
pub const SETTLE_MS: u32 = 60;

/// A start, made at most once.
type Start = Rc<dyn Fn()>;

/// Calls `start` once per new `key` with `needed` true, once the reader has settled on it:
/// `delay_ms` after it arrived with no newer key since, or after the next paint following a
/// committed change, whichever comes first. After the paint, so the frame that shows what the
/// change already changed is not held back; and after the render the same event may cause (Yew
/// renders at the end of the microtask queue), so `start` is the one for the key on screen.
/// The `Cancel` given to `start` is cancelled by a newer key or when the component goes.
#[hook]
pub fn use_settled<K, F>(key: K, needed: bool, delay_ms: u32, start: F)
where
    K: PartialEq + 'static,
    F: Fn(Cancel) + 'static,
{
    // The start not yet made for the newest key, if any.
    let pending: Rc<RefCell<Option<Start>>> = use_mut_ref(|| None);
    {
        let pending = pending.clone();
        use_effect_with((key, needed), move |(_, needed)| {
            let cancel = Cancel::default();
            let once: Start = {
                let (cancel, started) = (cancel.clone(), Cell::new(false));
                Rc::new(move || {
                    if !started.replace(true) {
                        start(cancel.clone());
                    }
                })
            };
            let timer = needed.then(|| {
                let once = once.clone();
                Timeout::new(delay_ms, move || once())
            });
            *pending.borrow_mut() = needed.then_some(once);
            move || {
                cancel.cancel();
                drop(timer);
                pending.borrow_mut().take();
            }
        });
    }
    use_effect_with((), move |()| {
        let listener = web_sys::window().and_then(|w| w.document()).map(|d| {
            EventListener::new(&d, "change", move |_| {
                let pending = pending.clone();
                spawn_local(async move {
                    after_next_paint(SETTLE_MS as i32).await;
                    let start = pending.borrow_mut().take();
                    if let Some(start) = start {
                        start();
                    }
                });
            })
        });
        move || drop(listener)
    });
}
