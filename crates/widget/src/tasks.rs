//! Scheduling work in the browser's own tasks, so heavy steps do not share
//! one long task: after the next paint, or when the page is idle.

use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `f` in a new task after the browser has had a chance to paint.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return f() };
    let frame = Closure::once_into_js(move || Timeout::new(0, f).forget());
    if window.request_animation_frame(frame.unchecked_ref()).is_err() {
        web_sys::console::error_1(&"raikit: requestAnimationFrame failed".into());
    }
}

/// Runs `f` when the page is idle (or soon, where the browser cannot tell).
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return f() };
    let f = Rc::new(RefCell::new(Some(f)));
    let idle = {
        let f = f.clone();
        Closure::once_into_js(move || {
            if let Some(f) = f.borrow_mut().take() {
                f();
            }
        })
    };
    if window.request_idle_callback(idle.unchecked_ref()).is_err() {
        Timeout::new(0, move || {
            if let Some(f) = f.borrow_mut().take() {
                f();
            }
        })
        .forget();
    }
}
