use leptos::prelude::request_animation_frame;
use plan_levis::app::App;

fn main() {
    // Panics print their message in the console, except where std is built to abort at
    // once (the release build, `scripts/setup.sh`): no hook ever runs there, and leaving
    // it out keeps its formatting code out of the wasm.
    #[cfg(not(panic = "immediate-abort"))]
    console_error_panic_hook::set_once();
    // The static copy of the plan (for browsers without JavaScript, and the first
    // instant) is painted first, then gives way to the app. Why the mount waits two
    // frames is measured in docs/performance.md.
    request_animation_frame(|| request_animation_frame(|| leptos::mount::mount_to_body(App)));
}
