//! The whole plan as one document, start to end, in the order it was published.
//!
//! `render-static` writes it into `index.html` at build time: readable with
//! JavaScript off, in a text browser, in a browser too old for WebAssembly, and shown
//! while the app loads. The app keeps this markup when it starts and shows it again as
//! its « Le plan en entier » view (`DocumentPage`), so the document has one rendering.
//! The same rendering publishes each previous edition, read-only, at
//! `editions/<period>/`. French only, like the plan.

use leptos::prelude::*;

use super::publications::{Contact, EditionsSection, OpenDataSection};
use super::{AxisBadge, Citation, CommitmentBody, PartnerName};
use crate::browser::plan_document::{Part, STATIC_PLAN_ID};
use crate::context::plan;
use crate::i18n::{UiText, EN, FR};
use plan_levis_core::plan::{CommitmentKind, Plan};

/// Texts of the static copy alone (French, like the plan; the app never shows them
/// but through this markup, so they stay out of its interface tables).
mod text {
    pub const GLOSSARY_INTRO: &str = "Les sigles utilisés dans le plan, avec leur forme longue.";
    pub const GLOSSARY_FROM_PLAN: &str = "défini dans le plan";
    pub const PARTNERS_HEADING: &str = "Partenaires et unités responsables";
    pub const PARTNER_KINDS_NOTE: &str = "Ce classement est celui de l'application, pas du plan.";
    pub const AXES_HEADING: &str = "Les cinq axes d'intervention de la Politique";
    pub const INTRODUCTION: &str = "Introduction";
    pub const NOSCRIPT_NOTICE: &str = "Cette page affiche le plan complet. La recherche, les filtres, les liens partageables et les notes privées demandent JavaScript.";
    pub const CURRENT_EDITION: &str = "l'édition actuelle";
    pub const PREVIOUS_EDITION: &str =
        "Édition précédente du plan, publiée en lecture seule. L'édition actuelle\u{a0}:";
    pub const PREVIOUS_PERIOD: &str = "Ce plan couvrait ";
}

/// The page's title before the app starts (the app's start view keeps it): the edition,
/// the plan and its publisher, from the plan file.
pub fn page_title(plan: &Plan) -> String {
    format!(
        "{} — {} | {}",
        plan.subtitle.as_str(),
        plan.title.as_str(),
        plan.publisher.as_str()
    )
}

/// What search engines and link previews say of the page.
pub fn page_description(plan: &Plan) -> String {
    format!("{} — {} ({})\u{a0}: priorités collectives, axes, partenaires responsables, programmes municipaux.", plan.title.as_str(), plan.subtitle.as_str(), plan.publisher.as_str())
}

/// One open data file as its link shows it: file name, label, size in words.
pub type OpenDataLink = (String, String, String);

