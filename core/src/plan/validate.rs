//! Parsing and validation of a plan JSON file.
//!
//! Every problem names where it is (section, item id, field) so that whoever edits
//! the JSON can fix it: `build.rs` stops the build with these messages, and
//! `validate-plan` prints them for any file.

use std::collections::HashSet;
use std::fmt;

use super::model::{Commitment, Plan, Reality, Section, Strategy};

/// The JSON format version this code reads.
pub const SUPPORTED_FORMAT_VERSION: u32 = 2;

/// One thing wrong with a plan file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanProblem {
    /// Where: a JSON path, with the item id when there is one,
    /// e.g. `priorities.items[2] (priorite-main-d-oeuvre).partners[1]`.
    pub location: String,
    pub message: String,
}

impl fmt::Display for PlanProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
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
/// (`priorities.items[2].axis`). For `validate-plan` and the tests.
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
            message: format!(
                "{} (line {}, column {})",
                strip_position(&inner.to_string()),
                inner.line(),
                inner.column()
            ),
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
    let mut check = Checker::default();

    if plan.format_version != SUPPORTED_FORMAT_VERSION {
        check.fail(
            "format_version",
            format!(
                "format version {} is not supported (expected {SUPPORTED_FORMAT_VERSION})",
                plan.format_version
            ),
        );
    }
    check.slug("id", &plan.id);
    for (field, text) in [
        ("publisher", &plan.publisher),
        ("title", &plan.title),
        ("subtitle", &plan.subtitle),
        ("period", &plan.period),
        ("axes_source", &plan.axes_source),
    ] {
        check.text(field, text);
    }
    if plan.years().is_none() {
        check.fail(
            "period",
            format!(
                "period {:?} is not two years, the first not after the second, joined by a hyphen (`YYYY-YYYY`)",
                plan.period.as_str()
            ),
        );
    }
    check.not_empty_list("introduction", plan.introduction.len());
    for (i, paragraph) in plan.introduction.iter().enumerate() {
        check.text(&format!("introduction[{i}]"), paragraph);
    }

    let mut axis_numbers = HashSet::new();
    for (i, axis) in plan.axes.iter().enumerate() {
        let at = format!("axes[{i}]");
        if !(1..=5).contains(&axis.number) {
            check.fail(
                &format!("{at}.number"),
                format!("axis {} is outside 1..5", axis.number),
            );
        }
        if !axis_numbers.insert(axis.number) {
            check.fail(
                &format!("{at}.number"),
                format!("axis {} is listed twice", axis.number),
            );
        }
        check.text(&format!("{at}.name"), &axis.name);
    }

    let mut partner_ids = HashSet::new();
    for (i, partner) in plan.partners.iter().enumerate() {
        let at = format!("partners[{i}] ({})", partner.id);
        check.slug(&format!("{at}.id"), &partner.id);
        if !partner_ids.insert(partner.id.as_str()) {
            check.fail(&format!("{at}.id"), "partner id is used twice".into());
        }
        check.text(&format!("{at}.short_name"), &partner.short_name);
        check.text(&format!("{at}.full_name"), &partner.full_name);
        // A full name the plan does not print is an outside fact: it names its source.
        let printed = partner.full_name == partner.short_name
            || plan
                .acronyms
                .iter()
                .any(|a| a.expansion == partner.full_name);
        match (&partner.full_name_source, printed) {
            (None, false) => check.fail(
                &format!("{at}.full_name_source"),
                "the plan does not print this full name: say where it comes from".into(),
            ),
            (Some(_), true) => check.fail(
                &format!("{at}.full_name_source"),
                "the plan prints this full name itself: it needs no outside source".into(),
            ),
            (Some(source), false) => check.text(&format!("{at}.full_name_source"), source),
            (None, true) => {}
        }
    }

    check.section("realities", &plan.realities, |check, at, i, r| {
        check.number(at, r.number, i);
        check.text(&format!("{at}.reality"), &r.reality);
        check.text(&format!("{at}.impact"), &r.impact);
    });
    for (name, section) in [
        ("priorities", &plan.priorities),
        ("municipal_programs", &plan.municipal_programs),
        ("other_municipal_plans", &plan.other_municipal_plans),
    ] {
        check.section(name, section, |check, at, i, c| {
            check.commitment(at, i, c, &axis_numbers, &partner_ids);
        });
    }
    check.section("strategies", &plan.strategies, |check, at, i, s| {
        check.number(at, s.number, i);
        check.text(&format!("{at}.title"), &s.title);
        check.text(&format!("{at}.description"), &s.description);
    });

    let fund_at = format!("fund ({})", plan.fund.id);
    check.item_id(&format!("{fund_at}.id"), &plan.fund.id);
    check.text(&format!("{fund_at}.heading"), &plan.fund.heading);
    check.text(&format!("{fund_at}.text"), &plan.fund.text);
    if plan.fund.amount_per_year == 0 {
        check.fail(
            &format!("{fund_at}.amount_per_year"),
            "amount must be more than 0".into(),
        );
    }

    let mut abbreviations = HashSet::new();
    for (list, items) in [
        ("acronyms", &plan.acronyms),
        ("other_abbreviations", &plan.other_abbreviations),
    ] {
        for (i, a) in items.iter().enumerate() {
            let at = format!("{list}[{i}] ({})", a.abbreviation);
            check.text(&format!("{at}.abbreviation"), &a.abbreviation);
            check.text(&format!("{at}.expansion"), &a.expansion);
            match (&a.source, list) {
                (Some(_), "acronyms") => check.fail(
                    &format!("{at}.source"),
                    "acronyms are the ones the plan defines: they have no outside source".into(),
                ),
                (Some(source), _) => check.text(&format!("{at}.source"), source),
                (None, _) => {}
            }
            if !abbreviations.insert(a.abbreviation.as_str()) {
                check.fail(
                    &format!("{at}.abbreviation"),
                    "abbreviation is defined twice".into(),
                );
            }
        }
    }

    check.problems
}

