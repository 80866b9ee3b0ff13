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

/// Where a problem is, as the plan's parts. Field names are the JSON's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The file as a whole (a JSON shape error: `location` says where).
    Document,
    /// A field of the plan itself (`title`, `period`…); for `introduction`, the
    /// paragraph (`None`: the list).
    Plan {
        field: &'static str,
        index: Option<usize>,
    },
    Axis {
        index: usize,
        field: &'static str,
    },
    Partner {
        index: usize,
        field: &'static str,
    },
    /// A section's `heading`, `introduction` or list of `items`; `section` is its JSON
    /// name (`realities`, `priorities`…).
    Section {
        section: &'static str,
        field: &'static str,
    },
    /// A field of an item of a section; `partner`: which of a commitment's partners.
    Item {
        section: &'static str,
        index: usize,
        field: &'static str,
        partner: Option<usize>,
    },
    Fund {
        field: &'static str,
    },
    /// An entry of `acronyms` or `other_abbreviations` (`list`).
    Abbreviation {
        list: &'static str,
        index: usize,
        field: &'static str,
    },
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
    let field = |field| Place::Plan { field, index: None };

    if plan.format_version != SUPPORTED_FORMAT_VERSION {
        check.fail(
            field("format_version"),
            UnsupportedFormat {
                found: plan.format_version,
            },
        );
    }
    check.slug(field("id"), &plan.id);
    for (name, text) in [
        ("publisher", &plan.publisher),
        ("title", &plan.title),
        ("subtitle", &plan.subtitle),
        ("period", &plan.period),
        ("axes_source", &plan.axes_source),
    ] {
        check.text(field(name), text);
    }
    if plan.years().is_none() {
        check.fail(
            field("period"),
            BadPeriod {
                period: plan.period.to_string(),
            },
        );
    }
    check.not_empty_list(field("introduction"), plan.introduction.len());
    for (i, paragraph) in plan.introduction.iter().enumerate() {
        let place = Place::Plan {
            field: "introduction",
            index: Some(i),
        };
        check.text(place, paragraph);
    }

    let mut axis_numbers = HashSet::new();
    for (index, axis) in plan.axes.iter().enumerate() {
        let place = |field| Place::Axis { index, field };
        if !(1..=5).contains(&axis.number) {
            check.fail(place("number"), AxisOutOfRange { axis: axis.number });
        }
        if !axis_numbers.insert(axis.number) {
            check.fail(place("number"), AxisListedTwice { axis: axis.number });
        }
        check.text(place("name"), &axis.name);
    }

    let mut partner_ids = HashSet::new();
    for (index, partner) in plan.partners.iter().enumerate() {
        let place = |field| Place::Partner { index, field };
        check.slug(place("id"), &partner.id);
        if !partner_ids.insert(partner.id.as_str()) {
            check.fail(place("id"), PartnerIdTwice);
        }
        check.text(place("short_name"), &partner.short_name);
        check.text(place("full_name"), &partner.full_name);
        // A full name the plan does not print is an outside fact: it names its source.
        let printed = partner.full_name == partner.short_name
            || plan
                .acronyms
                .iter()
                .any(|a| a.expansion == partner.full_name);
        match (&partner.full_name_source, printed) {
            (None, false) => check.fail(place("full_name_source"), FullNameWithoutSource),
            (Some(_), true) => check.fail(place("full_name_source"), FullNameNeedsNoSource),
            (Some(source), false) => check.text(place("full_name_source"), source),
            (None, true) => {}
        }
    }

    check.section("realities", &plan.realities, |check, place, r| {
        check.number(place("number"), r.number);
        check.text(place("reality"), &r.reality);
        check.text(place("impact"), &r.impact);
        &r.id
    });
    for (name, section) in [
        ("priorities", &plan.priorities),
        ("municipal_programs", &plan.municipal_programs),
        ("other_municipal_plans", &plan.other_municipal_plans),
    ] {
        check.section(name, section, |check, place, c| {
            check.commitment(place, c, &axis_numbers, &partner_ids);
            &c.id
        });
    }
    check.section("strategies", &plan.strategies, |check, place, s| {
        check.number(place("number"), s.number);
        check.text(place("title"), &s.title);
        check.text(place("description"), &s.description);
        &s.id
    });

    let fund = |field| Place::Fund { field };
    check.item_id(fund("id"), &plan.fund.id);
    check.text(fund("heading"), &plan.fund.heading);
    check.text(fund("text"), &plan.fund.text);
    if plan.fund.amount_per_year == 0 {
        check.fail(fund("amount_per_year"), ZeroAmount);
    }

    let mut abbreviations = HashSet::new();
    for (list, items) in [
        ("acronyms", &plan.acronyms),
        ("other_abbreviations", &plan.other_abbreviations),
    ] {
        for (index, a) in items.iter().enumerate() {
            let place = |field| Place::Abbreviation { list, index, field };
            check.text(place("abbreviation"), &a.abbreviation);
            check.text(place("expansion"), &a.expansion);
            match (&a.source, list) {
                (Some(_), "acronyms") => check.fail(place("source"), AcronymWithSource),
                (Some(source), _) => check.text(place("source"), source),
                (None, _) => {}
            }
            if !abbreviations.insert(a.abbreviation.as_str()) {
                check.fail(place("abbreviation"), AbbreviationTwice);
            }
        }
    }

    check.problems
}

