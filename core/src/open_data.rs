//! The plan as open data: the files `export-open-data` publishes next to the app
//! (`dist/donnees/`), made from the same validated plan as the app.
//!
//! CSV in UTF-8 with a byte order mark (so that spreadsheet programs read the accents),
//! comma-separated, quoted as RFC 4180 says (by the `csv` crate), lines ending in CRLF;
//! a data dictionary in Markdown that names every column of every file, and says which
//! values come from outside the plan. Built only with the `open-data` feature: the app
//! never holds this code.

use crate::explore::kind_slug;
use crate::plan::{ItemRef, Plan};

/// One file of the open data.
pub struct OpenDataFile {
    pub name: String,
    pub body: Vec<u8>,
}

/// A column of a table: its name, and what it holds (for the dictionary).
pub(crate) struct Column {
    pub(crate) name: &'static str,
    meaning: Meaning,
}

/// What a column holds: a sentence, or one that depends on the app's public address
/// (`app_url` of `files`; `""` for a build without one).
enum Meaning {
    Fixed(&'static str),
    OfAppUrl(fn(&str) -> String),
}

impl Column {
    /// What the column holds, for files made with `app_url`.
    pub(crate) fn meaning(&self, app_url: &str) -> String {
        match self.meaning {
            Meaning::Fixed(text) => text.to_owned(),
            Meaning::OfAppUrl(text) => text(app_url),
        }
    }
}

pub(crate) const fn column(name: &'static str, meaning: &'static str) -> Column {
    Column {
        name,
        meaning: Meaning::Fixed(meaning),
    }
}

/// A CSV file: its name, what one row is, and its columns.
pub(crate) struct Table {
    pub(crate) name: &'static str,
    pub(crate) row: &'static str,
    pub(crate) columns: &'static [Column],
}

/// The plan's JSON as the open data publish it: `plan-<period>.json`, as in `data/`.
pub fn plan_json_name(plan: &Plan) -> String {
    format!("plan-{}.json", plan.period.as_str())
}

pub const DICTIONARY_NAME: &str = "dictionnaire.md";

/// Every file with what a person reads in its link, in the order `files` makes them.
pub fn labels(plan: &Plan) -> [(String, &'static str); 5] {
    [
        (plan_json_name(plan), "Le plan entier (JSON)"),
        (ITEMS.name.to_owned(), "Les éléments du plan (CSV)"),
        (PARTNERS.name.to_owned(), "Les partenaires (CSV)"),
        (ACRONYMS.name.to_owned(), "Les sigles (CSV)"),
        (
            DICTIONARY_NAME.to_owned(),
            "Le dictionnaire de données (Markdown)",
        ),
    ]
}

/// A file size as French readers write it: `8,9 ko`, `512 o`.
pub fn size_label(bytes: u64) -> String {
    if bytes < 1000 {
        format!("{bytes}\u{a0}o")
    } else {
        let tenths = (bytes + 50) / 100;
        format!("{},{}\u{a0}ko", tenths / 10, tenths % 10)
    }
}

const ITEMS: Table = Table {
    name: "elements.csv",
    row: "élément du plan (une réalité actuelle, une priorité collective, un plan ou programme municipal priorisé, un autre plan municipal, une stratégie ou le fonds), dans l'ordre du document",
    columns: &[
        column("section", "la section du plan : `realite`, `priorite`, `programme`, `autre-plan`, `strategie` ou `fonds`"),
        column("numero", "le numéro de l'élément dans sa section, tel que le plan le numérote (vide pour le fonds)"),
        column("id", "l'identifiant stable de l'élément, celui des liens de l'application (`?element=…`)"),
        column("titre", "le titre de l'élément, tel que publié"),
        column("texte", "son texte, tel que publié : l'objectif (priorités, plans, programmes), l'impact sur la prestation de services (réalités), la description (stratégies) ou le texte du fonds"),
        column("axe", "le numéro de l'axe d'intervention, de 1 à 5 (vide pour les réalités, les stratégies et le fonds)"),
        column("nom_axe", "le nom de cet axe, **hors plan** : il vient de la Politique de développement social et communautaire de la Ville de Lévis (2019)"),
        column("responsables", "les partenaires responsables, sous leur nom court tel que le plan l'écrit, séparés par « ; »"),
        column("responsables_noms_complets", "leurs noms complets, dans le même ordre ; ceux que le plan n'écrit pas sont **hors plan** (voir `partenaires.csv`)"),
        Column {
            name: "adresse",
            meaning: Meaning::OfAppUrl(adresse_meaning),
        },
    ],
};

const PARTNERS: Table = Table {
    name: "partenaires.csv",
    row: "partenaire ou unité de la Ville de Lévis que le plan nomme responsable",
    columns: &[
        column("id", "l'identifiant stable du partenaire, celui des liens de l'application (`?partenaire=…`)"),
        column("nom_court", "son nom tel que le plan l'écrit"),
        column("nom_complet", "son nom complet"),
        column("source_nom_complet", "d'où vient un nom complet que le plan n'écrit pas (**hors plan**) ; vide quand le plan l'écrit"),
        column("type", "`organisation` ou `unite-ville` : un classement de l'application, **pas du plan**"),
        column("nombre_elements", "de combien de priorités, plans et programmes le plan le nomme responsable"),
    ],
};

const ACRONYMS: Table = Table {
    name: "sigles.csv",
    row: "sigle du texte du plan",
    columns: &[
        column("sigle", "le sigle, tel que le plan l'écrit"),
        column("forme_longue", "sa forme longue"),
        column("source", "`plan` quand le plan l'écrit lui-même ; sinon, d'où vient la forme longue (**hors plan**)"),
    ],
};

/// Every file, in the order the dictionary lists them. `app_url` is the address of the
/// app that item addresses start with (`""`: addresses relative to the app).
pub fn files(plan: &Plan, plan_json: &str, app_url: &str) -> Vec<OpenDataFile> {
    let csv = |table: &Table, rows: Vec<Vec<String>>| OpenDataFile {
        name: table.name.to_owned(),
        body: write_csv(table, rows),
    };
    vec![
        OpenDataFile {
            name: plan_json_name(plan),
            body: plan_json.as_bytes().to_vec(),
        },
        csv(&ITEMS, item_rows(plan, app_url)),
        csv(&PARTNERS, partner_rows(plan)),
        csv(&ACRONYMS, acronym_rows(plan)),
        OpenDataFile {
            name: DICTIONARY_NAME.to_owned(),
            body: dictionary(plan, app_url).into_bytes(),
        },
    ]
}

/// A table as CSV: BOM, comma-separated, CRLF line ends.
pub(crate) fn write_csv(table: &Table, rows: Vec<Vec<String>>) -> Vec<u8> {
    let mut body = "\u{feff}".as_bytes().to_vec();
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(&mut body);
    let header: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
    // Writing to a Vec cannot fail.
    writer.write_record(&header).expect("CSV into memory");
    for row in rows {
        writer.write_record(&row).expect("CSV into memory");
    }
    writer.flush().expect("CSV into memory");
    drop(writer);
    body
}

fn item_rows(plan: &Plan, app_url: &str) -> Vec<Vec<String>> {
    plan.items()
        .map(|item| {
            let (section, number, text) = match item {
                ItemRef::Reality(r) => ("realite", Some(r.number), &r.impact),
                // The same words as the app's addresses (`?type=priorite`).
                ItemRef::Commitment(kind, c) => (kind_slug(kind), Some(c.number), &c.objective),
                ItemRef::Strategy(s) => ("strategie", Some(s.number), &s.description),
                ItemRef::Fund(f) => ("fonds", None, &f.text),
            };
            let commitment = item.commitment().map(|(_, c)| c);
            let axis = commitment.map(|c| c.axis);
            let partners: Vec<_> = commitment
                .iter()
                .flat_map(|c| c.partners.iter())
                .filter_map(|id| plan.partner(id))
                .collect();
            let names = |full: bool| {
                partners
                    .iter()
                    .map(|p| {
                        if full {
                            p.full_name.as_str()
                        } else {
                            p.short_name.as_str()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" ; ")
            };
            vec![
                section.to_owned(),
                number.map(|n| n.to_string()).unwrap_or_default(),
                item.id().to_owned(),
                item.title().to_owned(),
                text.to_string(),
                axis.map(|n| n.to_string()).unwrap_or_default(),
                axis.and_then(|n| plan.axis(n))
                    .map(|a| a.name.to_string())
                    .unwrap_or_default(),
                names(false),
                names(true),
                format!("{app_url}?element={}", item.id()),
            ]
        })
        .collect()
}

fn partner_rows(plan: &Plan) -> Vec<Vec<String>> {
    plan.partners
        .iter()
        .map(|p| {
            let count = plan
                .commitments()
                .filter(|(_, c)| c.partners.contains(&p.id))
                .count();
            vec![
                p.id.to_string(),
                p.short_name.to_string(),
                p.full_name.to_string(),
                p.full_name_source.as_deref().unwrap_or_default().to_owned(),
                match p.kind {
                    crate::plan::PartnerKind::Organisation => "organisation",
                    crate::plan::PartnerKind::CityUnit => "unite-ville",
                }
                .to_owned(),
                count.to_string(),
            ]
        })
        .collect()
}

fn acronym_rows(plan: &Plan) -> Vec<Vec<String>> {
    plan.abbreviations()
        .map(|a| {
            vec![
                a.abbreviation.to_string(),
                a.expansion.to_string(),
                a.source.as_deref().unwrap_or("plan").to_owned(),
            ]
        })
        .collect()
}

/// What the `adresse` column holds, for a build with the app's public address
/// (`app_url`) or without one (`""`).
fn adresse_meaning(app_url: &str) -> String {
    if app_url.is_empty() {
        "l'adresse de l'élément dans l'application, sans son début : `?element=…` est à ajouter \
         après l'adresse de l'application (ces fichiers ont été produits sans elle)"
            .to_owned()
    } else {
        format!(
            "l'adresse de l'élément dans l'application, à ouvrir dans un navigateur \
             (`{app_url}?element=…`)"
        )
    }
}

/// The plan's JSON file, field by field: what someone who has only the downloaded
/// files needs to read it (docs/plan-data.md is the same, for the project).
const PLAN_JSON_FIELDS: &[Column] = &[
    column("format_version", "la version du format de ce fichier"),
    column("id", "l'identifiant de l'édition du plan"),
    column("publisher", "l'éditeur du document"),
    column("title", "le titre du document"),
    column("subtitle", "son sous-titre"),
    column("period", "la période que le plan couvre"),
    column("introduction", "les paragraphes d'introduction, dans l'ordre"),
    column("axes_source", "d'où viennent les noms des axes (**hors plan**)"),
    column("axes", "les axes d'intervention : `number` (1 à 5) et `name` (**hors plan**)"),
    column("partners", "les partenaires : `id`, `short_name`, `full_name`, `full_name_source` (d'où vient un nom complet que le plan n'écrit pas, **hors plan**) et `kind` (`organisation` ou `city_unit`, un classement de l'application)"),
    column("realities", "les réalités actuelles : `heading` (le titre de la section) et `items`, chacune avec `id`, `number`, `reality` (la réalité) et `impact` (l'impact sur la prestation de services)"),
    column("priorities", "les priorités collectives : `heading`, `introduction` et `items`, chacune avec `id`, `number`, `title`, `axis` (le numéro de l'axe), `objective` et `partners` (les `id` des partenaires responsables)"),
    column("municipal_programs", "les plans et programmes municipaux priorisés, comme `priorities`"),
    column("other_municipal_plans", "les autres plans municipaux, comme `priorities`"),
    column("strategies", "les stratégies : `heading`, `introduction` et `items`, chacune avec `id`, `number`, `title` et `description`"),
    column("fund", "le fonds : `id`, `heading`, `amount_per_year` (en dollars) et `text`"),
    column("acronyms", "les sigles que le plan définit : `abbreviation` et `expansion`"),
    column("other_abbreviations", "les autres sigles : `abbreviation`, `expansion` et `source` (d'où vient une forme longue que le plan n'écrit pas, **hors plan**)"),
];

/// The data dictionary: what each file and column holds, in Markdown. `app_url` as
/// for `files`.
pub fn dictionary(plan: &Plan, app_url: &str) -> String {
    let mut out = format!(
        "# Dictionnaire de données — {} — {}\n\n\
         Source : {}, *{} — {}*, période {}. Ces fichiers reprennent le texte de ce document \
         tel que publié, avec les seules réparations de l'extraction du texte que l'application \
         liste dans « À propos ». Le texte est celui de la {} ; ces fichiers ne donnent pas de \
         licence : renseignez-vous auprès d'elle avant de le republier.\n\n\
         Les fichiers CSV sont en UTF-8 avec une marque d'ordre des octets (BOM), séparés par des \
         virgules, entre guillemets au besoin (RFC 4180), avec une ligne d'en-tête. Le BOM \
         permet aux tableurs de lire les accents ; un programme doit le retirer, sans quoi le \
         nom de la première colonne commence par lui. En Python, ouvrez les fichiers avec \
         `encoding='utf-8-sig'` : `csv.DictReader(open('elements.csv', encoding='utf-8-sig', \
         newline=''))` donne bien `row['section']`. Les valeurs marquées **hors plan** ne \
         viennent pas du plan.\n\n\
         - `{}` : le plan entier, le fichier exact d'où l'application est construite \
         (décrit à la fin).\n",
        plan.title,
        plan.subtitle,
        plan.publisher,
        plan.title,
        plan.subtitle,
        plan.period,
        plan.publisher,
        plan_json_name(plan),
    );
    for table in [&ITEMS, &PARTNERS, &ACRONYMS] {
        out.push_str(&format!(
            "- `{}` : une ligne par {}.\n",
            table.name, table.row
        ));
    }
    for table in [&ITEMS, &PARTNERS, &ACRONYMS] {
        out.push_str(&format!(
            "\n## `{}`\n\n| colonne | contenu |\n|---|---|\n",
            table.name
        ));
        for c in table.columns {
            out.push_str(&format!("| `{}` | {} |\n", c.name, c.meaning(app_url)));
        }
    }
    out.push_str(&format!(
        "\n## `{}`\n\nUn objet JSON en UTF-8. Les textes sont ceux du plan, tels que publiés ; \
         les identifiants (`id`) sont ceux des liens de l'application.\n\n\
         | champ | contenu |\n|---|---|\n",
        plan_json_name(plan)
    ));
    for c in PLAN_JSON_FIELDS {
        out.push_str(&format!("| `{}` | {} |\n", c.name, c.meaning(app_url)));
    }
    out
}

/// The column names of each CSV file, for tests and the dictionary's readers.
pub fn columns() -> Vec<(&'static str, Vec<&'static str>)> {
    [&ITEMS, &PARTNERS, &ACRONYMS]
        .into_iter()
        .map(|t| (t.name, t.columns.iter().map(|c| c.name).collect()))
        .collect()
}
