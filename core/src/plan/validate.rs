//! Parsing and validation of a plan JSON file.
//!
//! Every problem names where it is (section, item id, field) so that whoever edits
//! the JSON can fix it: `build.rs` stops the build with these messages, and
//! `validate-plan` prints them for any file. A problem also says where it is as the
//! plan's parts (`Place`) and what is wrong as a value (`ProblemKind`), so that the
//! spreadsheet reader (`plan_csv`) can name the file, row and column, in French.

use std::collections::HashSet;
use std::fmt;

use super::model::{Commitment, Plan, Section};
use super::place::{
    AbbreviationField, AbbreviationList, AxisField, FundField, ItemField, PartnerField, Place,
    PlanField, SectionField, SectionName,
};

/// The JSON format version this code reads.
pub const SUPPORTED_FORMAT_VERSION: u32 = 2;

/// One thing wrong with a plan file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanProblem {
    /// Where: a JSON path, with the item id when there is one,
    /// e.g. `priorities.items[2] (priorite-main-d-oeuvre).partners[1]`.
    pub location: String,
    /// The same place, as the plan's parts.
    pub place: Place,
    pub kind: ProblemKind,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// Not JSON, or JSON of the wrong shape: serde's message, with the line and column.
    Shape(String),
    UnsupportedFormat {
        found: u32,
    },
    /// An id that is not lowercase letters, digits and single hyphens.
    BadId {
        id: String,
    },
    EmptyText,
    BlankAtEdges,
    BadPeriod {
        period: String,
    },
    EmptyList,
    AxisOutOfRange {
        axis: u8,
    },
    AxisListedTwice {
        axis: u8,
    },
    /// A commitment's axis that the plan's list of axes does not have.
    AxisNotListed {
        axis: u8,
    },
    PartnerIdTwice,
    FullNameWithoutSource,
    FullNameNeedsNoSource,
    ItemIdTwice {
        id: String,
    },
    /// Items are numbered 1, 2, 3… in the order they appear.
    WrongNumber {
        found: u32,
        expected: u32,
    },
    UnknownPartner {
        partner: String,
    },
    PartnerListedTwice {
        partner: String,
    },
    ZeroAmount,
    AcronymWithSource,
    AbbreviationTwice,
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ProblemKind::*;
        match self {
            Shape(message) => f.write_str(message),
            UnsupportedFormat { found } => write!(
                f,
                "format version {found} is not supported (expected {SUPPORTED_FORMAT_VERSION})"
            ),
            BadId { id } => write!(
                f,
                "id {id:?} must be lowercase letters, digits and single hyphens"
            ),
            EmptyText => f.write_str("text is empty"),
            BlankAtEdges => f.write_str("text starts or ends with blank space"),
            BadPeriod { period } => write!(
                f,
                "period {period:?} is not two years, the first not after the second, joined by a hyphen (`YYYY-YYYY`)"
            ),
            EmptyList => f.write_str("list is empty"),
            AxisOutOfRange { axis } => write!(f, "axis {axis} is outside 1..5"),
            AxisListedTwice { axis } => write!(f, "axis {axis} is listed twice"),
            AxisNotListed { axis } => {
                write!(f, "axis {axis} is not in the plan's list of axes")
            }
            PartnerIdTwice => f.write_str("partner id is used twice"),
            FullNameWithoutSource => f.write_str(
                "the plan does not print this full name: say where it comes from",
            ),
            FullNameNeedsNoSource => f.write_str(
                "the plan prints this full name itself: it needs no outside source",
            ),
            ItemIdTwice { id } => write!(f, "item id {id:?} is used twice"),
            WrongNumber { found, expected } => write!(
                f,
                "number {found} should be {expected}: items are numbered in order"
            ),
            UnknownPartner { partner } => {
                write!(f, "partner {partner:?} is not in the partners list")
            }
            PartnerListedTwice { partner } => write!(f, "partner {partner:?} is listed twice"),
            ZeroAmount => f.write_str("amount must be more than 0"),
            AcronymWithSource => f.write_str(
                "acronyms are the ones the plan defines: they have no outside source",
            ),
            AbbreviationTwice => f.write_str("abbreviation is defined twice"),
        }
    }
}

impl fmt::Display for PlanProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.kind)
    }
}

/// Why a plan file could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    /// Not JSON, or JSON of the wrong shape (a missing field, a string for a number…).
    Format(PlanProblem),
    /// Well-formed, but its content breaks a rule (unknown partner, axis 7, empty text…).
    Invalid(Vec<PlanProblem>),
}

