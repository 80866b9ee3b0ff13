use leptos::prelude::*;

use crate::plan::Partner;

/// A partner's name as the plan writes it, with its full name for screen readers
/// and on hover when the plan uses a short form.
#[component]
pub fn PartnerName(partner: &'static Partner) -> impl IntoView {
    if partner.short_name == partner.full_name {
        view! { <span class="partner-name">{partner.short_name.as_str()}</span> }.into_any()
    } else {
        view! {
            <span class="partner-name">
                <abbr title=partner.full_name.as_str()>{partner.short_name.as_str()}</abbr>
                <span class="partner-full-name">" — " {partner.full_name.as_str()}</span>
            </span>
        }
        .into_any()
    }
}
