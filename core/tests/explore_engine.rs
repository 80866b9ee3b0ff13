//! The filter and search engine on the real plan, table-driven.

mod support;

use plan_levis_core::explore::{
    axis_totals, related, responsibility_matrix, FilterOption, MatrixRow, SearchIndex, View,
    ViewState,
};
use plan_levis_core::plan::CommitmentKind;

use support::plan;

fn no_notes(_: &str) -> bool {
    false
}

/// Ids of the commitments a URL query shows.
fn shown(index: &SearchIndex, query: &str) -> Vec<String> {
    let state = ViewState::from_query(query, index.plan());
    index
        .run(&state, &no_notes)
        .commitments
        .iter()
        .map(|(_, c)| c.id.to_string())
        .collect()
}

#[test]
fn filters_combine_or_within_and_across() {
    let index = SearchIndex::new(plan());
    let cases: &[(&str, &[&str])] = &[
        (
            "axe=2",
            &[
                "priorite-logement-abordable",
                "programme-cour-municipale-adaptee",
                "programme-fbcs",
            ],
        ),
        (
            "axe=1,3",
            &[
                "priorite-mobilite-aines",
                "plan-mobilite-durable",
                "plan-directeur-parcs",
                "plan-action-environnemental",
            ],
        ),
        (
            "partenaire=cdc-de-levis",
            &[
                "priorite-participation-citoyenne",
                "priorite-main-d-oeuvre",
                "priorite-soutien-organismes",
            ],
        ),
        (
            "axe=4&partenaire=cdc-de-levis",
            &["priorite-main-d-oeuvre", "priorite-soutien-organismes"],
        ),
        (
            "partenaire=dajsc,service-de-police",
            &["programme-cour-municipale-adaptee", "programme-fbcs"],
        ),
        (
            "type=autre-plan&axe=3",
            &["plan-directeur-parcs", "plan-action-environnemental"],
        ),
        ("type=priorite&partenaire=sdsc", &[]),
        (
            "type=priorite,programme&axe=5&partenaire=ville-de-levis,sdsc",
            &[
                "priorite-participation-citoyenne",
                "programme-immigration",
                "programme-acces-universel",
                "programme-mada",
            ],
        ),
    ];
    for (query, expected) in cases {
        assert_eq!(shown(&index, query), *expected, "?{query}");
    }
    // No filter: every commitment, in document order.
    let all: Vec<String> = index
        .plan()
        .commitments()
        .map(|(_, c)| c.id.to_string())
        .collect();
    assert_eq!(all.len(), 13);
    assert_eq!(shown(&index, ""), all);
}

#[test]
fn search_ignores_case_and_accents() {
    let index = SearchIndex::new(plan());
    let cases: &[(&str, &[&str])] = &[
        // « Table des aînés », « Municipalité amie des aînés »
        ("q=aines", &["priorite-mobilite-aines", "programme-mada"]),
        ("q=LOGEMENT", &["priorite-logement-abordable"]),
        ("q=cisss", &["priorite-soutien-organismes"]),
        ("q=%C3%A9quit%C3%A9", &["priorite-soutien-organismes"]),
        ("q=oeuvre+benevole", &["priorite-main-d-oeuvre"]),
        // Partner full names and abbreviation expansions are searched too.
        ("q=securitaires", &["programme-fbcs"]),
        (
            "q=Soci%C3%A9t%C3%A9+de+transport",
            &["priorite-mobilite-aines"],
        ),
        (
            "q=affaires+juridiques",
            &["programme-cour-municipale-adaptee"],
        ),
        ("q=axe+introuvable+zzz", &[]),
        ("q=parcours&axe=5", &[]),
    ];
    for (query, expected) in cases {
        assert_eq!(shown(&index, query), *expected, "?{query}");
    }
}

