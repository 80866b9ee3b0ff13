//! CSV files, as spreadsheets write them, read back into a plan.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::str::FromStr;

use super::problems::{french, CsvProblem};
use super::{
    ABBREVIATIONS, AXES, FUND, INTRODUCTION, ITEMS, PARTNERS, PLAN_FIELDS, PLAN_TABLE, SECTIONS,
    SECTIONS_TABLE,
};
use crate::open_data::Table;
use crate::plan::{
    validate, Abbreviation, Axis, Commitment, Fund, PartnerKind, Place, Plan, Reality, Section,
    Strategy, Text, SUPPORTED_FORMAT_VERSION,
};

/// The plan in `files` (file name → content, as read from the folder), or every
/// problem found, in French.
pub fn read_plan(files: &BTreeMap<String, Vec<u8>>) -> Result<Plan, Vec<CsvProblem>> {
    let mut reading = Reading::default();
    let plan = reading.plan(files);
    let mut problems = reading.problems;
    // The plan's rules need every file: a file that could not be read is the problem.
    let whole_files = problems.iter().any(CsvProblem::whole_file);
    for problem in validate(&plan).into_iter().filter(|_| !whole_files) {
        let Some(found) = reading.origins.problem(&problem.place, &problem.kind) else {
            continue;
        };
        // A cell that could not be read already has its problem.
        if !problems.iter().any(|p| p.covers(&found)) {
            problems.push(found);
        }
    }
    if problems.is_empty() {
        Ok(plan)
    } else {
        Err(problems)
    }
}

/// One row of a file: its number as the spreadsheet shows it, and its cells in the
/// order of the table's columns.
#[derive(Clone)]
struct Row {
    table: &'static Table,
    number: usize,
    cells: Vec<String>,
}

impl Row {
    fn get(&self, column: &str) -> &str {
        self.table
            .columns
            .iter()
            .position(|c| c.name == column)
            .map_or("", |i| &self.cells[i])
    }

    fn text(&self, column: &str) -> Text {
        Text::from(self.get(column).to_owned())
    }

    /// The cell as an optional text: `None` when empty.
    fn optional(&self, column: &str) -> Option<Text> {
        let value = self.get(column);
        (!value.is_empty()).then(|| Text::from(value.to_owned()))
    }

    fn problem(&self, column: &'static str, message: impl Into<String>) -> CsvProblem {
        CsvProblem {
            file: self.table.name,
            row: Some(self.number),
            column: Some(column),
            value: Some(self.get(column).to_owned()),
            message: message.into(),
        }
    }
}

/// Where each part of the plan came from: the rows it was read from.
#[derive(Default)]
struct Origins {
    plan_fields: BTreeMap<&'static str, Row>,
    introduction: Vec<Row>,
    sections: BTreeMap<&'static str, Row>,
    axes: Vec<Row>,
    partners: Vec<Row>,
    items: BTreeMap<&'static str, Vec<Row>>,
    fund: Option<Row>,
    acronyms: Vec<Row>,
    other_abbreviations: Vec<Row>,
}

