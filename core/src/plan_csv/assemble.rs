//! CSV files read back into a plan: each file's rows (`rows`) assembled into the
//! plan's parts, remembering the row each part came from (`cells::Origins`), then the
//! plan's own rules checked and reported at those rows.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::str::FromStr;

use super::cells::Origins;
use super::problems::{reading, CsvProblem};
use super::rows::{amount_digits, parse, partner_ids, read_table, Row};
use super::{
    field_row, list_word, section_named, section_word, FieldRow, ABBREVIATIONS, AXES, FUND,
    INTRODUCTION, ITEMS, PARTNERS, PLAN_FIELDS, PLAN_TABLE, SECTIONS_TABLE,
};
use crate::open_data::Table;
use crate::plan::{
    validate, Abbreviation, AbbreviationList, Axis, Commitment, Fund, PartnerKind, Plan, PlanField,
    Reality, Section, SectionName, Strategy, Text, SUPPORTED_FORMAT_VERSION,
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
                        self.problems
                            .push(row.problem("type", reading::PARTNER_KIND));
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

        let field = |field: PlanField| {
            self.origins
                .plan_field(field)
                .map_or_else(|| Text::from(""), |row| row.text("valeur"))
        };
        let commitments = |section: SectionName| {
            self.section(section, |row| Commitment {
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
        let realities = self.section(SectionName::Realities, |row| Reality {
            id: row.text("id"),
            number: parse(row.get("numero")).unwrap_or(0),
            reality: row.text("titre"),
            impact: row.text("texte"),
        });
        let strategies = self.section(SectionName::Strategies, |row| Strategy {
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
            id: field(PlanField::Id),
            publisher: field(PlanField::Publisher),
            title: field(PlanField::Title),
            subtitle: field(PlanField::Subtitle),
            period: field(PlanField::Period),
            introduction: Cow::Owned(paragraphs),
            axes_source: field(PlanField::AxesSource),
            axes: Cow::Owned(axes),
            partners: Cow::Owned(partners),
            realities,
            priorities: commitments(SectionName::Priorities),
            municipal_programs: commitments(SectionName::MunicipalPrograms),
            other_municipal_plans: commitments(SectionName::OtherMunicipalPlans),
            strategies,
            fund,
            acronyms: Cow::Owned(acronyms),
            other_abbreviations: Cow::Owned(other_abbreviations),
        }
    }

    /// A section as read: its heading and introduction (`sections.csv`), and its
    /// items (`elements.csv`), each made by `item` from its row.
    fn section<T: Clone>(&self, section: SectionName, item: impl Fn(&Row) -> T) -> Section<T> {
        let row = self.origins.sections.get(&section);
        Section {
            heading: row.map_or_else(|| Text::from(""), |row| row.text("titre")),
            introduction: row.and_then(|row| row.optional("introduction")),
            items: Cow::Owned(
                self.origins
                    .items
                    .get(&section)
                    .map_or_else(Vec::new, |rows| rows.iter().map(item).collect()),
            ),
        }
    }

    /// A whole number in `column`, or a problem.
    fn whole<T: FromStr>(&mut self, row: &Row, column: &'static str) -> Option<T> {
        let value = parse(row.get(column));
        if value.is_none() {
            let message = if row.get(column).trim().is_empty() {
                reading::NUMBER_MISSING
            } else {
                reading::NOT_A_WHOLE_NUMBER
            };
            self.problems.push(row.problem(column, message));
        }
        value
    }

    fn plan_fields(&mut self, rows: Vec<Row>) {
        let fields: Vec<(PlanField, FieldRow)> = PLAN_FIELDS
            .into_iter()
            .filter_map(|field| Some((field, field_row(field)?)))
            .collect();
        let names = || quoted(fields.iter().map(|(_, row)| row.name));
        for row in rows {
            let name = row.get("champ").trim();
            match fields.iter().find(|(_, f)| f.name == name) {
                None => self
                    .problems
                    .push(row.problem("champ", reading::unknown_field(&names()))),
                Some((field, _)) if self.origins.plan_field(*field).is_some() => self
                    .problems
                    .push(row.problem("champ", reading::FIELD_TWICE)),
                Some((field, _)) => self.origins.plan_fields.push((*field, row)),
            }
        }
        for (field, row) in &fields {
            if self.origins.plan_field(*field).is_none() {
                self.missing_row(&PLAN_TABLE, "champ", row.name);
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
            message: reading::missing_row(value),
        });
    }

    fn introduction(&mut self, rows: Vec<Row>) -> Vec<Text> {
        let mut paragraphs = Vec::new();
        for (i, row) in rows.into_iter().enumerate() {
            if let Some(number) = self.whole::<usize>(&row, "numero") {
                if number != i + 1 {
                    self.problems
                        .push(row.problem("numero", reading::paragraph_number(i + 1)));
                }
            }
            paragraphs.push(row.text("paragraphe"));
            self.origins.introduction.push(row);
        }
        paragraphs
    }

    fn sections(&mut self, rows: Vec<Row>) {
        for row in rows {
            match section_named(row.get("section").trim()) {
                None => self
                    .problems
                    .push(row.problem("section", unknown_section(false))),
                Some(section) if self.origins.sections.contains_key(&section) => self
                    .problems
                    .push(row.problem("section", reading::SECTION_TWICE)),
                Some(section) => {
                    self.origins.sections.insert(section, row);
                }
            }
        }
        for section in SectionName::ALL {
            if !self.origins.sections.contains_key(&section) {
                self.missing_row(&SECTIONS_TABLE, "section", section_word(section));
            }
        }
    }

    fn items(&mut self, rows: Vec<Row>) {
        for row in rows {
            let word = row.get("section").trim();
            let section = section_named(word);
            let fund = word == FUND;
            if section.is_none() && !fund {
                self.problems
                    .push(row.problem("section", unknown_section(true)));
                continue;
            }
            let commitment = section.is_some_and(|s| s.commitments_section());
            // The cells a row of this section has, read (or checked empty) here.
            if !fund {
                self.whole::<u32>(&row, "numero");
            }
            if commitment {
                self.whole::<u8>(&row, "axe");
            }
            if fund && parse::<u64>(&amount_digits(row.get("montant_annuel"))).is_none() {
                self.problems
                    .push(row.problem("montant_annuel", reading::AMOUNT));
            }
            for (column, used) in [
                ("numero", !fund),
                ("axe", commitment),
                ("responsables", commitment),
                ("montant_annuel", fund),
            ] {
                if !used && !row.get(column).trim().is_empty() {
                    self.problems
                        .push(row.problem(column, reading::column_stays_empty(word)));
                }
            }
            match section {
                Some(section) => self.origins.items.entry(section).or_default().push(row),
                None if self.origins.fund.is_some() => self
                    .problems
                    .push(row.problem("section", reading::ONE_FUND)),
                None => self.origins.fund = Some(row),
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
            let word = row.get("liste").trim();
            let Some(list) = AbbreviationList::ALL
                .into_iter()
                .find(|list| list_word(*list) == word)
            else {
                self.problems.push(row.problem("liste", reading::LIST));
                continue;
            };
            match list {
                AbbreviationList::Acronyms => acronyms.push(entry),
                AbbreviationList::OtherAbbreviations => others.push(entry),
            }
            self.origins.abbreviations(list).push(row);
        }
        (acronyms, others)
    }
}

/// The words a `section` cell may hold (the fund's too, in `elements.csv`).
fn unknown_section(with_fund: bool) -> String {
    let mut words: Vec<&str> = SectionName::ALL.into_iter().map(section_word).collect();
    if with_fund {
        words.push(FUND);
    }
    reading::unknown_section(&quoted(words))
}

/// Words between « », separated by commas.
fn quoted<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    words
        .into_iter()
        .map(|word| format!("« {word} »"))
        .collect::<Vec<_>>()
        .join(", ")
}
