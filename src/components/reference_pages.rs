//! The glossary and the about view: reference material around the plan.

use leptos::prelude::*;

use super::PartnerName;
use crate::context::{plan, ui};

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let plan = plan();
    let t = ui();
    view! {
        <h1 class="view-title">{t.glossary_heading}</h1>
        <p>{t.glossary_intro}</p>
        <dl class="glossary">
            // The static copy writes its glossary the same way (`static_plan.rs`): shared as a
            // function, this markup cost 162 bytes more of the first visit (measured).
            {plan
                .abbreviations()
                .map(|a| {
                    let source = a.source.as_deref().map_or_else(
                        || cat!("(", t.glossary_from_plan, ")"),
                        |source| t.outside_mark(&a.expansion, source),
                    );
                    view! {
                        <div class="glossary-entry">
                            <dt lang="fr"><abbr>{a.abbreviation.as_str()}</abbr></dt>
                            <dd><span lang="fr">{a.expansion.as_str()}</span> " " <span class="source-tag">{source}</span></dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
        <h2>{t.partners_heading}</h2>
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
        <p class="source-note">{t.partner_kinds_note}</p>
    }
}

#[component]
pub fn AboutPage() -> impl IntoView {
    let plan = plan();
    let t = ui();
    view! {
        <h1 class="view-title">{t.about_heading}</h1>
        <h2>{t.about_citation}</h2>
        <p class="citation"><Citation/></p>
        <p>{t.about_app}</p>
        <h2>{t.about_changes_heading}</h2>
        <ul>{t.about_changes.iter().map(|change| view! { <li>{*change}</li> }).collect_view()}</ul>
        <dl class="about">
            <dt>{t.about_axes}</dt>
            <dd>
                {t.axes_source_prefix} " " <span lang="fr">{plan.axes_source.as_str()}</span> "."
            </dd>
        </dl>
    }
}

/// The document the app presents: publisher, title, edition and period.
#[component]
pub fn Citation() -> impl IntoView {
    let plan = plan();
    let t = ui();
    view! {
        <span lang="fr">{plan.publisher.as_str()} ". " <cite>{plan.title.as_str()} " — " {plan.subtitle.as_str()}</cite> ". "</span>
        {t.about_period} {t.colon} {plan.period.as_str()} "."
    }
}
