use leptos::prelude::*;

use plan_levis_core::plan::Partner;

use super::RichText;
use crate::context::ui;

/// A partner's name as the plan writes it. When the plan uses a short form, the full
/// name is written out after it, or, when `compact` (the matrix, where the name is a
/// link to the partner's list), in `<abbr title>`, which the link's focus writes out
/// (`style/main.css`; a tap opens the list, whose cards write the full name out). A full
/// name the plan does not print says so, with its source.
#[component]
pub fn PartnerName(
    partner: &'static Partner,
    #[prop(optional)] compact: bool,
    /// The outside mark shortened to « (hors plan) »: in the filter labels, which
    /// explain it once (`FilterPanel`).
    #[prop(optional)]
    brief: bool,
) -> impl IntoView {
    if partner.short_name == partner.full_name {
        view! { <span class="partner-name" lang="fr"><RichText text=partner.short_name.as_str() name=true/></span> }
            .into_any()
    } else {
        let full = partner.full_name.as_str();
        let mark = partner.full_name_source.as_deref().map(|source| {
            if brief {
                format!("({})", ui().outside_brief)
            } else {
                ui().outside_mark(full, source)
            }
        });
        // Written out after it, the full name needs no title; compact, it is the title.
        let title = compact.then(|| match &mark {
            Some(mark) => format!("{full} {mark}"),
            None => full.to_owned(),
        });
        view! {
            <span class="partner-name" lang="fr">
                <abbr title=title><RichText text=partner.short_name.as_str() name=true/></abbr>
                {(!compact).then(|| view! {
                    <span class="partner-full-name">" — " <RichText text=full name=true/></span>
                    {mark.map(|mark| view! { " " <span class="source-tag" lang=ui().lang.code()>{mark}</span> })}
                })}
            </span>
        }
        .into_any()
    }
}
