//! What is wrong in the CSV files, said in French for the person who edits them.

use std::fmt;

use crate::plan::{Place, ProblemKind};

/// One thing wrong in the CSV files: where (file, row as the spreadsheet numbers it,
/// column, the value found) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvProblem {
    pub file: &'static str,
    /// The row as the spreadsheet numbers it (the header is row 1); `None`: the file
    /// as a whole.
    pub row: Option<usize>,
    pub column: Option<&'static str>,
    pub value: Option<String>,
    pub message: String,
}

impl CsvProblem {
    pub(crate) fn in_file(file: &'static str, message: impl Into<String>) -> Self {
        CsvProblem {
            file,
            row: None,
            column: None,
            value: None,
            message: message.into(),
        }
    }

    /// Whether the file as a whole could not be read (missing, empty, not UTF-8).
    pub(crate) fn whole_file(&self) -> bool {
        self.row.is_none() && self.column.is_none()
    }

    /// Whether `other` is about a cell this problem already covers: the same cell, or
    /// a column the header lacks.
    pub(crate) fn covers(&self, other: &CsvProblem) -> bool {
        let missing_column = self.row == Some(1) && self.value.is_none();
        self.file == other.file
            && self.column == other.column
            && (self.row == other.row || missing_column)
    }
}

impl fmt::Display for CsvProblem {
    /// `elements.csv, ligne 7, colonne « axe », valeur « 7 » : l'axe 7 n'existe pas…`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.file)?;
        if let Some(row) = self.row {
            write!(f, ", ligne {row}")?;
        }
        if let Some(column) = self.column {
            write!(f, ", colonne « {column} »")?;
        }
        if let Some(value) = &self.value {
            if value.is_empty() {
                f.write_str(", cellule vide")?;
            } else {
                write!(f, ", valeur « {value} »")?;
            }
        }
        write!(f, " : {}", self.message)
    }
}

/// A rule of the plan that the files break, in French.
pub(crate) fn french(kind: &ProblemKind, place: &Place) -> String {
    use ProblemKind::*;
    match kind {
        Shape(message) => message.clone(),
        UnsupportedFormat { found } => format!("version de format {found} inconnue"),
        BadId { .. } => "un identifiant ne contient que des lettres minuscules sans accents, des \
                          chiffres et des traits d'union simples (par exemple « priorite-logement »)"
            .into(),
        EmptyText => "ce texte est vide".into(),
        BlankAtEdges => "ce texte commence ou finit par une espace ou un saut de ligne : retirez-les".into(),
        BadPeriod { .. } => "la période s'écrit avec deux années reliées par un trait d'union, la \
                             première au plus égale à la seconde (par exemple « 2025-2026 »)"
            .into(),
        EmptyList => match place {
            Place::Plan(_) => "l'introduction n'a aucun paragraphe".into(),
            Place::Section { .. } => "cette section n'a aucun élément".into(),
            _ => "aucun partenaire responsable : chaque priorité, plan ou programme en nomme au \
                  moins un (leurs `id`, séparés par « ; »)"
                .into(),
        },
        AxisOutOfRange { axis } => format!("l'axe {axis} n'existe pas : les axes vont de 1 à 5"),
        AxisListedTwice { axis } => format!("l'axe {axis} est déjà sur une autre ligne"),
        AxisNotListed { axis } => format!("l'axe {axis} n'est pas dans axes.csv"),
        PartnerIdTwice => "cet identifiant est déjà celui d'un autre partenaire".into(),
        FullNameWithoutSource => "le plan n'écrit pas ce nom complet : dites d'où il vient dans \
                                  la colonne « source_nom_complet »"
            .into(),
        FullNameNeedsNoSource => "le plan écrit ce nom complet lui-même (c'est le nom court, ou la \
                                  forme longue d'un sigle de la liste du plan) : laissez la source vide"
            .into(),
        ItemIdTwice { .. } => "cet identifiant est déjà celui d'un autre élément".into(),
        WrongNumber { expected, .. } => format!(
            "ce numéro devrait être {expected} : les lignes d'une section sont numérotées 1, 2, 3… \
             dans l'ordre"
        ),
        UnknownPartner { partner } => {
            format!("le partenaire « {partner} » n'est pas dans partenaires.csv (colonne « id »)")
        }
        PartnerListedTwice { partner } => format!("le partenaire « {partner} » est nommé deux fois"),
        ZeroAmount => "le montant doit être plus grand que 0".into(),
        AcronymWithSource => "les sigles de la liste du plan sont ceux que le plan définit : ils \
                              n'ont pas de source (laissez-la vide, ou mettez « autre » dans la \
                              colonne « liste »)"
            .into(),
        AbbreviationTwice => "ce sigle est déjà défini sur une autre ligne".into(),
    }
}

/// What the reader says of files, rows and cells it cannot read, before the plan's
/// rules (`french`) are checked.
pub(crate) mod reading {
    pub const MISSING_FILE: &str =
        "ce fichier manque : le dossier doit contenir les fichiers que plan-to-csv écrit";
    pub const NOT_UTF8: &str = "ce fichier n'est pas en UTF-8 : dans votre tableur, \
        enregistrez-le au format « CSV UTF-8 » (Fichier > Enregistrer sous > CSV UTF-8), puis \
        recommencez";
    pub const EMPTY_FILE: &str = "ce fichier est vide : sa première ligne nomme ses colonnes";
    pub const CELL_OUTSIDE_COLUMNS: &str =
        "cette cellule est dans une colonne que la première ligne ne nomme pas";
    pub const COLUMN_TWICE: &str = "cette colonne est déjà nommée plus tôt dans la ligne";
    pub const NUMBER_MISSING: &str = "ce nombre manque";
    pub const NOT_A_WHOLE_NUMBER: &str = "ce n'est pas un nombre entier";
    pub const PARTNER_KIND: &str =
        "le type est « organisation » ou « unite-ville » (un service ou une direction de la Ville)";
    pub const FIELD_TWICE: &str = "ce champ est déjà sur une autre ligne";
    pub const SECTION_TWICE: &str = "cette section est déjà sur une autre ligne";
    pub const AMOUNT: &str =
        "le montant s'écrit en dollars, en chiffres seulement (par exemple « 200000 »)";
    pub const ONE_FUND: &str = "le plan n'a qu'un fonds : une seule ligne « fonds »";
    pub const LIST: &str =
        "la liste est « plan » (un sigle que le plan définit dans sa liste) ou « autre »";

    pub fn unreadable_line(error: impl std::fmt::Display) -> String {
        format!("cette ligne ne peut pas être lue : {error}")
    }

    pub fn unknown_column(names: &str) -> String {
        format!("cette colonne n'existe pas : les colonnes de ce fichier sont {names}")
    }

    pub fn missing_column(names: &str) -> String {
        format!("il manque cette colonne : les colonnes de ce fichier sont {names}")
    }

    pub fn unknown_field(names: &str) -> String {
        format!("ce champ n'existe pas : les champs sont {names}")
    }

    pub fn missing_row(value: &str) -> String {
        format!("il manque la ligne « {value} »")
    }

    pub fn paragraph_number(expected: usize) -> String {
        format!(
            "ce numéro devrait être {expected} : les paragraphes sont numérotés 1, 2, 3… dans \
             l'ordre"
        )
    }

    /// `words`: the section words a file accepts, each between « ».
    pub fn unknown_section(words: &str) -> String {
        format!("cette section n'existe pas : les sections sont {words}")
    }

    pub fn column_stays_empty(section: &str) -> String {
        format!("cette colonne reste vide pour la section « {section} »")
    }
}
