//! Where a problem of a plan file is, as the plan's parts: a section, an item, a field.
//! Each part is an enum, so that the validation, the JSON path it prints and the
//! spreadsheet reader (`plan_csv`), which turns a place into a file, row and column,
//! agree through the compiler: a field added or renamed here does not compile until
//! every `match` on it says where it is.

use super::model::{Abbreviation, Commitment, Plan, Section};

/// Where a problem is, as the plan's parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The file as a whole (a JSON shape error: `location` says where).
    Document,
    /// A field of the plan itself.
    Plan(PlanField),
    /// A paragraph of the introduction.
    Paragraph(usize),
    Axis {
        index: usize,
        field: AxisField,
    },
    Partner {
        index: usize,
        field: PartnerField,
    },
    /// A section's heading, introduction or list of items.
    Section {
        section: SectionName,
        field: SectionField,
    },
    /// A field of an item of a section; `partner`: which of a commitment's partners.
    Item {
        section: SectionName,
        index: usize,
        field: ItemField,
        partner: Option<usize>,
    },
    Fund(FundField),
    /// An entry of one of the lists of abbreviations.
    Abbreviation {
        list: AbbreviationList,
        index: usize,
        field: AbbreviationField,
    },
}

/// The plan's own fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanField {
    FormatVersion,
    Id,
    Publisher,
    Title,
    Subtitle,
    Period,
    AxesSource,
    /// The list of paragraphs (a paragraph is `Place::Paragraph`).
    Introduction,
}

