//! The plan as spreadsheets: every table and every text of a plan file as CSV files
//! (`plan-to-csv`), and those files read back into a plan (`plan-from-csv`), so that
//! the city's staff can write an edition in a spreadsheet. For a valid plan the round
//! trip is exact: the JSON written back is the file it came from, byte for byte.
//!
//! Written as the open data's CSV are (UTF-8 with a byte order mark, commas, CRLF).
//! Read as spreadsheets write them: with or without the byte order mark, commas or
//! semicolons (French-locale Excel), CRLF or LF, line breaks inside quoted cells. Every
//! problem is reported in French with its file, row (as the spreadsheet numbers it:
//! the header is row 1), column and value, all at once.

mod assemble;
mod cells;
mod problems;
mod rows;
mod write;

pub use assemble::read_plan;
pub use problems::CsvProblem;
pub use write::write_plan;

use crate::open_data::{column, Table};
use crate::plan::{AbbreviationList, Plan, PlanField, SectionName, Text};

/// The plan's own fields that `plan.csv` holds, one row each, in this order.
pub(crate) const PLAN_FIELDS: [PlanField; 6] = [
    PlanField::Id,
    PlanField::Publisher,
    PlanField::Title,
    PlanField::Subtitle,
    PlanField::Period,
    PlanField::AxesSource,
];

/// A row of `plan.csv`: the field's name in the `champ` column, and what it holds.
pub(crate) struct FieldRow {
    pub name: &'static str,
    pub meaning: &'static str,
}

/// A plan field's row in `plan.csv`; `None` for the fields that are not rows there
/// (the format version, which the reader writes itself; the introduction, which has a
/// file of its own).
pub(crate) fn field_row(field: PlanField) -> Option<FieldRow> {
    let (name, meaning) = match field {
        PlanField::Id => (
            "id",
            "l'identifiant stable de cette édition (`plan-deploiement-<période>`)",
        ),
        PlanField::Publisher => ("editeur", "qui publie le plan (`Ville de Lévis`)"),
        PlanField::Title => ("titre", "le titre du document, tel que publié"),
        PlanField::Subtitle => (
            "sous_titre",
            "son sous-titre, tel que publié (`Plan de déploiement <période>`)",
        ),
        PlanField::Period => (
            "periode",
            "les deux années que le plan couvre, reliées par un trait d'union (`2025-2026`)",
        ),
        PlanField::AxesSource => (
            "source_des_axes",
            "d'où viennent les noms des axes (**hors plan** : le plan ne les écrit pas)",
        ),
        PlanField::FormatVersion | PlanField::Introduction => return None,
    };
    Some(FieldRow { name, meaning })
}

/// The value of a field of `plan.csv` in `plan`.
pub(crate) fn field_value(plan: &Plan, field: PlanField) -> Option<&Text> {
    match field {
        PlanField::Id => Some(&plan.id),
        PlanField::Publisher => Some(&plan.publisher),
        PlanField::Title => Some(&plan.title),
        PlanField::Subtitle => Some(&plan.subtitle),
        PlanField::Period => Some(&plan.period),
        PlanField::AxesSource => Some(&plan.axes_source),
        PlanField::FormatVersion | PlanField::Introduction => None,
    }
}

/// The word of a section in `sections.csv` and `elements.csv`.
pub(crate) fn section_word(section: SectionName) -> &'static str {
    match section {
        SectionName::Realities => "realite",
        SectionName::Priorities => "priorite",
        SectionName::MunicipalPrograms => "programme",
        SectionName::OtherMunicipalPlans => "autre-plan",
        SectionName::Strategies => "strategie",
    }
}

/// The section a word of `sections.csv` or `elements.csv` names.
pub(crate) fn section_named(word: &str) -> Option<SectionName> {
    SectionName::ALL
        .into_iter()
        .find(|section| section_word(*section) == word)
}

/// The word of a list of abbreviations in `sigles.csv`'s `liste` column.
pub(crate) fn list_word(list: AbbreviationList) -> &'static str {
    match list {
        AbbreviationList::Acronyms => "plan",
        AbbreviationList::OtherAbbreviations => "autre",
    }
}

/// The word of the fund's row in `elements.csv`.
pub(crate) const FUND: &str = "fonds";

pub(crate) const PLAN_TABLE: Table = Table {
    name: "plan.csv",
    row: "renseignement sur l'édition (les valeurs de `champ` sont listées plus bas)",
    columns: &[
        column("champ", "le nom du renseignement"),
        column("valeur", "sa valeur"),
    ],
};

pub(crate) const INTRODUCTION: Table = Table {
    name: "introduction.csv",
    row: "paragraphe de l'introduction du plan, dans l'ordre",
    columns: &[
        column("numero", "1, 2, 3… dans l'ordre des lignes"),
        column("paragraphe", "le texte du paragraphe, tel que publié"),
    ],
};

pub(crate) const SECTIONS_TABLE: Table = Table {
    name: "sections.csv",
    row: "section du plan",
    columns: &[
        column(
            "section",
            "`realite`, `priorite`, `programme`, `autre-plan` ou `strategie`",
        ),
        column("titre", "le titre de la section, tel que publié"),
        column(
            "introduction",
            "la phrase que le plan met avant ses éléments ; vide s'il n'y en a pas",
        ),
    ],
};

pub(crate) const AXES: Table = Table {
    name: "axes.csv",
    row: "axe d'intervention de la Politique",
    columns: &[
        column("numero", "le numéro de l'axe, de 1 à 5"),
        column(
            "nom",
            "son nom (**hors plan** : voir `source_des_axes` dans `plan.csv`)",
        ),
    ],
};

