//! Names a built page after the plan, and writes the whole plan into it as static HTML:
//! `render-static dist/index.html [dist/donnees] [--editions]`. Run by postbuild/run.mjs
//! after every Trunk build.
//!
//! - the `<plan-statique></plan-statique>` marker (an element, so that HTML
//!   minification keeps it) becomes the plan, start to end; with the open data folder
//!   (written first by `export-open-data`), the page links each of its files with its
//!   size;
//! - `<title>` becomes the plan's (`page_title`); its description (`page_description`)
//!   and the link-preview tags (Open Graph) that say the same are added to the head;
//! - `manifest.webmanifest` beside the page gets the plan's name and description;
//! - with `--editions` (the citizens' build), every edition in `data/` older than the
//!   app's is published read-only at `editions/<period>/index.html` beside the page, with
//!   the same rendering, and the page lists them all.
//!
//! Everything that names the edition comes from the plan file.

use std::process::ExitCode;

use std::path::Path;

use plan_levis::components::{
    page_description, page_title, render_static_plan, EditionLink, OpenDataLink, StaticPage,
};
use plan_levis::embedded_plan;
use plan_levis_core::open_data::{labels, size_label};
use plan_levis_core::plan::{editions, Plan};

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
    let (flags, args): (Vec<String>, Vec<String>) =
        std::env::args().skip(1).partition(|a| a.starts_with("--"));
    let with_editions = flags.iter().any(|f| f == "--editions");
    let mut args = args.into_iter();
    let path = args.next().ok_or((
        2,
        "usage: render-static path/to/index.html [open data folder] [--editions]".to_owned(),
    ))?;
    let html = std::fs::read_to_string(&path).map_err(|err| (2, format!("{path}: {err}")))?;
    let open_data = match args.next() {
        None => Vec::new(),
        Some(dir) => open_data_links(&dir).map_err(|err| (2, format!("open data: {err}")))?,
    };
    let plan = embedded_plan();
    let previous = if with_editions {
        previous_editions(plan)?
    } else {
        Vec::new()
    };
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
    let editions: Vec<EditionLink> = std::iter::once((plan, None))
        .chain(
            previous
                .iter()
                .map(|old| (*old, Some(format!("editions/{}/", old.period)))),
        )
        .collect();
    let page = StaticPage::Current {
        editions,
        open_data,
    };
    let html = html
        .replacen(MARKER, &render_static_plan(page), 1)
        .replacen("</head>", &format!("{previews}</head>"), 1);
    std::fs::write(&path, html).map_err(|err| (2, format!("{path}: {err}")))?;
    let dir = Path::new(&path).parent().unwrap_or(Path::new("."));
    let manifest = dir.join("manifest.webmanifest");
    if manifest.exists() {
        describe_manifest(&manifest, &description)
            .map_err(|err| (2, format!("{}: {err}", manifest.display())))?;
    }
    for edition in &previous {
        write_previous_edition(dir, plan, &previous, edition)
            .map_err(|err| (2, format!("editions/{}: {err}", edition.period)))?;
    }
    Ok(())
}

/// The editions in `data/` older than the app's, latest first. A broken one stops the
/// build, with its problems.
fn previous_editions(current: &Plan) -> Result<Vec<&'static Plan>, (u8, String)> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let previous = editions::previous_editions(&data, current).map_err(|err| (1, err))?;
    Ok(previous
        .into_iter()
        .map(|plan| &*Box::leak(Box::new(plan)))
        .collect())
}

/// `editions/<period>/index.html`: a previous edition, whole, as a page of its own
/// with the app's stylesheet and no script.
fn write_previous_edition(
    dir: &Path,
    current: &'static Plan,
    previous: &[&'static Plan],
    edition: &'static Plan,
) -> std::io::Result<()> {
    let editions = std::iter::once((current, Some("../../".to_owned())))
        .chain(previous.iter().map(|old| {
            let href = (old.period != edition.period).then(|| format!("../{}/", old.period));
            (*old, href)
        }))
        .collect();
    let stylesheet = std::fs::read_dir(dir)?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .find(|name| name.starts_with("main-") && name.ends_with(".css"))
        .ok_or_else(|| std::io::Error::other("no main-*.css beside the page"))?;
    let body = render_static_plan(StaticPage::Previous { edition, editions });
    let html = format!(
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><meta name=\"description\" content=\"{}\">\
         <link rel=\"stylesheet\" href=\"../../{stylesheet}\">\
         <link rel=\"icon\" href=\"../../icon.svg\" type=\"image/svg+xml\">\
         </head><body>{body}</body></html>\n",
        escape(&page_title(edition)),
        escape(&page_description(edition)),
    );
    let folder = dir.join("editions").join(edition.period.as_str());
    std::fs::create_dir_all(&folder)?;
    std::fs::write(folder.join("index.html"), html)
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

/// The manifest's `description`, which names the edition. Its `name` stays the app's
/// own, short enough for install prompts (which cut it past about 45 characters).
fn describe_manifest(path: &std::path::Path, description: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let mut manifest: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let object = manifest.as_object_mut().ok_or("not a JSON object")?;
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