/// Ordinary phrasings a person types: little words count for nothing, and plural,
/// singular, masculine and feminine forms meet.
#[test]
fn search_takes_ordinary_french_phrasing() {
    let index = SearchIndex::new(plan());
    let cases: &[(&str, &[&str])] = &[
        // « transport … des personnes aînées »
        ("transport pour les aînés", &["priorite-mobilite-aines"]),
        // « logement social et abordable »
        ("logements sociaux", &["priorite-logement-abordable"]),
        // MADA: « les personnes âgées »; and « personnes aînées » (the vocabulary)
        (
            "personnes âgées",
            &["priorite-mobilite-aines", "programme-mada"],
        ),
        ("aînées", &["priorite-mobilite-aines", "programme-mada"]),
        (
            "les organismes communautaires",
            &["priorite-main-d-oeuvre", "priorite-soutien-organismes"],
        ),
        ("des bénévoles", &["priorite-main-d-oeuvre"]),
    ];
    for (query, expected) in cases {
        let results = index.run(&ViewState::default().with_query(query), &no_notes);
        let ids: Vec<&str> = results
            .commitments
            .iter()
            .map(|(_, c)| c.id.as_str())
            .collect();
        assert_eq!(ids, *expected, "{query}");
        assert!(!results.partial && results.unmatched.is_empty(), "{query}");
    }
}

#[test]
fn without_an_item_that_has_every_word_the_items_with_the_most_are_shown() {
    let index = SearchIndex::new(plan());
    let results = index.run(
        &ViewState::default().with_query("logement zzyzx"),
        &no_notes,
    );
    let ids: Vec<&str> = results
        .commitments
        .iter()
        .map(|(_, c)| c.id.as_str())
        .collect();
    assert_eq!(ids, ["priorite-logement-abordable"]);
    assert!(results.partial);
    assert_eq!(results.unmatched, ["zzyzx"]);
    // Nothing at all: no item, and every word said.
    let none = index.run(&ViewState::default().with_query("zzyzx Qwérty"), &no_notes);
    assert!(none.commitments.is_empty() && none.context.is_empty() && !none.partial);
    assert_eq!(none.unmatched, ["zzyzx", "Qwérty"]);
    // Every word found: not partial.
    let all = index.run(&ViewState::default().with_query("logement"), &no_notes);
    assert!(!all.partial && all.unmatched.is_empty());
}

/// Every set of the plan's words that the stemmer brings together, reviewed: forms of
/// one word, except « commun » and « commune », which a search for either may show
/// together. A change of the plan or of the stemmer that makes a new pair fails here,
/// to be reviewed.
#[test]
fn the_stemmer_joins_only_forms_of_one_word_in_the_plan() {
    use plan_levis_core::explore::fold::fold;
    use plan_levis_core::explore::words::{stem, words};
    let mut by_stem: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> =
        Default::default();
    for text in plan_texts() {
        for word in words(&fold(&text)) {
            by_stem
                .entry(stem(word).into_owned())
                .or_default()
                .insert(word.to_owned());
        }
    }
    let joined: Vec<String> = by_stem
        .values()
        .filter(|forms| forms.len() > 1)
        .map(|forms| forms.iter().cloned().collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        joined,
        [
            "actif actifs",
            "action actions",
            "adaptee adaptes",
            "ainees aines",
            "annee annees",
            "benevole benevoles",
            "changement changements",
            "collaboration collaborations",
            "commun commune",
            "communaute communautes",
            "demande demandes",
            "economique economiques",
            "intervention interventions",
            "leur leurs",
            "logement logements",
            "milieu milieux",
            "municipal municipale municipaux",
            "nouveau nouveaux",
            "offertes offerts",
            "organisation organisations",
            "plan plans",
            "politique politiques",
            "principales principaux",
            "programme programmes",
            "realise realisees",
            "service services",
            "social sociale sociales sociaux",
            "transport transports",
            "urbain urbaine",
        ]
    );
}

#[test]
fn realities_and_strategies_follow_the_search_but_not_the_filters() {
    let index = SearchIndex::new(plan());
    let context = |query: &str| -> Vec<String> {
        let state = ViewState::from_query(query, index.plan());
        index
            .run(&state, &no_notes)
            .context
            .iter()
            .map(|i| i.id().to_owned())
            .collect()
    };
    assert_eq!(
        context("").len(),
        5 + 4 + 1,
        "all realities, strategies and the fund"
    );
    assert_eq!(
        context("axe=2&partenaire=sdsc").len(),
        10,
        "filters leave them alone"
    );
    assert_eq!(context("q=inflation"), ["realite-inflation"]);
    assert_eq!(context("q=200+000"), ["fonds-soutien-financier"]);
    assert!(context("q=zzz").is_empty());
}

