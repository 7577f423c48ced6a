//! "Call me when this element comes near the screen": an IntersectionObserver behind a guard.
//! Work the reader may never scroll to (the sources' titles, charts below a phone's first screen)
//! waits for it instead of competing with the first screen.

use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `seen` once `target` is within `margin` (CSS, e.g. `"200px"`) of the viewport. `None`
/// where IntersectionObserver is missing: the caller should then do the work at once.
/// Dropping the guard stops watching.
pub fn when_on_screen(
    target: &web_sys::Element,
    margin: &str,
    seen: impl FnOnce() + 'static,
) -> Option<ScreenGuard> {
    let seen = RefCell::new(Some(seen));
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let visible = entries.iter().any(|e| {
            e.dyn_into::<web_sys::IntersectionObserverEntry>()
                .is_ok_and(|e| e.is_intersecting())
        });
        if visible {
            if let Some(f) = seen.borrow_mut().take() {
                f();
            }
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(margin);
    let observer = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    )
    .ok()?;
    observer.observe(target);
    Some(ScreenGuard {
        observer,
        _callback: callback,
    })
}

/// Keeps an observer alive; dropping it disconnects.
pub struct ScreenGuard {
    observer: web_sys::IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for ScreenGuard {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