pub(crate) const PARTNERS: Table = Table {
    name: "partenaires.csv",
    row: "partenaire ou unité de la Ville de Lévis que le plan nomme responsable",
    columns: &[
        column("id", "l'identifiant stable du partenaire (lettres minuscules sans accents, chiffres, traits d'union), celui des liens de l'application (`?partenaire=…`) : ne le changez pas d'une édition à l'autre"),
        column("nom_court", "son nom tel que le plan l'écrit"),
        column("nom_complet", "son nom complet"),
        column("source_nom_complet", "d'où vient un nom complet que le plan n'écrit pas (**hors plan**) ; vide quand le plan l'écrit (le nom court lui-même, ou la forme longue d'un sigle de la liste du plan)"),
        column("type", "`organisation` ou `unite-ville` (un service ou une direction de la Ville) : un classement de l'application, **pas du plan**"),
    ],
};

pub(crate) const ITEMS: Table = Table {
    name: "elements.csv",
    row: "élément du plan, dans l'ordre du document",
    columns: &[
        column("section", "`realite`, `priorite`, `programme`, `autre-plan`, `strategie` ou `fonds` (une seule ligne `fonds`)"),
        column("numero", "1, 2, 3… dans l'ordre des lignes de la section (pour les priorités : leur ordre d'importance) ; vide pour le fonds"),
        column("id", "l'identifiant stable de l'élément (lettres minuscules sans accents, chiffres, traits d'union), celui des liens de l'application (`?element=…`) et des notes des gens : gardez-le d'une édition à l'autre pour un élément qui continue, n'en réutilisez jamais un pour autre chose"),
        column("titre", "le titre, tel que publié (pour une réalité : la réalité ; pour le fonds : son titre)"),
        column("texte", "le texte, tel que publié : l'objectif (priorités, plans, programmes), l'impact sur la prestation de services (réalités), la description (stratégies) ou le texte du fonds"),
        column("axe", "le numéro de l'axe, de 1 à 5 (priorités, plans et programmes ; vide pour les autres)"),
        column("responsables", "les `id` des partenaires responsables (voir `partenaires.csv`), dans l'ordre du plan, séparés par « ; » (priorités, plans et programmes ; vide pour les autres)"),
        column("montant_annuel", "le montant du fonds par année, en dollars, en chiffres seulement (`200000`) ; vide pour les autres"),
    ],
};

pub(crate) const ABBREVIATIONS: Table = Table {
    name: "sigles.csv",
    row: "sigle ou abréviation du texte du plan",
    columns: &[
        column("liste", "`plan` pour les sigles que le plan définit dans sa liste ; `autre` pour les autres"),
        column("sigle", "le sigle, tel que le plan l'écrit"),
        column("forme_longue", "sa forme longue"),
        column("source", "d'où vient une forme longue que le plan n'écrit pas (**hors plan**) ; vide quand le plan l'écrit (toujours vide pour la liste `plan`)"),
    ],
};

/// Every file, in the order they are written and described.
pub(crate) const TABLES: [&Table; 7] = [
    &PLAN_TABLE,
    &INTRODUCTION,
    &SECTIONS_TABLE,
    &AXES,
    &PARTNERS,
    &ITEMS,
    &ABBREVIATIONS,
];

/// The name of the file that describes the others, written with them.
pub const README_NAME: &str = "LISEZMOI.md";

/// The file names and their columns, for tests.
pub fn columns() -> Vec<(&'static str, Vec<&'static str>)> {
    TABLES
        .iter()
        .map(|t| (t.name, t.columns.iter().map(|c| c.name).collect()))
        .collect()
}

/// What each file and column holds, in Markdown: written beside the files, and the
/// reference of docs/publishing-a-new-plan.md.
pub fn dictionary() -> String {
    let mut out = String::from(
        "# Le plan en tableurs : fichiers et colonnes\n\n\
         Ces fichiers CSV contiennent tout le plan : chaque tableau et chaque texte. \
         Modifiez-les dans un tableur, puis `bash scripts/plan-from-csv.sh DOSSIER SORTIE.json` \
         en refait le fichier du plan et signale chaque problème avec son fichier, sa ligne \
         et sa colonne. Enregistrez en « CSV UTF-8 » ; les virgules et les points-virgules \
         sont acceptés comme séparateurs. La première ligne de chaque fichier nomme ses \
         colonnes : ne la changez pas. Une ligne entièrement vide est ignorée. Les textes \
         sont ceux du document publié, copiés tels quels.\n\n",
    );
    for table in TABLES {
        out.push_str(&format!(
            "- `{}` : une ligne par {}.\n",
            table.name, table.row
        ));
    }
    for table in TABLES {
        out.push_str(&format!(
            "\n## `{}`\n\n| colonne | contenu |\n|---|---|\n",
            table.name
        ));
        for c in table.columns {
            // No column of the spreadsheets depends on the app's address.
            out.push_str(&format!("| `{}` | {} |\n", c.name, c.meaning("")));
        }
        if table.name == PLAN_TABLE.name {
            out.push_str(
                "\nLes valeurs de `champ`, une ligne chacune :\n\n| champ | valeur |\n|---|---|\n",
            );
            for FieldRow { name, meaning } in PLAN_FIELDS.into_iter().filter_map(field_row) {
                out.push_str(&format!("| `{name}` | {meaning} |\n"));
            }
        }
    }
    out
}
