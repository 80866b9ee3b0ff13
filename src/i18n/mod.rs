//! Interface text. The plan's own content is French and comes from the plan JSON;
//! everything else the app says lives here, one table per language.

mod en;
mod fr;

use plan_levis_core::explore::ChipLabel;
use plan_levis_core::lang::Lang;
use std::fmt::{Display, Write};

use plan_levis_core::notes::{NotesFormatError, OnConflict, MAX_IMPORT_BYTES};
use plan_levis_core::plan::{
    format_amount, Commitment, CommitmentKind, ItemRef, PartnerKind, Plan,
};

pub use en::{EN, EN_KIOSK};
pub use fr::{FR, FR_KIOSK};

/// Words for the plan's kinds of things, in one place per concept.
impl UiText {
    pub fn commitment_kind(&self, kind: CommitmentKind) -> &'static str {
        match kind {
            CommitmentKind::Priority => self.kind_priority,
            CommitmentKind::MunicipalProgram => self.kind_program,
            CommitmentKind::OtherMunicipalPlan => self.kind_other_plan,
        }
    }

    pub fn item_kind(&self, item: ItemRef<'_>) -> &'static str {
        match item {
            ItemRef::Reality(_) => self.kind_reality,
            ItemRef::Commitment(kind, _) => self.commitment_kind(kind),
            ItemRef::Strategy(_) => self.kind_strategy,
            ItemRef::Fund(_) => self.kind_fund,
        }
    }

    /// A dollar amount in this language: `200 000 $`, `$200,000`.
    pub fn amount(&self, dollars: u64) -> String {
        format_amount(dollars, self.lang)
    }

    /// `start`, then the words between the language's quotation marks, separated by
    /// commas, and a full stop.
    pub fn quoted_list(&self, start: &str, words: &[String]) -> String {
        let [open, close] = self.quotes;
        let mut text = start.to_owned();
        for (i, word) in words.iter().enumerate() {
            if i > 0 {
                text.push_str(", ");
            }
            text.push_str(open);
            text.push_str(word);
            text.push_str(close);
        }
        text + "."
    }

    /// What a filter chip says (`explore::active_filters`).
    pub fn chip_label(&self, label: ChipLabel) -> String {
        match label {
            ChipLabel::Search(query) => self.search_chip.with("query", &query),
            ChipLabel::Axis(axis) => format!("{} {axis}", self.axis),
            ChipLabel::Kind(kind) => self.commitment_kind(kind).to_owned(),
            ChipLabel::NotedOnly => self.filter_noted_only.to_owned(),
            ChipLabel::Partner(name) => name,
        }
    }

    /// "(hors plan ; source : Ministère de la Justice du Québec)" after an outside fact.
    pub fn outside_mark(&self, fact: &str, source: &str) -> String {
        if fact == source {
            format!("({})", self.outside_own_name)
        } else {
            format!("({}{source})", self.outside_source)
        }
    }

    pub fn partner_kind(&self, kind: PartnerKind) -> &'static str {
        match kind {
            PartnerKind::Organisation => self.partner_kind_organisation,
            PartnerKind::CityUnit => self.partner_kind_city_unit,
        }
    }

    /// The plan heads its columns "Partenaires responsables" for priorities and
    /// "Responsable" for municipal plans and programmes.
    pub fn partners_label(&self, kind: CommitmentKind) -> &'static str {
        match kind {
            CommitmentKind::Priority => self.priority_partners_label,
            _ => self.responsible_label,
        }
    }

    /// "Priorité 3 sur 5, par ordre d'importance", for priorities only.
    pub fn rank(&self, plan: &Plan, kind: CommitmentKind, c: &Commitment) -> Option<String> {
        (kind == CommitmentKind::Priority).then(|| self.priority_rank_of(c.number, plan))
    }

    /// "Priorité 3 sur 5, par ordre d'importance".
    pub fn priority_rank_of(&self, number: u32, plan: &Plan) -> String {
        let total = plan.priorities.items.len();
        self.priority_rank
            .fill(&[("number", &number), ("total", &total)])
    }

    /// The years the plan covers, or once they are over, that no newer plan is here.
    pub fn edition_period(&self, first: u32, last: u32, over: bool) -> String {
        let message = if over {
            self.period_over
        } else {
            self.period_covered
        };
        message.fill(&[("first", &first), ("last", &last)])
    }

    /// The footer: the edition and the policy it belongs to.
    pub fn footer(&self, plan: &Plan) -> String {
        self.footer_text.fill(&[
            ("subtitle", &plan.subtitle.as_str()),
            ("title", &plan.title.as_str()),
            ("publisher", &plan.publisher.as_str()),
            ("period", &plan.period.as_str()),
        ])
    }
}