#[test]
fn facet_counts_apply_the_other_filters() {
    let plan = plan();
    let index = SearchIndex::new(plan);
    let state = ViewState::from_query("axe=4", plan);
    let facets = index.run(&state, &no_notes).facets;
    // The axis facet ignores the axis filter itself.
    let axes: Vec<usize> = (1..=5).map(|a| facets.axis(a)).collect();
    assert_eq!(axes, [2, 3, 2, 2, 4]);
    // Partners under axis 4 only.
    assert_eq!(facets.partner("cdc-de-levis"), 2);
    assert_eq!(facets.partner("cisss-ca"), 1);
    assert_eq!(
        facets.partner("sdsc"),
        0,
        "an option that gives nothing says 0"
    );
    assert_eq!(facets.kind(CommitmentKind::Priority), 2);
    assert_eq!(facets.kind(CommitmentKind::MunicipalProgram), 0);

    let state = ViewState::from_query("q=aines&type=programme", plan);
    let facets = index.run(&state, &no_notes).facets;
    assert_eq!(facets.axis(5), 1, "search applies to counts");
    assert_eq!(facets.axis(1), 0);
    assert_eq!(facets.kind(CommitmentKind::Priority), 1);
}

#[test]
fn only_items_with_notes() {
    let index = SearchIndex::new(plan());
    let state = ViewState::from_query("notes=1", index.plan());
    let has_note = |id: &str| id == "programme-mada" || id == "realite-inflation";
    let results = index.run(&state, &has_note);
    let ids: Vec<&str> = results
        .commitments
        .iter()
        .map(|(_, c)| c.id.as_str())
        .collect();
    assert_eq!(ids, ["programme-mada"]);
    assert_eq!(results.context.len(), 1);
}

#[test]
fn unknown_values_in_a_link_are_ignored() {
    let plan = plan();
    let state = ViewState::from_query(
        "?vue=inconnue&axe=9,2,x&partenaire=inconnu,sdsc&type=rien,priorite&element=nope&autre=1",
        plan,
    );
    assert_eq!(state.view, View::Explore);
    assert_eq!(state.filters.axes.iter().copied().collect::<Vec<_>>(), [2]);
    assert_eq!(
        state.filters.partners.iter().cloned().collect::<Vec<_>>(),
        ["sdsc"]
    );
    assert_eq!(
        state.filters.kinds.iter().copied().collect::<Vec<_>>(),
        [CommitmentKind::Priority]
    );
    assert_eq!(state.item, None);
    // And what was left out, as the link writes it, for the app to say.
    let (_, unknown) = ViewState::read_query(
        "?vue=inconnue&axe=9,2,x&partenaire=inconnu,sdsc&type=rien,priorite&element=nope&autre=1",
        plan,
    );
    assert_eq!(unknown.item.as_deref(), Some("nope"));
    assert_eq!(
        unknown.filters,
        ["axe=9", "axe=x", "partenaire=inconnu", "type=rien"]
    );
    assert_eq!(
        ViewState::read_query("axe=2,5&partenaire=sdsc", plan).1,
        Default::default()
    );
    for garbage in ["%%%", "&&&=", "axe=", "q=%FF%FE", "element=", "=="] {
        let state = ViewState::from_query(garbage, plan);
        assert!(state.filters.is_empty(), "{garbage}");
    }
}

#[test]
fn a_view_survives_the_trip_through_its_url() {
    let plan = plan();
    for query in [
        "",
        "?vue=matrice",
        "?q=a%C3%AEn%C3%A9s+%26+logement",
        "?vue=sigles&q=SDSC&axe=2,5&partenaire=cdc-de-levis,sdsc&type=priorite,autre-plan&notes=1&element=programme-mada",
    ] {
        let state = ViewState::from_query(query, plan);
        assert_eq!(state.to_query(), query);
        assert_eq!(ViewState::from_query(&state.to_query(), plan), state);
    }
    let state = ViewState::from_query("q=a%C3%AEn%C3%A9s+%26+logement", plan);
    assert_eq!(state.query, "aînés & logement");
}

