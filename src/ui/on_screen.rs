//! "Call me when this element comes near the screen": an IntersectionObserver behind a guard.
//! Work the reader may never scroll to (the sources' titles, charts below a phone's first screen)
//! waits for it instead of competing with the first screen.

use crate::ui::observer::{newest, Watching};
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
) -> Option<Watching<web_sys::IntersectionObserver>> {
    let seen = RefCell::new(Some(seen));
    watch_on_screen(target, margin, move |near| {
        if near {
            if let Some(f) = seen.borrow_mut().take() {
                f();
            }
        }
    })
}

/// Calls `changed(near)` each time `target` comes within `margin` of the viewport (`true`) or
/// leaves it (`false`), starting with where it is now. `None` where IntersectionObserver is
/// missing. Dropping the guard stops watching.
pub fn watch_on_screen(
    target: &web_sys::Element,
    margin: &str,
    mut changed: impl FnMut(bool) + 'static,
) -> Option<Watching<web_sys::IntersectionObserver>> {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let near =
            newest::<web_sys::IntersectionObserverEntry>(&entries).map(|e| e.is_intersecting());
        if let Some(near) = near {
            changed(near);
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
    Some(Watching {
        observer,
        _callback: callback,
    })
}