impl Origins {
    /// A rule the plan breaks, at the file, row and column it came from.
    fn problem(&self, place: &Place, kind: &crate::plan::ProblemKind) -> Option<CsvProblem> {
        let message = french(kind, place);
        let at = |row: Option<&Row>, column: &'static str| {
            row.map(|row| row.problem(column, message.clone()))
        };
        match *place {
            Place::Document => None,
            Place::Plan { index: Some(i), .. } => at(self.introduction.get(i), "paragraphe"),
            Place::Plan {
                field: "introduction",
                ..
            } => Some(CsvProblem::in_file(INTRODUCTION.name, message)),
            Place::Plan { field, .. } => {
                let name = PLAN_FIELDS.iter().find(|f| f.1 == field)?.0;
                at(self.plan_fields.get(name), "valeur")
            }
            Place::Axis { index, field } => at(
                self.axes.get(index),
                if field == "number" { "numero" } else { "nom" },
            ),
            Place::Partner { index, field } => at(
                self.partners.get(index),
                match field {
                    "id" => "id",
                    "short_name" => "nom_court",
                    "full_name" => "nom_complet",
                    _ => "source_nom_complet",
                },
            ),
            Place::Section { section, field } => {
                let word = SECTIONS.iter().find(|s| s.1 == section)?.0;
                if field == "items" {
                    return Some(CsvProblem {
                        file: ITEMS.name,
                        row: None,
                        column: Some("section"),
                        value: Some(word.to_owned()),
                        message,
                    });
                }
                at(
                    self.sections.get(word),
                    if field == "heading" {
                        "titre"
                    } else {
                        "introduction"
                    },
                )
            }
            Place::Item {
                section,
                index,
                field,
                partner,
            } => {
                let word = SECTIONS.iter().find(|s| s.1 == section)?.0;
                let row = self.items.get(word)?.get(index)?;
                let column = item_column(field);
                let mut problem = row.problem(column, message);
                if let Some(j) = partner {
                    problem.value = partner_ids(row.get(column)).nth(j).map(str::to_owned);
                }
                Some(problem)
            }
            Place::Fund { field } => at(self.fund.as_ref(), item_column(field)),
            Place::Abbreviation { list, index, field } => {
                let rows = if list == "acronyms" {
                    &self.acronyms
                } else {
                    &self.other_abbreviations
                };
                at(
                    rows.get(index),
                    match field {
                        "abbreviation" => "sigle",
                        "expansion" => "forme_longue",
                        _ => "source",
                    },
                )
            }
        }
    }
}

/// The column of `elements.csv` that holds an item's JSON field.
fn item_column(field: &str) -> &'static str {
    match field {
        "number" => "numero",
        "id" => "id",
        "title" | "reality" | "heading" => "titre",
        "axis" => "axe",
        "partners" => "responsables",
        "amount_per_year" => "montant_annuel",
        _ => "texte",
    }
}

/// The partner ids of a `responsables` cell: separated by `;`, blanks around them
/// ignored.
fn partner_ids(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(';').map(str::trim).filter(|id| !id.is_empty())
}

#[derive(Default)]
struct Reading {
    problems: Vec<CsvProblem>,
    origins: Origins,
}

impl Reading {
    /// The plan the files hold, as far as they can be read (what cannot be read is
    /// left empty, with its problem).
    fn plan(&mut self, files: &BTreeMap<String, Vec<u8>>) -> Plan {
        let mut rows = |table: &'static Table| {
            let rows = read_table(table, files.get(table.name), &mut self.problems);
            rows
        };
        let plan_rows = rows(&PLAN_TABLE);
        let introduction_rows = rows(&INTRODUCTION);
        let section_rows = rows(&SECTIONS_TABLE);
        let axis_rows = rows(&AXES);
        let partner_rows = rows(&PARTNERS);
        let item_rows = rows(&ITEMS);
        let abbreviation_rows = rows(&ABBREVIATIONS);

        self.plan_fields(plan_rows);
        let paragraphs = self.introduction(introduction_rows);
        self.sections(section_rows);
        let axes = axis_rows
            .into_iter()
            .map(|row| {
                let number = self.whole(&row, "numero").unwrap_or(0);
                let axis = Axis {
                    number,
                    name: row.text("nom"),
                };
                self.origins.axes.push(row);
                axis
            })
            .collect();
        let partners = partner_rows
            .into_iter()
            .map(|row| {
                let kind = match row.get("type").trim() {
                    "organisation" => PartnerKind::Organisation,
                    "unite-ville" => PartnerKind::CityUnit,
                    _ => {
                        self.problems.push(row.problem(
                            "type",
                            "le type est « organisation » ou « unite-ville » (un service ou une \
                             direction de la Ville)",
                        ));
                        PartnerKind::Organisation
                    }
                };
                let partner = crate::plan::Partner {
                    id: row.text("id"),
                    short_name: row.text("nom_court"),
                    full_name: row.text("nom_complet"),
                    full_name_source: row.optional("source_nom_complet"),
                    kind,
                };
                self.origins.partners.push(row);
                partner
            })
            .collect();
        self.items(item_rows);
        let (acronyms, other_abbreviations) = self.abbreviations(abbreviation_rows);

