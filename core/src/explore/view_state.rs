//! What a person sees, as data, and its URL query form.
//!
//! The whole view lives in the query string so that a copied address reproduces the
//! view, back/forward work, and any static host serves it (no server paths).
//! Parameter names are French because people read and share these addresses:
//! `?vue=matrice&q=logement&axe=2,5&partenaire=cdc-de-levis&type=priorite&element=…`.

use crate::lang::Lang;
use crate::plan::{CommitmentKind, Plan};

use crate::sorted::SortedSet;

/// Which view of the app is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// « Explorer le plan »: the plan's commitments, filtered and searched.
    #[default]
    Explore,
    /// The whole plan, start to end, in the order it was published.
    Document,
    /// Who does what: partners × axes.
    Matrix,
    Glossary,
    About,
    /// The person's own notes.
    Notes,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Explore,
        View::Document,
        View::Matrix,
        View::Glossary,
        View::About,
        View::Notes,
    ];

    /// The view's name in addresses (`?vue=…`): a public contract, like item ids.
    pub fn slug(self) -> &'static str {
        match self {
            View::Explore => "plan",
            View::Document => "plan-complet",
            View::Matrix => "matrice",
            View::Glossary => "sigles",
            View::About => "a-propos",
            View::Notes => "notes",
        }
    }

    fn from_slug(slug: &str) -> Option<View> {
        Self::ALL.into_iter().find(|view| view.slug() == slug)
    }
}

/// The slug of a kind of commitment in URLs.
pub fn kind_slug(kind: CommitmentKind) -> &'static str {
    match kind {
        CommitmentKind::Priority => "priorite",
        CommitmentKind::MunicipalProgram => "programme",
        CommitmentKind::OtherMunicipalPlan => "autre-plan",
    }
}

fn kind_from_slug(slug: &str) -> Option<CommitmentKind> {
    CommitmentKind::ALL
        .into_iter()
        .find(|k| kind_slug(*k) == slug)
}

/// Filters that narrow the list of commitments. Values within one filter combine
/// with OR; different filters with AND. An empty filter lets everything through.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    pub axes: SortedSet<u8>,
    pub partners: SortedSet<String>,
    pub kinds: SortedSet<CommitmentKind>,
    /// Only items that have a private note.
    pub noted_only: bool,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.axes.is_empty()
            && self.partners.is_empty()
            && self.kinds.is_empty()
            && !self.noted_only
    }

    /// Is this option on?
    pub fn has(&self, option: FilterOption) -> bool {
        match option {
            FilterOption::Axis(axis) => self.axes.contains(&axis),
            FilterOption::Kind(kind) => self.kinds.contains(&kind),
            FilterOption::Partner(id) => self.partners.contains(id),
            FilterOption::NotedOnly => self.noted_only,
        }
    }

    /// The options that are on: axes, kinds, notes, then partners.
    pub fn active(&self) -> Vec<FilterOption<'_>> {
        let axes = self.axes.iter().map(|&a| FilterOption::Axis(a));
        let kinds = self.kinds.iter().map(|&k| FilterOption::Kind(k));
        let noted = self.noted_only.then_some(FilterOption::NotedOnly);
        let partners = self.partners.iter().map(|p| FilterOption::Partner(p));
        axes.chain(kinds).chain(noted).chain(partners).collect()
    }
}

/// One option of the filters: what one checkbox (or one chip) turns on or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterOption<'a> {
    Axis(u8),
    Kind(CommitmentKind),
    /// A partner's id.
    Partner(&'a str),
    /// Only items that have a private note.
    NotedOnly,
}

/// Everything that defines what is on screen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    pub view: View,
    pub query: String,
    pub filters: Filters,
    /// The item opened on its own page, if any.
    pub item: Option<String>,
    /// The interface language, when the address says it (`lang=en`).
    pub lang: Option<Lang>,
}

/// What a link asks for that the plan does not have. The view leaves it out; the app
/// says so.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Unknown {
    /// The `element` asked for, as written.
    pub item: Option<String>,
    /// Axes, partners and sections the plan has no such filter for, as the link writes
    /// them (`axe=9`), in its order.
    pub filters: Vec<String>,
}

impl ViewState {
    /// Read a query string (with or without the leading `?`). Unknown parameters,
    /// unknown ids and out-of-range values are ignored, never an error.
    pub fn from_query(query: &str, plan: &Plan) -> Self {
        Self::read_query(query, plan).0
    }

