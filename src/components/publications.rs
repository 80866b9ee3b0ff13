//! What is published around the plan, and whom to ask about it: the plan's editions,
//! its open data, the city's contact. The static copy renders them in French and in
//! English (for the app's « À propos »), the city's own words (document and file
//! names, its address) marked as French; an item's page and a search that finds
//! nothing say where to ask, in the interface's language.

use leptos::prelude::*;

use crate::i18n::UiText;

/// The city's contact, as both city documents print it: outside the plan.
pub mod city {
    pub const PHONE: &str = "418 835-4960";
    pub const PHONE_HREF: &str = "tel:+14188354960";
    pub const SITE: &str = "ville.levis.qc.ca";
    pub const SITE_HREF: &str = "https://ville.levis.qc.ca/";
    /// Where on its site the city publishes its social development documents.
    pub const DOCUMENTS_SECTION: &str = "Développement social et communautaire";
    /// Where the contact details come from: both city documents print them.
    pub const SOURCE: &str = "Ville de Lévis, Plan d'action de la Politique de développement social et communautaire (2020-2030) et Politique de développement social et communautaire (2019)";
}

/// « Éditions du plan », around the list of editions (French: the city's titles).
#[component]
pub fn EditionsSection(t: &'static UiText, children: Children) -> impl IntoView {
    view! {
        <section class="editions" aria-labelledby="editions-titre">
            <h2 id="editions-titre">{t.editions_heading}</h2>
            <p>{t.editions_intro}</p>
            {children()}
        </section>
    }
}

/// « Données ouvertes », around the list of files (French, like the files), and what
/// follows it.
#[component]
pub fn OpenDataSection(t: &'static UiText, children: Children) -> impl IntoView {
    view! {
        <section id="donnees-ouvertes" class="open-data" aria-labelledby="donnees-titre">
            <h2 id="donnees-titre">{t.open_data_heading}</h2>
            <p>{t.open_data_intro}</p>
            {children()}
        </section>
    }
}

/// The id of the contact's heading, where a link to the contact lands.
pub const CONTACT_HEADING: &str = "contact-titre";

/// Whom to contact, and where the city publishes its documents, with its source.
#[component]
pub fn Contact(t: &'static UiText) -> impl IntoView {
    view! {
        <section class="contact" id="joindre-la-ville" aria-labelledby=CONTACT_HEADING>
            <h2 id=CONTACT_HEADING tabindex="-1">{t.contact_heading}</h2>
            <address lang="fr">
                "Ville de Lévis" <br/> "2175, chemin du Fleuve" <br/> "Lévis (Québec) G6W 7W9" <br/>
                <a href=city::PHONE_HREF>{city::PHONE}</a> <br/>
                <a href=city::SITE_HREF>{city::SITE}</a>
            </address>
            <p>
                {t.contact_documents} <span lang="fr">"«\u{a0}" {city::DOCUMENTS_SECTION} "\u{a0}»"</span> "."
            </p>
            <p class="source-note">"(" {t.outside_source} <span lang="fr">{city::SOURCE}</span> ")"</p>
        </section>
    }
}

/// On an item's page: where to ask about it.
#[component]
pub fn WhereToAsk(t: &'static UiText) -> impl IntoView {
    view! {
        <section class="where-to-ask" aria-labelledby="question-titre">
            <h2 id="question-titre">{t.ask_heading}</h2>
            {ask_the_city(t, t.ask_text)}
        </section>
    }
}

/// `lead`, then a link to the city's contact on « À propos » (which lands on it), with
/// its source.
#[cfg(not(feature = "kiosk"))]
pub fn ask_the_city(t: &'static UiText, lead: &'static str) -> impl IntoView {
    use super::ViewLink;
    use crate::context::router;
    use plan_levis_core::explore::View;
    let about = router()
        .state()
        .with_untracked(|s| s.fresh().with_view(View::About));
    view! { <p class="ask-the-city">{lead} " " <ViewLink to=about>{t.ask_more}</ViewLink> "."</p> }
}

/// At the kiosk, whose « À propos » has no contact and where nothing leaves the
/// shared screen: `lead`, then the city's phone (outside the plan).
#[cfg(feature = "kiosk")]
pub fn ask_the_city(t: &'static UiText, lead: &'static str) -> impl IntoView {
    view! { <p class="ask-the-city">{lead} " " {city::PHONE} " (" {t.outside_brief} ")."</p> }
}
