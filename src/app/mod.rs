//! The root component and the context every view reads.

pub mod files;
mod language;
mod navigation;
mod notes_state;
mod service_worker;
mod share;

use service_worker::UpdatePrompt;
pub use service_worker::UpdateReady;

pub use navigation::{Navigator, ViewLink};
pub use notes_state::{format_date, now_ms, Notes};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{
    AboutPage, ExplorePage, GlossaryPage, ItemPage, KioskShell, MatrixPage, NotesPage,
    NotesProblem, SearchTerms, ViewTabs,
};
use crate::explore::{SearchIndex, SearchResults, View};
use crate::i18n::{KioskText, Lang, UiText};
use crate::kiosk::{KioskConfig, KIOSK_BUILD};
use crate::plan::{self as model, Plan};

/// The plan shipped with the app (baked into the wasm at build time).
pub fn plan() -> &'static Plan {
    model::embedded()
}

/// The interface language of the current view (French outside the app, e.g. when the
/// static page is rendered at build time).
pub fn lang() -> Lang {
    use_context::<Navigator>()
        .and_then(|nav| nav.state().with_untracked(|s| s.lang))
        .unwrap_or_default()
}

/// The interface text of the current language. Read once per render: the page is
/// rebuilt when the language changes.
pub fn ui() -> &'static UiText {
    lang().text()
}

/// The kiosk's own text in the current language.
pub fn kiosk_ui() -> &'static KioskText {
    lang().kiosk_text()
}

/// What the current view state shows; recomputed only when the state changes.
pub fn results() -> Memo<SearchResults<'static>> {
    expect_context::<Memo<SearchResults<'static>>>()
}

pub fn navigator() -> Navigator {
    expect_context::<Navigator>()
}

pub fn notes() -> Notes {
    expect_context::<Notes>()
}

/// Whether the browser gives `object` this property (a feature it may not have, such
/// as `navigator.share` or `Blob.text`): calling one it lacks would throw.
pub fn has(object: &wasm_bindgen::JsValue, name: &str) -> bool {
    js_sys::Reflect::has(object, &name.into()).unwrap_or(false)
}

/// Move the keyboard focus to the element with this id once the current render is on
/// screen (and first scroll to the top, for a new page), as a page load would.
pub fn focus_when_shown(id: &'static str, scroll_to_top: bool) {
    request_animation_frame(move || {
        if scroll_to_top {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        if let Some(element) = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}

/// Kiosk mode settings (see `Navigator::kiosk`).
pub fn kiosk() -> Option<KioskConfig> {
    navigator().kiosk()
}

#[component]
pub fn App() -> impl IntoView {
    let plan = model::embedded();
    // Lives as long as the page: leaking gives every view a cheap `&'static`.
    let index: &'static SearchIndex<'static> = Box::leak(Box::new(SearchIndex::new(plan)));
    // A constant `None` in the citizens' build: the compiler leaves the kiosk out.
    let kiosk = KIOSK_BUILD
        .then(|| KioskConfig::from_query(&window().location().search().unwrap_or_default()));
    let nav = Navigator::start(plan, kiosk);
    provide_context(nav);
    let update = service_worker::register();
    provide_context(update);
    let notes = Notes::start();
    provide_context(notes);
    let state = nav.state();
    let results = Memo::new(move |_| state.with(|s| index.run(s, &|id| notes.has(id))));
    provide_context(results);
    provide_context(SearchTerms(Memo::new(move |_| {
        results.with(|r| r.terms.clone())
    })));
    match kiosk {
        Some(config) => view! { <KioskShell config=config><PlanPage/></KioskShell> }.into_any(),
        None => view! { <PlanPage/> }.into_any(),
    }
}

/// The page in the current language; rebuilt whole when the language changes.
#[component]
fn PlanPage() -> impl IntoView {
    let state = navigator().state();
    let current = Memo::new(move |_| state.with(|s| s.lang.unwrap_or_default()));
    move || {
        let lang = current.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        view! { <PageInLanguage/> }
    }
}

#[component]
fn PageInLanguage() -> impl IntoView {
    let plan = plan();
    let t = ui();
    let nav = navigator();
    let state = nav.state();
    let update = expect_context::<UpdateReady>();
    let view = Memo::new(move |_| state.with(|s| (s.view, s.item.clone())));
    let switch_language = move |_| {
        let next = lang().other();
        if nav.kiosk().is_none() {
            language::remember(next);
        }
        nav.go(state.get_untracked().with_lang(next));
    };
    view! {
        <a class="skip-link" href="#contenu">{t.skip_to_content}</a>
        <UpdatePrompt ready=update/>
        <header class="site-header">
            <div class="header-text" lang="fr">
                <p class="publisher">{plan.publisher.as_str()}</p>
                <p class="site-title">{plan.title.as_str()}</p>
                <p class="subtitle">{plan.subtitle.as_str()}</p>
            </div>
            <button
                type="button"
                class="language-switch"
                lang=t.other_language_code
                title=t.language_switch_hint
                on:click=switch_language
            >
                {t.other_language}
            </button>
            // A kiosk shares nothing: no link leaves the shared screen.
            {nav.kiosk().is_none().then(|| view! {
                <button type="button" class="share-button" on:click=move |_| share::share_view(nav, t)>
                    {t.share}
                </button>
            })}
        </header>
        <p class="print-header">
            {t.print_view_of} " " <span lang="fr">{plan.subtitle.as_str()}</span> " — "
            {move || {
                state.track();
                window().location().href().unwrap_or_default()
            }}
        </p>
        <ViewTabs/>
        <main id="contenu" tabindex="-1">
            {(!t.official_text_note.is_empty()).then(|| view! { <p class="official-text-note">{t.official_text_note}</p> })}
            <NotesProblem/>
            // A live region from the start: a screen reader announces what appears in it
            // (a region added with its text already in it is often not announced).
            <div class="address-notice" role="status">
                {move || nav.notice().get().map(|text| view! { <p class="notice">{text}</p> })}
            </div>
            {move || match view.get() {
                (_, Some(id)) => view! { <ItemPage id=id/> }.into_any(),
                (View::Plan, None) => view! { <ExplorePage/> }.into_any(),
                (View::Notes, None) if notes().enabled() => view! { <NotesPage/> }.into_any(),
                (View::Notes, None) => view! { <ExplorePage/> }.into_any(),
                (View::Matrix, None) => view! { <MatrixPage/> }.into_any(),
                (View::Glossary, None) => view! { <GlossaryPage/> }.into_any(),
                (View::About, None) => view! { <AboutPage/> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>{t.footer_text}</p>
        </footer>
    }
}
