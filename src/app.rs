//! The root component: it starts the app's state, puts it in context, and renders the
//! page in the current language.

use leptos::context::Provider;
use leptos::prelude::*;
use plan_levis_core::explore::{SearchIndex, View};

use crate::browser::plan_document::{self, StaticCopy};
use crate::browser::{self, current_year, language, share};
use crate::components::{
    AboutPage, DocumentPage, ExplorePage, GlossaryPage, ItemPage, KioskShell, MatrixPage,
    NotesPage, NotesProblem, UpdatePrompt, ViewTabs,
};
use crate::context::{
    connection, kiosk, lang, notes, notice, plan, router, ui, update, AppContext,
};
use crate::i18n::UiText;
use crate::state::{
    kiosk_settings, Connection, FilterPanelState, Notes, Notice, NoticeArea, ReadAloud, Router,
    UpdateReady,
};

/// The app. It takes the place of the page's static copy, keeping the parts of it that
/// its views show again.
#[component]
pub fn App() -> impl IntoView {
    let plan = plan();
    // These live as long as the page: leaking gives every view a cheap `&'static`.
    let index: &'static SearchIndex<'static> = Box::leak(Box::new(SearchIndex::new(plan)));
    let static_copy: &'static StaticCopy =
        Box::leak(Box::new(plan_document::take_from_static_copy()));
    // A constant `None` in the citizens' build: the compiler leaves the kiosk out.
    let kiosk = kiosk_settings();
    let notice = NoticeArea::default();
    let connection = Connection::start();
    let router = Router::start(plan, kiosk, notice);
    let notes = Notes::start();
    let state = router.state();
    let results = Memo::new(move |_| state.with(|s| index.run(s, &|id| notes.has(id))));
    provide_context(AppContext {
        router,
        results,
        search_terms: Memo::new(move |_| results.with(|r| r.terms.clone())),
        notes,
        notice,
        filter_panel: FilterPanelState::default(),
        // « Écouter », unless a kiosk turned it off.
        read_aloud: ReadAloud::start(kiosk.is_none_or(|k| k.read_aloud)),
        update: UpdateReady::start(move || connection.works_offline()),
        connection,
        static_copy,
        kiosk,
    });
    match kiosk {
        Some(config) => view! { <KioskShell config=config><LanguageRoot/></KioskShell> }.into_any(),
        None => view! { <LanguageRoot/> }.into_any(),
    }
}

/// The page in the current language; rebuilt whole when the language changes.
#[component]
fn LanguageRoot() -> impl IntoView {
    let state = router().state();
    let lang = Memo::new(move |_| state.with(|s| s.lang.unwrap_or_default()));
    move || {
        let lang = lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        // The page's language, for `context::lang` and `ui` in every view below.
        view! { <Provider value=lang><PageInLanguage/></Provider> }
    }
}

#[component]
fn PageInLanguage() -> impl IntoView {
    let plan = plan();
    let t = ui();
    let router = router();
    let state = router.state();
    let update = update();
    let notice = notice();
    let connection = connection();
    let kiosk = kiosk();
    let view = Memo::new(move |_| state.with(|s| (s.view, s.item.clone())));
    let switch_language = move |_| {
        let next = lang().other();
        if kiosk.is_none() {
            language::remember(next);
        }
        router.go(state.get_untracked().with_lang(next));
    };
    view! {
        <a class="skip-link" href="#contenu">{t.skip_to_content}</a>
        <UpdatePrompt ready=update/>
        <header class="site-header">
            <div class="header-text" lang="fr">
                <p class="publisher">{plan.publisher.as_str()}</p>
                <p class="site-title">{plan.title.as_str()}</p>
                <p class="subtitle">{plan.subtitle.as_str()}</p>
                {edition_period(t)}
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
            {kiosk.is_none().then(|| view! {
                <button type="button" class="share-button" on:click=move |_| share::share_view(t, &state.get_untracked(), move || notice.tell(t.link_copied.to_owned()))>
                    {t.share}
                </button>
            })}
        </header>
        <p class="print-header">
            {t.print_view_of} " " <span lang="fr">{plan.subtitle.as_str()}</span> " — "
            // The address as people read it (« accès », not « acc%C3%A8s »).
            {move || {
                state.track();
                let href = window().location().href().unwrap_or_default();
                js_sys::decode_uri(&href).map_or(href, String::from)
            }}
        </p>
        <ViewTabs/>
        <main id="contenu" tabindex="-1">
            {(!t.official_text_note.is_empty()).then(|| view! { <p class="official-text-note">{t.official_text_note}</p> })}
            <NotesProblem/>
            // A live region from the start: a screen reader announces what appears in it
            // (a region added with its text already in it is often not announced).
            <div class="address-notice" role="status">
                {move || notice.current().map(|Notice { text, link }| view! {
                    <p class="notice">
                        {text}
                        {link.map(|href| view! { " " <a href=href>{t.open_in_edition}</a> })}
                    </p>
                })}
            </div>
            {move || match view.get() {
                (_, Some(id)) => view! { <ItemPage id=id/> }.into_any(),
                (View::Explore, None) => view! { <ExplorePage/> }.into_any(),
                (View::Document, None) => view! { <DocumentPage/> }.into_any(),
                (View::Notes, None) if notes().enabled() => view! { <NotesPage/> }.into_any(),
                (View::Notes, None) => view! { <ExplorePage/> }.into_any(),
                (View::Matrix, None) => view! { <MatrixPage/> }.into_any(),
                (View::Glossary, None) => view! { <GlossaryPage/> }.into_any(),
                (View::About, None) => view! { <AboutPage/> }.into_any(),
            }}
        </main>
        // Whether the app works offline: a live region of its own, so that it never
        // takes the place of a notice about the address; outside `main`, whose
        // container query would hold this fixed bar instead of the screen.
        <p class="connection-status" role="status">
            {move || {
                // Once this text is drawn, the page keeps room for the bar at the
                // foot of the screen, so that it covers no control.
                request_animation_frame(browser::keep_room_for_status_bar);
                connection.status().map(|status| status.text(t))
            }}
        </p>
        <footer class="site-footer">
            <p>{t.footer(plan)}</p>
        </footer>
    }
}

/// The years the plan covers; once they are over on the person's device, that no newer
/// plan is published here (the app is always built from the latest edition in `data/`).
fn edition_period(t: &'static UiText) -> impl IntoView {
    plan().years().map(|(first, last)| {
        let over = plan().period_over(current_year());
        view! {
            <p class="edition-period" class:period-over=over lang=t.lang.code()>
                {t.edition_period(first, last, over)}
            </p>
        }
    })
}