/// The interface text of a language.
pub fn ui_text(lang: Lang) -> &'static UiText {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// The kiosk's own text, apart from `UiText` so that the citizens' build, which has no
/// kiosk, does not carry it.
pub fn kiosk_text(lang: Lang) -> &'static KioskText {
    match lang {
        Lang::Fr => &FR_KIOSK,
        Lang::En => &EN_KIOSK,
    }
}

/// What only the kiosk says (attract screen, inactivity warning, suggested searches).
/// (`Serialize` lists the strings for `tests/i18n_strings.rs`; the app never calls it.)
#[derive(serde::Serialize)]
pub struct KioskText {
    pub attract_intro: &'static str,
    pub touch: &'static str,
    pub warning_title: &'static str,
    pub warning_text: Counted,
    pub continue_label: &'static str,
    pub suggestions: &'static str,
    pub all: &'static str,
    /// Beside the QR code of the view on screen.
    pub continue_on_phone: &'static str,
    /// The QR code's text alternative.
    pub phone_qr_alt: &'static str,
}

/// Every piece of interface text. A language is one `const` of this type, so a
/// string missing in any language fails to compile.
/// (`Serialize` lists the strings for `tests/i18n_strings.rs`; the app never calls it.)
#[derive(serde::Serialize)]
pub struct UiText {
    #[serde(skip)]
    pub lang: Lang,
    /// Locale for dates (`toLocaleString`).
    pub locale: &'static str,
    /// The switch to the other language: its label, written in that language.
    pub other_language: &'static str,
    pub other_language_code: &'static str,
    pub language_switch_hint: &'static str,
    /// Shown in English mode: the plan is the city's French text.
    pub official_text_note: &'static str,
    /// A link asked for an item id the plan does not have (the id, as given).
    pub unknown_item: Message,
    /// Before the filters of a link that the plan does not have (`axe=9`), one or more.
    pub unknown_filter: &'static str,
    pub unknown_filters: &'static str,
    /// A link asked for an item only a previous edition has: its title there, and that
    /// edition's period.
    pub previous_item: Message,
    /// The link to that item in its edition's page.
    pub open_in_edition: &'static str,
    /// The header button that shares the address of the current view.
    pub share: &'static str,
    /// Said once « Partager » has copied the address.
    pub link_copied: &'static str,
    /// Said once the app works without a network (the service worker took over).
    pub offline_ready: &'static str,
    /// Said when the device has no network.
    pub offline_now: &'static str,
    /// Asks, in the browser's prompt, to copy the address by hand when it could not be
    /// shared or copied.
    pub copy_this_link: &'static str,
    pub print_view_of: &'static str,
    pub skip_to_content: &'static str,
    pub views_nav_label: &'static str,
    pub tab_explore: &'static str,
    pub tab_matrix: &'static str,
    pub tab_glossary: &'static str,
    pub tab_about: &'static str,
    pub axis: &'static str,
    pub axes_source_prefix: &'static str,
    pub impact_label: &'static str,
    pub objective_label: &'static str,
    pub priority_partners_label: &'static str,
    pub responsible_label: &'static str,
    pub priority_rank: Message,
    pub fund_amount_label: &'static str,
    pub kind_priority: &'static str,
    pub kind_program: &'static str,
    pub kind_other_plan: &'static str,
    pub kind_reality: &'static str,
    pub kind_strategy: &'static str,
    pub kind_fund: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    /// The skip link from the search box to the results, past the filters.
    pub skip_to_results: &'static str,
    pub filters_heading: &'static str,
    /// The button under the filter panel on a phone: « Voir les 3 résultats ».
    pub see_results: Counted,
    pub filter_axis: &'static str,
    pub filter_partner: &'static str,
    pub filter_kind: &'static str,
    pub partner_group_organisations: &'static str,
    pub partner_group_city_units: &'static str,
    pub option_count: Counted,
    pub active_filters_label: &'static str,
    pub remove_filter: Message,
    pub search_chip: Message,
    pub clear_all: &'static str,
    /// In place of the results when nothing matches a search.
    pub clear_search: &'static str,
    /// No item has every word of the search: the items shown have the most of them.
    pub partial_results: &'static str,
    /// Before the words of the search, as typed, that no item of the plan has
    /// (`quoted_list`).
    pub words_not_found: &'static str,
    /// Before the words of a search made only of words it ignores (« le la les »).
    pub words_ignored: &'static str,
    /// After the words no item has: the plan does not speak of them; where to ask.
    pub not_in_plan: &'static str,
    /// Before the plan's words a search also looked for (`explore::vocabulary`).
    pub also_searched: &'static str,
    /// Quotation marks around a word: « and » with their spaces, or “ and ”.
    pub quotes: [&'static str; 2],
    pub results_summary: ResultsSummary,
    pub no_results: &'static str,
    /// When no commitment matches but context items do.
    pub no_results_but_context: &'static str,
    pub context_heading: &'static str,
    pub context_note: &'static str,
    pub context_none: &'static str,
    pub back_to_list: &'static str,
    pub related_heading: &'static str,
    /// « Écouter »: reads the item aloud (in French, the plan's language); « Arrêter » while it does.
    pub listen: &'static str,
    pub stop_listening: &'static str,
    pub related_none: &'static str,
    pub related_same_axis: &'static str,
    pub related_shared: Message,
    pub partner_all_items: Message,
    pub axis_all_items: Message,
    pub matrix_heading: &'static str,
    pub matrix_intro: &'static str,
    pub matrix_caption: &'static str,
    /// On a narrow screen, above the table that scrolls sideways.
    pub matrix_scroll_hint: &'static str,
    pub matrix_partner_column: &'static str,
    pub matrix_total: &'static str,
    /// The last row's header: commitments per axis, each counted once.
    pub matrix_axis_totals: &'static str,
    pub matrix_cell_label: CellLabel,
    pub matrix_empty_cell: &'static str,
    pub glossary_heading: &'static str,
    /// After an outside fact (a full name or expansion the plan does not print): where it
    /// comes from. `outside_own_name` when its source is the named body itself.
    pub outside_source: &'static str,
    /// The outside mark in the filter labels (« hors plan », in parentheses), and what it
    /// means, said once there.
    pub outside_brief: &'static str,
    pub outside_brief_note: &'static str,
    pub outside_own_name: &'static str,
    /// On every axis badge: the axis names are the 2019 policy's, not this plan's.
    pub axis_name_note: &'static str,
    pub partner_kind_organisation: &'static str,
    pub partner_kind_city_unit: &'static str,
    pub about_heading: &'static str,
    pub about_axes: &'static str,
    pub about_app: &'static str,
    pub about_citation: &'static str,
    pub about_period: &'static str,
    pub about_changes_heading: &'static str,
    /// What the transcription changed, one repair per entry (docs/plan-data.md).
    pub about_changes: &'static [&'static str],
    pub editions_heading: &'static str,
    pub editions_intro: &'static str,
    pub open_data_heading: &'static str,
    pub open_data_intro: &'static str,
    /// An open data file tapped without a network.
    pub open_data_offline: &'static str,
    pub contact_heading: &'static str,
    /// Before the name of the city site's section (in French, quoted).
    pub contact_documents: &'static str,
    /// On every item's page: where to ask about it, and the link to the contact.
    pub ask_heading: &'static str,
    pub ask_text: &'static str,
    pub ask_more: &'static str,
    /// Between a label and its text: « Objectif : » in French, "Objective: " in English.
    pub colon: &'static str,
    pub tab_document: &'static str,
    pub document_intro: &'static str,
    pub tab_notes: &'static str,
    pub notes_heading: &'static str,
    pub notes_privacy: &'static str,
    pub note_label: Message,
    pub note_saving: &'static str,
    pub note_saved: &'static str,
    pub note_quota: &'static str,
    pub note_error: Message,
    pub note_unavailable: &'static str,
    pub note_paused: &'static str,
    pub note_other_tab: &'static str,
    pub note_delete: &'static str,
    pub note_confirm_delete: &'static str,
    pub has_note_badge: &'static str,
    pub filter_notes: &'static str,
    pub filter_noted_only: &'static str,
    pub notes_intro: &'static str,
    pub notes_none: &'static str,
    pub notes_count: Counted,
    /// « Mes notes », while some typed text could not be saved (storage full or blocked).
    pub notes_unsaved: Counted,
    /// Said after one note is deleted, with its item's title.
    pub note_deleted: Message,
    /// The accessible name of a note's delete button, with its item's title (the
    /// visible text, `note_delete`, comes first: WCAG 2.5.3).
    pub note_delete_named: Message,
    /// Said after every note is deleted.
    pub notes_all_deleted: &'static str,
    pub notes_updated: Message,
    pub notes_orphan: &'static str,
    /// After the title of an item only a previous edition has, in « Mes notes » and the
    /// Markdown export: that edition (its period).
    pub edition_label: Message,
    pub export_json: &'static str,
    pub export_markdown: &'static str,
    pub export_file_stem: &'static str,
    pub import_label: &'static str,
    /// An import that storage refused for lack of space.
    pub import_quota: &'static str,
    pub delete_all: &'static str,
    pub confirm_delete_all: Counted,
    pub import_done: ImportDone,
    pub import_conflicts: ImportConflicts,
    /// The summary over what exactly is wrong in a damaged import file.
    pub technical_details: &'static str,
    pub import_error: ImportError,
    pub unreadable_heading: &'static str,
    pub unreadable_text: UnreadableText,
    pub unreadable_backup: Message,
    pub unreadable_no_backup: &'static str,
    pub unreadable_download: &'static str,
    pub unreadable_start_fresh: &'static str,
    pub confirm_start_fresh: &'static str,
    pub markdown_exported: Message,
    pub update_available: &'static str,
    pub update_reload: &'static str,
    /// The years the plan covers (« Ce plan porte sur les années … et … »): true
    /// whenever it is read, so the static copy says it too.
    pub period_covered: Message,
    /// Once those years are over (on the person's device) and no newer plan is here.
    pub period_over: Message,
    /// The footer: the edition and the policy it belongs to, named from the plan file.
    pub footer_text: Message,
    /// The button under the newest notes of a long list: « Afficher les 250 notes ».
    pub notes_show_all: Message,
}

