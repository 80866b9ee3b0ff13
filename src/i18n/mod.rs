//! Interface text. The plan's own content is French and comes from the plan JSON;
//! everything else the app says lives here, one table per language.

mod fr;

pub use fr::FR;

/// Every piece of interface text. A language is one `const` of this type, so a
/// missing string in any language fails to compile.
#[derive(Debug)]
pub struct UiText {
    pub lang: &'static str,
    pub skip_to_content: &'static str,
    pub sections_nav_label: &'static str,
    pub introduction: &'static str,
    pub nav_realities: &'static str,
    pub nav_priorities: &'static str,
    pub nav_programs: &'static str,
    pub nav_other_plans: &'static str,
    pub nav_strategies: &'static str,
    pub nav_fund: &'static str,
    pub axes_heading: &'static str,
    pub axis: &'static str,
    pub axes_source_prefix: &'static str,
    pub impact_label: &'static str,
    pub objective_label: &'static str,
    pub priority_partners_label: &'static str,
    pub responsible_label: &'static str,
    pub priority_rank_prefix: &'static str,
    pub fund_amount_label: &'static str,
    pub glossary_heading: &'static str,
    pub glossary_intro: &'static str,
    pub glossary_from_plan: &'static str,
    pub glossary_external: &'static str,
    pub partners_heading: &'static str,
    pub partner_kind_organisation: &'static str,
    pub partner_kind_city_unit: &'static str,
    pub about_heading: &'static str,
    pub about_document: &'static str,
    pub about_period: &'static str,
    pub about_publisher: &'static str,
    pub about_axes: &'static str,
    pub about_app: &'static str,
    pub plan_error_heading: &'static str,
    pub plan_error_text: &'static str,
    pub plan_error_details: &'static str,
    pub footer_text: &'static str,
}
