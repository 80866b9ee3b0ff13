//! Offline support: registers the service worker (`public/sw.js`, given the build's file
//! list by postbuild/run.mjs), says when a new version waits, and reloads once it takes
//! over. `state::UpdateReady` keeps the waiting version.

use leptos::prelude::window;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

/// Ask a waiting worker to take over (the page then reloads: `register`).
pub fn skip_waiting(worker: &ServiceWorker) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
    let _ = worker.post_message(&message);
}

/// Ask the server whether `sw.js` changed (the browser itself asks only when a page
/// loads): if it did, the new version installs and `register`'s `waiting` hears of it.
/// Offline, or without a service worker, nothing happens.
pub fn look_for_update() {
    let navigator = window().navigator();
    if !super::has(&navigator, "serviceWorker") {
        return;
    }
    let Ok(ready) = navigator.service_worker().ready() else {
        return;
    };
    leptos::task::spawn_local(async move {
        let registration = wasm_bindgen_futures::JsFuture::from(ready).await;
        let Ok(registration) = registration.map(ServiceWorkerRegistration::from) else {
            return;
        };
        if let Ok(checked) = registration.update() {
            // Awaited, so that a failure (no network) is not reported as uncaught.
            let _ = wasm_bindgen_futures::JsFuture::from(checked).await;
        }
    });
}

/// Register the service worker where the browser supports it (and the page is on
/// HTTPS or localhost). `waiting` is called with each new version once it is installed
/// (never on the very first visit, which has nothing to replace); the page loads again
/// when a new version takes over (`skip_waiting`): the citizens' page reloads as it is,
/// the kiosk's is loaded afresh at its address, which its reset has cleared.
/// `offline_ready` is called when the first version takes over: from then on the app
/// works without a network.
pub fn register(
    waiting: impl Fn(ServiceWorker) + Clone + 'static,
    offline_ready: impl Fn() + 'static,
) {
    let navigator = window().navigator();
    if !super::has(&navigator, "serviceWorker") {
        return;
    }
    let container = navigator.service_worker();
    // A page opened before any worker (a first visit) is taken over once by the first
    // one; any later change is a new version (a kiosk runs for weeks from its first
    // visit).
    let mut had_controller = container.controller().is_some();
    // When the new worker takes control after the person asked, load the new version.
    let on_controller_change = Closure::<dyn FnMut()>::new(move || {
        if had_controller && crate::KIOSK_BUILD {
            super::load_afresh();
        } else if had_controller {
            let _ = window().location().reload();
        } else {
            had_controller = true;
            offline_ready();
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();

    // If registration fails, nothing happens: the app works as before, only not offline.
    let registered = wasm_bindgen_futures::JsFuture::from(container.register("./sw.js"));
    leptos::task::spawn_local(async move {
        // (A browser whose service workers are turned off may fulfil it with nothing.)
        let Some(registration) = registered
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
        else {
            return;
        };
        let offer = move |worker: ServiceWorker| {
            // Only an update: on the very first visit there is nothing to replace.
            if window().navigator().service_worker().controller().is_some() {
                waiting(worker);
            }
        };
        if let Some(waiting) = registration.waiting() {
            offer(waiting);
        }
        let reg = registration.clone();
        let on_update_found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = reg.installing() else {
                return;
            };
            let worker = installing.clone();
            let offer = offer.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed {
                    offer(worker.clone());
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        on_update_found.forget();
    });
}
