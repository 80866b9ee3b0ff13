//! The root component: it starts the app's state, puts it in context, and renders the
//! page in the current language.

use leptos::prelude::*;
use plan_levis_core::explore::{SearchIndex, View};
use plan_levis_core::kiosk::KioskConfig;

use crate::browser::{language, service_worker, share, speech};
use crate::components::{
    AboutPage, DocumentPage, ExplorePage, GlossaryPage, ItemPage, KioskShell, MatrixPage,
    NotesPage, NotesProblem, SearchTerms, UpdatePrompt, ViewTabs,
};
use crate::context::{lang, notes, plan, ui, view_history};
use crate::state::{Notes, ViewHistory};
use crate::KIOSK_BUILD;

#[component]
pub fn App() -> impl IntoView {
    let plan = plan();
    // Lives as long as the page: leaking gives every view a cheap `&'static`.
    let index: &'static SearchIndex<'static> = Box::leak(Box::new(SearchIndex::new(plan)));
    // A constant `None` in the citizens' build: the compiler leaves the kiosk out.
    let kiosk = KIOSK_BUILD
        .then(|| KioskConfig::from_query(&window().location().search().unwrap_or_default()));
    let nav = ViewHistory::start(plan, kiosk);
    provide_context(nav);
    let update = service_worker::register();
    provide_context(update);
    let notes = Notes::start();
    provide_context(notes);
    // « Écouter », unless a kiosk turned it off.
    speech::start(kiosk.is_none_or(|k| k.read_aloud));
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
    let state = view_history().state();
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
    let nav = view_history();
    let state = nav.state();
    let update = expect_context::<service_worker::UpdateReady>();
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
                <button type="button" class="share-button" on:click=move |_| share::share_view(t, move || nav.tell(t.link_copied.to_owned()))>
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
                (View::Document, None) => view! { <DocumentPage/> }.into_any(),
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
