//! CSV files as spreadsheets save them, read into rows: the separator the header uses
//! (commas, or semicolons from a French-locale spreadsheet), with or without a byte
//! order mark, each row numbered as the spreadsheet shows it (the header is row 1,
//! empty lines count), and its cells under the columns the header names.

use std::str::FromStr;

use super::problems::{reading, CsvProblem};
use crate::open_data::Table;
use crate::plan::Text;

/// One row of a file: its number as the spreadsheet shows it, and its cells in the
/// order of the table's columns.
#[derive(Clone)]
pub(super) struct Row {
    pub table: &'static Table,
    pub number: usize,
    cells: Vec<String>,
}

impl Row {
    pub fn get(&self, column: &str) -> &str {
        self.table
            .columns
            .iter()
            .position(|c| c.name == column)
            .map_or("", |i| &self.cells[i])
    }

    pub fn text(&self, column: &str) -> Text {
        Text::from(self.get(column).to_owned())
    }

    /// The cell as an optional text: `None` when empty.
    pub fn optional(&self, column: &str) -> Option<Text> {
        let value = self.get(column);
        (!value.is_empty()).then(|| Text::from(value.to_owned()))
    }

    pub fn problem(&self, column: &'static str, message: impl Into<String>) -> CsvProblem {
        CsvProblem {
            file: self.table.name,
            row: Some(self.number),
            column: Some(column),
            value: Some(self.get(column).to_owned()),
            message: message.into(),
        }
    }
}

/// The rows of one file, after its header; every problem of reading goes to
/// `problems`. Cells keep their text as written, with every line break (CRLF, or CR or
/// LF alone) as LF.
pub(super) fn read_table(
    table: &'static Table,
    bytes: Option<&Vec<u8>>,
    problems: &mut Vec<CsvProblem>,
) -> Vec<Row> {
    let Some(bytes) = bytes else {
        problems.push(CsvProblem::in_file(table.name, reading::MISSING_FILE));
        return Vec::new();
    };
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(bytes) else {
        problems.push(CsvProblem::in_file(table.name, reading::NOT_UTF8));
        return Vec::new();
    };
    // The header names the columns with neither commas nor semicolons: the separator
    // it uses is the file's.
    // (Its first line: a file saved by Excel on an old Mac ends its lines with CR alone.)
    let header = text.split(['\r', '\n']).next().unwrap_or("");
    let delimiter = if header.matches(';').count() > header.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());

    let mut layout: Option<Vec<Slot>> = None;
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    // Rows as the spreadsheet numbers them: the csv reader skips empty lines, which a
    // spreadsheet counts.
    let (mut next_line, mut skipped, mut index) = (1u64, 0usize, 0usize);
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(err) => {
                let row = err
                    .position()
                    .map_or(index + 1 + skipped, |p| p.record() as usize + 1 + skipped);
                problems.push(CsvProblem {
                    file: table.name,
                    row: Some(row),
                    column: None,
                    value: None,
                    message: reading::unreadable_line(err),
                });
                break;
            }
        }
        let start = record.position().map_or(next_line, |p| p.line());
        skipped += start.saturating_sub(next_line) as usize;
        next_line = reader.position().line();
        index += 1;
        let number = index + skipped;
        let Some(columns) = &layout else {
            layout = Some(read_header(table, &record, problems));
            continue;
        };
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let mut cells = vec![String::new(); table.columns.len()];
        for (i, cell) in record.iter().enumerate() {
            match columns.get(i).copied().unwrap_or(Slot::Unnamed) {
                Slot::Column(c) => cells[c] = cell.replace("\r\n", "\n").replace('\r', "\n"),
                Slot::Unnamed if !cell.trim().is_empty() => problems.push(CsvProblem {
                    file: table.name,
                    row: Some(number),
                    column: None,
                    value: Some(cell.to_owned()),
                    message: reading::CELL_OUTSIDE_COLUMNS.into(),
                }),
                // Under a column the header names wrongly: reported once, in the header.
                Slot::Unnamed | Slot::Reported => {}
            }
        }
        rows.push(Row {
            table,
            number,
            cells,
        });
    }
    if layout.is_none() {
        problems.push(CsvProblem::in_file(table.name, reading::EMPTY_FILE));
    }
    rows
}

/// What the cells below a header cell are.
#[derive(Clone, Copy)]
enum Slot {
    /// A column of the table (its index).
    Column(usize),
    /// Under an unknown or repeated column name, reported once in the header.
    Reported,
    /// Under an empty header cell, or beyond the header.
    Unnamed,
}

/// What each header cell names; problems for unknown, repeated and missing columns
/// (a missing column's cells are read as empty).
fn read_header(
    table: &'static Table,
    header: &csv::StringRecord,
    problems: &mut Vec<CsvProblem>,
) -> Vec<Slot> {
    let names = || {
        table
            .columns
            .iter()
            .map(|c| c.name)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut seen = vec![false; table.columns.len()];
    let mut layout = Vec::new();
    for cell in header.iter() {
        let name = cell.trim().trim_start_matches('\u{feff}');
        let column = table.columns.iter().position(|c| c.name == name);
        let problem = |message: String| CsvProblem {
            file: table.name,
            row: Some(1),
            column: None,
            value: Some(cell.to_owned()),
            message,
        };
        match column {
            None if name.is_empty() => layout.push(Slot::Unnamed),
            None => {
                problems.push(problem(reading::unknown_column(&names())));
                layout.push(Slot::Reported);
            }
            Some(c) if seen[c] => {
                problems.push(problem(reading::COLUMN_TWICE.into()));
                layout.push(Slot::Reported);
            }
            Some(c) => {
                seen[c] = true;
                layout.push(Slot::Column(c));
            }
        }
    }
    for (c, column) in table.columns.iter().enumerate() {
        if !seen[c] {
            problems.push(CsvProblem {
                file: table.name,
                row: Some(1),
                column: Some(column.name),
                value: None,
                message: reading::missing_column(&names()),
            });
        }
    }
    layout
}

pub(super) fn parse<T: FromStr>(cell: &str) -> Option<T> {
    cell.trim().parse().ok()
}

/// A dollar amount as a spreadsheet may write it (`200 000`, `200 000 $`): its digits.
pub(super) fn amount_digits(cell: &str) -> String {
    let cell = cell.trim().trim_end_matches('$');
    cell.chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect()
}

/// The partner ids of a `responsables` cell: separated by `;`, blanks around them
/// ignored.
pub(super) fn partner_ids(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(';').map(str::trim).filter(|id| !id.is_empty())
}