/// An edition in the list of editions: the plan, and its address from the page being
/// rendered (`None`: that page itself).
pub type EditionLink = (&'static Plan, Option<String>);

/// Which page `render_static_plan` renders.
pub enum StaticPage {
    /// The app's page (the edition baked into the app), with every edition, latest
    /// first, and the open data files (neither in the kiosk's build).
    Current {
        editions: Vec<EditionLink>,
        open_data: Vec<OpenDataLink>,
    },
    /// A previous edition, published read-only; `editions` starts with the app's.
    Previous {
        edition: &'static Plan,
        editions: Vec<EditionLink>,
    },
}

/// Render the static page body: the app's edition (the copy in `index.html`), or a
/// previous edition's page.
pub fn render_static_plan(page: StaticPage) -> String {
    let html = Owner::new().with(|| {
        #[cfg(feature = "static-render")]
        if let StaticPage::Previous { edition, .. } = &page {
            provide_context(crate::context::Edition(edition));
        }
        view! { <StaticPlan page=page/> }.to_html()
    });
    // Leptos marks the boundaries between adjacent texts with empty comments (`<!>`),
    // for hydration; this copy is never hydrated (the app replaces it), so they go.
    // The plan's own text is escaped, so it holds no `<!>` of its own.
    html.replace("<!>", "")
}

#[component]
fn StaticPlan(page: StaticPage) -> impl IntoView {
    let plan = plan();
    let t = &FR;
    let (previous, editions, open_data) = match page {
        StaticPage::Current {
            editions,
            open_data,
        } => (false, editions, open_data),
        StaticPage::Previous { editions, .. } => (true, editions, Vec::new()),
    };
    let notice = if previous {
        let (current, href) = editions[0].clone();
        view! {
            <p class="notice">
                {text::PREVIOUS_EDITION} " " <a href=href>{current.subtitle.as_str()}</a> "."
            </p>
        }
        .into_any()
    } else {
        view! { <noscript><p class="notice">{text::NOSCRIPT_NOTICE}</p></noscript> }.into_any()
    };
    view! {
        <div id=STATIC_PLAN_ID class="static-plan">
            <a class="skip-link" href="#contenu">{t.skip_to_content}</a>
            <header class="site-header">
                <div class="header-text">
                    <p class="publisher">{plan.publisher.as_str()}</p>
                    <p class="site-title">{plan.title.as_str()}</p>
                    <p class="subtitle">{plan.subtitle.as_str()}</p>
                    {plan.years().map(|(first, last)| {
                        let line = if previous {
                            format!("{}{first} et {last}.", text::PREVIOUS_PERIOD)
                        } else {
                            t.edition_period(first, last, false)
                        };
                        view! { <p class="edition-period">{line}</p> }
                    })}
                </div>
            </header>
            <main id="contenu">
                {notice}
                <h1 class="view-title">{plan.subtitle.as_str()}</h1>
                <PlanDocument plan=plan/>
                {(editions.len() > 1 || !open_data.is_empty()).then(|| {
                    // In English too, for the app's « À propos » (a template: never shown
                    // here); a previous edition's page is French only.
                    let english = (!previous).then(|| {
                        let (editions, open_data) = (editions.clone(), open_data.clone());
                        view! {
                            <template id=Part::PublicationsEn.id()>
                                <Publications t=&EN editions=editions open_data=open_data/>
                            </template>
                        }
                    });
                    view! {
                        <div id=Part::Publications.id()>
                            <Publications t=t editions=editions open_data=open_data/>
                        </div>
                        {english}
                    }
                })}
            </main>
            <footer class="site-footer">
                <p>{t.footer(plan)}</p>
            </footer>
        </div>
    }
}

/// The editions, the open data and whom to contact, in the language of `t` (the lists
/// in French: the city's titles, and its files).
#[component]
fn Publications(
    t: &'static UiText,
    editions: Vec<EditionLink>,
    open_data: Vec<OpenDataLink>,
) -> impl IntoView {
    view! {
        {(editions.len() > 1).then(|| view! {
            <EditionsSection t=t><EditionList editions=editions/></EditionsSection>
        })}
        {(!open_data.is_empty()).then(|| view! {
            <OpenDataSection t=t><OpenDataList files=open_data/></OpenDataSection>
        })}
        <Contact t=t/>
    }
}

/// Every edition, latest first, each a link but the page's own.
#[component]
fn EditionList(editions: Vec<EditionLink>) -> impl IntoView {
    view! {
        <ul lang="fr">
            {editions
                .into_iter()
                .enumerate()
                .map(|(i, (plan, href))| {
                    let name = plan.subtitle.as_str();
                    // On a previous edition's page, the first is the current edition.
                    let current = i == 0 && href.is_some();
                    let years = plan.years().map(|(first, last)| format!(" ({first}\u{2013}{last})"));
                    view! {
                        <li>
                            {match href {
                                Some(href) => view! { <a href=href>{name}</a> }.into_any(),
                                None => view! { <strong aria-current="page">{name}</strong> }.into_any(),
                            }}
                            {years}
                            {current.then(|| format!("\u{a0}: {}", text::CURRENT_EDITION))}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// A numbered item's heading: its number as the plan prints it, and its title as a
/// link to itself (`#id`: an address for this part of the page), which the app's
/// whole-plan view follows to the item's own page.
fn item_heading(number: u32, id: &'static str, title: &'static str) -> impl IntoView {
    view! {
        <h3 class="card-title">
            <span class="item-number">{number} "."</span> " "
            <a href=format!("#{id}")>{title}</a>
        </h3>
    }
}

/// A numbered reality or strategy: its heading, then its text.
fn document_card(
    class: &'static str,
    number: u32,
    id: &'static str,
    title: &'static str,
    text: impl IntoView,
) -> impl IntoView {
    view! {
        <li>
            <article class=class id=id>
                {item_heading(number, id, title)}
                {text}
            </article>
        </li>
    }
}

#[component]
fn PlanDocument(plan: &'static Plan) -> impl IntoView {
    let t = &FR;
    view! {
        <div id=Part::Document.id() class="plan-document" lang="fr">
            <p class="citation">
                <span class="label">{t.about_citation} {t.colon}</span>
                <Citation/> " " {t.about_app}
            </p>
            <section aria-labelledby="s-introduction">
                <h2 id="s-introduction">{text::INTRODUCTION}</h2>
                {plan.introduction.iter().map(|p| view! { <p>{p.as_str()}</p> }).collect_view()}
                <h3>{text::AXES_HEADING}</h3>
                <ul class="axis-list">
                    {plan.axes.iter().map(|a| view! { <li><AxisBadge axis=a.number/></li> }).collect_view()}
                </ul>
                <p class="source-note">{t.axes_source_prefix} " " {plan.axes_source.as_str()} "."</p>
            </section>
            <section aria-labelledby="s-realites">
                <h2 id="s-realites">{plan.realities.heading.as_str()}</h2>
                <ol class="item-list">
                    {plan
                        .realities
                        .items
                        .iter()
                        .map(|r| {
                            let impact = view! { <p><span class="label">{t.impact_label} {t.colon}</span>{r.impact.as_str()}</p> };
                            document_card("reality card", r.number, &r.id, &r.reality, impact)
                        })
                        .collect_view()}
                </ol>
            </section>
            <DocumentCommitments id="s-priorites" kind=CommitmentKind::Priority/>
            <DocumentCommitments id="s-programmes" kind=CommitmentKind::MunicipalProgram/>
            <DocumentCommitments id="s-autres-plans" kind=CommitmentKind::OtherMunicipalPlan/>
            <section aria-labelledby="s-sigles-plan">
                <h2 id="s-sigles-plan">{t.tab_glossary}</h2>
                <ul class="acronym-list">
                    {plan
                        .acronyms
                        .iter()
                        .map(|a| view! { <li><abbr>{a.abbreviation.as_str()}</abbr> {t.colon} {a.expansion.as_str()}</li> })
                        .collect_view()}
                </ul>
            </section>
            <section aria-labelledby="s-strategies">
                <h2 id="s-strategies">{plan.strategies.heading.as_str()}</h2>
                {plan.strategies.introduction.as_deref().map(|i| view! { <p>{i}</p> })}
                <ol class="item-list">
                    {plan
                        .strategies
                        .items
                        .iter()
                        .map(|s| {
                            let description = view! { <p>{s.description.as_str()}</p> };
                            document_card("strategy card", s.number, &s.id, &s.title, description)
                        })
                        .collect_view()}
                </ol>
            </section>
            <section aria-labelledby="s-fonds">
                <article class="fund" id=plan.fund.id.as_str()>
                    <h2 id="s-fonds">
                        <a href=format!("#{}", plan.fund.id)>
                            {plan.fund.heading.as_str()}
                        </a>
                    </h2>
                    <p class="fund-amount">
                        <span class="label">{t.fund_amount_label} {t.colon}</span>
                        <strong>{t.amount(plan.fund.amount_per_year)}</strong>
                    </p>
                    <p>{plan.fund.text.as_str()}</p>
                </article>
            </section>
            // Not part of the published document: every abbreviation of its text and every
            // partner, each with where its full form comes from. The app's « Sigles » view
            // shows this same markup (`GlossaryPage`).
            <div id=Part::Glossary.id() class="glossary-appendix">
                <section aria-labelledby="s-sigles">
                    <h2 id="s-sigles">{t.glossary_heading}</h2>
                    <p>{text::GLOSSARY_INTRO}</p>
                    <dl class="glossary">
                        {plan
                            .abbreviations()
                            .map(|a| {
                                let source = a.source.as_deref().map_or_else(
                                    || format!("({})", text::GLOSSARY_FROM_PLAN),
                                    |source| t.outside_mark(&a.expansion, source),
                                );
                                view! {
                                    <div class="glossary-entry">
                                        <dt><abbr>{a.abbreviation.as_str()}</abbr></dt>
                                        <dd>{a.expansion.as_str()} " " <span class="source-tag">{source}</span></dd>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </dl>
                </section>
                <section aria-labelledby="s-partenaires">
                    <h2 id="s-partenaires">{text::PARTNERS_HEADING}</h2>
                    <ul class="partner-registry">
                        {plan
                            .partners
                            .iter()
                            .map(|p| {
                                let kind = t.partner_kind(p.kind);
                                view! { <li><PartnerName partner=p/> " " <span class="source-tag">"(" {kind} ")"</span></li> }
                            })
                            .collect_view()}
                    </ul>
                    <p class="source-note">{text::PARTNER_KINDS_NOTE}</p>
                </section>
            </div>
        </div>
    }
}

/// The open data files, each link with its size.
#[component]
fn OpenDataList(files: Vec<OpenDataLink>) -> impl IntoView {
    view! {
        <ul lang="fr">
            {files
                .into_iter()
                .map(|(name, label, size)| {
                    view! { <li><a href=format!("donnees/{name}") download>{label}</a> " (" {size} ")"</li> }
                })
                .collect_view()}
        </ul>
    }
}

#[component]
fn DocumentCommitments(id: &'static str, kind: CommitmentKind) -> impl IntoView {
    let plan = plan();
    let section = plan.section_of(kind);
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{section.heading.as_str()}</h2>
            {section.introduction.as_deref().map(|i| view! { <p>{i}</p> })}
            <ol class="item-list commitments">
                {section
                    .items
                    .iter()
                    .map(|c| {
                        view! {
                            <li>
                                <article class="commitment card" id=c.id.as_str() data-axis=c.axis>
                                    {item_heading(c.number, &c.id, &c.title)}
                                    <CommitmentBody kind=kind commitment=c/>
                                </article>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
