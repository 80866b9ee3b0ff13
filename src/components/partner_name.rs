use leptos::prelude::*;

use plan_levis_core::plan::Partner;

use super::RichText;

/// A partner's name as the plan writes it. When the plan uses a short form, the full
/// name is in `<abbr title>` for screen readers and on hover, and, unless `compact`,
/// written out after it.
#[component]
pub fn PartnerName(partner: &'static Partner, #[prop(optional)] compact: bool) -> impl IntoView {
    if partner.short_name == partner.full_name {
        view! { <span class="partner-name" lang="fr"><RichText text=partner.short_name.as_str() name=true/></span> }
            .into_any()
    } else {
        view! {
            <span class="partner-name" lang="fr">
                <abbr title=partner.full_name.as_str()><RichText text=partner.short_name.as_str() name=true/></abbr>
                {(!compact).then(|| view! {
                    <span class="partner-full-name">" — " <RichText text=partner.full_name.as_str() name=true/></span>
                })}
            </span>
        }
        .into_any()
    }
}
