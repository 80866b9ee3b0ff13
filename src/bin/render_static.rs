//! Names a built page after the plan, and writes the whole plan into it as static HTML:
//! `render-static dist/index.html [dist/donnees]`. Run by postbuild/run.mjs after every
//! Trunk build.
//!
//! - the `<plan-statique></plan-statique>` marker (an element, so that HTML
//!   minification keeps it) becomes the plan, start to end; with the open data folder
//!   (written first by `export-open-data`), the page links each of its files with its
//!   size;
//! - `<title>` becomes the plan's (`page_title`); its description (`page_description`)
//!   and the link-preview tags (Open Graph) that say the same are added to the head;
//! - `manifest.webmanifest` beside the page gets the plan's name and description.
//!
//! Everything that names the edition comes from the plan file.

use std::process::ExitCode;

use plan_levis::components::{page_description, page_title, render_static_plan, OpenDataLink};
use plan_levis::embedded_plan;
use plan_levis_core::open_data::{labels, size_label};

const MARKER: &str = "<plan-statique></plan-statique>";
const TITLE: (&str, &str) = ("<title>", "</title>");

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, message)) => {
            eprintln!("{message}");
            ExitCode::from(code)
        }
    }
}

fn run() -> Result<(), (u8, String)> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or((
        2,
        "usage: render-static path/to/index.html [open data folder]".to_owned(),
    ))?;
    let html = std::fs::read_to_string(&path).map_err(|err| (2, format!("{path}: {err}")))?;
    let open_data = match args.next() {
        None => Vec::new(),
        Some(dir) => open_data_links(&dir).map_err(|err| (2, format!("open data: {err}")))?,
    };
    let plan = embedded_plan();
    let title = page_title(plan);
    let description = page_description(plan);
    let html = replace_between(&html, TITLE, &escape(&title))
        .map_err(|missing| (1, format!("{path}: no {missing} to fill")))?;
    for needed in [MARKER, "</head>"] {
        if !html.contains(needed) {
            return Err((1, format!("{path}: no {needed} to replace")));
        }
    }
    let previews = preview_tags(&title, &description);
    let html = html
        .replacen(MARKER, &render_static_plan(open_data), 1)
        .replacen("</head>", &format!("{previews}</head>"), 1);
    std::fs::write(&path, html).map_err(|err| (2, format!("{path}: {err}")))?;
    let manifest = std::path::Path::new(&path).with_file_name("manifest.webmanifest");
    if manifest.exists() {
        name_manifest(&manifest, &title, &description)
            .map_err(|err| (2, format!("{}: {err}", manifest.display())))?;
    }
    Ok(())
}

/// `html` with what stands between `start` and `end` (the first such place) replaced.
fn replace_between(html: &str, (start, end): (&str, &str), with: &str) -> Result<String, String> {
    let from = html.find(start).ok_or_else(|| start.to_owned())? + start.len();
    let to = from + html[from..].find(end).ok_or_else(|| end.to_owned())?;
    Ok(format!("{}{with}{}", &html[..from], &html[to..]))
}

/// Text for an HTML attribute or element.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The page's description for search engines, and what a link posted in a message or
/// on a social network shows: the plan's title and description, and its icon (an
/// absolute address when the app's is known: `PLAN_LEVIS_APP_URL`).
fn preview_tags(title: &str, description: &str) -> String {
    let base = std::env::var("PLAN_LEVIS_APP_URL").unwrap_or_default();
    let base = if base.is_empty() || base.ends_with('/') {
        base
    } else {
        format!("{base}/")
    };
    let meta = |property: &str, content: &str| {
        format!(
            "<meta property=\"{property}\" content=\"{}\">",
            escape(content)
        )
    };
    [
        format!(
            "<meta name=\"description\" content=\"{}\">",
            escape(description)
        ),
        meta("og:type", "website"),
        meta("og:locale", "fr_CA"),
        meta("og:title", title),
        meta("og:description", description),
        meta("og:image", &format!("{base}icon-512.png")),
    ]
    .concat()
}

/// The manifest's `name` and `description` (the name an installed app shows).
fn name_manifest(path: &std::path::Path, title: &str, description: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let mut manifest: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let object = manifest.as_object_mut().ok_or("not a JSON object")?;
    object.insert("name".into(), title.into());
    object.insert("description".into(), description.into());
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
    std::fs::write(path, text + "\n").map_err(|e| e.to_string())
}

/// Each open data file of `dir`, with its label and its size on disk.
fn open_data_links(dir: &str) -> std::io::Result<Vec<OpenDataLink>> {
    labels(embedded_plan())
        .into_iter()
        .map(|(name, label)| {
            let size = std::fs::metadata(format!("{dir}/{name}"))?.len();
            Ok((name, label.to_string(), size_label(size)))
        })
        .collect()
}