/// A message with named placeholders, as Fluent and ICU write them:
/// « Ce plan porte sur les années {first} et {last}. ». Each language puts them where
/// its grammar wants them; `tests/i18n_strings.rs` checks that both languages name
/// the same ones, and renders every message.
#[derive(Clone, Copy, Debug, serde::Serialize)]
#[serde(transparent)]
pub struct Message(pub &'static str);

impl Message {
    /// The message with each `{name}` replaced by the value given for it. A
    /// placeholder given no value stays as written (a test fails on it).
    pub fn fill(&self, values: &[(&str, &dyn Display)]) -> String {
        let mut out = String::new();
        let mut rest = self.0;
        while let Some((before, after)) = rest.split_once('{') {
            out.push_str(before);
            let Some((name, after)) = after.split_once('}') else {
                out.push('{');
                rest = after;
                continue;
            };
            match values.iter().find(|(n, _)| *n == name) {
                Some((_, value)) => {
                    let _ = write!(out, "{value}");
                }
                None => {
                    let _ = write!(out, "{{{name}}}");
                }
            }
            rest = after;
        }
        out.push_str(rest);
        out
    }

    /// The message with its one placeholder, `name`, replaced by `value`.
    pub fn with(&self, name: &str, value: impl Display) -> String {
        self.fill(&[(name, &value)])
    }

    /// The names of its placeholders, in the order written.
    pub fn placeholders(&self) -> Vec<&'static str> {
        self.0
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name))
            .collect()
    }
}

