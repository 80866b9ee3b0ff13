//! The plan's typed model: what the embedded JSON deserialises into.
//!
//! Field names are the JSON format (documented in docs/plan-data.md);
//! item and partner ids are a public contract (shared links, notes keys).
//!
//! Texts (`Text`) and lists (`List`) are copy-on-write: a plan read from a file owns its data, and
//! the plan shipped with the app is a `static` baked at build time (`build.rs`), so the
//! app neither parses JSON nor allocates to get it.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// A text of the plan: borrowed from the baked plan, or owned when read from a file.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = plan_levis_core::plan))]
#[serde(transparent)]
pub struct Text(pub Cow<'static, str>);

impl Text {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text(Cow::Owned(text))
    }
}

impl From<&'static str> for Text {
    fn from(text: &'static str) -> Self {
        Text(Cow::Borrowed(text))
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.0, f)
    }
}

/// A list of the plan.
pub type List<T> = Cow<'static, [T]>;

/// The whole deployment plan, as published by the city.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = plan_levis_core::plan))]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Version of this JSON format (not of the plan).
    pub format_version: u32,
    /// Stable id of this plan edition, e.g. `plan-deploiement-<period>`.
    pub id: Text,
    pub publisher: Text,
    pub title: Text,
    pub subtitle: Text,
    pub period: Text,
    /// Introductory paragraphs, in order.
    pub introduction: List<Text>,
    /// Where the names of the axes come from (they are not in the plan itself).
    pub axes_source: Text,
    pub axes: List<Axis>,
    /// Every organisation and city unit that items name as responsible.
    pub partners: List<Partner>,
    pub realities: Section<Reality>,
    pub priorities: Section<Commitment>,
    pub municipal_programs: Section<Commitment>,
    pub other_municipal_plans: Section<Commitment>,
    pub strategies: Section<Strategy>,
    pub fund: Fund,
    /// Acronyms the plan defines itself.
    pub acronyms: List<Abbreviation>,
    /// Other abbreviations used in the plan, with where their expansion comes from.
    pub other_abbreviations: List<Abbreviation>,
}

/// One axis of intervention of the policy (1 to 5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = plan_levis_core::plan))]
#[serde(deny_unknown_fields)]
pub struct Axis {
    pub number: u8,
    pub name: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = plan_levis_core::plan))]
#[serde(rename_all = "snake_case")]
pub enum PartnerKind {
    /// An organisation: the city itself, a public body, a community group.
    Organisation,
    /// A department or service of the Ville de Lévis.
    CityUnit,
}

/// An organisation or city unit named as responsible for items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = plan_levis_core::plan))]
#[serde(deny_unknown_fields)]
pub struct Partner {
    pub id: Text,
    /// The name as the plan writes it (`SDSC`, `CDC de Lévis`).
    pub short_name: Text,
    /// The full name (`Service du développement social et communautaire`).
    pub full_name: Text,
    /// Where a full name that the plan does not print comes from (the organisation or
    /// document that publishes it). `None`: the plan prints it (or uses no short form).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name_source: Option<Text>,
    pub kind: PartnerKind,
}

/// A titled section of the plan with its items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = plan_levis_core::plan))]
#[serde(deny_unknown_fields)]
pub struct Section<T: Clone + 'static> {
    pub heading: Text,
    /// Optional sentence the plan puts before the items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<Text>,
    pub items: List<T>,
}

/// A current reality and its impact on service delivery.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = plan_levis_core::plan))]
#[serde(deny_unknown_fields)]
pub struct Reality {
    pub id: Text,
    pub number: u32,
    pub reality: Text,
    pub impact: Text,
}

/// Something the city and its partners committed to under one axis:
/// a collective priority, a prioritised municipal programme or another municipal plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = plan_levis_core::plan))]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    pub id: Text,
    /// Position in its section (for priorities: the order of importance).
    pub number: u32,
    pub title: Text,
    pub axis: u8,
    pub objective: Text,
    /// Partner ids, in the order the plan lists them.
    pub partners: List<Text>,
}

/// A strategy for putting the plan into action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = plan_levis_core::plan))]
#[serde(deny_unknown_fields)]
pub struct Strategy {
    pub id: Text,
    pub number: u32,
    pub title: Text,
    pub description: Text,
}

/// The city's financial support fund.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = plan_levis_core::plan))]
#[serde(deny_unknown_fields)]
pub struct Fund {
    pub id: Text,
    pub heading: Text,
    /// In Canadian dollars.
    pub amount_per_year: u64,
    pub text: Text,
}

