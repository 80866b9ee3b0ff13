use super::{KioskText, UiText};
use plan_levis_core::lang::Lang;
use plan_levis_core::notes::NotesFormatError;

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        cat!(n, " ", one)
    } else {
        cat!(n, " ", many)
    }
}

/// English interface. The plan itself stays in French: it is the city's official text.
pub const EN: UiText = UiText {
    lang: Lang::En,
    locale: "en-CA",
    other_language: "Français",
    other_language_code: "fr",
    language_switch_hint: "Interface en français",
    official_text_note: "The plan is shown in French, as published by the Ville de Lévis: French is its official language. Only the interface is in English.",
    unknown_item: |id| cat!("The item this link asks for (“", id, "”) is not in this plan."),
    share: "Share",
    previous_item: |title, period| cat!("The item “", title, "” comes from the ", period, " edition of the plan; the current edition does not carry it on."),
    open_in_edition: "Read it in that edition",
    offline_ready: "The app now also works without a connection, on this device.",
    offline_now: "This device is offline: the app and the plan stay available.",
    link_copied: "The link to this view is copied: you can paste it wherever you like.",
    copy_this_link: "Copy the link to this view:",
    print_view_of: "Printed view of",
    skip_to_content: "Skip to content",
    views_nav_label: "App views",
    tab_plan: "Explore the plan",
    tab_matrix: "Who is responsible",
    tab_glossary: "Acronyms",
    tab_about: "About",
    axis: "Axis",
    axes_source_prefix: "The axis names are not in the deployment plan: they come from the",
    impact_label: "Impact on service delivery",
    objective_label: "Objective",
    priority_partners_label: "Responsible partners",
    responsible_label: "Responsible",
    priority_rank: |n, total| cat!("Priority ", n, " of ", total, ", in order of importance"),
    fund_amount_label: "Yearly amount",
    kind_priority: "Collective priority",
    kind_program: "Prioritized municipal plan or program",
    kind_other_plan: "Other municipal plan",
    kind_reality: "Current reality",
    kind_strategy: "Strategy for action",
    kind_fund: "Financial support fund",
    search_label: "Search the plan",
    skip_to_results: "Go to the results",
    search_hint: "Titles, objectives, partners and acronyms, in French. Accents, capitals and little words (de, pour, les…) are ignored; a word also finds its plural and feminine forms.",
    filters_heading: "Filter",
    see_results: |n| match n {
        0 => "No results: see the list".to_owned(),
        1 => "See the result".to_owned(),
        n => cat!("See the ", n, " results"),
    },
    filter_axis: "Axis of intervention",
    filter_partner: "Responsible partner or unit",
    filter_kind: "Section of the plan",
    partner_group_organisations: "Organizations",
    partner_group_city_units: "Ville de Lévis units",
    option_count: |n| if n == 0 { "no results".to_owned() } else { plural(n, "result", "results") },
    active_filters_label: "Active filters",
    remove_filter: |label| cat!("Remove filter: ", label),
    search_chip: |q| cat!("Search: “", q, "”"),
    clear_all: "Clear all filters",
    clear_search: "Clear the search",
    partial_results: "No item has all these words; these have the most of them.",
    words_not_found: |words| {
        let mut text = "No item has ".to_owned();
        for (i, word) in words.iter().enumerate() {
            text.push_str(if i == 0 { "“" } else { ", “" });
            text.push_str(word);
            text.push('”');
        }
        text + "."
    },
    results_summary: |shown, total| {
        if shown == total {
            cat!("All ", total, " priorities, plans and programs are shown.")
        } else {
            match shown {
                0 => cat!("None of the ", total, " priorities, plans and programs match."),
                1 => cat!("1 of the ", total, " priorities, plans and programs matches."),
                _ => cat!(shown, " of the ", total, " priorities, plans and programs match."),
            }
        }
    },
    no_results: "Nothing matches. Remove a filter or change the search.",
    context_heading: "Context: realities, strategies and fund",
    context_note: "These concern the whole plan: the axis, partner and section filters do not hide them. The search does apply.",
    context_none: "No context item matches the search.",
    back_to_list: "Back to the list",
    related_heading: "Related items",
    listen: "Listen",
    stop_listening: "Stop",
    related_none: "No other item shares this axis or these partners.",
    related_same_axis: "same axis",
    related_shared: |names| cat!("shared partner: ", names),
    partner_all_items: |name| cat!("Everything ", name, " is responsible for"),
    axis_all_items: |n| cat!("Everything under axis ", n),
    matrix_heading: "Who is responsible for what",
    matrix_intro: "Each row is a partner or city unit, each column an axis. The number counts the priorities, plans and programs the plan names it responsible for; choose it to see them.",
    matrix_scroll_hint: "The table scrolls sideways: swipe it, or use the arrow keys, to see every axis.",
    matrix_caption: "Priorities, plans and programs each partner is responsible for, by axis of intervention",
    matrix_partner_column: "Partner or unit",
    matrix_total: "Total",
    matrix_cell_label: |partner, axis, n| {
        cat!(partner, ", axis ", axis, ": ", plural(n, "item", "items"))
    },
    matrix_empty_cell: "none",
    glossary_heading: "Acronyms and abbreviations",
    outside_source: "not in the plan; source: ",
    outside_own_name: "not in the plan: the organization's own name",
    axis_name_note: "name from the 2019 Policy",
    partner_kind_organisation: "Organization",
    partner_kind_city_unit: "Ville de Lévis unit",
    about_heading: "About and sources",
    about_axes: "Axis names",
    about_app: "This app presents the text of this document. It runs entirely in your browser.",
    about_citation: "Source of the text",
    about_period: "Period",
    about_changes_heading: "What differs from the published document",
    about_changes: &[
        "list numbers lost when the text was copied are restored;",
        "stray bullets are removed, and names glued together are split (“Ville de LévisCISSS-CACDC de Lévis” gives three partners);",
        "a few badly copied characters are corrected (“St- Lambert” becomes “St-Lambert”, “4ᵉ” gets its superscript back);",
        "headings set in capitals are written in sentence case;",
        "what does not come from the plan (axis names, full names, abbreviations) is marked, with its source.",
    ],
    colon: ": ",
    tab_document: "The whole plan",
    document_intro: "The plan from start to end, in the order it was published, in French. Each title opens the item's page.",
    tab_notes: "My notes",
    notes_heading: "My private notes",
    notes_privacy: "Your notes stay in this browser, on this device. They are sent nowhere, unless you export them yourself.",
    note_label: |title| cat!("My note on “", title, "”"),
    note_saving: "Saving…",
    note_saved: "Note saved on this device.",
    note_quota: "Not saved: this browser's storage is full. Your text stays on screen and the last saved version is intact. Export or delete notes to free some space.",
    note_error: |e| cat!("Not saved (", e, "). Your text stays on screen and the last saved version is intact."),
    note_unavailable: "This browser does not allow keeping notes on this device (storage blocked or disabled). The rest of the app works normally.",
    note_paused: "Notes are paused: your saved notes could not be read. Choose what to do in the message at the top of the page.",
    note_other_tab: "This note was changed in another tab. The text you are typing is kept.",
    note_delete: "Delete this note",
    note_confirm_delete: "Delete this note? This cannot be undone.",
    has_note_badge: "With my note",
    filter_notes: "My notes",
    filter_noted_only: "Only items with my notes",
    notes_intro: "All your notes, newest first.",
    notes_none: "You have no notes yet. Open an item of the plan to write one.",
    notes_count: |n| plural(n, "note", "notes"),
    note_deleted: |title| cat!("Note deleted: “", title, "”."),
    note_delete_named: |title| cat!("Delete this note: ", title),
    notes_all_deleted: "All your notes were deleted.",
    notes_updated: |date| cat!("Changed on ", date),
    notes_orphan: "This item is no longer in the plan; your note is kept.",
    edition_label: |period| cat!(period, " edition"),
    export_json: "Export my notes (JSON)",
    export_markdown: "Export as text (Markdown)",
    export_file_stem: "my-notes-plan-levis",
    import_label: "Import a notes file (JSON)",
    delete_all: "Delete all my notes",
    confirm_delete_all: |n| {
        cat!("Delete ", plural(n, "note", "notes"), "? This cannot be undone. Consider exporting them first.")
    },
    import_done: |added, same, both| {
        let mut text = cat!("Import done: ", plural(added, "note added", "notes added"));
        if same > 0 {
            text.push_str(&cat!(", ", same, " already here"));
        }
        if both > 0 {
            text.push_str(&cat!(", ", plural(both, "note", "notes"), " with both texts kept"));
        }
        text + "."
    },
    technical_details: "Technical details",
    import_error: |e| {
        let why = match e {
            NotesFormatError::Empty => "The file is empty.".to_owned(),
            NotesFormatError::Unreadable => "The file could not be read.".to_owned(),
            NotesFormatError::TooLarge(_) => "The file is too large (over 2 MB) to be a notes export.".to_owned(),
            NotesFormatError::NotJson => "This file is not readable JSON.".to_owned(),
            NotesFormatError::NotAnExport => "This file is not a Plan Lévis notes export.".to_owned(),
            NotesFormatError::WrongShape(_) => "This file looks like a notes export, but its content is incomplete or damaged.".to_owned(),
            NotesFormatError::FutureVersion(v) => cat!("This file comes from a newer version of the app (format ", v, ")."),
            NotesFormatError::DuplicateItem(id) => cat!("This file gives two notes for the same item (“", id, "”): it was probably edited by hand, and which one to keep cannot be told."),
        };
        cat!("Import failed. ", why, " Your current notes were not changed.")
    },
    unreadable_heading: "Your saved notes could not be read",
    unreadable_text: |e| {
        let why = match e {
            NotesFormatError::FutureVersion(_) => "They were saved by a newer version of the app.",
            _ => "Their format is unknown or damaged.",
        };
        cat!(why, " Nothing was erased, and no note will be saved until you choose what to do.")
    },
    unreadable_backup: |key| cat!("An exact copy is kept in this browser (key “", key, "”)."),
    unreadable_no_backup: "The original value stays in place in this browser.",
    unreadable_download: "Download the copy",
    unreadable_start_fresh: "Start again with empty notes",
    confirm_start_fresh: "Start again with empty notes? The copy of your old notes stays in this browser.",
    markdown_exported: |date| cat!("Exported on ", date, ". These notes are private: they come from your browser."),
    update_available: "A new version of the app is available.",
    update_reload: "Reload",
    period_covered: |first, last| cat!("This plan is for the years ", first, " and ", last, "."),
    period_over: |first, last| {
        cat!("This plan covered ", first, " and ", last, "; the next plan is not published here yet.")
    },
    notes_show_all: |n| cat!("Show all ", n, " notes"),
    footer_text: |plan| {
        cat!(
            "Deployment plan ",
            plan.period.as_str(),
            " of the ",
            plan.publisher.as_str(),
            " social and community development policy (Politique de développement social et communautaire).",
        )
    },
};

pub const EN_KIOSK: KioskText = KioskText {
    attract_intro:
        "What the Ville de Lévis and its partners planned for social and community development.",
    touch: "Touch to explore",
    warning_title: "Are you still there?",
    warning_text: |n| {
        cat!(
            "Without an answer, the screen will be cleared in ",
            plural(n as usize, "second", "seconds"),
            " for the next person."
        )
    },
    continue_label: "Continue",
    suggestions: "Suggested searches",
    all: "Show all",
    continue_on_phone: "Continue on my phone",
    phone_qr_alt: "QR code of this view's address: scan it with your phone's camera to open it in the app, where you can take notes and share it.",
};
