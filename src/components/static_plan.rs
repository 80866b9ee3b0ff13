//! The whole plan as static HTML, written into `index.html` at build time
//! (`render-static`): readable with JavaScript off, in a text browser, in a browser
//! too old for WebAssembly, and shown while the app loads. The app removes it when it
//! starts. French only, like the plan.

use leptos::prelude::*;

use super::{AxisBadge, PartnerName};
use crate::embedded_plan as embedded;
use crate::i18n::FR;
use plan_levis_core::plan::{format_amount, CommitmentKind};

/// The id of the static block, removed by the app when it starts.
pub const STATIC_PLAN_ID: &str = "plan-statique";

/// Render the static page body for the plan shipped with the app.
pub fn render_static_plan() -> String {
    let html = Owner::new().with(|| view! { <StaticPlan/> }.to_html());
    // Leptos marks the boundaries between adjacent texts with empty comments (`<!>`),
    // for hydration; this copy is never hydrated (the app replaces it), so they go.
    // The plan's own text is escaped, so it holds no `<!>` of its own.
    html.replace("<!>", "")
}

#[component]
fn StaticPlan() -> impl IntoView {
    let plan = embedded();
    let t = &FR;
    view! {
        <div id=STATIC_PLAN_ID class="static-plan">
            <a class="skip-link" href="#contenu">{t.skip_to_content}</a>
            <header class="site-header">
                <div class="header-text">
                    <p class="publisher">{plan.publisher.as_str()}</p>
                    <p class="site-title">{plan.title.as_str()}</p>
                    <p class="subtitle">{plan.subtitle.as_str()}</p>
                </div>
            </header>
            <main id="contenu">
                <noscript>
                    <p class="notice">{t.noscript_notice}</p>
                </noscript>
                <h1 class="view-title">{plan.subtitle.as_str()}</h1>
                <section aria-labelledby="s-introduction">
                    <h2 id="s-introduction">{t.introduction}</h2>
                    {plan.introduction.iter().map(|p| view! { <p>{p.as_str()}</p> }).collect_view()}
                    <h3>{t.axes_heading}</h3>
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
                                view! {
                                    <li>
                                        <article class="reality card">
                                            <h3>{r.reality.as_str()}</h3>
                                            <p><span class="label">{t.impact_label} " : "</span>{r.impact.as_str()}</p>
                                        </article>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                </section>
                <StaticCommitments id="s-priorites" kind=CommitmentKind::Priority/>
                <StaticCommitments id="s-programmes" kind=CommitmentKind::MunicipalProgram/>
                <StaticCommitments id="s-autres-plans" kind=CommitmentKind::OtherMunicipalPlan/>
                <section aria-labelledby="s-strategies">
                    <h2 id="s-strategies">{plan.strategies.heading.as_str()}</h2>
                    {plan.strategies.introduction.as_deref().map(|i| view! { <p>{i}</p> })}
                    <ol class="item-list">
                        {plan
                            .strategies
                            .items
                            .iter()
                            .map(|s| {
                                view! {
                                    <li>
                                        <article class="strategy card">
                                            <h3>{s.title.as_str()}</h3>
                                            <p>{s.description.as_str()}</p>
                                        </article>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                </section>
                <section aria-labelledby="s-fonds">
                    <h2 id="s-fonds">{plan.fund.heading.as_str()}</h2>
                    <p class="fund-amount">
                        <span class="label">{t.fund_amount_label} " : "</span>
                        <strong>{format_amount(plan.fund.amount_per_year)}</strong>
                    </p>
                    <p>{plan.fund.text.as_str()}</p>
                </section>
                <section aria-labelledby="s-sigles">
                    <h2 id="s-sigles">{t.glossary_heading}</h2>
                    <dl class="glossary">
                        {plan
                            .abbreviations()
                            .map(|a| {
                                view! {
                                    <div class="glossary-entry">
                                        <dt><abbr title=a.expansion.as_str()>{a.abbreviation.as_str()}</abbr></dt>
                                        <dd>{a.expansion.as_str()}</dd>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </dl>
                </section>
            </main>
            <footer class="site-footer">
                <p>{t.footer_text}</p>
            </footer>
        </div>
    }
}

#[component]
fn StaticCommitments(id: &'static str, kind: CommitmentKind) -> impl IntoView {
    let plan = embedded();
    let t = &FR;
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
                        let partners = c
                            .partners
                            .iter()
                            .filter_map(|p| plan.partner(p))
                            .map(|p| view! { <li><PartnerName partner=p/></li> })
                            .collect_view();
                        view! {
                            <li>
                                <article class="commitment card" data-axis=c.axis>
                                    <h3 class="card-title">{c.title.as_str()}</h3>
                                    {t.rank(plan, kind, c).map(|rank| view! { <p class="rank">{rank}</p> })}
                                    <AxisBadge axis=c.axis/>
                                    <p class="objective"><span class="label">{t.objective_label} " : "</span>{c.objective.as_str()}</p>
                                    <div class="partners">
                                        <p class="label">{t.partners_label(kind)} " :"</p>
                                        <ul class="partner-list">{partners}</ul>
                                    </div>
                                </article>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
