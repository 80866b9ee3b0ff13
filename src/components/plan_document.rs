use leptos::prelude::*;

use super::{CommitmentCard, PartnerName};
use crate::app::{plan, ui};
use crate::plan::{format_amount, AbbreviationSource, CommitmentKind, PartnerKind};

/// Anchor id of each commitment section, in document order.
pub fn section_anchor(kind: CommitmentKind) -> &'static str {
    match kind {
        CommitmentKind::Priority => "priorites",
        CommitmentKind::MunicipalProgram => "programmes",
        CommitmentKind::OtherMunicipalPlan => "autres-plans",
    }
}

/// The whole plan, section by section, as the city published it.
#[component]
pub fn PlanDocument() -> impl IntoView {
    view! {
        <Introduction/>
        <Axes/>
        <Realities/>
        {CommitmentKind::ALL.map(|kind| view! { <CommitmentSection kind=kind/> }).collect_view()}
        <Strategies/>
        <Fund/>
        <Glossary/>
        <Partners/>
        <About/>
    }
}

#[component]
fn Introduction() -> impl IntoView {
    let plan = plan();
    view! {
        <section id="introduction" aria-labelledby="introduction-titre">
            <h2 id="introduction-titre">{ui().introduction}</h2>
            {plan.introduction.iter().map(|p| view! { <p>{p.as_str()}</p> }).collect_view()}
        </section>
    }
}

#[component]
fn Axes() -> impl IntoView {
    let plan = plan();
    let t = ui();
    view! {
        <section id="axes" aria-labelledby="axes-titre">
            <h2 id="axes-titre">{t.axes_heading}</h2>
            <ol class="axis-list">
                {plan
                    .axes
                    .iter()
                    .map(|axis| {
                        view! {
                            <li class=format!("axis-badge axis-{}", axis.number)>
                                <span class="axis-number">{t.axis} " " {axis.number}</span>
                                " — "
                                {axis.name.as_str()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="source-note">{t.axes_source_prefix} " " {plan.axes_source.as_str()} "."</p>
        </section>
    }
}

#[component]
fn Realities() -> impl IntoView {
    let plan = plan();
    let t = ui();
    view! {
        <section id="realites" aria-labelledby="realites-titre">
            <h2 id="realites-titre">{plan.realities.heading.as_str()}</h2>
            <ol class="item-list">
                {plan
                    .realities
                    .items
                    .iter()
                    .map(|r| {
                        view! {
                            <li>
                                <article class="reality" id=r.id.as_str()>
                                    <h3>{r.reality.as_str()}</h3>
                                    <p>
                                        <span class="label">{t.impact_label} " : "</span>
                                        {r.impact.as_str()}
                                    </p>
                                </article>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn CommitmentSection(kind: CommitmentKind) -> impl IntoView {
    let plan = plan();
    let section = match kind {
        CommitmentKind::Priority => &plan.priorities,
        CommitmentKind::MunicipalProgram => &plan.municipal_programs,
        CommitmentKind::OtherMunicipalPlan => &plan.other_municipal_plans,
    };
    let anchor = section_anchor(kind);
    let title_id = format!("{anchor}-titre");
    let labelled_by = title_id.clone();
    view! {
        <section id=anchor aria-labelledby=labelled_by>
            <h2 id=title_id>{section.heading.as_str()}</h2>
            {section.introduction.as_deref().map(|intro| view! { <p>{intro}</p> })}
            <ol class="item-list commitments">
                {section
                    .items
                    .iter()
                    .map(|c| view! { <li><CommitmentCard kind=kind commitment=c/></li> })
                    .collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn Strategies() -> impl IntoView {
    let plan = plan();
    let section = &plan.strategies;
    view! {
        <section id="strategies" aria-labelledby="strategies-titre">
            <h2 id="strategies-titre">{section.heading.as_str()}</h2>
            {section.introduction.as_deref().map(|intro| view! { <p>{intro}</p> })}
            <ol class="item-list">
                {section
                    .items
                    .iter()
                    .map(|s| {
                        view! {
                            <li>
                                <article class="strategy" id=s.id.as_str()>
                                    <h3>{s.title.as_str()}</h3>
                                    <p>{s.description.as_str()}</p>
                                </article>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn Fund() -> impl IntoView {
    let fund = &plan().fund;
    view! {
        <section id="fonds" aria-labelledby="fonds-titre">
            <article class="fund" id=fund.id.as_str()>
                <h2 id="fonds-titre">{fund.heading.as_str()}</h2>
                <p class="fund-amount">
                    <span class="label">{ui().fund_amount_label} " : "</span>
                    <strong>{format_amount(fund.amount_per_year)}</strong>
                </p>
                <p>{fund.text.as_str()}</p>
            </article>
        </section>
    }
}

#[component]
fn Glossary() -> impl IntoView {
    let plan = plan();
    let t = ui();
    view! {
        <section id="sigles" aria-labelledby="sigles-titre">
            <h2 id="sigles-titre">{t.glossary_heading}</h2>
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
                                <dt><abbr title=a.expansion.as_str()>{a.abbreviation.as_str()}</abbr></dt>
                                <dd>{a.expansion.as_str()} " " <span class="source-tag">"(" {source} ")"</span></dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </section>
    }
}

#[component]
fn Partners() -> impl IntoView {
    let plan = plan();
    let t = ui();
    view! {
        <section id="partenaires" aria-labelledby="partenaires-titre">
            <h2 id="partenaires-titre">{t.partners_heading}</h2>
            <ul class="partner-registry">
                {plan
                    .partners
                    .iter()
                    .map(|p| {
                        let kind = match p.kind {
                            PartnerKind::Organisation => t.partner_kind_organisation,
                            PartnerKind::CityUnit => t.partner_kind_city_unit,
                        };
                        view! { <li><PartnerName partner=p/> <span class="source-tag">"(" {kind} ")"</span></li> }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn About() -> impl IntoView {
    let plan = plan();
    let t = ui();
    view! {
        <section id="a-propos" aria-labelledby="a-propos-titre">
            <h2 id="a-propos-titre">{t.about_heading}</h2>
            <dl class="about">
                <dt>{t.about_document}</dt>
                <dd>{plan.title.as_str()} " — " {plan.subtitle.as_str()}</dd>
                <dt>{t.about_period}</dt>
                <dd>{plan.period.as_str()}</dd>
                <dt>{t.about_publisher}</dt>
                <dd>{plan.publisher.as_str()}</dd>
                <dt>{t.about_axes}</dt>
                <dd>{plan.axes_source.as_str()}</dd>
            </dl>
            <p>{t.about_app}</p>
        </section>
    }
}
