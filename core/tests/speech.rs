//! What « Écouter » reads, for every item of the plan shipped with the app: every
//! abbreviation said in full, no sign a voice stumbles on, and each part of the item.

mod support;

use plan_levis_core::explore::markup::contains_word;
use plan_levis_core::plan::{CommitmentKind, ItemRef, Plan};
use plan_levis_core::speech::spoken_item;

fn plan() -> Plan {
    support::plan().clone()
}

/// Short forms a listener could not understand: every abbreviation, and every
/// partner's short name that differs from its full name.
fn short_forms(plan: &Plan) -> Vec<String> {
    let mut forms: Vec<String> = plan
        .abbreviations()
        .map(|a| a.abbreviation.to_string())
        .collect();
    for p in plan.partners.iter().filter(|p| p.short_name != p.full_name) {
        forms.push(p.short_name.to_string());
    }
    forms
}

#[test]
fn every_item_is_said_in_full_words() {
    let plan = plan();
    let forms = short_forms(&plan);
    assert!(forms.len() >= 14, "the plan's abbreviations are there");
    for item in plan.items() {
        let said = spoken_item(&plan, item);
        for form in &forms {
            // A full name may hold its own short form's words (« Lévis »), never the form.
            let in_full = plan
                .partners
                .iter()
                .any(|p| p.full_name.contains(form.as_str()));
            assert!(
                in_full || !contains_word(&said, form),
                "{}: « {form} » is said as is: {said}",
                item.id()
            );
        }
        for sign in [
            '$', '%', '&', '/', '#', '*', '<', '>', '=', '+', '_', '|', '\u{a0}', '\u{202f}',
        ] {
            assert!(
                !said.contains(sign),
                "{}: {sign:?} left in: {said}",
                item.id()
            );
        }
        assert!(
            !said.contains(".."),
            "{}: a doubled full stop: {said}",
            item.id()
        );
        assert!(said.ends_with('.'), "{}", item.id());
    }
}

#[test]
fn a_commitment_says_title_rank_axis_objective_and_partners() {
    let plan = plan();
    for (kind, c) in plan.commitments() {
        let said = spoken_item(&plan, ItemRef::Commitment(kind, c));
        let axis = plan.axis(c.axis).unwrap();
        let kind_words = match kind {
            CommitmentKind::Priority => "Priorité collective",
            CommitmentKind::MunicipalProgram => "Plan ou programme municipal priorisé",
            CommitmentKind::OtherMunicipalPlan => "Autre plan municipal",
        };
        let total = plan.commitments_of(kind).len();
        let rank = format!("{kind_words} {} sur {total}", c.number);
        let axis_said = format!("Axe {} : {}.", c.axis, axis.name);
        let parts = [rank.as_str(), axis_said.as_str(), "Objectif : "];
        let mut at = 0;
        for part in parts {
            let found = said[at..]
                .find(part)
                .unwrap_or_else(|| panic!("{}: « {part} » after {at} in: {said}", c.id));
            at += found + part.len();
        }
        for id in c.partners.iter() {
            let partner = plan.partner(id).unwrap();
            assert!(
                said[at..].contains(partner.full_name.as_str()),
                "{}: {} in: {said}",
                c.id,
                partner.full_name
            );
        }
    }
}

