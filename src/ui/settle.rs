//! When the reader has settled on a scenario: the moment the work a slider drag must not wait
//! for (the Monte Carlo ranges, "what drives this number") starts. One rule for all of it, so
//! that they start on the same signal.

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

/// When a committed change starts the work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnCommit {
    /// After the next paint, so the frame that shows what the change already changed is not
    /// held back: work longer than a frame's share (the Monte Carlo draws).
    AfterPaint,
    /// Right after the render the change causes, before that paint: work short enough to
    /// join the same frame ("what drives this number", a few milliseconds even on a phone),
    /// which then needs no frame of its own between the change and the draws.
    BeforePaint,
}

/// Where a slider gesture stands, for [`OnCommit::BeforePaint`]: an `input` event was seen
/// whose new key has not been rendered yet, and a `change` came before it was.
#[derive(Default)]
struct Gesture {
    awaiting_key: Cell<bool>,
    committed: Cell<bool>,
}

/// Calls `start` once per new `key` with `needed` true, once the reader has settled on it:
/// `delay_ms` after it arrived with no newer key since, or on a committed change (`on_commit`
/// says whether before or after the next paint), whichever comes first. Never before the
/// render of the key the change made: `start` is the one for the key on screen. The `Cancel`
/// given to `start` is cancelled by a newer key or when the component goes.
///
/// Before the paint means during that render when the change came in the same event as the
/// key's `input` (a slider let go with a new value, an arrow key): Yew renders at the end of
/// the microtask queue, but on a slow phone it may put the effects of a long render off to a
/// task after the paint.
#[hook]
pub fn use_settled<K, F>(key: K, needed: bool, delay_ms: u32, on_commit: OnCommit, start: F)
where
    K: PartialEq + Clone + 'static,
    F: Fn(Cancel) + 'static,
{
    // The start not yet made for the newest key, if any.
    let pending: Rc<RefCell<Option<Start>>> = use_mut_ref(|| None);
    let gesture: Rc<Gesture> = use_memo((), |()| Gesture::default());
    // The key started during its render, with its cancel.
    let early: Rc<RefCell<Option<(K, Cancel)>>> = use_mut_ref(|| None);
    if needed && on_commit == OnCommit::BeforePaint && gesture.committed.get() {
        let fresh = early.borrow().as_ref().is_none_or(|(k, _)| *k != key);
        if fresh {
            gesture.committed.set(false);
            gesture.awaiting_key.set(false);
            let cancel = Cancel::default();
            if let Some((_, old)) = early.replace(Some((key.clone(), cancel.clone()))) {
                old.cancel();
            }
            // A start still pending is the previous key's (its effect's cleanup may come a
            // task later, should Yew put the effects off): a later `change` must not make it.
            pending.borrow_mut().take();
            start(cancel);
        }
    }
    {
        let (pending, gesture, early) = (pending.clone(), gesture.clone(), early.clone());
        use_effect_with((key, needed), move |(key, needed)| {
            gesture.awaiting_key.set(false);
            // Started during this key's render, or not (an earlier key's is forgotten, so that
            // a return to that key starts again).
            let made = {
                let mut early = early.borrow_mut();
                if early.as_ref().is_some_and(|(k, _)| k != key) {
                    *early = None;
                }
                early.as_ref().map(|(_, c)| c.clone())
            };
            let cancel = made.clone().unwrap_or_default();
            let once: Start = {
                let (cancel, started) = (cancel.clone(), Cell::new(made.is_some()));
                Rc::new(move || {
                    if !started.replace(true) {
                        start(cancel.clone());
                    }
                })
            };
            let wait = *needed && made.is_none();
            let timer = wait.then(|| {
                let once = once.clone();
                Timeout::new(delay_ms, move || once())
            });
            *pending.borrow_mut() = wait.then_some(once);
            move || {
                cancel.cancel();
                drop(timer);
                pending.borrow_mut().take();
            }
        });
    }
    use_effect_with((), move |()| {
        let document = web_sys::window().and_then(|w| w.document());
        let input = document
            .as_ref()
            .filter(|_| on_commit == OnCommit::BeforePaint)
            .map(|d| {
                let gesture = gesture.clone();
                EventListener::new(d, "input", move |_| {
                    gesture.awaiting_key.set(true);
                    gesture.committed.set(false);
                })
            });
        let change = document.map(|d| {
            EventListener::new(&d, "change", move |_| {
                if on_commit == OnCommit::BeforePaint && gesture.awaiting_key.get() {
                    // The key this gesture makes is not rendered yet: its render starts it.
                    gesture.committed.set(true);
                    return;
                }
                let pending = pending.clone();
                spawn_local(async move {
                    if on_commit == OnCommit::AfterPaint {
                        after_next_paint(SETTLE_MS as i32).await;
                    }
                    let start = pending.borrow_mut().take();
                    if let Some(start) = start {
                        start();
                    }
                });
            })
        });
        move || drop((input, change))
    });
}