#[test]
fn toggling_a_filter_closes_the_open_item() {
    let plan = plan();
    let state = ViewState::from_query("element=programme-mada&axe=5", plan);
    let next = state.toggle(FilterOption::Axis(5));
    assert!(next.filters.axes.is_empty());
    assert_eq!(next.item, None);
    assert_eq!(
        state.toggle(FilterOption::Partner("sdsc")).to_query(),
        "?axe=5&partenaire=sdsc"
    );
    assert_eq!(state.cleared().to_query(), "");
}

#[test]
fn each_filter_option_turns_on_then_off_and_is_listed_while_on() {
    let plan = plan();
    let options = [
        (FilterOption::Axis(2), "?axe=2"),
        (
            FilterOption::Kind(CommitmentKind::MunicipalProgram),
            "?type=programme",
        ),
        (FilterOption::Partner("sdsc"), "?partenaire=sdsc"),
        (FilterOption::NotedOnly, "?notes=1"),
    ];
    let empty = ViewState::default();
    for (option, query) in options {
        assert!(!empty.filters.has(option));
        let on = empty.toggle(option);
        assert!(on.filters.has(option), "{option:?}");
        assert_eq!(on.to_query(), query);
        assert_eq!(on.filters.active(), [option]);
        let off = on.toggle(option);
        assert!(!off.filters.has(option));
        assert_eq!(off, empty);
    }
    // All at once: listed axes, kinds, notes, then partners.
    let all = ViewState::from_query("partenaire=sdsc&notes=1&type=programme&axe=4,2", plan);
    assert_eq!(
        all.filters.active(),
        [
            FilterOption::Axis(2),
            FilterOption::Axis(4),
            FilterOption::Kind(CommitmentKind::MunicipalProgram),
            FilterOption::NotedOnly,
            FilterOption::Partner("sdsc"),
        ]
    );
}

#[test]
fn an_option_counts_what_it_would_give() {
    let plan = plan();
    let index = SearchIndex::new(plan);
    let state = ViewState::from_query("axe=4", plan);
    let has_note = |id: &str| id == "programme-mada" || id == "realite-inflation";
    let results = index.run(&state, &has_note);
    assert_eq!(
        results.count(FilterOption::Axis(5), &has_note),
        results.facets.axis(5)
    );
    assert_eq!(
        results.count(FilterOption::Partner("cdc-de-levis"), &has_note),
        2
    );
    assert_eq!(
        results.count(FilterOption::Kind(CommitmentKind::Priority), &has_note),
        2
    );
    // The notes option counts the items shown that have a note.
    let noted = results
        .commitments
        .iter()
        .filter(|(_, c)| has_note(&c.id))
        .count()
        + results.context.iter().filter(|i| has_note(i.id())).count();
    assert_eq!(results.count(FilterOption::NotedOnly, &has_note), noted);
    let everything = index.run(&ViewState::default(), &has_note);
    assert_eq!(everything.count(FilterOption::NotedOnly, &has_note), 2);
}

#[test]
fn related_items_share_an_axis_or_a_partner() {
    let plan = plan();
    let rel = related(plan, "priorite-soutien-organismes");
    let ids: Vec<&str> = rel.iter().map(|r| r.commitment.id.as_str()).collect();
    // Same axis (4) and shared partners first.
    assert_eq!(ids[0], "priorite-main-d-oeuvre");
    assert!(rel[0].same_axis);
    assert_eq!(rel[0].shared_partners, ["cdc-de-levis", "ville-de-levis"]);
    assert!(!ids.contains(&"priorite-soutien-organismes"));
    assert!(
        !ids.contains(&"plan-action-environnemental"),
        "no shared axis or partner"
    );
    assert!(related(plan, "realite-inflation").is_empty());
    assert!(related(plan, "inconnu").is_empty());
}

#[test]
fn every_suggested_kiosk_search_finds_something() {
    let index = SearchIndex::new(plan());
    for query in plan_levis_core::kiosk::SUGGESTED_SEARCHES {
        let state = ViewState::default().with_query(query);
        let results = index.run(&state, &no_notes);
        assert!(
            !results.commitments.is_empty() || !results.context.is_empty(),
            "{query} finds nothing"
        );
    }
}

