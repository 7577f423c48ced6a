//! "Tell me when this element's size changes": a ResizeObserver behind a guard. A chart keeps its
//! canvas's CSS size from it instead of reading `clientWidth` on every redraw, which forces the
//! browser to lay out the whole page in the middle of a slider move.

use crate::ui::observer::{newest, Watching};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `changed(width, height)` (CSS px of the content box) when `target` is first laid out and
/// whenever its size changes. `None` where ResizeObserver is missing. Dropping the guard stops
/// watching.
pub fn watch_size(
    target: &web_sys::Element,
    mut changed: impl FnMut(f64, f64) + 'static,
) -> Option<Watching<web_sys::ResizeObserver>> {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(e) = newest::<web_sys::ResizeObserverEntry>(&entries) {
            let r = e.content_rect();
            changed(r.width(), r.height());
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(target);
    Some(Watching {
        observer,
        _callback: callback,
    })
}