#[test]
fn known_cases_read_as_a_person_would_say_them() {
    let plan = plan();
    let said = |id: &str| spoken_item(&plan, plan.item(id).unwrap());
    let priority = said("priorite-soutien-organismes");
    assert!(priority.contains(", par ordre d'importance."), "{priority}");
    let cisss = plan
        .items()
        .find_map(|i| {
            i.commitment()
                .filter(|(_, c)| c.partners.iter().any(|p| p == "cisss-ca"))
        })
        .map(|(_, c)| said(&c.id))
        .unwrap();
    assert!(
        cisss.contains("Centre intégré de santé et de services sociaux de Chaudière-Appalaches"),
        "{cisss}"
    );
    let sdsc = plan
        .items()
        .find_map(|i| {
            i.commitment()
                .filter(|(_, c)| c.partners.iter().any(|p| p == "sdsc"))
        })
        .map(|(_, c)| said(&c.id))
        .unwrap();
    assert!(
        sdsc.contains("Service du développement social et communautaire"),
        "{sdsc}"
    );
    // Each partner once, joined as a sentence: « A, B et C ».
    let names: Vec<&str> = plan
        .commitments()
        .find(|(_, c)| c.partners.len() >= 3)
        .map(|(_, c)| {
            c.partners
                .iter()
                .map(|id| plan.partner(id).unwrap().full_name.as_str())
                .collect()
        })
        .unwrap();
    let joined = format!("{}, {} et", names[0], names[1]);
    assert!(plan
        .commitments()
        .any(|(k, c)| spoken_item(&plan, ItemRef::Commitment(k, c)).contains(&joined)));
    // The fund: its amount as words a voice says.
    let fund = said(&plan.fund.id);
    assert!(fund.contains("Montant annuel : 200 000 dollars."), "{fund}");
    assert!(
        fund.contains("200 000 dollars par année") || !plan.fund.text.contains("$ par année"),
        "{fund}"
    );
    // « Fonds pour bâtir des communautés plus sécuritaires (FBCS) »: the name said once.
    let fbcs = plan
        .abbreviations()
        .find(|a| a.abbreviation == "FBCS")
        .unwrap();
    let title = plan
        .commitments()
        .find(|(_, c)| c.title.contains("(FBCS)"))
        .map(|(k, c)| spoken_item(&plan, ItemRef::Commitment(k, c)))
        .unwrap();
    assert_eq!(title.matches(fbcs.expansion.as_str()).count(), 1, "{title}");
    assert!(
        fund.contains("Commission consultative de développement social et communautaire et régie"),
        "{fund}"
    );
    // PAJIC and PAJ-SM in the middle of a sentence.
    let parcours = plan
        .commitments()
        .find(|(_, c)| c.objective.contains("PAJIC"))
        .map(|(k, c)| spoken_item(&plan, ItemRef::Commitment(k, c)))
        .unwrap();
    for short in ["PAJIC", "PAJ-SM"] {
        let a = plan
            .abbreviations()
            .find(|a| a.abbreviation == short)
            .unwrap();
        assert!(parcours.contains(a.expansion.as_str()), "{parcours}");
    }
    // A reality: its impact, with its label; a strategy: its rank.
    let reality = said(&plan.realities.items[0].id);
    assert!(
        reality.contains(&format!(
            "Réalité actuelle 1 sur {}.",
            plan.realities.items.len()
        )),
        "{reality}"
    );
    assert!(
        reality.contains("Impact sur la prestation de services : "),
        "{reality}"
    );
    let strategy = said(&plan.strategies.items[1].id);
    assert!(
        strategy.starts_with(plan.strategies.items[1].title.trim_end_matches('.')),
        "{strategy}"
    );
    assert!(
        strategy.contains(&format!(
            "Stratégie de mise en action 2 sur {}.",
            plan.strategies.items.len()
        )),
        "{strategy}"
    );
}

#[test]
fn the_voice_is_quebec_french_first_then_any_french_then_none() {
    use plan_levis_core::speech::pick_voice;
    let pick =
        |langs: &[&str]| pick_voice(&langs.iter().map(|l| l.to_string()).collect::<Vec<_>>());
    assert_eq!(pick(&["en-US", "fr-FR", "fr-CA"]), Some(2));
    assert_eq!(pick(&["fr_CA", "fr-FR"]), Some(0), "Android writes fr_CA");
    assert_eq!(pick(&["en-US", "FR-fr", "fr-BE"]), Some(1));
    assert_eq!(pick(&["en-US", "fr"]), Some(1));
    assert_eq!(pick(&["en-US", "fr-CAX", "fr-CH"]), Some(1));
    assert_eq!(
        pick(&["en-US", "fy-NL", "frr", "f"]),
        None,
        "Frisian is not French"
    );
    assert_eq!(pick(&[]), None, "no voice known yet");
}
