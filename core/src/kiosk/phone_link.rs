//! « Continuer sur mon téléphone »: the address of the kiosk's current view in the
//! citizens' app, for the QR code a visitor scans to take that view with them.
//!
//! It carries what is on screen and nothing else: the view, its search, filters, open
//! item and language, never the kiosk's own settings (`delai`, `ecoute`).

use crate::explore::ViewState;

/// Why a configured address of the citizens' app cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotAnAppAddress(pub String);

/// The citizens' app address a build names (`PLAN_LEVIS_APP_URL`), as a folder: it must
/// be absolute and `https://`, since a phone opens it from anywhere.
pub fn configured_app_url(value: &str) -> Result<String, NotAnAppAddress> {
    let value = value.trim();
    let rest = value.strip_prefix("https://").unwrap_or_default();
    if rest.is_empty() || rest.starts_with('/') || value.contains(['?', '#', ' ']) {
        return Err(NotAnAppAddress(value.to_owned()));
    }
    Ok(if value.ends_with('/') {
        value.to_owned()
    } else {
        format!("{value}/")
    })
}

/// The citizens' app address: the configured one, or else the folder above the kiosk's
/// own (`https://example.org/plan/kiosque/?delai=90` → `https://example.org/plan/`).
pub fn app_url(configured: Option<&str>, kiosk_href: &str) -> String {
    if let Some(url) = configured {
        return url.to_owned();
    }
    let page = kiosk_href.split(['?', '#']).next().unwrap_or_default();
    let folder = &page[..page.rfind('/').map_or(page.len(), |i| i + 1)];
    folder.strip_suffix("kiosque/").unwrap_or(folder).to_owned()
}

/// The address a phone opens for `state`, or `None` for the start view (the phone has
/// nothing to continue there). The language is always written out, so that the phone
/// shows the kiosk's language rather than its own.
pub fn phone_address(app_url: &str, state: &ViewState) -> Option<String> {
    if *state == state.fresh() {
        return None;
    }
    let mut view = state.clone();
    view.lang = Some(view.lang.unwrap_or_default());
    Some(format!("{app_url}{}", view.to_query()))
}
