//! What is said of working offline: once the app does (the service worker took over),
//! and whenever the device loses its network. Not said on the shared kiosk.

use leptos::prelude::*;

use crate::browser::online;
use crate::i18n::UiText;
use crate::KIOSK_BUILD;

/// The last thing worth saying about the connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConnectionStatus {
    /// The app now works without a network, on this device.
    WorksOffline,
    /// The device has no network (the app and the plan stay available).
    Offline,
}

impl ConnectionStatus {
    /// What the person is told, in the interface's language.
    pub fn text(self, t: &UiText) -> &'static str {
        match self {
            ConnectionStatus::WorksOffline => t.offline_ready,
            ConnectionStatus::Offline => t.offline_now,
        }
    }
}

/// `Copy` handle, in context.
#[derive(Clone, Copy)]
pub struct Connection(RwSignal<Option<ConnectionStatus>>);

impl Connection {
    /// Follow the device's network (outside the kiosk).
    pub fn start() -> Self {
        let connection = Connection(RwSignal::new(None));
        if !KIOSK_BUILD {
            online::when_offline(move || connection.0.set(Some(ConnectionStatus::Offline)));
        }
        connection
    }

    /// The service worker took over: the app works offline from now on.
    pub fn works_offline(self) {
        if !KIOSK_BUILD {
            self.0.set(Some(ConnectionStatus::WorksOffline));
        }
    }

    /// What to say now, if anything (tracked).
    pub fn status(self) -> Option<ConnectionStatus> {
        self.0.get()
    }
}
