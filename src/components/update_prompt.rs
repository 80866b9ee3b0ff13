//! The offer to reload when a new version of the app is waiting.

use leptos::prelude::*;

use crate::context::ui;
use crate::state::UpdateReady;
use crate::KIOSK_BUILD;

/// "Une nouvelle version est disponible — Recharger".
#[component]
pub fn UpdatePrompt(ready: UpdateReady) -> impl IntoView {
    let t = ui();
    // A live region from the start, so that the offer is announced when it appears.
    // Never at the kiosk: no visitor is asked, it takes the version between two.
    view! {
        <div role="status">
            {move || (ready.is_ready() && !KIOSK_BUILD).then(|| view! {
                <div class="update-prompt">
                    <p>{t.update_available}</p>
                    <button type="button" on:click=move |_| ready.apply()>{t.update_reload}</button>
                </div>
            })}
        </div>
    }
}
