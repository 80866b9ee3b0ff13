//! The plan as spreadsheets: written by `write_plan`, read back by `read_plan` as
//! spreadsheets save files (French-locale Excel among them), every problem reported in
//! French with its file, row and column.

mod support;

use std::collections::BTreeMap;

use plan_levis_core::plan_csv::{columns, dictionary, read_plan, write_plan, CsvProblem};
use support::{plan, plan_json};

type Files = BTreeMap<String, Vec<u8>>;

/// The CSV files of the real plan, as `plan-to-csv` writes them.
fn written() -> Files {
    write_plan(plan())
        .into_iter()
        .filter(|f| f.name.ends_with(".csv"))
        .map(|f| (f.name, f.body))
        .collect()
}

/// The rows of a file (header first), read with a real CSV parser.
fn rows(files: &Files, name: &str) -> Vec<Vec<String>> {
    let body = files[name].strip_prefix("\u{feff}".as_bytes()).unwrap();
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// How a spreadsheet saves: separator, line end, byte order mark.
struct Dialect {
    delimiter: u8,
    /// How lines end: CRLF (Excel on Windows), LF, or CR alone (Excel on old Macs).
    terminator: csv::Terminator,
    bom: bool,
}

const FRENCH_EXCEL: Dialect = Dialect {
    delimiter: b';',
    terminator: csv::Terminator::CRLF,
    bom: true,
};

fn encode(rows: &[Vec<String>], dialect: &Dialect) -> Vec<u8> {
    let mut body = if dialect.bom {
        "\u{feff}".as_bytes().to_vec()
    } else {
        Vec::new()
    };
    let mut writer = csv::WriterBuilder::new()
        .delimiter(dialect.delimiter)
        .terminator(dialect.terminator)
        .from_writer(&mut body);
    for row in rows {
        writer.write_record(row).unwrap();
    }
    writer.flush().unwrap();
    drop(writer);
    body
}

/// Every file saved again in `dialect`.
fn saved_as(files: &Files, dialect: &Dialect) -> Files {
    files
        .keys()
        .map(|name| (name.clone(), encode(&rows(files, name), dialect)))
        .collect()
}

/// The files with one file's rows edited (row 0 is the header).
fn edited(name: &str, edit: impl FnOnce(&mut Vec<Vec<String>>)) -> Files {
    let mut files = written();
    let mut table = rows(&files, name);
    edit(&mut table);
    files.insert(name.into(), encode(&table, &FRENCH_EXCEL));
    files
}

/// The column index of `column` in a file's header.
fn col(files: &Files, name: &str, column: &str) -> usize {
    rows(files, name)[0]
        .iter()
        .position(|c| c == column)
        .unwrap()
}

fn json_of(files: &Files) -> String {
    let plan = read_plan(files).unwrap_or_else(|problems| {
        panic!(
            "{}",
            problems
                .iter()
                .map(|p| p.to_string() + "\n")
                .collect::<String>()
        )
    });
    serde_json::to_string_pretty(&plan).unwrap() + "\n"
}

fn problems_of(files: &Files) -> Vec<CsvProblem> {
    match read_plan(files) {
        Ok(_) => panic!("expected problems"),
        Err(problems) => problems,
    }
}

/// The one problem at this file, row and column.
fn problem_at<'a>(
    problems: &'a [CsvProblem],
    file: &str,
    row: Option<usize>,
    column: Option<&str>,
) -> &'a CsvProblem {
    let found: Vec<_> = problems
        .iter()
        .filter(|p| p.file == file && p.row == row && p.column == column)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "one problem at {file} {row:?} {column:?}: {problems:#?}"
    );
    found[0]
}

#[test]
fn the_round_trip_gives_back_the_plan_file_byte_for_byte() {
    assert_eq!(json_of(&written()), plan_json());
}

#[test]
fn files_as_french_excel_and_other_spreadsheets_save_them_read_the_same() {
    for dialect in [
        FRENCH_EXCEL,
        Dialect {
            delimiter: b',',
            terminator: csv::Terminator::Any(b'\n'),
            bom: false,
        },
        Dialect {
            delimiter: b';',
            terminator: csv::Terminator::Any(b'\n'),
            bom: false,
        },
        Dialect {
            delimiter: b',',
            terminator: csv::Terminator::CRLF,
            bom: true,
        },
        Dialect {
            delimiter: b';',
            terminator: csv::Terminator::Any(b'\r'),
            bom: false,
        },
        Dialect {
            delimiter: b';',
            terminator: csv::Terminator::Any(b'\r'),
            bom: true,
        },
    ] {
        let files = saved_as(&written(), &dialect);
        assert!(files["elements.csv"].starts_with(b"\xef\xbb\xbfsection") == dialect.bom);
        assert_eq!(json_of(&files), plan_json());
    }
}