    /// [`from_query`](Self::from_query), and what the query asks for that the plan does
    /// not have (a mistyped, cut or outdated link), so the app can say so.
    pub fn read_query(query: &str, plan: &Plan) -> (Self, Unknown) {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut state = ViewState::default();
        let mut unknown = Unknown::default();
        for (key, value) in crate::query_string::pairs(query) {
            let values = || value.split(',').map(str::trim).filter(|v| !v.is_empty());
            let mut unknown_filter = |value: &str| unknown.filters.push(format!("{key}={value}"));
            match key.as_str() {
                "vue" => state.view = View::from_slug(&value).unwrap_or_default(),
                "q" => state.query = value.trim().to_owned(),
                "axe" => {
                    for v in values() {
                        match v.parse::<u8>().ok().filter(|n| plan.axis(*n).is_some()) {
                            Some(axis) => _ = state.filters.axes.insert(axis),
                            None => unknown_filter(v),
                        }
                    }
                }
                "partenaire" => {
                    for v in values() {
                        match plan.partner(v) {
                            Some(_) => _ = state.filters.partners.insert(v.to_owned()),
                            None => unknown_filter(v),
                        }
                    }
                }
                "type" => {
                    for v in values() {
                        match kind_from_slug(v) {
                            Some(kind) => _ = state.filters.kinds.insert(kind),
                            None => unknown_filter(v),
                        }
                    }
                }
                "notes" => state.filters.noted_only = value == "1",
                "lang" => state.lang = Lang::from_code(&value),
                "element" => {
                    let id = value.trim();
                    // Ids are lowercase; a link typed or changed by hand may not be.
                    state.item = plan
                        .item(&id.to_ascii_lowercase())
                        .map(|item| item.id().to_owned());
                    unknown.item = (!id.is_empty() && state.item.is_none()).then(|| id.to_owned());
                }
                _ => {}
            }
        }
        (state, unknown)
    }

    /// The canonical query string, with its `?`, or `""` for the default view.
    pub fn to_query(&self) -> String {
        use crate::query_string::{append_list, append_pair};
        let mut out = String::new();
        if self.view != View::Explore {
            append_pair(&mut out, "vue", self.view.slug());
        }
        if !self.query.trim().is_empty() {
            append_pair(&mut out, "q", self.query.trim());
        }
        if !self.filters.axes.is_empty() {
            let axes: Vec<String> = self.filters.axes.iter().map(u8::to_string).collect();
            append_list(&mut out, "axe", axes.iter().map(String::as_str));
        }
        if !self.filters.partners.is_empty() {
            append_list(
                &mut out,
                "partenaire",
                self.filters.partners.iter().map(String::as_str),
            );
        }
        if !self.filters.kinds.is_empty() {
            append_list(
                &mut out,
                "type",
                self.filters.kinds.iter().map(|k| kind_slug(*k)),
            );
        }
        if self.filters.noted_only {
            append_pair(&mut out, "notes", "1");
        }
        if let Some(item) = &self.item {
            append_pair(&mut out, "element", item);
        }
        if let Some(lang) = self.lang {
            append_pair(&mut out, "lang", lang.code());
        }
        if out.is_empty() {
            out
        } else {
            format!("?{out}")
        }
    }

    /// The start view (the unfiltered plan), in the same language.
    pub fn fresh(&self) -> Self {
        ViewState {
            lang: self.lang,
            ..ViewState::default()
        }
    }

    /// The same view as `fresh`, but staying on the current view (tab).
    pub fn cleared(&self) -> Self {
        ViewState {
            view: self.view,
            ..self.fresh()
        }
    }

    pub fn with_lang(&self, lang: Lang) -> Self {
        ViewState {
            lang: Some(lang),
            ..self.clone()
        }
    }

    /// Whether this is a list of the plan's items: the explore view, no item open.
    pub fn is_list(&self) -> bool {
        self.view == View::Explore && self.item.is_none()
    }

    /// The list this item page came from: the same state without the open item.
    pub fn without_item(&self) -> Self {
        ViewState {
            item: None,
            ..self.clone()
        }
    }

    pub fn with_item(&self, id: &str) -> Self {
        ViewState {
            item: Some(id.to_owned()),
            ..self.clone()
        }
    }

    /// Everything under one axis, from anywhere, in the same language.
    pub fn axis_list(&self, axis: u8) -> Self {
        let mut state = self.fresh();
        state.filters.axes.insert(axis);
        state
    }

    /// A plan view filtered on exactly one partner, and on one axis if given: what the
    /// partner is responsible for (a partner's link), on that axis (a matrix cell).
    pub fn partner_list(&self, partner: &str, axis: Option<u8>) -> Self {
        let mut state = self.fresh();
        state.filters.partners.insert(partner.to_owned());
        if let Some(axis) = axis {
            state.filters.axes.insert(axis);
        }
        state
    }

    /// The list with `option` turned on if it was off, off if it was on.
    pub fn toggle(&self, option: FilterOption) -> Self {
        let mut next = self.without_item();
        let filters = &mut next.filters;
        match option {
            FilterOption::Axis(axis) => filters.axes.toggle(axis),
            FilterOption::Kind(kind) => filters.kinds.toggle(kind),
            FilterOption::Partner(id) => filters.partners.toggle(id.to_owned()),
            FilterOption::NotedOnly => filters.noted_only = !filters.noted_only,
        }
        next
    }

    pub fn with_query(&self, query: &str) -> Self {
        ViewState {
            query: query.to_owned(),
            item: None,
            ..self.clone()
        }
    }

    pub fn with_view(&self, view: View) -> Self {
        ViewState {
            view,
            item: None,
            ..self.clone()
        }
    }
}
