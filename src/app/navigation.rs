//! The view state and the browser's address bar, kept in step.
//!
//! The state lives in the query string (see `explore::ViewState`). This adapter is
//! small on purpose: the app has no server paths, so it must work from any sub-path
//! of any static host; it only needs `history.pushState`/`replaceState` and the
//! `popstate` event.

use leptos::ev;
use leptos::prelude::*;

use crate::explore::ViewState;
use crate::i18n::Lang;
use crate::kiosk::KioskConfig;
use crate::plan::Plan;

/// Reads and changes the view. `Copy`, so every view can hold one.
#[derive(Clone, Copy)]
pub struct Navigator {
    state: RwSignal<ViewState>,
    /// True while the person types a search: keystrokes replace the history entry
    /// instead of adding one each.
    typing: StoredValue<bool>,
    /// Kiosk mode: its parameters stay in the address, and history never grows, so
    /// the next visitor cannot go back to what the previous one saw.
    kiosk: Option<KioskConfig>,
    /// The item id of the address the page was opened with, when the plan has no such
    /// item; cleared by the next move.
    unknown_item: RwSignal<Option<String>>,
}

impl Navigator {
    /// Start from the address the page was opened with, and follow back/forward.
    pub fn start(plan: &'static Plan, kiosk: Option<KioskConfig>) -> Self {
        let (mut first, unknown) = ViewState::read_query(&location_search(), plan);
        let unknown_item = RwSignal::new(unknown);
        if first.lang.is_none() {
            // A kiosk does not read what earlier visitors chose.
            let remembered = if kiosk.is_none() {
                super::language::remembered()
            } else {
                None
            };
            first.lang = remembered
                .or_else(super::language::browser_language)
                .filter(|lang| *lang != Lang::default());
        }
        let state = RwSignal::new(first);
        let typing = StoredValue::new(false);
        let nav = Navigator {
            state,
            typing,
            kiosk,
            unknown_item,
        };
        // Show the canonical form of what was understood (unknown values dropped).
        nav.write_history(&state.get_untracked(), false);
        let handle = window_event_listener(ev::popstate, move |_| {
            typing.set_value(false);
            let (next, unknown) = ViewState::read_query(&location_search(), plan);
            unknown_item.set(unknown);
            state.set(next);
        });
        on_cleanup(move || handle.remove());
        nav
    }

    fn write_history(self, state: &ViewState, push: bool) {
        let mut query = state.to_query();
        if let Some(kiosk) = self.kiosk {
            for (key, value) in kiosk.to_query_pairs() {
                query.push(if query.is_empty() { '?' } else { '&' });
                query.push_str(&cat!(key, "=", value));
            }
        }
        write_history(&query, push && self.kiosk.is_none());
    }

    pub fn state(self) -> RwSignal<ViewState> {
        self.state
    }

    /// Go to a new view: a new history entry, so Back returns here.
    pub fn go(self, next: ViewState) {
        self.typing.set_value(false);
        if next != self.state.get_untracked() {
            self.write_history(&next, true);
            self.moved(next);
        }
    }

    /// Show `next`. The person has left the address that named an unknown item.
    fn moved(self, next: ViewState) {
        if self.unknown_item.with_untracked(Option::is_some) {
            self.unknown_item.set(None);
        }
        self.state.set(next);
    }

    /// A new search text. The first keystroke adds a history entry, the next ones
    /// replace it.
    pub fn type_query(self, query: &str) {
        let next = self.state.get_untracked().with_query(query);
        self.write_history(&next, !self.typing.get_value());
        self.typing.set_value(true);
        self.moved(next);
    }

    /// The person left the search box: the next keystroke starts a new entry.
    pub fn end_typing(self) {
        self.typing.set_value(false);
    }

    /// The item id the current address asked for, when the plan has none such.
    pub fn unknown_item(self) -> RwSignal<Option<String>> {
        self.unknown_item
    }

    pub fn kiosk(self) -> Option<KioskConfig> {
        self.kiosk
    }

    /// Back to the start view, replacing the current history entry (kiosk reset).
    pub fn reset(self) {
        self.typing.set_value(false);
        let start = ViewState::default();
        self.write_history(&start, false);
        self.moved(start);
    }
}

/// The `href` for a view: a query string, or `./` for the default view, so that
/// links work under any sub-path.
fn href(state: &ViewState) -> String {
    let query = state.to_query();
    if query.is_empty() {
        "./".to_owned()
    } else {
        query
    }
}

fn location_search() -> String {
    window().location().search().unwrap_or_default()
}

fn write_history(query: &str, push: bool) {
    let Ok(history) = window().history() else {
        return;
    };
    let pathname = window().location().pathname().unwrap_or_default();
    let url = cat!(pathname, query);
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// A link to another view: a real `<a href>` (it can be opened in a new tab,
/// copied, or read by a screen reader as a link) that switches views in place.
#[component]
pub fn ViewLink(
    /// The view to go to.
    to: ViewState,
    #[prop(optional, into)] class: Option<String>,
    #[prop(optional, into)] aria_label: Option<String>,
    #[prop(default = None)] aria_current: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let nav = expect_context::<Navigator>();
    let link = href(&to);
    let on_click = move |ev: ev::MouseEvent| {
        if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
            ev.prevent_default();
            nav.go(to.clone());
        }
    };
    view! {
        <a href=link class=class aria-label=aria_label aria-current=aria_current on:click=on_click>
            {children()}
        </a>
    }
}
