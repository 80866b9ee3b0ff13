//! What every view reads, and the plan. The root component (`app`) creates the app's
//! state and provides it here once, as one `AppContext` of small `Copy` handles (one
//! context lookup for all of them: each context type costs wasm); the components read
//! it through the accessors below.

use leptos::prelude::*;
use plan_levis_core::explore::SearchResults;
use plan_levis_core::kiosk::KioskConfig;
use plan_levis_core::lang::Lang;
use plan_levis_core::plan::Plan;

use crate::browser::plan_document::StaticCopy;
use crate::i18n::{self, KioskText, UiText};
use crate::state::{
    Connection, FilterPanelState, Notes, NoticeArea, ReadAloud, Router, UpdateReady,
};

/// Every handle to the app's state (`src/state/`), and what is derived from it.
#[derive(Clone, Copy)]
pub struct AppContext {
    pub router: Router,
    /// What the current view shows; recomputed only when the view changes.
    pub results: Memo<SearchResults<'static>>,
    /// The folded words of the current search, for highlighting (apart from the
    /// results, so that texts are marked again only when the words change).
    pub search_terms: Memo<Vec<String>>,
    pub notes: Notes,
    pub notice: NoticeArea,
    pub filter_panel: FilterPanelState,
    pub read_aloud: ReadAloud,
    pub update: UpdateReady,
    pub connection: Connection,
    pub static_copy: &'static StaticCopy,
    /// The kiosk's settings (`state::kiosk`): `None` outside the kiosk's build.
    pub kiosk: Option<KioskConfig>,
}

fn app() -> AppContext {
    expect_context::<AppContext>()
}

/// The app's context, outside the app too (none when the static copy is rendered at
/// build time).
pub fn app_if_any() -> Option<AppContext> {
    use_context::<AppContext>()
}

/// The plan shipped with the app (baked into the wasm at build time).
pub fn plan() -> &'static Plan {
    // `render-static` also renders previous editions: the plan it renders, if another.
    #[cfg(feature = "static-render")]
    if let Some(Edition(plan)) = use_context::<Edition>() {
        return plan;
    }
    crate::embedded_plan()
}

/// The edition `render-static` renders, when it is not the one baked into the app
/// (a previous edition, published read-only at `editions/<period>/`).
#[cfg(feature = "static-render")]
#[derive(Clone, Copy)]
pub struct Edition(pub &'static Plan);

/// The interface language. Inside the page (`app::LanguageRoot`, rebuilt whole when
/// the language changes), the language it is built in. Outside it (the kiosk's attract
/// screen and warning, built anew each time they appear), the router's language at the
/// moment of the call; French where there is no app (the static copy rendered at build
/// time).
pub fn lang() -> Lang {
    use_context::<Lang>()
        .or_else(|| app_if_any().and_then(|app| app.router.state().with_untracked(|s| s.lang)))
        .unwrap_or_default()
}

/// The interface text of the current language (`lang`).
pub fn ui() -> &'static UiText {
    i18n::ui_text(lang())
}

/// The kiosk's own text in the current language.
pub fn kiosk_ui() -> &'static KioskText {
    i18n::kiosk_text(lang())
}

pub fn connection() -> Connection {
    app().connection
}

pub fn results() -> Memo<SearchResults<'static>> {
    app().results
}

pub fn router() -> Router {
    app().router
}

pub fn notes() -> Notes {
    app().notes
}

pub fn notice() -> NoticeArea {
    app().notice
}

pub fn read_aloud() -> ReadAloud {
    app().read_aloud
}

pub fn filter_panel() -> FilterPanelState {
    app().filter_panel
}

pub fn update() -> UpdateReady {
    app().update
}

/// The parts of the static copy that views show again (the whole plan, the glossary,
/// the open data's links).
pub fn static_copy() -> &'static StaticCopy {
    app().static_copy
}

/// Kiosk mode settings: `None` outside the kiosk's build (a constant there).
pub fn kiosk() -> Option<KioskConfig> {
    if crate::KIOSK_BUILD {
        app().kiosk
    } else {
        None
    }
}
