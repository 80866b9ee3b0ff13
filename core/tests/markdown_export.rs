//! The Markdown export held against a real CommonMark + GFM parser (pulldown-cmark):
//! whatever a person typed, and whatever item id an imported file held, renders back as
//! that text, and adds no structure (no heading, list, code, emphasis, link, HTML…).
//! `PROPTEST_CASES=100000 cargo test -p plan-levis-core --test markdown_export` runs the
//! properties longer.

mod support;

use plan_levis_core::notes::{
    export_markdown, markdown_line, markdown_text, MarkdownWords, Note, NotesStore,
};
use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Paragraphs of the rendered text, each a list of its lines; or what structure it had.
fn rendered(markdown: &str) -> Result<Vec<Vec<String>>, String> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_GFM;
    let mut paragraphs: Vec<Vec<String>> = Vec::new();
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Paragraph) => paragraphs.push(vec![String::new()]),
            Event::End(TagEnd::Paragraph) => {}
            Event::Text(text) => paragraphs
                .last_mut()
                .ok_or("text outside a paragraph")?
                .last_mut()
                .unwrap()
                .push_str(&text),
            Event::SoftBreak | Event::HardBreak => paragraphs
                .last_mut()
                .ok_or("a break outside a paragraph")?
                .push(String::new()),
            other => return Err(format!("structure: {other:?}")),
        }
    }
    Ok(paragraphs)
}

/// What ends a line without being seen, and Markdown drops: spaces and tabs.
const TRAILING: [char; 2] = [' ', '\t'];

/// What a reader sees of a typed text: its paragraphs (split at blank lines), each
/// line without what ends it unseen (`TRAILING`).
fn as_read(typed: &str) -> Vec<Vec<String>> {
    let typed = typed.replace("\r\n", "\n").replace('\r', "\n");
    let mut paragraphs: Vec<Vec<String>> = Vec::new();
    let mut open = false;
    for line in typed.split('\n') {
        if line.trim_matches([' ', '\t']).is_empty() {
            open = false;
            continue;
        }
        let line = line.trim_end_matches(TRAILING).to_owned();
        match paragraphs.last_mut() {
            Some(lines) if open => lines.push(line),
            _ => paragraphs.push(vec![line]),
        }
        open = true;
    }
    paragraphs
}

fn trimmed(paragraphs: Vec<Vec<String>>) -> Vec<Vec<String>> {
    paragraphs
        .into_iter()
        .map(|lines| {
            lines
                .into_iter()
                .map(|l| l.trim_end_matches(TRAILING).to_owned())
                .collect()
        })
        .collect()
}

fn check_shows_as_typed(typed: &str) {
    let markdown = markdown_text(typed);
    let seen = rendered(&markdown).unwrap_or_else(|e| panic!("{typed:?} → {markdown:?}: {e}"));
    assert_eq!(trimmed(seen), as_read(typed), "{typed:?} → {markdown:?}");
}

#[test]
fn notes_show_as_typed() {
    for typed in [
        "R&amp;D et &copy; 2026",
        "    quatre espaces\n\tune tabulation",
        "avant\n~~~\ndans un bloc ?\n~~~",
        "~~mot~~ et ~mot~",
        "ligne 1\r\nligne 2\r\n\r\nparagraphe\rfin",
        "# titre\n> citation\n- liste\n1. numéro\n2026) année\n***\n---\n===\n| a | b |\n|---|---|",
        "<div>html</div> <https://exemple.ca> [lien](x) ![image](y) [^1] `code` *em* __fort__",
        "- [ ] tâche\n\\ barre oblique \\\nfin\\",
        "     \n  texte après une ligne d'espaces",
    ] {
        check_shows_as_typed(typed);
    }
}

/// A heading, the date line and the item id on it, for an id an imported file held.
fn export_of(id: &str, text: &str) -> String {
    let store: NotesStore = [(
        id.to_owned(),
        Note {
            text: text.to_owned(),
            updated_ms: 1,
        },
    )]
    .into_iter()
    .collect();
    export_markdown(
        &store,
        support::plan(),
        &[],
        &MarkdownWords {
            heading: "Mes notes",
            exported_line: "Exporté",
            orphan_label: "retiré du plan",
            edition_label: &|period| format!("édition {period}"),
            date_of: &|_| "1 décembre".to_owned(),
        },
    )
}

/// The blocks of the export: its headings' texts and the kinds of its other blocks.
fn blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut heading: Option<String> = None;
    for event in Parser::new_ext(
        markdown,
        Options::ENABLE_GFM | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES,
    ) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => heading = Some(format!("{level:?} ")),
            Event::End(TagEnd::Heading(_)) => blocks.push(heading.take().unwrap()),
            Event::Text(t) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&t);
                }
            }
            Event::Start(Tag::Paragraph) => blocks.push("paragraph".to_owned()),
            Event::Start(Tag::Emphasis) | Event::End(_) | Event::SoftBreak | Event::HardBreak => {}
            other => blocks.push(format!("{other:?}")),
        }
    }
    blocks
}

#[test]
fn an_item_id_adds_no_structure() {
    for id in ["x\n# Titre", "a`b*c*", "<b>gras</b>", "x\r\n- liste"] {
        let markdown = export_of(id, "note");
        let shown = blocks(&markdown);
        let one_line = id.replace(['\r', '\n'], " ");
        assert_eq!(
            shown,
            [
                "H1 Mes notes".to_owned(),
                "paragraph".to_owned(),
                "paragraph".to_owned(),
                format!("H2 {one_line} (retiré du plan)"),
                "paragraph".to_owned(),
                "paragraph".to_owned(),
            ],
            "{id:?} → {markdown}"
        );
        assert!(
            rendered(&markdown_line(id)).is_ok_and(|p| p == [[one_line.clone()]]),
            "{id:?}"
        );
    }
}

/// Texts rich in what Markdown reads, and any other character but NUL (which a text box
/// cannot hold, and CommonMark replaces).
fn typed_text() -> impl Strategy<Value = String> {
    let markdown_signs = prop::sample::select(vec![
        '#', '>', '-', '+', '*', '_', '~', '`', '[', ']', '(', ')', '!', '<', '&', ';', '|', '\\',
        '=', '.', '1', ':', '^', ' ', ' ', '\t', '\n', '\r', 'a', 'é',
    ]);
    let any = any::<char>().prop_filter("no NUL", |c| *c != '\0');
    prop::collection::vec(prop_oneof![4 => markdown_signs, 1 => any], 0..60)
        .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #[test]
    fn any_typed_text_shows_as_typed(typed in typed_text()) {
        check_shows_as_typed(&typed);
    }

    #[test]
    fn any_item_id_is_one_line_of_text(id in typed_text()) {
        let line = markdown_line(&id);
        let seen = rendered(&line).map_err(|e| TestCaseError::fail(format!("{id:?} → {line:?}: {e}")))?;
        let want = as_read(&id.replace(['\r', '\n'], " "));
        prop_assert_eq!(trimmed(seen), want, "{:?} → {:?}", id, line);
    }
}
