//! The glossary and the about view: reference material around the plan.

use leptos::prelude::*;

use super::PartnerName;
use crate::context::{plan, ui};
use plan_levis_core::plan::{format_amount, AbbreviationSource};

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let plan = plan();
    let t = ui();
    view! {
        <h1 class="view-title">{t.glossary_heading}</h1>
        <p>{t.glossary_intro}</p>
        <dl class="glossary">
            {plan
                .abbreviations()
                .map(|a| {
                    let source = match a.source {
                        AbbreviationSource::Plan => t.glossary_from_plan,
                        AbbreviationSource::External => t.glossary_external,
                    };
                    view! {
                        <div class="glossary-entry">
                            <dt lang="fr"><abbr title=a.expansion.as_str()>{a.abbreviation.as_str()}</abbr></dt>
                            <dd><span lang="fr">{a.expansion.as_str()}</span> " " <span class="source-tag">"(" {source} ")"</span></dd>
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
    }
}

#[component]
pub fn AboutPage() -> impl IntoView {
    let plan = plan();
    let t = ui();
    let fund = &plan.fund;
    view! {
        <h1 class="view-title">{t.about_heading}</h1>
        <dl class="about">
            <dt>{t.about_document}</dt>
            <dd lang="fr">{plan.title.as_str()} " — " {plan.subtitle.as_str()}</dd>
            <dt>{t.about_period}</dt>
            <dd>{plan.period.as_str()}</dd>
            <dt>{t.about_publisher}</dt>
            <dd lang="fr">{plan.publisher.as_str()}</dd>
            <dt>{t.about_axes}</dt>
            <dd>
                {t.axes_source_prefix} " " <span lang="fr">{plan.axes_source.as_str()}</span> "."
                <ul class="axis-list">
                    {plan
                        .axes
                        .iter()
                        .map(|a| view! { <li>{t.axis} " " {a.number} " — " <span lang="fr">{a.name.as_str()}</span></li> })
                        .collect_view()}
                </ul>
            </dd>
            <dt>{t.kind_fund}</dt>
            <dd>
                <strong>{format_amount(fund.amount_per_year)}</strong>
                " — "
                <span lang="fr">{fund.text.as_str()}</span>
            </dd>
        </dl>
        <p>{t.about_filters}</p>
        <p>{t.about_app}</p>
    }
}
