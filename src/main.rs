use plan_levis::app::App;
use plan_levis::components::STATIC_PLAN_ID;

fn main() {
    console_error_panic_hook::set_once();
    // The static copy of the plan (for no-JS browsers and the first instant) gives
    // way to the app.
    if let Some(static_plan) = leptos::prelude::document().get_element_by_id(STATIC_PLAN_ID) {
        static_plan.remove();
    }
    leptos::mount::mount_to_body(App);
}
