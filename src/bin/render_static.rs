//! Write the whole plan as static HTML into a built `index.html`, in place of the
//! `<!-- plan-statique -->` marker: `render-static dist/index.html`.
//! Run by scripts/postbuild.mjs after every Trunk build.

use std::process::ExitCode;

use plan_levis::components::render_static_plan;
use plan_levis::plan::load_embedded;

const MARKER: &str = "<!-- plan-statique -->";

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: render-static path/to/index.html");
        return ExitCode::from(2);
    };
    let plan = match load_embedded() {
        Ok(plan) => Box::leak(Box::new(plan)),
        Err(err) => {
            eprintln!("the embedded plan is invalid:\n{err}");
            return ExitCode::from(1);
        }
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
    let html = html.replacen(MARKER, &render_static_plan(plan), 1);
    if let Err(err) = std::fs::write(&path, html) {
        eprintln!("{path}: {err}");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
