//! Every note as Markdown, for reading or printing. What a person typed, and every item
//! id (an imported file can hold any), is written so that a CommonMark or GFM renderer
//! shows it as typed: no sign of theirs becomes a heading, a list, a link, emphasis,
//! a code block or HTML. `core/tests/markdown_export.rs` holds it against a real parser.

use super::store::NotesStore;
use crate::plan::{previous_item, Plan, PreviousItem};

/// The words of the Markdown export, in the reader's language.
pub struct MarkdownWords<'a> {
    /// The document's heading (« Mes notes »).
    pub heading: &'a str,
    /// The line that says when it was exported.
    pub exported_line: &'a str,
    /// After the id of an item no edition has.
    pub orphan_label: &'a str,
    /// After the title of an item only a previous edition has: its edition, by period.
    pub edition_label: &'a dyn Fn(&str) -> String,
    /// A timestamp as a date.
    pub date_of: &'a dyn Fn(u64) -> String,
}

/// Every note as Markdown, newest first. `previous`: the items only previous editions
/// have (a note on one is headed with its title there and its edition).
pub fn export_markdown(
    notes: &NotesStore,
    plan: &Plan,
    previous: &[PreviousItem],
    words: &MarkdownWords,
) -> String {
    // The app's own words and the plan's titles hold no Markdown sign; what came from a
    // person or a file (a note, an item id) is escaped.
    let mut out = format!(
        "# {}\n\n{} — {}\n\n{}\n",
        words.heading, plan.title, plan.subtitle, words.exported_line
    );
    for (id, note) in notes.newest_first() {
        let shown_id = markdown_line(id);
        let title = match (plan.item(id), previous_item(previous, id)) {
            (Some(item), _) => item.title().to_owned(),
            (None, Some(old)) => format!("{} ({})", old.title, (words.edition_label)(old.period)),
            (None, None) => format!("{shown_id} ({})", words.orphan_label),
        };
        out.push_str(&format!(
            "\n## {title}\n\n_{}_ · {shown_id}\n\n{}\n",
            (words.date_of)(note.updated_ms),
            markdown_text(note.text.trim_end())
        ));
    }
    out
}

/// A text on one line of Markdown (a heading, the date line): as `markdown_text`, with
/// its line breaks as spaces, since a heading cannot hold one.
pub fn markdown_line(text: &str) -> String {
    markdown_text(&text.replace(['\r', '\n'], " "))
}

/// What a person typed, as Markdown that shows it as typed:
/// - every sign CommonMark and GFM read (`#` headings, `>` quotes, `*` `_` `~` emphasis
///   and strikethrough, `[links]`, `<html>`, `&entities;`, `` ` `` code, `|` tables, list
///   markers) escaped with a backslash;
/// - the first space or tab that starts a line written as a character reference
///   (`&#32;`, `&#9;`), so that no indentation makes a code block, and the
///   indentation is kept;
/// - a vertical tab or form feed written as a reference too (`&#11;`, `&#12;`);
/// - each line break kept (a backslash at the end of the line; a blank line stays a new
///   paragraph), whether typed as LF, CRLF or CR.
pub fn markdown_text(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    let lines: Vec<&str> = text.split('\n').collect();
    // A blank line, for Markdown: nothing but spaces and tabs.
    let blank = |line: &str| line.trim_matches([' ', '\t']).is_empty();
    for (i, line) in lines.iter().enumerate() {
        let body = line.trim_start_matches([' ', '\t']);
        let indent = &line[..line.len() - body.len()];
        match indent.chars().next() {
            _ if body.is_empty() => {}
            Some('\t') => out.push_str("&#9;"),
            Some(_) => out.push_str("&#32;"),
            None => {}
        }
        if !body.is_empty() {
            out.push_str(indent.get(1..).unwrap_or(""));
        }
        // A list marker (`-`, `+`, `1.`) or a heading's underline (`===`) is only one at
        // the start of a line.
        if body.starts_with(['-', '+', '=']) {
            out.push('\\');
        }
        let mut only_digits = true;
        for (at, c) in body.char_indices() {
            // Vertical tab and form feed: written as references, so that no parser
            // takes them for the white space that ends a line or makes it blank.
            if let '\u{b}' | '\u{c}' = c {
                out.push_str(if c == '\u{b}' { "&#11;" } else { "&#12;" });
                only_digits = false;
                continue;
            }
            let list_number = only_digits && at > 0 && matches!(c, '.' | ')');
            if list_number
                || matches!(
                    c,
                    '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '<' | '>' | '#' | '|' | '&'
                )
            {
                out.push('\\');
            }
            only_digits = only_digits && c.is_ascii_digit();
            out.push(c);
        }
        let next_blank = lines.get(i + 1).is_some_and(|l| blank(l));
        if i + 1 < lines.len() {
            if !blank(line) && !next_blank {
                out.push('\\');
            }
            out.push('\n');
        }
    }
    out
}
