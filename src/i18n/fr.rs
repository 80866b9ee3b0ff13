use super::{KioskText, UiText};
use plan_levis_core::lang::Lang;
use plan_levis_core::notes::NotesFormatError;

fn plural(n: usize, one: &str, many: &str) -> String {
    if n <= 1 {
        cat!(n, " ", one)
    } else {
        cat!(n, " ", many)
    }
}

pub const FR: UiText = UiText {
    lang: Lang::Fr,
    locale: "fr-CA",
    other_language: "English",
    other_language_code: "en",
    language_switch_hint: "Interface in English",
    official_text_note: "",
    unknown_item: |id| cat!("L'élément demandé par ce lien («\u{a0}", id, "\u{a0}») n'existe pas dans ce plan."),
    share: "Partager",
    previous_item: |title, period| cat!("L'élément «\u{a0}", title, "\u{a0}» vient de l'édition ", period, " du plan\u{a0}; l'édition actuelle ne le reprend pas."),
    open_in_edition: "Le lire dans cette édition",
    offline_ready: "L'application fonctionne maintenant aussi sans connexion, sur cet appareil.",
    offline_now: "Cet appareil est hors ligne\u{a0}: l'application et le plan restent disponibles.",
    link_copied: "Le lien vers cette vue est copié\u{a0}: vous pouvez le coller où vous voulez.",
    copy_this_link: "Copiez le lien vers cette vue\u{a0}:",
    print_view_of: "Vue imprimée du",
    skip_to_content: "Aller au contenu",
    views_nav_label: "Vues de l'application",
    tab_plan: "Explorer le plan",
    tab_matrix: "Qui est responsable",
    tab_glossary: "Sigles",
    tab_about: "À propos",
    axis: "Axe",
    axes_source_prefix: "Les noms des axes ne figurent pas dans le plan de déploiement\u{a0}: ils viennent de la",
    impact_label: "Impact sur la prestation de services",
    objective_label: "Objectif",
    priority_partners_label: "Partenaires responsables",
    responsible_label: "Responsable",
    priority_rank: |n, total| cat!("Priorité ", n, " sur ", total, ", par ordre d'importance"),
    fund_amount_label: "Montant annuel",
    kind_priority: "Priorité collective",
    kind_program: "Plan ou programme municipal priorisé",
    kind_other_plan: "Autre plan municipal",
    kind_reality: "Réalité actuelle",
    kind_strategy: "Stratégie de mise en action",
    kind_fund: "Fonds de soutien financier",
    search_label: "Rechercher dans le plan",
    skip_to_results: "Aller aux résultats",
    search_hint: "Titres, objectifs, partenaires et sigles. Les accents, les majuscules et les petits mots (de, pour, les…) sont ignorés ; le singulier trouve aussi le pluriel et le féminin.",
    filters_heading: "Filtrer",
    see_results: |n| match n {
        0 => "Aucun résultat\u{a0}: voir la liste".to_owned(),
        1 => "Voir le résultat".to_owned(),
        n => cat!("Voir les ", n, " résultats"),
    },
    filter_axis: "Axe d'intervention",
    filter_partner: "Partenaire ou unité responsable",
    filter_kind: "Section du plan",
    partner_group_organisations: "Organisations",
    partner_group_city_units: "Unités de la Ville de Lévis",
    option_count: |n| if n == 0 { "aucun résultat".to_owned() } else { plural(n, "résultat", "résultats") },
    active_filters_label: "Filtres actifs",
    remove_filter: |label| cat!("Retirer le filtre\u{a0}: ", label),
    search_chip: |q| cat!("Recherche\u{a0}: «\u{a0}", q, "\u{a0}»"),
    clear_all: "Effacer tous les filtres",
    clear_search: "Effacer la recherche",
    partial_results: "Aucun élément ne contient tous ces mots ; voici ceux qui en contiennent le plus.",
    words_not_found: |words| {
        let mut text = "Aucun élément ne contient ".to_owned();
        for (i, word) in words.iter().enumerate() {
            text.push_str(if i == 0 { "«\u{a0}" } else { ", «\u{a0}" });
            text.push_str(word);
            text.push_str("\u{a0}»");
        }
        text + "."
    },
    results_summary: |shown, total| {
        if shown == total {
            cat!("Les ", total, " priorités, plans et programmes sont tous affichés.")
        } else {
            match shown {
                0 => cat!("Rien ne correspond parmi les ", total, " priorités, plans et programmes."),
                1 => cat!("1 des ", total, " priorités, plans et programmes correspond."),
                _ => cat!(shown, " des ", total, " priorités, plans et programmes correspondent."),
            }
        }
    },
    no_results: "Rien ne correspond à ces critères. Retirez un filtre ou modifiez la recherche.",
    context_heading: "Contexte\u{a0}: réalités, stratégies et fonds",
    context_note: "Ces éléments concernent l'ensemble du plan\u{a0}: les filtres par axe, partenaire et section ne les masquent pas. La recherche s'y applique.",
    context_none: "Aucun élément de contexte ne correspond à la recherche.",
    back_to_list: "Retour à la liste",
    related_heading: "Éléments liés",
    listen: "Écouter",
    stop_listening: "Arrêter",
    related_none: "Aucun autre élément ne partage cet axe ou ces partenaires.",
    related_same_axis: "même axe",
    related_shared: |names| cat!("partenaire commun\u{a0}: ", names),
    // Name first: partner names come without their article («\u{a0}la Ville\u{a0}», «\u{a0}le Service\u{a0}»).
    partner_all_items: |name| cat!(name, "\u{a0}: tout ce dont il est responsable"),
    axis_all_items: |n| cat!("Tout ce qui relève de l'axe ", n),
    matrix_heading: "Qui est responsable de quoi",
    matrix_intro: "Chaque ligne est un partenaire ou une unité de la Ville, chaque colonne un axe. Le nombre compte les priorités, plans et programmes dont le plan le nomme responsable\u{a0}; choisissez-le pour les voir.",
    matrix_scroll_hint: "Le tableau défile de côté\u{a0}: glissez-le, ou utilisez les flèches du clavier, pour voir tous les axes.",
    matrix_caption: "Priorités, plans et programmes dont chaque partenaire est responsable, par axe d'intervention",
    matrix_partner_column: "Partenaire ou unité",
    matrix_total: "Total",
    matrix_cell_label: |partner, axis, n| {
        cat!(partner, ", axe ", axis, "\u{a0}: ", plural(n, "élément", "éléments"))
    },
    matrix_empty_cell: "aucun",
    glossary_heading: "Sigles et acronymes",
    outside_source: "hors plan ; source\u{a0}: ",
    outside_own_name: "hors plan\u{a0}: nom publié par l'organisme lui-même",
    axis_name_note: "nom tiré de la Politique de 2019",
    partner_kind_organisation: "Organisation",
    partner_kind_city_unit: "Unité de la Ville de Lévis",
    about_heading: "À propos et sources",
    about_axes: "Noms des axes",
    about_app: "Cette application présente le texte de ce document. Elle fonctionne entièrement dans votre navigateur.",
    about_citation: "Source du texte",
    about_period: "Période",
    about_changes_heading: "Ce qui diffère du document publié",
    about_changes: &[
        "les numéros de liste perdus à la copie du texte sont rétablis\u{a0};",
        "des puces isolées sont retirées, et des noms collés ensemble sont séparés («\u{a0}Ville de LévisCISSS-CACDC de Lévis\u{a0}» donne trois partenaires)\u{a0};",
        "quelques caractères mal copiés sont corrigés («\u{a0}St- Lambert\u{a0}» devient «\u{a0}St-Lambert\u{a0}», «\u{a0}4ᵉ\u{a0}» retrouve son exposant)\u{a0};",
        "les titres en majuscules sont écrits en minuscules\u{a0};",
        "ce qui ne vient pas du plan (noms des axes, noms complets, sigles) est marqué, avec sa source.",
    ],
    colon: "\u{a0}: ",
    tab_document: "Le plan en entier",
    document_intro: "Le plan du début à la fin, dans l'ordre du document publié. Chaque titre ouvre la page de l'élément.",
    tab_notes: "Mes notes",
    notes_heading: "Mes notes privées",
    notes_privacy: "Vos notes restent dans ce navigateur, sur cet appareil. Elles ne sont envoyées nulle part, sauf si vous les exportez vous-même.",
    note_label: |title| cat!("Ma note sur «\u{a0}", title, "\u{a0}»"),
    note_saving: "Enregistrement…",
    note_saved: "Note enregistrée sur cet appareil.",
    note_quota: "Non enregistré\u{a0}: l'espace de stockage de ce navigateur est plein. Votre texte reste affiché et la dernière version enregistrée est intacte. Exportez vos notes ou supprimez-en pour libérer de l'espace.",
    note_error: |e| cat!("Non enregistré (", e, "). Votre texte reste affiché et la dernière version enregistrée est intacte."),
    note_unavailable: "Ce navigateur ne permet pas de conserver des notes sur cet appareil (stockage bloqué ou désactivé). Le reste de l'application fonctionne normalement.",
    note_paused: "Les notes sont en pause\u{a0}: vos notes enregistrées n'ont pas pu être lues. Choisissez quoi faire dans le message en haut de la page.",
    note_other_tab: "Cette note a été modifiée dans un autre onglet. Votre texte en cours est conservé.",
    note_delete: "Supprimer cette note",
    note_confirm_delete: "Supprimer cette note ? Cette action est définitive.",
    has_note_badge: "Avec ma note",
    filter_notes: "Mes notes",
    filter_noted_only: "Seulement les éléments avec mes notes",
    notes_intro: "Toutes vos notes, de la plus récente à la plus ancienne.",
    notes_none: "Vous n'avez encore aucune note. Ouvrez un élément du plan pour en écrire une.",
    notes_count: |n| plural(n, "note", "notes"),
    note_deleted: |title| cat!("Note supprimée\u{a0}: «\u{a0}", title, "\u{a0}»."),
    note_delete_named: |title| cat!("Supprimer cette note\u{a0}: ", title),
    notes_all_deleted: "Toutes vos notes ont été supprimées.",
    notes_updated: |date| cat!("Modifiée le ", date),
    notes_orphan: "Cet élément n'est plus dans le plan ; votre note est conservée.",
    edition_label: |period| cat!("édition ", period),
    export_json: "Exporter mes notes (JSON)",
    export_markdown: "Exporter en texte (Markdown)",
    export_file_stem: "mes-notes-plan-levis",
    import_label: "Importer un fichier de notes (JSON)",
    delete_all: "Supprimer toutes mes notes",
    confirm_delete_all: |n| {
        cat!("Supprimer ", plural(n, "note", "notes"), " ? Cette action est définitive. Pensez à les exporter d'abord.")
    },
    import_done: |added, same, both| {
        let mut text = cat!("Import terminé\u{a0}: ", plural(added, "note ajoutée", "notes ajoutées"));
        if same > 0 {
            text.push_str(&cat!(", ", plural(same, "déjà présente", "déjà présentes")));
        }
        if both > 0 {
            text.push_str(&cat!(", ", plural(both, "note", "notes"), " où les deux textes sont conservés"));
        }
        text + "."
    },
    technical_details: "Détails techniques (en anglais)",
    import_error: |e| {
        let why = match e {
            NotesFormatError::Empty => "Le fichier est vide.".to_owned(),
            NotesFormatError::Unreadable => "Le fichier n'a pas pu être lu.".to_owned(),
            NotesFormatError::TooLarge(_) => "Le fichier est trop volumineux (plus de 2 Mo) pour être un export de notes.".to_owned(),
            NotesFormatError::NotJson => "Ce fichier n'est pas un fichier JSON lisible.".to_owned(),
            NotesFormatError::NotAnExport => "Ce fichier n'est pas un export de notes de Plan Lévis.".to_owned(),
            NotesFormatError::WrongShape(_) => "Ce fichier ressemble à un export de notes, mais son contenu est incomplet ou endommagé.".to_owned(),
            NotesFormatError::FutureVersion(v) => cat!("Ce fichier vient d'une version plus récente de l'application (format ", v, ")."),
            NotesFormatError::DuplicateItem(id) => cat!("Ce fichier donne deux notes pour le même élément («\u{a0}", id, "\u{a0}»)\u{a0}: il a sans doute été modifié à la main, et on ne peut pas savoir laquelle garder."),
        };
        cat!("Import impossible. ", why, " Vos notes actuelles n'ont pas été modifiées.")
    },
    unreadable_heading: "Vos notes enregistrées n'ont pas pu être lues",
    unreadable_text: |e| {
        let why = match e {
            NotesFormatError::FutureVersion(_) => "Elles ont été enregistrées par une version plus récente de l'application.",
            _ => "Leur format est inconnu ou endommagé.",
        };
        cat!(why, " Rien n'a été effacé, et aucune note ne sera enregistrée tant que vous n'aurez pas choisi quoi faire.")
    },
    unreadable_backup: |key| cat!("Une copie exacte est conservée dans ce navigateur (clé «\u{a0}", key, "\u{a0}»)."),
    unreadable_no_backup: "La valeur d'origine reste en place dans ce navigateur.",
    unreadable_download: "Télécharger la copie",
    unreadable_start_fresh: "Repartir avec des notes vides",
    confirm_start_fresh: "Repartir avec des notes vides ? La copie de vos anciennes notes reste conservée dans ce navigateur.",
    markdown_exported: |date| cat!("Exporté le ", date, ". Ces notes sont privées\u{a0}: elles viennent de votre navigateur."),
    update_available: "Une nouvelle version de l'application est disponible.",
    update_reload: "Recharger",
    period_covered: |first, last| cat!("Ce plan porte sur les années ", first, " et ", last, "."),
    period_over: |first, last| {
        cat!("Ce plan couvrait ", first, " et ", last, "\u{a0}; le plan suivant n'est pas encore publié ici.")
    },
    notes_show_all: |n| cat!("Afficher les ", n, " notes"),
    footer_text: |plan| cat!(plan.subtitle.as_str(), " — ", plan.title.as_str(), ", ", plan.publisher.as_str(), "."),
};

pub const FR_KIOSK: KioskText = KioskText {
    attract_intro: "Ce que la Ville de Lévis et ses partenaires ont prévu pour le développement social et communautaire.",
    touch: "Touchez pour explorer",
    warning_title: "Êtes-vous toujours là ?",
    warning_text: |n| {
        cat!("Sans réponse, l'écran sera remis à zéro dans ", plural(n as usize, "seconde", "secondes"), " pour la personne suivante.")
    },
    continue_label: "Continuer",
    suggestions: "Recherches suggérées",
    all: "Tout afficher",
    continue_on_phone: "Continuer sur mon téléphone",
    phone_qr_alt: "Code QR de l'adresse de cette vue\u{a0}: balayez-le avec l'appareil photo de votre téléphone pour l'ouvrir dans l'application, où vous pourrez prendre des notes et la partager.",
};
