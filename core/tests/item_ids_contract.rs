//! Item and partner ids are a public contract: they are in shared links and key
//! people's notes. This list may only grow; renaming or removing an id needs a
//! migration that keeps old links and notes working (see docs/plan-data.md).

mod support;

use support::plan;

const ITEM_IDS: [&str; 23] = [
    "realite-croissance-demographique",
    "realite-nouvelle-pauvrete",
    "realite-inflation",
    "realite-nouveaux-arrivants",
    "realite-vieillissement",
    "priorite-logement-abordable",
    "priorite-participation-citoyenne",
    "priorite-main-d-oeuvre",
    "priorite-soutien-organismes",
    "priorite-mobilite-aines",
    "programme-cour-municipale-adaptee",
    "programme-fbcs",
    "programme-immigration",
    "programme-acces-universel",
    "programme-mada",
    "plan-mobilite-durable",
    "plan-directeur-parcs",
    "plan-action-environnemental",
    "strategie-collaborations",
    "strategie-consolidation-services",
    "strategie-approches-structurelles",
    "strategie-appreciation-continue",
    "fonds-soutien-financier",
];

const PARTNER_IDS: [&str; 16] = [
    "ville-de-levis",
    "omh-de-levis",
    "concertation-logement-levis",
    "cdc-de-levis",
    "convergence-action-benevole",
    "benevoles-d-expertise",
    "cisss-ca",
    "stlevis",
    "table-des-aines",
    "service-de-police",
    "service-des-sports-et-du-plein-air",
    "dajsc",
    "dtmd",
    "dev",
    "env",
    "sdsc",
];

#[test]
fn published_item_ids_never_change() {
    let plan = plan();
    assert_eq!(plan.item_ids(), ITEM_IDS);
}

#[test]
fn published_partner_ids_never_change() {
    let plan = plan();
    let ids: Vec<&str> = plan.partners.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, PARTNER_IDS);
}