#[test]
fn the_files_are_what_a_spreadsheet_opens() {
    let files = written();
    for (name, columns) in columns() {
        let body = &files[name];
        assert!(body.starts_with("\u{feff}".as_bytes()), "{name}: BOM");
        assert!(body.ends_with(b"\r\n"), "{name}: CRLF");
        assert_eq!(rows(&files, name)[0], columns, "{name}: header");
        assert!(dictionary().contains(&format!("## `{name}`")));
        for column in columns {
            assert!(
                dictionary().contains(&format!("| `{column}` |")),
                "{name}: column {column} in the dictionary"
            );
        }
    }
    // One row per item, in document order.
    let ids: Vec<String> = rows(&files, "elements.csv")[1..]
        .iter()
        .map(|r| r[col(&files, "elements.csv", "id")].clone())
        .collect();
    assert_eq!(ids, plan().item_ids());
}

#[test]
fn a_line_break_in_a_cell_is_kept_and_rows_are_counted_as_the_spreadsheet_does() {
    let files = written();
    let paragraph = col(&files, "introduction.csv", "paragraphe");
    let mut files = edited("introduction.csv", |rows| {
        rows[1][paragraph] = "Première ligne\r\ndeuxième ligne".into();
        rows[3][paragraph] = String::new();
    });
    // A blank line between rows counts as a row.
    let body = files.get_mut("introduction.csv").unwrap();
    let second_row_end = body.windows(2).position(|w| w == b"\r\n").unwrap() + 2;
    body.splice(second_row_end..second_row_end, *b";\r\n");
    let problems = problems_of(&files);
    // Row 1 header, row 2 blank, row 3 the two-line paragraph, row 5 the empty one.
    let problem = problem_at(&problems, "introduction.csv", Some(5), Some("paragraphe"));
    assert_eq!(problem.message, "ce texte est vide");
    assert_eq!(
        problem.to_string(),
        "introduction.csv, ligne 5, colonne « paragraphe », cellule vide : ce texte est vide"
    );
    assert_eq!(problems.len(), 1, "{problems:#?}");

    let files = edited("introduction.csv", |rows| {
        rows[1][paragraph] = "Première ligne\r\ndeuxième ligne".into();
    });
    let plan = read_plan(&files).unwrap();
    assert_eq!(plan.introduction[0], "Première ligne\ndeuxième ligne");

    // Every CRLF and every CR alone is a line break, read as LF: no stray CR survives
    // a round trip.
    for (typed, read) in [
        ("a\r\r\nb", "a\n\nb"),
        ("a\rb", "a\nb"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("a\n\r\nb", "a\n\nb"),
    ] {
        let files = edited("introduction.csv", |rows| rows[1][paragraph] = typed.into());
        assert_eq!(
            read_plan(&files).unwrap().introduction[0],
            read,
            "{typed:?}"
        );
    }
}

#[test]
fn a_file_saved_in_another_encoding_is_refused_with_what_to_do() {
    let mut files = written();
    // Windows-1252: « é » is one byte, 0xE9.
    let latin: Vec<u8> = String::from_utf8(files["axes.csv"][3..].to_vec())
        .unwrap()
        .chars()
        .map(|c| if c == 'é' { 0xe9 } else { c as u8 })
        .collect();
    files.insert("axes.csv".into(), latin);
    let problems = problems_of(&files);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].file, "axes.csv");
    assert!(
        problems[0].message.contains("« CSV UTF-8 »"),
        "{}",
        problems[0]
    );
}