impl PlanField {
    pub fn json_name(self) -> &'static str {
        match self {
            PlanField::FormatVersion => "format_version",
            PlanField::Id => "id",
            PlanField::Publisher => "publisher",
            PlanField::Title => "title",
            PlanField::Subtitle => "subtitle",
            PlanField::Period => "period",
            PlanField::AxesSource => "axes_source",
            PlanField::Introduction => "introduction",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AxisField {
    Number,
    Name,
}

impl AxisField {
    pub fn json_name(self) -> &'static str {
        match self {
            AxisField::Number => "number",
            AxisField::Name => "name",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartnerField {
    Id,
    ShortName,
    FullName,
    FullNameSource,
}

impl PartnerField {
    pub fn json_name(self) -> &'static str {
        match self {
            PartnerField::Id => "id",
            PartnerField::ShortName => "short_name",
            PartnerField::FullName => "full_name",
            PartnerField::FullNameSource => "full_name_source",
        }
    }
}

/// The plan's sections of items, in the order of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SectionName {
    Realities,
    Priorities,
    MunicipalPrograms,
    OtherMunicipalPlans,
    Strategies,
}

impl SectionName {
    pub const ALL: [SectionName; 5] = [
        SectionName::Realities,
        SectionName::Priorities,
        SectionName::MunicipalPrograms,
        SectionName::OtherMunicipalPlans,
        SectionName::Strategies,
    ];

    pub fn json_name(self) -> &'static str {
        match self {
            SectionName::Realities => "realities",
            SectionName::Priorities => "priorities",
            SectionName::MunicipalPrograms => "municipal_programs",
            SectionName::OtherMunicipalPlans => "other_municipal_plans",
            SectionName::Strategies => "strategies",
        }
    }

    /// The sections of commitments (priorities, programmes, other plans) have an axis
    /// and partners.
    pub fn commitments(self, plan: &Plan) -> Option<&Section<Commitment>> {
        match self {
            SectionName::Priorities => Some(&plan.priorities),
            SectionName::MunicipalPrograms => Some(&plan.municipal_programs),
            SectionName::OtherMunicipalPlans => Some(&plan.other_municipal_plans),
            SectionName::Realities | SectionName::Strategies => None,
        }
    }

    /// Whether this is a section of commitments.
    pub fn commitments_section(self) -> bool {
        match self {
            SectionName::Priorities
            | SectionName::MunicipalPrograms
            | SectionName::OtherMunicipalPlans => true,
            SectionName::Realities | SectionName::Strategies => false,
        }
    }

    /// The id of the item at `index` of this section, if there is one.
    pub fn item_id(self, plan: &Plan, index: usize) -> Option<&str> {
        let id = match self {
            SectionName::Realities => &plan.realities.items.get(index)?.id,
            SectionName::Strategies => &plan.strategies.items.get(index)?.id,
            SectionName::Priorities
            | SectionName::MunicipalPrograms
            | SectionName::OtherMunicipalPlans => &self.commitments(plan)?.items.get(index)?.id,
        };
        Some(id.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionField {
    Heading,
    Introduction,
    Items,
}

impl SectionField {
    pub fn json_name(self) -> &'static str {
        match self {
            SectionField::Heading => "heading",
            SectionField::Introduction => "introduction",
            SectionField::Items => "items",
        }
    }
}

/// The fields of the items of every section (each section uses some of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemField {
    Id,
    Number,
    /// A reality's text (its title).
    Reality,
    /// A reality's impact on the delivery of services.
    Impact,
    /// A commitment's or a strategy's title.
    Title,
    /// A strategy's description.
    Description,
    Axis,
    Objective,
    Partners,
}

impl ItemField {
    pub fn json_name(self) -> &'static str {
        match self {
            ItemField::Id => "id",
            ItemField::Number => "number",
            ItemField::Reality => "reality",
            ItemField::Impact => "impact",
            ItemField::Title => "title",
            ItemField::Description => "description",
            ItemField::Axis => "axis",
            ItemField::Objective => "objective",
            ItemField::Partners => "partners",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FundField {
    Id,
    Heading,
    Text,
    AmountPerYear,
}

impl FundField {
    pub fn json_name(self) -> &'static str {
        match self {
            FundField::Id => "id",
            FundField::Heading => "heading",
            FundField::Text => "text",
            FundField::AmountPerYear => "amount_per_year",
        }
    }
}

/// The plan's two lists of abbreviations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbreviationList {
    /// The acronyms the plan defines in its own list (they have no outside source).
    Acronyms,
    /// The other abbreviations of its text, with where their expansion comes from.
    OtherAbbreviations,
}

impl AbbreviationList {
    pub const ALL: [AbbreviationList; 2] = [
        AbbreviationList::Acronyms,
        AbbreviationList::OtherAbbreviations,
    ];

    pub fn json_name(self) -> &'static str {
        match self {
            AbbreviationList::Acronyms => "acronyms",
            AbbreviationList::OtherAbbreviations => "other_abbreviations",
        }
    }

    pub fn of(self, plan: &Plan) -> &[Abbreviation] {
        match self {
            AbbreviationList::Acronyms => &plan.acronyms,
            AbbreviationList::OtherAbbreviations => &plan.other_abbreviations,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbreviationField {
    Abbreviation,
    Expansion,
    Source,
}

impl AbbreviationField {
    pub fn json_name(self) -> &'static str {
        match self {
            AbbreviationField::Abbreviation => "abbreviation",
            AbbreviationField::Expansion => "expansion",
            AbbreviationField::Source => "source",
        }
    }
}

impl Place {
    /// The JSON path of the place, with the id of the item, partner or abbreviation
    /// there (`priorities.items[2] (priorite-main-d-oeuvre).partners[1]`).
    pub fn location(self, plan: &Plan) -> String {
        match self {
            Place::Document => "(document)".into(),
            Place::Plan(field) => field.json_name().into(),
            Place::Paragraph(i) => format!("introduction[{i}]"),
            Place::Axis { index, field } => format!("axes[{index}].{}", field.json_name()),
            Place::Partner { index, field } => {
                let id = plan.partners.get(index).map_or("", |p| p.id.as_str());
                format!("partners[{index}] ({id}).{}", field.json_name())
            }
            Place::Section { section, field } => {
                format!("{}.{}", section.json_name(), field.json_name())
            }
            Place::Item {
                section,
                index,
                field,
                partner,
            } => {
                let id = section.item_id(plan, index).unwrap_or("");
                let mut at = format!(
                    "{}.items[{index}] ({id}).{}",
                    section.json_name(),
                    field.json_name()
                );
                if let Some(j) = partner {
                    at.push_str(&format!("[{j}]"));
                }
                at
            }
            Place::Fund(field) => format!("fund ({}).{}", plan.fund.id, field.json_name()),
            Place::Abbreviation { list, index, field } => {
                let entry = list
                    .of(plan)
                    .get(index)
                    .map_or("", |a| a.abbreviation.as_str());
                format!(
                    "{}[{index}] ({entry}).{}",
                    list.json_name(),
                    field.json_name()
                )
            }
        }
    }
}
