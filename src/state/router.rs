//! The app's router: the view on screen (`explore::ViewState`) and the browser's
//! address bar and history, kept in step, with what goes with each move: the page
//! title, the notice about an unknown item, and on Back the scroll and the focus.
//!
//! Only the router writes the view: others read it (`Router::state`) and ask for a
//! move (`go`, `type_query`, `back_to_list`, `reset`). The whole view lives in the
//! query string, so the router needs no server paths and works from any sub-path of
//! any static host: `history.pushState`/`replaceState` and `popstate` are enough.

use leptos::ev;
use leptos::prelude::*;

use plan_levis_core::explore::{Unknown, ViewState};
use plan_levis_core::kiosk::KioskConfig;
use plan_levis_core::lang::Lang;
use plan_levis_core::plan::{previous_item, previous_item_href, Plan};

use super::{page_title, Notice, NoticeArea};
use crate::browser::{history, language};
use crate::i18n::ui_text;
use crate::{previous_items, KIOSK_BUILD};

/// The view on screen and the moves between views. `Copy`, so every component can
/// hold one.
#[derive(Clone, Copy)]
pub struct Router {
    state: RwSignal<ViewState>,
    /// True while the person types a search: keystrokes replace the history entry
    /// instead of adding one each.
    typing: StoredValue<bool>,
    /// Kiosk mode: its parameters stay in the address, and its moves replace the
    /// history entry, so the next visitor cannot go back to what the previous one saw.
    kiosk: Option<KioskConfig>,
    /// Told when the address names an item the plan does not have; cleared by the
    /// next move.
    notice: NoticeArea,
    /// The plan, for the page title of each view (`page_title`).
    plan: &'static Plan,
    /// The page's own title (`index.html`), kept for the start view.
    start_title: &'static str,
}

impl Router {
    /// Start from the address the page was opened with, and follow back/forward; a
    /// kiosk starts from its start view whatever its address says.
    pub fn start(plan: &'static Plan, kiosk: Option<KioskConfig>, notice: NoticeArea) -> Self {
        let opened_with = if KIOSK_BUILD {
            String::new()
        } else {
            location_search()
        };
        let (mut first, unknown) = ViewState::read_query(&opened_with, plan);
        if first.lang.is_none() {
            // A kiosk does not read what earlier visitors chose.
            let remembered = if !KIOSK_BUILD {
                language::remembered()
            } else {
                None
            };
            first.lang = remembered
                .or_else(language::browser_language)
                .filter(|lang| *lang != Lang::default());
        }
        unknown_notice(notice, &first, unknown);
        let state = RwSignal::new(first);
        let typing = StoredValue::new(false);
        let router = Router {
            state,
            typing,
            kiosk,
            notice,
            plan,
            start_title: Box::leak(document().title().into_boxed_str()),
        };
        // Show the canonical form of what was understood (unknown values dropped).
        router.write_history(&state.get_untracked(), false);
        state.with_untracked(|first| router.name_page(first));
        let handle = window_event_listener(ev::popstate, move |_| {
            if KIOSK_BUILD && history::below_kiosk_top() {
                // Back at the kiosk (a swipe, a mouse's back button): undone.
                history::forward();
                return;
            }
            typing.set_value(false);
            let (next, unknown) = ViewState::read_query(&location_search(), plan);
            unknown_notice(notice, &next, unknown);
            router.name_page(&next);
            // Back to a view: as the person left it, scrolled where it was, the
            // keyboard on the link of the item they opened from it.
            let entry = history::current_entry();
            state.set(next);
            history::restore(entry.scroll, entry.left_for);
        });
        on_cleanup(move || handle.remove());
        router
    }

    fn write_history(self, state: &ViewState, push: bool) {
        let mut query = state.to_query();
        if let Some(kiosk) = self.kiosk.filter(|_| KIOSK_BUILD) {
            query.push(if query.is_empty() { '?' } else { '&' });
            query.push_str(&kiosk.to_query_pair());
        }
        let depth = history::current_entry().depth;
        let push = push && !KIOSK_BUILD;
        // How many item pages from the list: « Retour à la liste » goes back that far.
        let depth = match (push, state.item.is_some()) {
            (_, false) => 0,
            (true, true) => depth + 1,
            (false, true) => depth,
        };
        // Leaving a list for an item: its link gets the focus back on the way back.
        let from_list = self.state.with_untracked(|s| s.item.is_none());
        let opening = state.item.as_deref().filter(|_| from_list);
        history::write(&query, push, depth, opening);
    }

    /// « Retour à la liste »: back through the history to the list the person came from
    /// (as the browser's Back would: the same place in it), or, on an item opened from
    /// a link, to the list of the same filters.
    pub fn back_to_list(self) {
        match history::current_entry().depth {
            0 => self.go(self.state.with_untracked(ViewState::without_item)),
            depth => history::back(depth),
        }
    }

    /// The view on screen, to read (tracked or not); moves go through the router.
    pub fn state(self) -> ReadSignal<ViewState> {
        self.state.read_only()
    }

    /// Go to a new view: a new history entry, so Back returns here.
    pub fn go(self, next: ViewState) {
        self.typing.set_value(false);
        if next != self.state.get_untracked() {
            self.write_history(&next, true);
            self.moved(next);
        }
    }

    /// Show `next`. A notice about the address left behind goes with it (a change of
    /// language is a move too, so a notice is never in the other language).
    fn moved(self, next: ViewState) {
        self.notice.clear();
        self.name_page(&next);
        self.state.set(next);
    }

    fn name_page(self, state: &ViewState) {
        page_title::show(self.plan, state, self.start_title);
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

    /// Back to the start view, replacing the current history entry (kiosk reset).
    pub fn reset(self) {
        self.typing.set_value(false);
        let start = ViewState::default();
        self.write_history(&start, false);
        self.moved(start);
    }
}

/// Say when the address asks for what the plan does not have: an item (and where it
/// is when a previous edition has it; the kiosk publishes no previous edition to link
/// to), filters (left out of the view).
fn unknown_notice(notice: NoticeArea, state: &ViewState, unknown: Unknown) {
    let t = ui_text(state.lang.unwrap_or_default());
    let filters = match unknown.filters.len() {
        0 => None,
        1 => Some(t.quoted_list(t.unknown_filter, &unknown.filters)),
        _ => Some(t.quoted_list(t.unknown_filters, &unknown.filters)),
    };
    let item =
        unknown.item.map(
            |id| match previous_item(previous_items(), &id.to_ascii_lowercase()) {
                Some(old) => Notice {
                    text: t
                        .previous_item
                        .fill(&[("title", &old.title), ("period", &old.period)]),
                    link: (!KIOSK_BUILD).then(|| previous_item_href(old)),
                },
                None => Notice {
                    text: t.unknown_item.with("id", &id),
                    link: None,
                },
            },
        );
    match (item, filters) {
        (None, None) => notice.clear(),
        (None, Some(filters)) => notice.tell(filters),
        (Some(item), None) => notice.show(item),
        (Some(item), Some(filters)) => notice.show(Notice {
            text: format!("{} {filters}", item.text),
            link: item.link,
        }),
    }
}

/// The `href` for a view: a query string, or `./` for the default view, so that
/// links work under any sub-path.
pub fn href(state: &ViewState) -> String {
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