        let field = |name: &str| {
            self.origins
                .plan_fields
                .get(name)
                .map_or_else(|| Text::from(""), |row| row.text("valeur"))
        };
        let commitments = |word: &str| {
            self.section(word, |row| Commitment {
                id: row.text("id"),
                number: parse(row.get("numero")).unwrap_or(0),
                title: row.text("titre"),
                axis: parse(row.get("axe")).unwrap_or(0),
                objective: row.text("texte"),
                partners: Cow::Owned(
                    partner_ids(row.get("responsables"))
                        .map(|id| Text::from(id.to_owned()))
                        .collect(),
                ),
            })
        };
        let realities = self.section("realite", |row| Reality {
            id: row.text("id"),
            number: parse(row.get("numero")).unwrap_or(0),
            reality: row.text("titre"),
            impact: row.text("texte"),
        });
        let strategies = self.section("strategie", |row| Strategy {
            id: row.text("id"),
            number: parse(row.get("numero")).unwrap_or(0),
            title: row.text("titre"),
            description: row.text("texte"),
        });
        let fund = self.origins.fund.as_ref().map_or_else(
            || Fund {
                id: Text::from(""),
                heading: Text::from(""),
                amount_per_year: 0,
                text: Text::from(""),
            },
            |row| Fund {
                id: row.text("id"),
                heading: row.text("titre"),
                amount_per_year: parse(&amount_digits(row.get("montant_annuel"))).unwrap_or(0),
                text: row.text("texte"),
            },
        );
        Plan {
            format_version: SUPPORTED_FORMAT_VERSION,
            id: field("id"),
            publisher: field("editeur"),
            title: field("titre"),
            subtitle: field("sous_titre"),
            period: field("periode"),
            introduction: Cow::Owned(paragraphs),
            axes_source: field("source_des_axes"),
            axes: Cow::Owned(axes),
            partners: Cow::Owned(partners),
            realities,
            priorities: commitments("priorite"),
            municipal_programs: commitments("programme"),
            other_municipal_plans: commitments("autre-plan"),
            strategies,
            fund,
            acronyms: Cow::Owned(acronyms),
            other_abbreviations: Cow::Owned(other_abbreviations),
        }
    }

    /// A section as read: its heading and introduction (`sections.csv`), and its
    /// items (`elements.csv`), each made by `item` from its row.
    fn section<T: Clone>(&self, word: &str, item: impl Fn(&Row) -> T) -> Section<T> {
        let row = self.origins.sections.get(word);
        Section {
            heading: row.map_or_else(|| Text::from(""), |row| row.text("titre")),
            introduction: row.and_then(|row| row.optional("introduction")),
            items: Cow::Owned(
                self.origins
                    .items
                    .get(word)
                    .map_or_else(Vec::new, |rows| rows.iter().map(item).collect()),
            ),
        }
    }

    /// A whole number in `column`, or a problem.
    fn whole<T: FromStr>(&mut self, row: &Row, column: &'static str) -> Option<T> {
        let value = parse(row.get(column));
        if value.is_none() {
            let message = if row.get(column).trim().is_empty() {
                "ce nombre manque"
            } else {
                "ce n'est pas un nombre entier"
            };
            self.problems.push(row.problem(column, message));
        }
        value
    }

    fn plan_fields(&mut self, rows: Vec<Row>) {
        let names = || {
            PLAN_FIELDS
                .iter()
                .map(|f| format!("« {} »", f.0))
                .collect::<Vec<_>>()
                .join(", ")
        };
        for row in rows {
            let name = row.get("champ").trim();
            match PLAN_FIELDS.iter().find(|f| f.0 == name) {
                None => self.problems.push(row.problem(
                    "champ",
                    format!("ce champ n'existe pas : les champs sont {}", names()),
                )),
                Some(field) if self.origins.plan_fields.contains_key(field.0) => self
                    .problems
                    .push(row.problem("champ", "ce champ est déjà sur une autre ligne")),
                Some(field) => {
                    self.origins.plan_fields.insert(field.0, row);
                }
            }
        }
        for (name, ..) in PLAN_FIELDS {
            if !self.origins.plan_fields.contains_key(name) {
                self.missing_row(&PLAN_TABLE, "champ", name);
            }
        }
    }

    /// A file that needs a row with `value` in `column` has none.
    fn missing_row(&mut self, table: &'static Table, column: &'static str, value: &str) {
        if self
            .problems
            .iter()
            .any(|p| p.file == table.name && p.row.is_none() && p.column.is_none())
        {
            return; // the file itself could not be read
        }
        self.problems.push(CsvProblem {
            file: table.name,
            row: None,
            column: Some(column),
            value: Some(value.to_owned()),
            message: format!("il manque la ligne « {value} »"),
        });
    }

    fn introduction(&mut self, rows: Vec<Row>) -> Vec<Text> {
        let mut paragraphs = Vec::new();
        for (i, row) in rows.into_iter().enumerate() {
            if let Some(number) = self.whole::<usize>(&row, "numero") {
                if number != i + 1 {
                    self.problems.push(row.problem(
                        "numero",
                        format!("ce numéro devrait être {} : les paragraphes sont numérotés 1, 2, 3… dans l'ordre", i + 1),
                    ));
                }
            }
            paragraphs.push(row.text("paragraphe"));
            self.origins.introduction.push(row);
        }
        paragraphs
    }

    fn sections(&mut self, rows: Vec<Row>) {
        for row in rows {
            let word = row.get("section").trim();
            match SECTIONS.iter().find(|s| s.0 == word) {
                None => self
                    .problems
                    .push(row.problem("section", unknown_section(false))),
                Some(section) if self.origins.sections.contains_key(section.0) => self
                    .problems
                    .push(row.problem("section", "cette section est déjà sur une autre ligne")),
                Some(section) => {
                    self.origins.sections.insert(section.0, row);
                }
            }
        }
        for (word, _) in SECTIONS {
            if !self.origins.sections.contains_key(word) {
                self.missing_row(&SECTIONS_TABLE, "section", word);
            }
        }
    }

    fn items(&mut self, rows: Vec<Row>) {
        for row in rows {
            let word = row.get("section").trim();
            let fund = word == FUND;
            let Some(section) = SECTIONS
                .iter()
                .find(|s| s.0 == word)
                .map(|s| s.0)
                .or(fund.then_some(FUND))
            else {
                self.problems
                    .push(row.problem("section", unknown_section(true)));
                continue;
            };
            let commitment = !matches!(section, "realite" | "strategie" | FUND);
            // The cells a row of this section has, read (or checked empty) here.
            if !fund {
                self.whole::<u32>(&row, "numero");
            }
            if commitment {
                self.whole::<u8>(&row, "axe");
            }
            if fund {
                let digits = amount_digits(row.get("montant_annuel"));
                if parse::<u64>(&digits).is_none() {
                    self.problems.push(row.problem(
                        "montant_annuel",
                        "le montant s'écrit en dollars, en chiffres seulement (par exemple « 200000 »)",
                    ));
                }
            }
            for (column, used) in [
                ("numero", !fund),
                ("axe", commitment),
                ("responsables", commitment),
                ("montant_annuel", fund),
            ] {
                if !used && !row.get(column).trim().is_empty() {
                    self.problems.push(row.problem(
                        column,
                        format!("cette colonne reste vide pour la section « {section} »"),
                    ));
                }
            }
            if fund {
                if self.origins.fund.is_some() {
                    self.problems.push(row.problem(
                        "section",
                        "le plan n'a qu'un fonds : une seule ligne « fonds »",
                    ));
                } else {
                    self.origins.fund = Some(row);
                }
            } else {
                self.origins.items.entry(section).or_default().push(row);
            }
        }
        if self.origins.fund.is_none() {
            self.missing_row(&ITEMS, "section", FUND);
        }
    }

    fn abbreviations(&mut self, rows: Vec<Row>) -> (Vec<Abbreviation>, Vec<Abbreviation>) {
        let (mut acronyms, mut others) = (Vec::new(), Vec::new());
        for row in rows {
            let entry = Abbreviation {
                abbreviation: row.text("sigle"),
                expansion: row.text("forme_longue"),
                source: row.optional("source"),
            };
            match row.get("liste").trim() {
                "plan" => {
                    acronyms.push(entry);
                    self.origins.acronyms.push(row);
                }
                "autre" => {
                    others.push(entry);
                    self.origins.other_abbreviations.push(row);
                }
                _ => self.problems.push(row.problem(
                    "liste",
                    "la liste est « plan » (un sigle que le plan définit dans sa liste) ou « autre »",
                )),
            }
        }
        (acronyms, others)
    }
}

