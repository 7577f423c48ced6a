//! "Tell me when this element's size changes": a ResizeObserver behind a guard. A chart keeps its
//! canvas's CSS size from it instead of reading `clientWidth` on every redraw, which forces the
//! browser to lay out the whole page in the middle of a slider move.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `changed(width, height)` (CSS px of the content box) when `target` is first laid out and
/// whenever its size changes. `None` where ResizeObserver is missing. Dropping the guard stops
/// watching.
pub fn watch_size(
    target: &web_sys::Element,
    mut changed: impl FnMut(f64, f64) + 'static,
) -> Option<SizeGuard> {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let newest = entries
            .iter()
            .filter_map(|e| e.dyn_into::<web_sys::ResizeObserverEntry>().ok())
            .next_back();
        if let Some(e) = newest {
            let r = e.content_rect();
            changed(r.width(), r.height());
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(target);
    Some(SizeGuard {
        observer,
        _callback: callback,
    })
}

/// Keeps an observer alive; dropping it disconnects.
pub struct SizeGuard {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for SizeGuard {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
