//! Where each part of a plan read from CSV files came from, so that a rule the plan
//! breaks (`plan::validate`, which speaks of the plan's parts: `Place`) is reported at
//! the file, row and column a person edits. Every part of the plan maps to its column
//! through an exhaustive `match`: a field added to the plan does not compile until it
//! has its column here.

use std::collections::BTreeMap;

use super::problems::{french, CsvProblem};
use super::rows::{partner_ids, Row};
use super::{field_row, section_word, INTRODUCTION, ITEMS};
use crate::plan::{
    AbbreviationField, AbbreviationList, AxisField, FundField, ItemField, PartnerField, Place,
    PlanField, ProblemKind, SectionField, SectionName,
};

/// The rows each part of the plan was read from.
#[derive(Default)]
pub(super) struct Origins {
    /// `plan.csv`'s rows, by the field each names.
    pub plan_fields: Vec<(PlanField, Row)>,
    pub introduction: Vec<Row>,
    /// `sections.csv`'s rows.
    pub sections: BTreeMap<SectionName, Row>,
    pub axes: Vec<Row>,
    pub partners: Vec<Row>,
    /// `elements.csv`'s rows, section by section, in order.
    pub items: BTreeMap<SectionName, Vec<Row>>,
    pub fund: Option<Row>,
    pub acronyms: Vec<Row>,
    pub other_abbreviations: Vec<Row>,
}

impl Origins {
    pub fn plan_field(&self, field: PlanField) -> Option<&Row> {
        self.plan_fields
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, row)| row)
    }

    pub fn abbreviations(&mut self, list: AbbreviationList) -> &mut Vec<Row> {
        match list {
            AbbreviationList::Acronyms => &mut self.acronyms,
            AbbreviationList::OtherAbbreviations => &mut self.other_abbreviations,
        }
    }

    /// A rule the plan breaks, at the file, row and column it came from.
    pub fn problem(&self, place: &Place, kind: &ProblemKind) -> Option<CsvProblem> {
        let message = french(kind, place);
        let at = |row: Option<&Row>, column: &'static str| {
            row.map(|row| row.problem(column, message.clone()))
        };
        match *place {
            Place::Document => None,
            Place::Paragraph(i) => at(self.introduction.get(i), "paragraphe"),
            Place::Plan(PlanField::Introduction) => {
                Some(CsvProblem::in_file(INTRODUCTION.name, message))
            }
            // The reader writes the version it supports: no cell holds it.
            Place::Plan(PlanField::FormatVersion) => None,
            Place::Plan(field) => {
                field_row(field)?;
                at(self.plan_field(field), "valeur")
            }
            Place::Axis { index, field } => at(self.axes.get(index), axis_column(field)),
            Place::Partner { index, field } => at(self.partners.get(index), partner_column(field)),
            Place::Section {
                section,
                field: SectionField::Items,
            } => Some(CsvProblem {
                file: ITEMS.name,
                row: None,
                column: Some("section"),
                value: Some(section_word(section).to_owned()),
                message,
            }),
            Place::Section {
                section,
                field: SectionField::Heading,
            } => at(self.sections.get(&section), "titre"),
            Place::Section {
                section,
                field: SectionField::Introduction,
            } => at(self.sections.get(&section), "introduction"),
            Place::Item {
                section,
                index,
                field,
                partner,
            } => {
                let row = self.items.get(&section)?.get(index)?;
                let column = item_column(field);
                let mut problem = row.problem(column, message);
                if let Some(j) = partner {
                    problem.value = partner_ids(row.get(column)).nth(j).map(str::to_owned);
                }
                Some(problem)
            }
            Place::Fund(field) => at(self.fund.as_ref(), fund_column(field)),
            Place::Abbreviation { list, index, field } => {
                let rows = match list {
                    AbbreviationList::Acronyms => &self.acronyms,
                    AbbreviationList::OtherAbbreviations => &self.other_abbreviations,
                };
                at(rows.get(index), abbreviation_column(field))
            }
        }
    }
}

/// The column of `axes.csv` that holds an axis's field.
fn axis_column(field: AxisField) -> &'static str {
    match field {
        AxisField::Number => "numero",
        AxisField::Name => "nom",
    }
}

/// The column of `partenaires.csv` that holds a partner's field.
fn partner_column(field: PartnerField) -> &'static str {
    match field {
        PartnerField::Id => "id",
        PartnerField::ShortName => "nom_court",
        PartnerField::FullName => "nom_complet",
        PartnerField::FullNameSource => "source_nom_complet",
    }
}

/// The column of `elements.csv` that holds an item's field.
fn item_column(field: ItemField) -> &'static str {
    match field {
        ItemField::Number => "numero",
        ItemField::Id => "id",
        ItemField::Reality | ItemField::Title => "titre",
        ItemField::Impact | ItemField::Objective | ItemField::Description => "texte",
        ItemField::Axis => "axe",
        ItemField::Partners => "responsables",
    }
}

/// The column of the fund's row of `elements.csv` that holds its field.
fn fund_column(field: FundField) -> &'static str {
    match field {
        FundField::Id => "id",
        FundField::Heading => "titre",
        FundField::Text => "texte",
        FundField::AmountPerYear => "montant_annuel",
    }
}

/// The column of `sigles.csv` that holds an abbreviation's field.
fn abbreviation_column(field: AbbreviationField) -> &'static str {
    match field {
        AbbreviationField::Abbreviation => "sigle",
        AbbreviationField::Expansion => "forme_longue",
        AbbreviationField::Source => "source",
    }
}
