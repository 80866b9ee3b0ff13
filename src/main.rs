use leptos::prelude::request_animation_frame;
use plan_levis::app::App;
use plan_levis::components::STATIC_PLAN_ID;

fn main() {
    console_error_panic_hook::set_once();
    // The static copy of the plan (for browsers without JavaScript, and the first
    // instant) is painted first, then gives way to the app. Waiting two frames makes
    // sure it was painted even when the wasm arrives before the first paint, so the
    // plan is visible as early as a static page would show it.
    request_animation_frame(|| {
        request_animation_frame(|| {
            if let Some(static_plan) = leptos::prelude::document().get_element_by_id(STATIC_PLAN_ID)
            {
                static_plan.remove();
            }
            leptos::mount::mount_to_body(App);
        })
    });
}