/// A message about a number of things: for none, for one, and for more (`{count}`).
#[derive(Clone, Copy, serde::Serialize)]
pub struct Counted {
    pub none: &'static str,
    pub one: &'static str,
    pub many: Message,
}

impl Counted {
    /// The message for `n` things.
    pub fn count(&self, n: usize) -> String {
        match n {
            0 => self.none.to_owned(),
            1 => self.one.to_owned(),
            n => self.many.with("count", n),
        }
    }
}

/// How many of the plan's commitments a view shows (`{shown}`), of how many (`{total}`).
#[derive(serde::Serialize)]
pub struct ResultsSummary {
    pub all: Message,
    pub none: Message,
    pub one: Message,
    pub some: Message,
}

impl ResultsSummary {
    pub fn text(&self, shown: usize, total: usize) -> String {
        let message = match shown {
            _ if shown == total => self.all,
            0 => self.none,
            1 => self.one,
            _ => self.some,
        };
        message.fill(&[("shown", &shown), ("total", &total)])
    }
}

/// A matrix cell's label: the partner and the axis (`place`), then how many items.
#[derive(serde::Serialize)]
pub struct CellLabel {
    pub place: Message,
    /// « 3 éléments »: also in the label of a partner's total.
    pub items: Counted,
}

impl CellLabel {
    pub fn text(&self, partner: &str, axis: u8, items: usize) -> String {
        let place = self.place.fill(&[("partner", &partner), ("axis", &axis)]);
        place + &self.items.count(items)
    }
}

