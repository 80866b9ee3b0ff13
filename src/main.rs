use leptos::prelude::request_animation_frame;
use plan_levis::app::App;
use plan_levis::browser::plan_document;

fn main() {
    // Panics print their message in the console, except where std is built to abort at
    // once (the release build, `scripts/setup.sh`): no hook ever runs there, and leaving
    // it out keeps its formatting code out of the wasm.
    #[cfg(not(panic = "immediate-abort"))]
    console_error_panic_hook::set_once();
    // The static copy of the plan (for browsers without JavaScript, and the first
    // instant) is painted first, then gives way to the app. Waiting two frames makes
    // sure it was painted even when the wasm arrives before the first paint, so the
    // plan is visible as early as a static page would show it. The app keeps the
    // document it holds for its whole-plan view, the open data's links for « À propos »,
    // and the glossary for « Sigles ».
    request_animation_frame(|| {
        request_animation_frame(|| {
            plan_document::take_from_static_copy();
            leptos::mount::mount_to_body(App);
        })
    });
}
