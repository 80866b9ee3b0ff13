//! The document's title names each view (`state::page_title`).

use plan_levis::i18n::{UiText, EN, FR};
use plan_levis::state::page_title::page_title;

#[test]
fn each_view_has_its_own_page_title() {
    use plan_levis_core::explore::ViewState;
    let plan = plan_levis::embedded_plan();
    let title =
        |text: &UiText, query: &str| page_title(text, plan, &ViewState::from_query(query, plan));
    let suffix = " — Plan de déploiement 2023-2024 | Ville de Lévis";
    // The start view keeps the page's own title; a filtered list names its filters.
    assert_eq!(title(&FR, ""), None);
    assert_eq!(
        title(&FR, "?axe=2&q=logement&partenaire=sdsc"),
        Some(format!(
            "Explorer le plan\u{a0}: Recherche\u{a0}: «\u{a0}logement\u{a0}» · Axe 2 · SDSC{suffix}"
        ))
    );
    assert_eq!(
        title(&EN, "?axe=2"),
        Some(format!("Explore the plan: Axis 2{suffix}"))
    );
    let cases = [
        (&FR, "?vue=sigles", "Sigles et acronymes"),
        (&EN, "?vue=sigles", "Acronyms and abbreviations"),
        (&FR, "?vue=matrice", "Qui est responsable de quoi"),
        (&FR, "?vue=plan-complet", "Le plan en entier"),
        (&EN, "?vue=plan-complet", "The whole plan"),
        (&FR, "?vue=notes", "Mes notes privées"),
        (&EN, "?vue=a-propos", "About and sources"),
        // An item's own title (the plan's French, in both languages), on any view.
        (
            &FR,
            "?vue=matrice&element=programme-fbcs",
            "Fonds pour bâtir des communautés plus sécuritaires (FBCS)",
        ),
        (
            &EN,
            "?element=priorite-logement-abordable",
            "Accessibilité au logement abordable et salubrité des logements",
        ),
    ];
    for (text, query, heading) in cases {
        assert_eq!(
            title(text, query),
            Some(format!("{heading}{suffix}")),
            "{query}"
        );
    }
    // An id the plan does not have is dropped with the rest of the link.
    assert_eq!(title(&FR, "?element=nope"), None);
}
