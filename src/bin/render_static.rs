//! Write the whole plan as static HTML into a built `index.html`, in place of the
//! `<plan-statique></plan-statique>` marker (an element, so that
//! HTML minification keeps it): `render-static dist/index.html`.
//! Run by postbuild/run.mjs after every Trunk build.

use std::process::ExitCode;

use plan_levis::components::render_static_plan;

const MARKER: &str = "<plan-statique></plan-statique>";

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: render-static path/to/index.html");
        return ExitCode::from(2);
    };
    let html = match std::fs::read_to_string(&path) {
        Ok(html) => html,
        Err(err) => {
            eprintln!("{path}: {err}");
            return ExitCode::from(2);
        }
    };
    if !html.contains(MARKER) {
        eprintln!("{path}: no {MARKER} marker to replace");
        return ExitCode::from(1);
    }
    let html = html.replacen(MARKER, &render_static_plan(), 1);
    if let Err(err) = std::fs::write(&path, html) {
        eprintln!("{path}: {err}");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