fn unknown_section(with_fund: bool) -> String {
    let mut words: Vec<_> = SECTIONS.iter().map(|s| format!("« {} »", s.0)).collect();
    if with_fund {
        words.push(format!("« {FUND} »"));
    }
    format!(
        "cette section n'existe pas : les sections sont {}",
        words.join(", ")
    )
}

fn parse<T: FromStr>(cell: &str) -> Option<T> {
    cell.trim().parse().ok()
}

/// A dollar amount as a spreadsheet may write it (`200 000`, `200 000 $`): its digits.
fn amount_digits(cell: &str) -> String {
    let cell = cell.trim().trim_end_matches('$');
    cell.chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect()
}

/// The rows of one file, after its header; every problem of reading goes to
/// `problems`. Cells keep their text as written, with line breaks as LF.
fn read_table(
    table: &'static Table,
    bytes: Option<&Vec<u8>>,
    problems: &mut Vec<CsvProblem>,
) -> Vec<Row> {
    let Some(bytes) = bytes else {
        problems.push(CsvProblem::in_file(
            table.name,
            "ce fichier manque : le dossier doit contenir les fichiers que plan-to-csv écrit",
        ));
        return Vec::new();
    };
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(bytes) else {
        problems.push(CsvProblem::in_file(
            table.name,
            "ce fichier n'est pas en UTF-8 : dans votre tableur, enregistrez-le au format \
             « CSV UTF-8 » (Fichier > Enregistrer sous > CSV UTF-8), puis recommencez",
        ));
        return Vec::new();
    };
    // The header names the columns with neither commas nor semicolons: the separator
    // it uses is the file's.
    let header = text.lines().next().unwrap_or("");
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
                    message: format!("cette ligne ne peut pas être lue : {err}"),
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
                Slot::Column(c) => cells[c] = cell.replace("\r\n", "\n"),
                Slot::Unnamed if !cell.trim().is_empty() => problems.push(CsvProblem {
                    file: table.name,
                    row: Some(number),
                    column: None,
                    value: Some(cell.to_owned()),
                    message:
                        "cette cellule est dans une colonne que la première ligne ne nomme pas"
                            .into(),
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
        problems.push(CsvProblem::in_file(
            table.name,
            "ce fichier est vide : sa première ligne nomme ses colonnes",
        ));
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
                problems.push(problem(format!(
                    "cette colonne n'existe pas : les colonnes de ce fichier sont {}",
                    names()
                )));
                layout.push(Slot::Reported);
            }
            Some(c) if seen[c] => {
                problems.push(problem(
                    "cette colonne est déjà nommée plus tôt dans la ligne".into(),
                ));
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
                message: format!(
                    "il manque cette colonne : les colonnes de ce fichier sont {}",
                    names()
                ),
            });
        }
    }
    layout
}
