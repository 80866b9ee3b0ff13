//! Write the whole plan as static HTML into a built `index.html`, in place of the
//! `<plan-statique></plan-statique>` marker (an element, so that
//! HTML minification keeps it): `render-static dist/index.html [dist/donnees]`.
//! With the open data folder (written first by `export-open-data`), the page links
//! each of its files with its size. Run by postbuild/run.mjs after every Trunk build.

use std::process::ExitCode;

use plan_levis::components::{render_static_plan, OpenDataLink};
use plan_levis_core::open_data::{size_label, LABELS};

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
    let open_data = match std::env::args().nth(2).map(|dir| open_data_links(&dir)) {
        None => Vec::new(),
        Some(Ok(links)) => links,
        Some(Err(err)) => {
            eprintln!("open data: {err}");
            return ExitCode::from(2);
        }
    };
    let html = html.replacen(MARKER, &render_static_plan(open_data), 1);
    if let Err(err) = std::fs::write(&path, html) {
        eprintln!("{path}: {err}");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}

/// Each open data file of `dir`, with its label and its size on disk.
fn open_data_links(dir: &str) -> std::io::Result<Vec<OpenDataLink>> {
    LABELS
        .iter()
        .map(|(name, label)| {
            let size = std::fs::metadata(format!("{dir}/{name}"))?.len();
            Ok((name.to_string(), label.to_string(), size_label(size)))
        })
        .collect()
}
