//! The address the kiosk's QR code holds: the same view in the citizens' app.

mod support;

use plan_levis_core::explore::{View, ViewState};
use plan_levis_core::kiosk::phone_link::{
    app_url, configured_app_url, phone_address, NotAnAppAddress,
};
use plan_levis_core::lang::Lang;

#[test]
fn the_app_is_the_folder_above_the_kiosk_by_default() {
    for (kiosk, app) in [
        (
            "https://example.org/plan/kiosque/?delai=90",
            "https://example.org/plan/",
        ),
        ("https://example.org/kiosque/", "https://example.org/"),
        (
            "http://127.0.0.1:8080/kiosque/index.html?delai=2&ecoute=non#x",
            "http://127.0.0.1:8080/",
        ),
        (
            "https://example.org/a/b/kiosque/?element=programme-mada",
            "https://example.org/a/b/",
        ),
        ("https://example.org/kiosque", "https://example.org/"),
    ] {
        assert_eq!(app_url(None, kiosk), app, "{kiosk}");
    }
}

#[test]
fn a_configured_address_wins_and_must_be_https() {
    let configured = configured_app_url("https://ville.example/plan-levis").unwrap();
    assert_eq!(configured, "https://ville.example/plan-levis/");
    assert_eq!(
        app_url(Some(&configured), "http://10.0.0.5/kiosque/?delai=90"),
        configured
    );
    assert_eq!(
        configured_app_url(" https://ville.example/ ").unwrap(),
        "https://ville.example/"
    );
    for bad in [
        "http://ville.example/",
        "ville.example",
        "/plan/",
        "https://",
        "https:///x",
        "https://a.b/?x=1",
        "https://a.b/#x",
        "",
    ] {
        assert_eq!(
            configured_app_url(bad),
            Err(NotAnAppAddress(bad.trim().to_owned())),
            "{bad:?}"
        );
    }
}

#[test]
fn the_phone_gets_the_view_on_screen_and_nothing_else() {
    let plan = support::plan();
    let app = "https://example.org/plan/";
    let read = |query: &str| ViewState::from_query(query, plan);
    // The start view: nothing to continue.
    assert_eq!(phone_address(app, &read("")), None);
    assert_eq!(phone_address(app, &read("?lang=en")), None);
    // An item, a filtered and searched list, another view: each as the app writes it,
    // with the language written out.
    assert_eq!(
        phone_address(app, &read("?element=programme-mada")).unwrap(),
        "https://example.org/plan/?element=programme-mada&lang=fr"
    );
    assert_eq!(
        phone_address(app, &read("?q=logement&axe=2,5&partenaire=sdsc&lang=en")).unwrap(),
        "https://example.org/plan/?q=logement&axe=2,5&partenaire=sdsc&lang=en"
    );
    let mut matrix = ViewState::default().with_view(View::Matrix);
    matrix.lang = Some(Lang::En);
    assert_eq!(
        phone_address(app, &matrix).unwrap(),
        "https://example.org/plan/?vue=matrice&lang=en"
    );
    // Kiosk settings in the kiosk's address never reach the phone.
    let address = phone_address(app, &read("?delai=45&ecoute=non&axe=1")).unwrap();
    assert_eq!(address, "https://example.org/plan/?axe=1&lang=fr");
    // What the phone's app reads back is the same view.
    let query = address.strip_prefix(app).unwrap();
    let back = read(query);
    assert_eq!(back.filters, read("?axe=1").filters);
}
