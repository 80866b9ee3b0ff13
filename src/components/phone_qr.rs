use leptos::prelude::*;

use crate::context::{kiosk_ui, router};
use plan_levis_core::kiosk::phone_link::{app_url, phone_address};
use plan_levis_core::kiosk::qr_code::qr_svg_path;

/// The citizens' app address the kiosk's build was given (`PLAN_LEVIS_APP_URL`, checked
/// by `build.rs`), if any.
const CONFIGURED_APP_URL: Option<&str> = option_env!("PLAN_LEVIS_APP_URL_CHECKED");

/// « Continuer sur mon téléphone » (the kiosk's build only): a QR code of the view on
/// screen, as an address of the citizens' app, with that address written beside it.
/// Not shown on the start view, which has nothing to continue. It follows the view, and
/// the reset (back to the start view) clears it.
#[component]
pub fn PhoneQr() -> impl IntoView {
    let state = router().state();
    let app = app_url(
        CONFIGURED_APP_URL,
        &window().location().href().unwrap_or_default(),
    );
    move || {
        let address = state.with(|s| phone_address(&app, s))?;
        let (size, path) = qr_svg_path(&address)?;
        let t = kiosk_ui();
        Some(view! {
            <aside class="phone-qr" aria-labelledby="telephone-titre">
                <svg
                    viewBox=format!("0 0 {size} {size}")
                    role="img"
                    aria-label=t.phone_qr_alt
                    shape-rendering="crispEdges"
                >
                    <rect width="100%" height="100%" fill="#fff"/>
                    <path d=path fill="#000"/>
                </svg>
                <div>
                    <p class="phone-qr-title" id="telephone-titre">{t.continue_on_phone}</p>
                    <p class="phone-qr-address">{address}</p>
                </div>
            </aside>
        })
    }
}