/// What an import did: notes added, already here, and kept with both texts.
#[derive(serde::Serialize)]
pub struct ImportDone {
    pub added: Counted,
    pub same: Counted,
    /// Before the names of the notes that differed, by what became of them.
    pub kept_mine: &'static str,
    pub took_file: &'static str,
    pub kept_both: &'static str,
}

impl ImportDone {
    pub fn text(&self, added: usize, same: usize) -> String {
        let mut text = self.added.count(added);
        if same > 0 {
            text.push_str(", ");
            text.push_str(&self.same.count(same));
        }
        text + "."
    }

    /// What became of the notes that differed, before their names.
    pub fn resolved(&self, on_conflict: OnConflict) -> &'static str {
        match on_conflict {
            OnConflict::KeepMine => self.kept_mine,
            OnConflict::TakeFile => self.took_file,
            OnConflict::KeepBoth => self.kept_both,
        }
    }
}

/// Before an import: the notes of the file that differ from the person's, and her
/// choices.
#[derive(serde::Serialize)]
pub struct ImportConflicts {
    pub heading: Counted,
    pub intro: &'static str,
    pub mine: &'static str,
    pub theirs: &'static str,
    pub keep_mine: &'static str,
    pub take_file: &'static str,
    pub keep_both: &'static str,
    pub cancel: &'static str,
    pub cancelled: &'static str,
}

/// Why a notes file could not be imported.
#[derive(serde::Serialize)]
pub struct ImportError {
    /// The whole message, with the reason below as `{reason}`.
    pub failed: Message,
    pub empty: &'static str,
    pub unreadable: &'static str,
    /// With the largest size read, in megabytes (`{megabytes}`).
    pub too_large: Message,
    pub not_json: &'static str,
    pub not_an_export: &'static str,
    pub wrong_shape: &'static str,
    pub future_version: Message,
    pub duplicate_item: Message,
}

impl ImportError {
    pub fn text(&self, error: &NotesFormatError) -> String {
        let why = match error {
            NotesFormatError::Empty => self.empty.to_owned(),
            NotesFormatError::Unreadable => self.unreadable.to_owned(),
            NotesFormatError::TooLarge(_) => self
                .too_large
                .with("megabytes", MAX_IMPORT_BYTES / (1024 * 1024)),
            NotesFormatError::NotJson => self.not_json.to_owned(),
            NotesFormatError::NotAnExport => self.not_an_export.to_owned(),
            NotesFormatError::WrongShape(_) => self.wrong_shape.to_owned(),
            NotesFormatError::FutureVersion(v) => self.future_version.with("version", v),
            NotesFormatError::DuplicateItem(id) => self.duplicate_item.with("id", id),
        };
        self.failed.with("reason", why)
    }
}

/// Why the notes stored in the browser cannot be read, and that nothing was lost.
#[derive(serde::Serialize)]
pub struct UnreadableText {
    pub future_version: &'static str,
    pub damaged: &'static str,
    /// After either.
    pub then: &'static str,
}

impl UnreadableText {
    pub fn text(&self, error: &NotesFormatError) -> String {
        let why = match error {
            NotesFormatError::FutureVersion(_) => self.future_version,
            _ => self.damaged,
        };
        format!("{why}{}", self.then)
    }
}
