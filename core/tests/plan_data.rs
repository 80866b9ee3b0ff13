//! The embedded plan is complete and faithful to the published text.

mod support;

use plan_levis_core::lang::Lang;
use plan_levis_core::plan::{format_amount, CommitmentKind, PartnerKind};

const SEED: &str = include_str!("../../data/plan-deploiement-2023-2024.txt");

use support::plan;

#[test]
fn section_counts_match_the_published_plan() {
    let plan = plan();
    assert_eq!(plan.introduction.len(), 4, "introduction paragraphs");
    assert_eq!(plan.realities.items.len(), 5, "current realities");
    assert_eq!(plan.priorities.items.len(), 5, "collective priorities");
    assert_eq!(
        plan.municipal_programs.items.len(),
        5,
        "municipal programmes"
    );
    assert_eq!(
        plan.other_municipal_plans.items.len(),
        3,
        "other municipal plans"
    );
    assert_eq!(plan.strategies.items.len(), 4, "strategies");
    assert_eq!(plan.acronyms.len(), 5, "acronyms defined in the plan");
    assert_eq!(plan.axes.len(), 5, "axes");
    assert_eq!(plan.fund.amount_per_year, 200_000);
    assert_eq!(
        format_amount(plan.fund.amount_per_year, Lang::Fr),
        "200\u{202f}000\u{a0}$"
    );
    assert_eq!(
        format_amount(plan.fund.amount_per_year, Lang::En),
        "$200,000"
    );
    assert_eq!(format_amount(1_234_567, Lang::En), "$1,234,567");
    assert_eq!(format_amount(999, Lang::Fr), "999\u{a0}$");
}

#[test]
fn priorities_keep_their_order_axes_and_partners() {
    let plan = plan();
    let got: Vec<(u8, Vec<&str>)> = plan
        .priorities
        .items
        .iter()
        .map(|c| {
            let names = c
                .partners
                .iter()
                .map(|id| {
                    plan.partner(id)
                        .expect("partner resolves")
                        .short_name
                        .as_str()
                })
                .collect();
            (c.axis, names)
        })
        .collect();
    let expected: Vec<(u8, Vec<&str>)> = vec![
        (
            2,
            vec![
                "Ville de Lévis",
                "OMH de Lévis",
                "Concertation logement Lévis",
            ],
        ),
        (5, vec!["Ville de Lévis", "CDC de Lévis"]),
        (
            4,
            vec![
                "Convergence action bénévole",
                "CDC de Lévis",
                "Bénévoles d'expertise",
                "Ville de Lévis",
            ],
        ),
        // The seed glues these cells together: "Ville de LévisCISSS-CACDC de Lévis".
        (4, vec!["Ville de Lévis", "CISSS-CA", "CDC de Lévis"]),
        (
            1,
            vec![
                "STLévis",
                "Table des aînés de Lévis et St-Lambert-de-Lauzon",
                "Ville de Lévis",
            ],
        ),
    ];
    assert_eq!(got, expected);
    assert_eq!(
        plan.priorities.items[0].title,
        "Accessibilité au logement abordable et salubrité des logements"
    );
}

#[test]
fn programmes_and_plans_name_their_city_units() {
    let plan = plan();
    let units = |kind| -> Vec<Vec<&str>> {
        plan.commitments_of(kind)
            .iter()
            .map(|c| {
                c.partners
                    .iter()
                    .map(|p| plan.partner(p).unwrap().short_name.as_str())
                    .collect()
            })
            .collect()
    };
    assert_eq!(
        units(CommitmentKind::MunicipalProgram),
        vec![
            vec!["DAJSC", "SDSC"],
            vec!["SDSC", "Service de police"],
            vec!["SDSC", "DEV"],
            vec!["SDSC"],
            vec!["SDSC"],
        ]
    );
    assert_eq!(
        units(CommitmentKind::OtherMunicipalPlan),
        vec![
            vec!["DTMD"],
            vec!["Service des sports et du plein air"],
            vec!["ENV"]
        ]
    );
    let sdsc = plan.partner("sdsc").unwrap();
    assert_eq!(
        sdsc.full_name,
        "Service du développement social et communautaire"
    );
    assert_eq!(sdsc.kind, PartnerKind::CityUnit);
}

#[test]
fn axes_carry_the_policy_names() {
    let plan = plan();
    let names: Vec<&str> = plan.axes.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "La mobilité des personnes",
            "L'habitation et le milieu de vie",
            "Le développement de quartiers à échelle humaine",
            "L'action communautaire et la cohésion sociale",
            "Le développement et l'épanouissement des personnes",
        ]
    );
    assert!(
        plan.axes_source.contains("2019"),
        "the app says where axis names come from"
    );
}

/// The seed with its extraction damage repaired as documented in docs/plan-data.md.
fn repaired_seed() -> String {
    let seed = SEED
        .replace("4^e", "4ᵉ")
        .replace("\\$", "$")
        .replace("St- Lambert", "St-Lambert")
        .replace("**", "");
    seed.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_sentence_of_the_plan_is_copied_verbatim_from_the_seed() {
    let plan = plan();
    let seed = repaired_seed();
    let mut texts: Vec<&str> = plan.introduction.iter().map(|t| t.as_str()).collect();
    for r in plan.realities.items.iter() {
        texts.extend([r.reality.as_str(), r.impact.as_str()]);
    }
    for (_, c) in plan.commitments() {
        texts.extend([c.title.as_str(), c.objective.as_str()]);
    }
    for s in plan.strategies.items.iter() {
        texts.extend([s.title.as_str(), s.description.as_str()]);
    }
    for a in plan.acronyms.iter() {
        texts.extend([a.abbreviation.as_str(), a.expansion.as_str()]);
    }
    texts.extend([plan.fund.text.as_str(), plan.subtitle.as_str()]);
    texts.extend(plan.priorities.introduction.as_deref());
    texts.extend(plan.strategies.introduction.as_deref());
    assert!(texts.len() > 60, "the check covers the whole plan");
    for text in texts {
        assert!(
            seed.contains(&squash(text)),
            "not in the seed as written: {text:?}"
        );
    }
}

#[test]
fn headings_and_partner_names_come_from_the_seed() {
    let plan = plan();
    // Headings are set in capitals in the PDF; the app shows them in sentence case.
    let seed = repaired_seed().to_lowercase();
    let headings = [
        &plan.realities.heading,
        &plan.priorities.heading,
        &plan.municipal_programs.heading,
        &plan.other_municipal_plans.heading,
        &plan.strategies.heading,
        &plan.fund.heading,
        &plan.title,
    ];
    for heading in headings {
        assert!(
            seed.contains(&heading.to_lowercase()),
            "heading not in the seed: {heading:?}"
        );
    }
    let seed = repaired_seed();
    for partner in plan.partners.iter() {
        assert!(
            seed.contains(partner.short_name.as_str()),
            "partner {:?} is not named in the seed",
            partner.short_name
        );
    }
}

#[test]
fn fund_amount_is_written_as_in_the_plan() {
    let plan = plan();
    assert!(plan.fund.text.contains("200 000 $ par année"));
    assert!(!plan.fund.text.contains('\\'), "no extraction escape left");
}