#[test]
fn who_does_what_counts_commitments_per_partner_and_axis() {
    let plan = plan();
    let matrix = responsibility_matrix(plan);
    assert_eq!(matrix.len(), plan.partners.len());
    let row = |id: &str| matrix.iter().find(|r| r.partner.id == id).unwrap();
    let counts = |id: &str| row(id).per_axis.iter().map(|(_, n)| *n).collect::<Vec<_>>();
    assert_eq!(counts("cdc-de-levis"), [0, 0, 0, 2, 1]);
    assert_eq!(counts("sdsc"), [0, 2, 0, 0, 3]);
    assert_eq!(counts("dtmd"), [1, 0, 0, 0, 0]);
    assert_eq!(row("ville-de-levis").total, 5);
    for r in &matrix {
        let sum: usize = r.per_axis.iter().map(|(_, n)| n).sum();
        assert_eq!(sum, r.total, "{}: one axis per commitment", r.partner.id);
        assert!(r.total > 0, "{} is responsible for something", r.partner.id);
    }
    // The most responsible first; equal totals in the registry's order.
    for pair in matrix.windows(2) {
        let registry = |r: &MatrixRow| plan.partners.iter().position(|p| p.id == r.partner.id);
        assert!(
            pair[0].total > pair[1].total
                || (pair[0].total == pair[1].total && registry(&pair[0]) < registry(&pair[1])),
            "{} before {}",
            pair[0].partner.id,
            pair[1].partner.id
        );
    }
    assert!(matrix[0].total > matrix[matrix.len() - 1].total);
    // Per axis: each commitment once, however many partners it has.
    let per_axis = axis_totals(plan);
    assert_eq!(
        per_axis.iter().map(|(a, _)| *a).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5]
    );
    assert_eq!(
        per_axis.iter().map(|(_, n)| n).sum::<usize>(),
        plan.commitments().count()
    );
    for (axis, n) in per_axis {
        let column: usize = matrix
            .iter()
            .map(|r| r.per_axis[usize::from(axis) - 1].1)
            .sum();
        assert!(n <= column && n > 0, "axis {axis}: {n} of {column}");
    }
}

#[test]
fn a_partners_list_and_a_matrix_cell_are_views_that_filter_on_it() {
    let index = SearchIndex::new(plan());
    // From anywhere (a search, another partner, an open item), in the same language.
    let here = ViewState::read_query(
        "?q=logement&partenaire=sdsc&element=programme-mada&lang=en",
        plan(),
    )
    .0;
    let list = here.partner_list("cdc-de-levis", None);
    assert_eq!(list.to_query(), "?partenaire=cdc-de-levis&lang=en");
    let cell = here.partner_list("cdc-de-levis", Some(4));
    assert_eq!(cell.to_query(), "?axe=4&partenaire=cdc-de-levis&lang=en");
    // They show what the matrix counts: the row's total, and the cell's number.
    let matrix = responsibility_matrix(plan());
    let row = matrix
        .iter()
        .find(|r| r.partner.id == "cdc-de-levis")
        .unwrap();
    assert_eq!(index.run(&list, &no_notes).commitments.len(), row.total);
    let on_axis_4 = row.per_axis.iter().find(|(a, _)| *a == 4).unwrap().1;
    assert_eq!(index.run(&cell, &no_notes).commitments.len(), on_axis_4);
}

