//! What the page's observers (ResizeObserver, IntersectionObserver) share: the newest entry of a
//! callback, and a guard that keeps an observer and its callback alive and disconnects on drop.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The last entry of a callback's list that is a `T` (several for one target: the last is the
/// newest).
pub fn newest<T: JsCast>(entries: &js_sys::Array) -> Option<T> {
    entries
        .iter()
        .filter_map(|e| e.dyn_into::<T>().ok())
        .next_back()
}

/// An observer that can stop watching.
pub trait Disconnect {
    fn disconnect(&self);
}

impl Disconnect for web_sys::ResizeObserver {
    fn disconnect(&self) {
        web_sys::ResizeObserver::disconnect(self);
    }
}

impl Disconnect for web_sys::IntersectionObserver {
    fn disconnect(&self) {
        web_sys::IntersectionObserver::disconnect(self);
    }
}

/// Keeps an observer alive; dropping it disconnects.
pub struct Watching<O: Disconnect> {
    pub(crate) observer: O,
    pub(crate) _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl<O: Disconnect> Drop for Watching<O> {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