/// An abbreviation and its expansion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = plan_levis_core::plan))]
#[serde(deny_unknown_fields)]
pub struct Abbreviation {
    pub abbreviation: Text,
    pub expansion: Text,
    /// Where an expansion the plan does not spell out comes from: the organisation or
    /// document that publishes it. `None`: the plan spells it out itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
}

/// Which section a commitment belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CommitmentKind {
    Priority,
    MunicipalProgram,
    OtherMunicipalPlan,
}

impl CommitmentKind {
    pub const ALL: [CommitmentKind; 3] = [
        CommitmentKind::Priority,
        CommitmentKind::MunicipalProgram,
        CommitmentKind::OtherMunicipalPlan,
    ];
}

impl Plan {
    /// The section that holds one kind of commitment.
    pub fn section_of(&self, kind: CommitmentKind) -> &Section<Commitment> {
        match kind {
            CommitmentKind::Priority => &self.priorities,
            CommitmentKind::MunicipalProgram => &self.municipal_programs,
            CommitmentKind::OtherMunicipalPlan => &self.other_municipal_plans,
        }
    }

    /// The commitments of one section.
    pub fn commitments_of(&self, kind: CommitmentKind) -> &[Commitment] {
        &self.section_of(kind).items
    }

    /// Every commitment with its kind, in document order.
    pub fn commitments(&self) -> impl Iterator<Item = (CommitmentKind, &Commitment)> {
        CommitmentKind::ALL
            .into_iter()
            .flat_map(move |kind| self.commitments_of(kind).iter().map(move |c| (kind, c)))
    }

    pub fn partner(&self, id: &str) -> Option<&Partner> {
        self.partners.iter().find(|p| p.id == id)
    }

    pub fn axis(&self, number: u8) -> Option<&Axis> {
        self.axes.iter().find(|a| a.number == number)
    }

    /// Every abbreviation, the plan's own acronyms first.
    pub fn abbreviations(&self) -> impl Iterator<Item = &Abbreviation> {
        self.acronyms.iter().chain(self.other_abbreviations.iter())
    }

    /// Every item a person can open or annotate, in document order.
    pub fn items(&self) -> impl Iterator<Item = ItemRef<'_>> {
        self.realities
            .items
            .iter()
            .map(ItemRef::Reality)
            .chain(self.commitments().map(|(k, c)| ItemRef::Commitment(k, c)))
            .chain(self.strategies.items.iter().map(ItemRef::Strategy))
            .chain(std::iter::once(ItemRef::Fund(&self.fund)))
    }

    /// Ids of every item, in document order.
    pub fn item_ids(&self) -> Vec<&str> {
        self.items().map(|item| item.id()).collect()
    }

    pub fn item(&self, id: &str) -> Option<ItemRef<'_>> {
        self.items().find(|item| item.id() == id)
    }
}

/// Any item of the plan, borrowed: what a person can open, search and annotate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ItemRef<'p> {
    Reality(&'p Reality),
    Commitment(CommitmentKind, &'p Commitment),
    Strategy(&'p Strategy),
    Fund(&'p Fund),
}

impl<'p> ItemRef<'p> {
    pub fn id(self) -> &'p str {
        match self {
            ItemRef::Reality(r) => &r.id,
            ItemRef::Commitment(_, c) => &c.id,
            ItemRef::Strategy(s) => &s.id,
            ItemRef::Fund(f) => &f.id,
        }
    }

    pub fn title(self) -> &'p str {
        match self {
            ItemRef::Reality(r) => &r.reality,
            ItemRef::Commitment(_, c) => &c.title,
            ItemRef::Strategy(s) => &s.title,
            ItemRef::Fund(f) => &f.heading,
        }
    }

    /// The item's texts other than its title, in reading order.
    pub fn body(self) -> Vec<&'p str> {
        match self {
            ItemRef::Reality(r) => vec![&r.impact],
            ItemRef::Commitment(_, c) => vec![&c.objective],
            ItemRef::Strategy(s) => vec![&s.description],
            ItemRef::Fund(f) => vec![&f.text],
        }
    }

    pub fn commitment(self) -> Option<(CommitmentKind, &'p Commitment)> {
        match self {
            ItemRef::Commitment(kind, c) => Some((kind, c)),
            _ => None,
        }
    }
}