/// Every text of the plan JSON (the search's haystacks are among them).
fn plan_texts() -> Vec<String> {
    fn walk(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(
        &serde_json::from_str(support::plan_json()).unwrap(),
        &mut out,
    );
    out
}

/// What folding gives with the full Unicode lowercase (`char::to_lowercase`).
fn folded_with_full_lowercase(c: char) -> String {
    plan_levis_core::explore::fold::fold(&c.to_lowercase().collect::<String>())
}

#[test]
fn folding_agrees_with_full_unicode_lowercase_wherever_a_match_is_possible() {
    use plan_levis_core::explore::fold::fold;
    use std::collections::BTreeSet;
    let plan_chars: BTreeSet<char> = plan_texts().iter().flat_map(|t| t.chars()).collect();
    // The plan's own characters fold as with the full Unicode lowercase.
    for &c in &plan_chars {
        assert_eq!(fold(&c.to_string()), folded_with_full_lowercase(c), "{c:?}");
    }
    // Any character a person may type: where the full lowercase could match the
    // plan's folded text, the small folding gives the same.
    let folded_plan: BTreeSet<char> = plan_chars
        .iter()
        .flat_map(|c| fold(&c.to_string()).chars().collect::<Vec<_>>())
        .collect();
    let mut differ = Vec::new();
    for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
        let full = folded_with_full_lowercase(c);
        if full.chars().all(|f| folded_plan.contains(&f)) && fold(&c.to_string()) != full {
            differ.push(c);
        }
    }
    assert!(differ.is_empty(), "fold differs for {differ:?}");
    // The capitals it claims to lowercase (Latin-1, Latin Extended-A, unaccented Greek,
    // basic Cyrillic): as in Unicode wherever that is one letter.
    let claimed = (0xC0..=0x17F_u32).chain(0x391..=0x3AB).chain(0x400..=0x42F);
    for c in claimed.filter_map(char::from_u32) {
        let mut lower = c.to_lowercase();
        if let (Some(l), None) = (lower.next(), lower.next()) {
            if c != 'İ' {
                assert_eq!(
                    plan_levis_core::explore::fold::simple_lowercase(c),
                    l,
                    "{c:?}"
                );
            }
        }
    }
}

#[test]
fn word_boundaries_agree_with_unicode_on_the_plan_text() {
    use plan_levis_core::explore::words::is_word_char;
    for text in plan_texts() {
        for c in text.chars() {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric() || c == '-',
                "{c:?} in {text:?}"
            );
        }
    }
}

#[test]
fn a_link_to_an_unknown_item_is_told_apart() {
    let plan = plan();
    let unknown = |query| ViewState::read_query(query, plan).1.item;
    assert_eq!(
        unknown("?element=inexistant"),
        Some("inexistant".to_owned())
    );
    assert_eq!(
        unknown("axe=2&element=%20coupe-"),
        Some("coupe-".to_owned())
    );
    // Known, absent or empty: nothing to say.
    assert_eq!(unknown("element=priorite-logement-abordable"), None);
    assert_eq!(unknown("axe=2"), None);
    assert_eq!(unknown("element="), None);
    // The last `element` is the one the view opens, as in `from_query`.
    assert_eq!(
        unknown("element=x&element=priorite-logement-abordable"),
        None
    );
    assert_eq!(
        unknown("element=priorite-logement-abordable&element=x"),
        Some("x".to_owned())
    );
    // The view drops it either way.
    assert_eq!(ViewState::from_query("element=inexistant", plan).item, None);
}

#[test]
fn an_item_id_in_capitals_opens_the_item() {
    let (state, unknown) = ViewState::read_query("element=PRIORITE-MOBILITE-AINES", plan());
    assert_eq!(state.item.as_deref(), Some("priorite-mobilite-aines"));
    assert_eq!(unknown, Default::default());
    assert_eq!(state.to_query(), "?element=priorite-mobilite-aines");
}

#[test]
fn active_filters_are_chips_that_each_remove_one() {
    use plan_levis_core::explore::{active_filters, ChipLabel};
    let plan = plan();
    let state = ViewState::from_query(
        "?q=%20logement%20&axe=2,5&type=priorite&partenaire=sdsc&notes=1&vue=plan-complet",
        plan,
    );
    let chips = active_filters(plan, &state);
    let labels: Vec<&ChipLabel> = chips.iter().map(|c| &c.label).collect();
    assert_eq!(
        labels,
        [
            &ChipLabel::Search("logement".to_owned()),
            &ChipLabel::Axis(2),
            &ChipLabel::Axis(5),
            &ChipLabel::Kind(CommitmentKind::Priority),
            &ChipLabel::NotedOnly,
            &ChipLabel::Partner("SDSC".to_owned()),
        ]
    );
    // Each chip's view is the same view less that one filter.
    assert_eq!(chips[0].without, state.with_query(""));
    for chip in &chips[1..] {
        assert_eq!(chip.without.query, state.query);
        assert_eq!(
            chip.without.filters.active().len() + 1,
            state.filters.active().len()
        );
    }
    assert!(!chips[1].without.filters.axes.contains(&2));
    assert!(chips[1].without.filters.axes.contains(&5));
    assert!(active_filters(plan, &state.cleared()).is_empty());
    // A blank search is no chip.
    assert!(active_filters(plan, &ViewState::from_query("?q=%20%20", plan)).is_empty());
}