impl PlanError {
    pub fn problems(&self) -> &[PlanProblem] {
        match self {
            PlanError::Format(p) => std::slice::from_ref(p),
            PlanError::Invalid(ps) => ps,
        }
    }
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in self.problems() {
            writeln!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for PlanError {}

/// Parse and validate a plan JSON text, naming the JSON path of a shape error
/// (`priorities.items[2].axis`). For `build.rs`, `validate-plan`, the editions in `data/`
/// and the tests.
pub fn parse_plan(json: &str) -> Result<Plan, PlanError> {
    let deserializer = &mut serde_json::Deserializer::from_str(json);
    let plan: Plan = serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        PlanError::Format(PlanProblem {
            location: if path == "." {
                "(document)".into()
            } else {
                path
            },
            place: Place::Document,
            kind: ProblemKind::Shape(format!(
                "{} (line {}, column {})",
                strip_position(&inner.to_string()),
                inner.line(),
                inner.column()
            )),
        })
    })?;
    checked(plan)
}

/// The plan, if it follows every rule.
fn checked(plan: Plan) -> Result<Plan, PlanError> {
    let problems = validate(&plan);
    if problems.is_empty() {
        Ok(plan)
    } else {
        Err(PlanError::Invalid(problems))
    }
}

/// serde_json appends " at line L column C"; we print the position ourselves.
fn strip_position(message: &str) -> &str {
    message.split(" at line ").next().unwrap_or(message)
}

/// Every rule a plan must follow, beyond its JSON shape.
pub fn validate(plan: &Plan) -> Vec<PlanProblem> {
    use ProblemKind::*;
    let mut check = Checker {
        plan,
        problems: Vec::new(),
        item_ids: HashSet::new(),
    };
    let field = Place::Plan;

    if plan.format_version != SUPPORTED_FORMAT_VERSION {
        check.fail(
            field(PlanField::FormatVersion),
            UnsupportedFormat {
                found: plan.format_version,
            },
        );
    }
    check.slug(field(PlanField::Id), &plan.id);
    for (name, text) in [
        (PlanField::Publisher, &plan.publisher),
        (PlanField::Title, &plan.title),
        (PlanField::Subtitle, &plan.subtitle),
        (PlanField::Period, &plan.period),
        (PlanField::AxesSource, &plan.axes_source),
    ] {
        check.text(field(name), text);
    }
    if plan.years().is_none() {
        check.fail(
            field(PlanField::Period),
            BadPeriod {
                period: plan.period.to_string(),
            },
        );
    }
    check.not_empty_list(field(PlanField::Introduction), plan.introduction.len());
    for (i, paragraph) in plan.introduction.iter().enumerate() {
        check.text(Place::Paragraph(i), paragraph);
    }

    let mut axis_numbers = HashSet::new();
    for (index, axis) in plan.axes.iter().enumerate() {
        let place = |field| Place::Axis { index, field };
        if !(1..=5).contains(&axis.number) {
            check.fail(
                place(AxisField::Number),
                AxisOutOfRange { axis: axis.number },
            );
        }
        if !axis_numbers.insert(axis.number) {
            check.fail(
                place(AxisField::Number),
                AxisListedTwice { axis: axis.number },
            );
        }
        check.text(place(AxisField::Name), &axis.name);
    }

    let mut partner_ids = HashSet::new();
    for (index, partner) in plan.partners.iter().enumerate() {
        let place = |field| Place::Partner { index, field };
        check.slug(place(PartnerField::Id), &partner.id);
        if !partner_ids.insert(partner.id.as_str()) {
            check.fail(place(PartnerField::Id), PartnerIdTwice);
        }
        check.text(place(PartnerField::ShortName), &partner.short_name);
        check.text(place(PartnerField::FullName), &partner.full_name);
        // A full name the plan does not print is an outside fact: it names its source.
        let printed = partner.full_name == partner.short_name
            || plan
                .acronyms
                .iter()
                .any(|a| a.expansion == partner.full_name);
        let source = place(PartnerField::FullNameSource);
        match (&partner.full_name_source, printed) {
            (None, false) => check.fail(source, FullNameWithoutSource),
            (Some(_), true) => check.fail(source, FullNameNeedsNoSource),
            (Some(text), false) => check.text(source, text),
            (None, true) => {}
        }
    }

    check.section(
        SectionName::Realities,
        &plan.realities,
        |check, place, r| {
            check.number(place(ItemField::Number), r.number);
            check.text(place(ItemField::Reality), &r.reality);
            check.text(place(ItemField::Impact), &r.impact);
            &r.id
        },
    );
    for name in SectionName::ALL {
        let Some(section) = name.commitments(plan) else {
            continue;
        };
        check.section(name, section, |check, place, c| {
            check.commitment(place, c, &axis_numbers, &partner_ids);
            &c.id
        });
    }
    check.section(
        SectionName::Strategies,
        &plan.strategies,
        |check, place, s| {
            check.number(place(ItemField::Number), s.number);
            check.text(place(ItemField::Title), &s.title);
            check.text(place(ItemField::Description), &s.description);
            &s.id
        },
    );

    let fund = Place::Fund;
    check.item_id(fund(FundField::Id), &plan.fund.id);
    check.text(fund(FundField::Heading), &plan.fund.heading);
    check.text(fund(FundField::Text), &plan.fund.text);
    if plan.fund.amount_per_year == 0 {
        check.fail(fund(FundField::AmountPerYear), ZeroAmount);
    }

    let mut abbreviations = HashSet::new();
    for list in AbbreviationList::ALL {
        for (index, a) in list.of(plan).iter().enumerate() {
            let place = |field| Place::Abbreviation { list, index, field };
            check.text(place(AbbreviationField::Abbreviation), &a.abbreviation);
            check.text(place(AbbreviationField::Expansion), &a.expansion);
            match (&a.source, list) {
                (Some(_), AbbreviationList::Acronyms) => {
                    check.fail(place(AbbreviationField::Source), AcronymWithSource)
                }
                (Some(source), AbbreviationList::OtherAbbreviations) => {
                    check.text(place(AbbreviationField::Source), source)
                }
                (None, _) => {}
            }
            if !abbreviations.insert(a.abbreviation.as_str()) {
                check.fail(place(AbbreviationField::Abbreviation), AbbreviationTwice);
            }
        }
    }

    check.problems
}

