//! A new version of the app, installed by the service worker, waiting for the person's
//! go-ahead (`UpdatePrompt`; the kiosk takes it at its next reset). Also what is said
//! of working offline: once the app does, and when the device is offline.

use leptos::prelude::*;
use web_sys::ServiceWorker;

use crate::browser::{online, service_worker};
use crate::i18n::UiText;

/// `Copy` handle, in context.
#[derive(Clone, Copy)]
pub struct UpdateReady(RwSignal<Option<ServiceWorker>, LocalStorage>);

impl UpdateReady {
    /// Register the service worker, and keep the new version it installs; `say` tells
    /// the person once the app works offline, and whenever the device goes offline.
    pub fn start(say: impl Fn(fn(&UiText) -> &'static str) + Clone + 'static) -> Self {
        let ready = UpdateReady(RwSignal::new_local(None));
        let said = say.clone();
        service_worker::register(
            move |worker| ready.0.set(Some(worker)),
            move || said(|t| t.offline_ready),
        );
        online::when_offline(move || say(|t| t.offline_now));
        ready
    }

    /// Whether a new version waits (tracked).
    pub fn is_ready(self) -> bool {
        self.0.with(Option::is_some)
    }

    /// Switch to the new version: the waiting worker takes over, then the page reloads,
    /// so no page ever runs files of two versions.
    pub fn apply(self) {
        if let Some(worker) = self.0.get_untracked() {
            service_worker::skip_waiting(&worker);
        }
    }
}