#[test]
fn a_long_search_is_shortened_in_its_chip() {
    use plan_levis_core::explore::{active_filters, shortened, ChipLabel, SEARCH_CHIP_CHARS};
    let plan = plan();
    let short = "logement social pour les aînés";
    assert_eq!(shortened(short), short);
    let long = "transport adapté pour les personnes aînées de Saint-Romuald et de Lévis";
    let chip = shortened(long);
    assert_eq!(chip, "transport adapté pour les personnes aîné…");
    assert!(chip.chars().count() <= SEARCH_CHIP_CHARS + 1);
    // One long word: cut at the limit, by characters (accents are one each).
    let word = "é".repeat(100);
    assert_eq!(
        shortened(&word),
        format!("{}…", "é".repeat(SEARCH_CHIP_CHARS))
    );
    // The chip shows it so; the view keeps the whole search.
    let state = ViewState::from_query(&format!("?q={}", long.replace(' ', "%20")), plan);
    let chips = active_filters(plan, &state);
    assert_eq!(chips[0].label, ChipLabel::Search(chip));
    assert_eq!(state.query, long);
}

#[test]
fn newcomers_lead_to_the_immigration_plan_and_its_reality() {
    let index = SearchIndex::new(plan());
    for query in ["newcomer", "newcomers", "Newcomers"] {
        let results = index.run(&ViewState::default().with_query(query), &no_notes);
        let commitments: Vec<&str> = results
            .commitments
            .iter()
            .map(|(_, c)| c.id.as_str())
            .collect();
        assert!(
            commitments.contains(&"programme-immigration"),
            "{query}: {commitments:?}"
        );
        let context: Vec<&str> = results.context.iter().map(|i| i.id()).collect();
        assert!(
            context.contains(&"realite-nouveaux-arrivants"),
            "{query}: {context:?}"
        );
        assert!(results.unmatched.is_empty(), "{query}");
    }
}

#[test]
fn what_the_plan_does_not_cover_is_named_as_not_found() {
    let index = SearchIndex::new(plan());
    for (query, missing) in [
        ("daycare", &["daycare"][..]),
        ("francisation", &["francisation"]),
        ("work permit", &["work", "permit"]),
        ("accompagnement médical", &["médical"]),
    ] {
        let results = index.run(&ViewState::default().with_query(query), &no_notes);
        assert_eq!(results.unmatched, missing, "{query}");
    }
}

#[test]
fn a_search_typed_with_decomposed_accents_finds_what_the_composed_one_finds() {
    let index = SearchIndex::new(plan());
    // « aînées » as NFC, and as NFD (each accent a combining mark after its letter).
    let composed = shown(&index, "?q=a%C3%AEn%C3%A9es");
    let decomposed = shown(&index, "?q=ai%CC%82ne%CC%81es");
    assert!(!composed.is_empty());
    assert_eq!(decomposed, composed);
}

/// Every item id a search finds, commitments and context alike.
fn found(index: &SearchIndex, query: &str) -> Vec<String> {
    support::found_ids(&index.run(&ViewState::default().with_query(query), &no_notes))
}

#[test]
fn every_word_of_the_vocabulary_leads_to_items_by_a_word_the_plan_has() {
    use plan_levis_core::explore::vocabulary::VOCABULARY;
    let index = SearchIndex::new(plan());
    let pairs = VOCABULARY
        .iter()
        .flat_map(|(plan_word, people)| people.split(' ').map(move |word| (word, *plan_word)));
    for (word, plan_word) in pairs {
        // The plan's word finds items by itself, and is not just another vocabulary word.
        let by_plan_word = found(&index, plan_word);
        assert!(
            !by_plan_word.is_empty(),
            "« {plan_word} » (for {word}) is in the plan"
        );
        let results = index.run(&ViewState::default().with_query(plan_word), &no_notes);
        assert!(
            results.also.is_empty(),
            "« {plan_word} » is the plan's own word"
        );
        assert!(results.unmatched.is_empty());
        // The entry applies to the word people use, and says so.
        let plain = index.run(
            &ViewState::default().with_query(&format!("{word} zzyzx")),
            &no_notes,
        );
        assert_eq!(plain.also, [plan_word], "{word}");
        // It finds what the plan's word finds.
        let by_word = found(&index, word);
        assert!(
            by_plan_word.iter().all(|id| by_word.contains(id)),
            "{word}: {by_word:?} has all of {by_plan_word:?}"
        );
    }
    // As people type them: plural and feminine forms, capitals, in a phrase.
    let results = index.run(
        &ViewState::default().with_query("Personnes âgées"),
        &no_notes,
    );
    assert_eq!(results.also, ["aînés"]);
    assert!(!results.partial && results.unmatched.is_empty());
    assert!(found(&index, "Personnes âgées").contains(&"priorite-mobilite-aines".to_owned()));
    assert_eq!(found(&index, "Seniors"), found(&index, "aînés"));
    assert_eq!(
        found(&index, "affordable housing"),
        found(&index, "logement abordable")
    );
    // The plan's words are highlighted in what was found.
    assert!(
        results.terms.contains(&"aines".to_owned()),
        "{:?}",
        results.terms
    );
}