#[test]
fn every_problem_is_named_with_its_file_row_column_and_value_all_at_once() {
    let items = written();
    let (axe, resp, titre, id) = (
        col(&items, "elements.csv", "axe"),
        col(&items, "elements.csv", "responsables"),
        col(&items, "elements.csv", "titre"),
        col(&items, "elements.csv", "id"),
    );
    let item_rows = rows(&items, "elements.csv");
    let first_priority = item_rows.iter().position(|r| r[0] == "priorite").unwrap();
    let mut files = edited("elements.csv", |rows| {
        rows[first_priority][axe] = "7".into();
        rows[first_priority + 1][resp] = "ville-de-levis ; cisss-inconnu".into();
        rows[first_priority + 2][titre] = " ".into();
        rows[first_priority + 3][id] = rows[first_priority][id].clone();
        rows[first_priority + 4][axe] = "deux".into();
    });
    let partners = written();
    let source = col(&partners, "partenaires.csv", "source_nom_complet");
    let with_source = 1 + rows(&partners, "partenaires.csv")[1..]
        .iter()
        .position(|r| !r[source].is_empty())
        .unwrap();
    let partner_file = edited("partenaires.csv", |rows| rows[with_source][source].clear());
    files.insert(
        "partenaires.csv".into(),
        partner_file["partenaires.csv"].clone(),
    );

    let problems = problems_of(&files);
    // Spreadsheet rows: the header is row 1, so table index i is row i + 1.
    let row = |i: usize| Some(i + 1);
    let axis = problem_at(&problems, "elements.csv", row(first_priority), Some("axe"));
    assert_eq!(axis.value.as_deref(), Some("7"));
    assert!(axis.message.contains("l'axe 7 n'existe pas"), "{axis}");
    let unknown = problem_at(
        &problems,
        "elements.csv",
        row(first_priority + 1),
        Some("responsables"),
    );
    assert_eq!(unknown.value.as_deref(), Some("cisss-inconnu"));
    assert!(unknown.message.contains("partenaires.csv"), "{unknown}");
    let empty = problem_at(
        &problems,
        "elements.csv",
        row(first_priority + 2),
        Some("titre"),
    );
    assert_eq!(empty.message, "ce texte est vide");
    let twice = problem_at(
        &problems,
        "elements.csv",
        row(first_priority + 3),
        Some("id"),
    );
    assert!(
        twice.message.contains("déjà celui d'un autre élément"),
        "{twice}"
    );
    let not_number = problem_at(
        &problems,
        "elements.csv",
        row(first_priority + 4),
        Some("axe"),
    );
    assert_eq!(not_number.message, "ce n'est pas un nombre entier");
    let full_name = problem_at(
        &problems,
        "partenaires.csv",
        row(with_source),
        Some("source_nom_complet"),
    );
    assert!(
        full_name.message.contains("dites d'où il vient"),
        "{full_name}"
    );
    assert_eq!(problems.len(), 6, "{problems:#?}");
}

#[test]
fn missing_files_columns_and_rows_are_named() {
    let mut files = written();
    files.remove("sigles.csv");
    let problems = problems_of(&files);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problem_at(&problems, "sigles.csv", None, None)
        .message
        .contains("ce fichier manque"));

    let files = edited("axes.csv", |rows| rows[0][1] = "nom de l'axe".into());
    let problems = problems_of(&files);
    assert!(problem_at(&problems, "axes.csv", Some(1), Some("nom"))
        .message
        .contains("il manque cette colonne"));
    assert!(problem_at(&problems, "axes.csv", Some(1), None)
        .message
        .contains("cette colonne n'existe pas"));
    // The missing column's cells are not reported once more, row by row.
    assert_eq!(problems.len(), 2, "{problems:#?}");

    let files = edited("plan.csv", |rows| {
        rows.retain(|r| r[0] != "periode");
        rows.push(vec!["période".into(), "2025-2026".into()]);
    });
    let problems = problems_of(&files);
    assert!(problem_at(&problems, "plan.csv", None, Some("champ"))
        .to_string()
        .contains("valeur « periode » : il manque la ligne « periode »"));
    assert!(problem_at(&problems, "plan.csv", Some(7), Some("champ"))
        .message
        .contains("ce champ n'existe pas"));
}

#[test]
fn the_tools_write_the_plan_only_when_it_is_valid() {
    use std::process::Command;
    let dir = std::env::temp_dir().join(format!("plan-csv-tools-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let folder = dir.join("tableurs");
    let out = dir.join("plan.json");
    let plan_file = support::data_dir().join(format!("plan-{}.json", support::EDITION));
    let to_csv = Command::new(env!("CARGO_BIN_EXE_plan-to-csv"))
        .arg(&plan_file)
        .arg(&folder)
        .output()
        .unwrap();
    assert!(to_csv.status.success(), "{to_csv:?}");
    assert!(folder.join("LISEZMOI.md").exists());

    let from_csv = || {
        Command::new(env!("CARGO_BIN_EXE_plan-from-csv"))
            .arg(&folder)
            .arg(&out)
            .output()
            .unwrap()
    };
    let ok = from_csv();
    assert!(ok.status.success(), "{ok:?}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), plan_json());

    // A refused folder leaves the previous file as it was.
    std::fs::write(&out, "previous").unwrap();
    let axes = std::fs::read_to_string(folder.join("axes.csv")).unwrap();
    std::fs::write(folder.join("axes.csv"), axes.replace("\r\n1,", "\r\n9,")).unwrap();
    let refused = from_csv();
    assert_eq!(refused.status.code(), Some(1), "{refused:?}");
    let stderr = String::from_utf8(refused.stderr).unwrap();
    assert!(
        stderr.contains("rien n'est écrit")
            && stderr.contains("axes.csv, ligne 2, colonne « numero », valeur « 9 »"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "previous");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_publishing_guide_describes_every_column_as_the_tools_do() {
    let guide = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/publishing-a-new-plan.md"),
    )
    .unwrap();
    for line in dictionary().lines().filter(|l| l.starts_with("| `")) {
        assert!(
            guide.contains(line),
            "docs/publishing-a-new-plan.md lacks: {line}"
        );
    }
}
