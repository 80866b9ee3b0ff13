//! A new version of the app, installed by the service worker, waiting for the person's
//! go-ahead (`UpdatePrompt`; the kiosk takes it between two visitors, and asks the
//! server for it itself: a kiosk is never reloaded by hand).

use leptos::prelude::*;
use web_sys::ServiceWorker;

use crate::browser::service_worker;

/// `Copy` handle, in context.
#[derive(Clone, Copy)]
pub struct UpdateReady(RwSignal<Option<ServiceWorker>, LocalStorage>);

impl UpdateReady {
    /// Register the service worker, and keep the new version it installs;
    /// `works_offline` runs when the first version takes over.
    pub fn start(works_offline: impl Fn() + 'static) -> Self {
        let ready = UpdateReady(RwSignal::new_local(None));
        service_worker::register(move |worker| ready.0.set(Some(worker)), works_offline);
        ready
    }

    /// Whether a new version waits (tracked).
    pub fn is_ready(self) -> bool {
        self.0.with(Option::is_some)
    }

    /// Ask the server for a new version now (the browser itself asks only when a page
    /// loads): one found installs in the background, then `is_ready`.
    pub fn look_for_one(self) {
        service_worker::look_for_update();
    }

    /// Switch to the new version: the waiting worker takes over, then the page loads
    /// again, so no page ever runs files of two versions.
    pub fn apply(self) {
        if let Some(worker) = self.0.get_untracked() {
            service_worker::skip_waiting(&worker);
        }
    }
}
