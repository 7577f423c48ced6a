//! Long computations cut into short tasks. A task longer than 50 ms blocks input (Lighthouse
//! counts it as blocking time); 400 Monte Carlo draws take about 60 ms of WebAssembly on a laptop
//! and four times that on a mid-range phone, so they run a few milliseconds at a time, with the
//! browser free to paint and handle input in between. A newer change cancels the rest.

use crate::data::DATASET;
use crate::model::{Evaluation, Options, Outcome, Scenario};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Work per task, in milliseconds: well under the 50 ms of a long task even on a phone four
/// times slower than the machine it is measured on.
const TASK_MS: f64 = 8.0;
/// Draws between two looks at the clock (a draw is 0.1–0.3 ms).
const DRAWS_PER_LOOK: usize = 5;

/// Set when the result is no longer wanted (a newer change, the component gone).
#[derive(Clone, Default)]
pub struct Cancel(Rc<Cell<bool>>);

impl Cancel {
    pub fn cancel(&self) {
        self.0.set(true);
    }
    pub fn is_cancelled(&self) -> bool {
        self.0.get()
    }
}

/// The page's clock, in ms (`performance.now()`; 0 where there is none).
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Resolves in a new task. A message to oneself, not `setTimeout(0)`: the browser clamps nested
/// timeouts to 4 ms each, which over 20 tasks would add 80 ms of waiting.
pub async fn next_task() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        channel.port1().set_onmessage(Some(resolve.unchecked_ref()));
        // Nothing to do if posting fails: the loop then simply goes on in this task.
        if channel.port2().post_message(&JsValue::NULL).is_err() {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
    channel.port1().set_onmessage(None);
}

/// Resolves in a task after the next frame is painted (a frame callback, then a new task), or
/// after `fallback_ms` if no frame comes (a hidden page paints none). Work started then does
/// not hold back the frame that shows what the last change already changed.
pub async fn after_next_paint(fallback_ms: i32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        // Either call may come first; resolving twice is harmless.
        let _ = window.request_animation_frame(&resolve);
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, fallback_ms.max(0));
    });
    let _ = JsFuture::from(promise).await;
    next_task().await;
}

/// True when the current task has run for its share and should hand back to the browser.
pub struct Budget(f64);

impl Budget {
    pub fn start() -> Budget {
        Budget(now())
    }
    pub fn spent(&self) -> bool {
        now() - self.0 >= TASK_MS
    }
    /// Once this task has had its share, hands back to the browser and starts a new share in
    /// a new task; `None` if the work was cancelled meanwhile.
    async fn next_share_if_spent(&mut self, cancel: &Cancel) -> Option<()> {
        if self.spent() {
            next_task().await;
            if cancel.is_cancelled() {
                return None;
            }
            *self = Budget::start();
        }
        Some(())
    }
}

/// `s` evaluated with `opts`, its draws spread over short tasks; `None` if cancelled first.
pub async fn evaluate_in_tasks(s: Scenario, opts: Options, cancel: &Cancel) -> Option<Rc<Outcome>> {
    // Boxed: the evaluation is 30 KB, too much to keep in the future itself.
    let mut e = Box::new(Evaluation::new(s, &DATASET, &opts));
    let mut budget = Budget::start();
    while !e.step(DRAWS_PER_LOOK) {
        budget.next_share_if_spent(cancel).await?;
    }
    Some(Rc::new(e.finish()))
}