struct Checker<'p> {
    plan: &'p Plan,
    problems: Vec<PlanProblem>,
    item_ids: HashSet<&'p str>,
}

impl<'p> Checker<'p> {
    fn fail(&mut self, place: Place, kind: ProblemKind) {
        self.problems.push(PlanProblem {
            location: place.location(self.plan),
            place,
            kind,
        });
    }

    fn text(&mut self, place: Place, text: &str) {
        if text.trim().is_empty() {
            self.fail(place, ProblemKind::EmptyText);
        } else if text.trim() != text {
            self.fail(place, ProblemKind::BlankAtEdges);
        }
    }

    fn not_empty_list(&mut self, place: Place, len: usize) {
        if len == 0 {
            self.fail(place, ProblemKind::EmptyList);
        }
    }

    /// Ids appear in URLs: lowercase ASCII letters, digits and single hyphens.
    fn slug(&mut self, place: Place, id: &str) {
        let valid = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-')
            && !id.ends_with('-')
            && !id.contains("--");
        if !valid {
            self.fail(place, ProblemKind::BadId { id: id.to_owned() });
        }
    }

    fn item_id(&mut self, place: Place, id: &'p str) {
        self.slug(place, id);
        if !self.item_ids.insert(id) {
            self.fail(place, ProblemKind::ItemIdTwice { id: id.to_owned() });
        }
    }

    /// Items are numbered 1, 2, 3… in the order they appear.
    fn number(&mut self, place: Place, number: u32) {
        let Place::Item { index, .. } = place else {
            return;
        };
        let expected = index as u32 + 1;
        if number != expected {
            self.fail(
                place,
                ProblemKind::WrongNumber {
                    found: number,
                    expected,
                },
            );
        }
    }

    /// Checks a section; `check_item` checks one item's fields (given the place of a
    /// field) and returns its id.
    fn section<T: Clone>(
        &mut self,
        section: SectionName,
        items: &'p Section<T>,
        mut check_item: impl FnMut(&mut Self, &dyn Fn(ItemField) -> Place, &'p T) -> &'p str,
    ) {
        let place = |field| Place::Section { section, field };
        self.text(place(SectionField::Heading), &items.heading);
        if let Some(intro) = &items.introduction {
            self.text(place(SectionField::Introduction), intro);
        }
        self.not_empty_list(place(SectionField::Items), items.items.len());
        for (index, item) in items.items.iter().enumerate() {
            let field = |field| Place::Item {
                section,
                index,
                field,
                partner: None,
            };
            let id = check_item(self, &field, item);
            self.item_id(field(ItemField::Id), id);
        }
    }

    fn commitment(
        &mut self,
        place: &dyn Fn(ItemField) -> Place,
        c: &Commitment,
        axes: &HashSet<u8>,
        partners: &HashSet<&str>,
    ) {
        self.number(place(ItemField::Number), c.number);
        self.text(place(ItemField::Title), &c.title);
        self.text(place(ItemField::Objective), &c.objective);
        let axis = place(ItemField::Axis);
        if !(1..=5).contains(&c.axis) {
            self.fail(axis, ProblemKind::AxisOutOfRange { axis: c.axis });
        } else if !axes.contains(&c.axis) {
            self.fail(axis, ProblemKind::AxisNotListed { axis: c.axis });
        }
        let Place::Item { section, index, .. } = place(ItemField::Partners) else {
            return;
        };
        self.not_empty_list(place(ItemField::Partners), c.partners.len());
        let mut seen = HashSet::new();
        for (j, partner) in c.partners.iter().enumerate() {
            let at = Place::Item {
                section,
                index,
                field: ItemField::Partners,
                partner: Some(j),
            };
            if !partners.contains(partner.as_str()) {
                self.fail(
                    at,
                    ProblemKind::UnknownPartner {
                        partner: partner.to_string(),
                    },
                );
            }
            if !seen.insert(partner) {
                self.fail(
                    at,
                    ProblemKind::PartnerListedTwice {
                        partner: partner.to_string(),
                    },
                );
            }
        }
    }
}