#[test]
fn no_vocabulary_word_is_one_the_plan_has() {
    use plan_levis_core::explore::fold::fold;
    use plan_levis_core::explore::vocabulary::VOCABULARY;
    use plan_levis_core::explore::words::{stem, words};
    let text = fold(&plan_texts().join(" "));
    let plan_stems: Vec<String> = words(&text).map(|w| stem(w).into_owned()).collect();
    // « âges » (« de tous âges ») has the stem of « âgé »: an entry all the same, so
    // that « personnes âgées » finds « personnes aînées ».
    const SHARES_A_STEM: [&str; 1] = ["âgé"];
    let people = VOCABULARY.iter().flat_map(|(_, people)| people.split(' '));
    for word in people.filter(|w| !SHARES_A_STEM.contains(w)) {
        let typed = fold(word);
        assert!(
            !plan_stems.contains(&stem(&typed).into_owned()),
            "« {word} » is a word of the plan: it needs no entry"
        );
    }
}

#[test]
fn a_list_is_the_explore_view_without_an_item() {
    let plan = plan();
    let read = |query: &str| ViewState::read_query(query, plan).0;
    assert!(read("").is_list());
    assert!(read("?axe=2&q=logement").is_list());
    assert!(!read("?axe=2&element=programme-mada").is_list());
    assert!(!read("?vue=matrice").is_list());
    assert!(!read("?vue=notes").is_list());
}

#[test]
fn a_search_word_matches_where_plan_words_start() {
    let index = SearchIndex::new(plan());
    // `rent` leads to « logement » (vocabulary); it no longer finds the parks plan
    // through « différents ».
    let rent = shown(&index, "q=rent");
    assert!(
        !rent.contains(&"plan-directeur-parcs".to_owned()),
        "{rent:?}"
    );
    assert_eq!(rent, shown(&index, "q=logement"));
    // The start of a word still finds it while typing.
    assert_eq!(shown(&index, "q=loge"), shown(&index, "q=logement"));
    assert!(shown(&index, "q=diff").contains(&"plan-directeur-parcs".to_owned()));
    assert!(shown(&index, "q=erents").is_empty());
}

#[test]
fn a_search_of_little_words_only_says_they_were_ignored() {
    let index = SearchIndex::new(plan());
    let all = shown(&index, "");
    for (query, ignored) in [
        ("q=le+la+les+de", vec!["le", "la", "les", "de"]),
        // A lone combining accent folds to nothing: ignored, not a match of everything.
        ("q=%CC%81", vec!["\u{301}"]),
    ] {
        let state = ViewState::from_query(query, index.plan());
        let results = index.run(&state, &no_notes);
        assert_eq!(results.ignored, ignored, "{query}");
        assert!(results.terms.is_empty(), "{query}");
        assert_eq!(shown(&index, query), all, "{query}: nothing is searched");
    }
    // With a word that counts, nothing is said about the little ones.
    let state = ViewState::from_query("q=transport+pour+les+a%C3%AEn%C3%A9s", index.plan());
    assert!(index.run(&state, &no_notes).ignored.is_empty());
    // A word after a combining accent still counts.
    assert_eq!(
        shown(&index, "q=%CC%81+logement"),
        shown(&index, "q=logement")
    );
}