#[derive(Default)]
struct Checker<'p> {
    problems: Vec<PlanProblem>,
    item_ids: HashSet<&'p str>,
}

impl<'p> Checker<'p> {
    fn fail(&mut self, location: &str, message: String) {
        self.problems.push(PlanProblem {
            location: location.to_owned(),
            message,
        });
    }

    fn text(&mut self, location: &str, text: &str) {
        if text.trim().is_empty() {
            self.fail(location, "text is empty".into());
        } else if text.trim() != text {
            self.fail(location, "text starts or ends with blank space".into());
        }
    }

    fn not_empty_list(&mut self, location: &str, len: usize) {
        if len == 0 {
            self.fail(location, "list is empty".into());
        }
    }

    /// Ids appear in URLs: lowercase ASCII letters, digits and single hyphens.
    fn slug(&mut self, location: &str, id: &str) {
        let valid = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-')
            && !id.ends_with('-')
            && !id.contains("--");
        if !valid {
            self.fail(
                location,
                format!("id {id:?} must be lowercase letters, digits and single hyphens"),
            );
        }
    }

    fn item_id(&mut self, location: &str, id: &'p str) {
        self.slug(location, id);
        if !self.item_ids.insert(id) {
            self.fail(location, format!("item id {id:?} is used twice"));
        }
    }

    /// Items are numbered 1, 2, 3… in the order they appear.
    fn number(&mut self, at: &str, number: u32, index: usize) {
        let expected = index as u32 + 1;
        if number != expected {
            self.fail(
                &format!("{at}.number"),
                format!("number {number} should be {expected}: items are numbered in order"),
            );
        }
    }

    fn section<T: HasId + Clone>(
        &mut self,
        name: &str,
        section: &'p Section<T>,
        mut check_item: impl FnMut(&mut Self, &str, usize, &'p T),
    ) {
        self.text(&format!("{name}.heading"), &section.heading);
        if let Some(intro) = &section.introduction {
            self.text(&format!("{name}.introduction"), intro);
        }
        self.not_empty_list(&format!("{name}.items"), section.items.len());
        for (i, item) in section.items.iter().enumerate() {
            let at = format!("{name}.items[{i}] ({})", item.id());
            self.item_id(&format!("{at}.id"), item.id());
            check_item(self, &at, i, item);
        }
    }

    fn commitment(
        &mut self,
        at: &str,
        index: usize,
        c: &Commitment,
        axes: &HashSet<u8>,
        partners: &HashSet<&str>,
    ) {
        self.number(at, c.number, index);
        self.text(&format!("{at}.title"), &c.title);
        self.text(&format!("{at}.objective"), &c.objective);
        if !(1..=5).contains(&c.axis) {
            self.fail(
                &format!("{at}.axis"),
                format!("axis {} is outside 1..5", c.axis),
            );
        } else if !axes.contains(&c.axis) {
            self.fail(
                &format!("{at}.axis"),
                format!("axis {} is not in the plan's list of axes", c.axis),
            );
        }
        self.not_empty_list(&format!("{at}.partners"), c.partners.len());
        let mut seen = HashSet::new();
        for (j, partner) in c.partners.iter().enumerate() {
            if !partners.contains(partner.as_str()) {
                self.fail(
                    &format!("{at}.partners[{j}]"),
                    format!("partner {partner:?} is not in the partners list"),
                );
            }
            if !seen.insert(partner) {
                self.fail(
                    &format!("{at}.partners[{j}]"),
                    format!("partner {partner:?} is listed twice"),
                );
            }
        }
    }
}

/// Items that carry a public id.
trait HasId {
    fn id(&self) -> &str;
}

impl HasId for Reality {
    fn id(&self) -> &str {
        &self.id
    }
}

impl HasId for Commitment {
    fn id(&self) -> &str {
        &self.id
    }
}

impl HasId for Strategy {
    fn id(&self) -> &str {
        &self.id
    }
}