/// The JSON path of a place, with the id of the item, partner or abbreviation there
/// (`priorities.items[2] (priorite-main-d-oeuvre).partners[1]`).
fn location(plan: &Plan, place: Place) -> String {
    match place {
        Place::Document => "(document)".into(),
        Place::Plan { field, index: None } => field.into(),
        Place::Plan {
            field,
            index: Some(i),
        } => format!("{field}[{i}]"),
        Place::Axis { index, field } => format!("axes[{index}].{field}"),
        Place::Partner { index, field } => {
            format!("partners[{index}] ({}).{field}", plan.partners[index].id)
        }
        Place::Section { section, field } => format!("{section}.{field}"),
        Place::Item {
            section,
            index,
            field,
            partner,
        } => {
            let id = match section {
                "realities" => plan.realities.items[index].id.as_str(),
                "strategies" => plan.strategies.items[index].id.as_str(),
                "priorities" => plan.priorities.items[index].id.as_str(),
                "municipal_programs" => plan.municipal_programs.items[index].id.as_str(),
                _ => plan.other_municipal_plans.items[index].id.as_str(),
            };
            let mut at = format!("{section}.items[{index}] ({id}).{field}");
            if let Some(j) = partner {
                at.push_str(&format!("[{j}]"));
            }
            at
        }
        Place::Fund { field } => format!("fund ({}).{field}", plan.fund.id),
        Place::Abbreviation { list, index, field } => {
            let entry = if list == "acronyms" {
                &plan.acronyms[index]
            } else {
                &plan.other_abbreviations[index]
            };
            format!("{list}[{index}] ({}).{field}", entry.abbreviation)
        }
    }
}

struct Checker<'p> {
    plan: &'p Plan,
    problems: Vec<PlanProblem>,
    item_ids: HashSet<&'p str>,
}

impl<'p> Checker<'p> {
    fn fail(&mut self, place: Place, kind: ProblemKind) {
        self.problems.push(PlanProblem {
            location: location(self.plan, place),
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
        section: &'static str,
        items: &'p Section<T>,
        mut check_item: impl FnMut(&mut Self, &dyn Fn(&'static str) -> Place, &'p T) -> &'p str,
    ) {
        let place = |field| Place::Section { section, field };
        self.text(place("heading"), &items.heading);
        if let Some(intro) = &items.introduction {
            self.text(place("introduction"), intro);
        }
        self.not_empty_list(place("items"), items.items.len());
        for (index, item) in items.items.iter().enumerate() {
            let field = |field| Place::Item {
                section,
                index,
                field,
                partner: None,
            };
            let id = check_item(self, &field, item);
            self.item_id(field("id"), id);
        }
    }

    fn commitment(
        &mut self,
        place: &dyn Fn(&'static str) -> Place,
        c: &Commitment,
        axes: &HashSet<u8>,
        partners: &HashSet<&str>,
    ) {
        self.number(place("number"), c.number);
        self.text(place("title"), &c.title);
        self.text(place("objective"), &c.objective);
        if !(1..=5).contains(&c.axis) {
            self.fail(place("axis"), ProblemKind::AxisOutOfRange { axis: c.axis });
        } else if !axes.contains(&c.axis) {
            self.fail(place("axis"), ProblemKind::AxisNotListed { axis: c.axis });
        }
        self.not_empty_list(place("partners"), c.partners.len());
        let mut seen = HashSet::new();
        for (j, partner) in c.partners.iter().enumerate() {
            let Place::Item { section, index, .. } = place("partners") else {
                continue;
            };
            let at = Place::Item {
                section,
                index,
                field: "partners",
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
