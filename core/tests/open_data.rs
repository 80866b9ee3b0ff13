//! The open data (`export-open-data`) read back with a real CSV parser, against the
//! plan it was made from.

mod support;

use plan_levis_core::open_data::{columns, dictionary, files, OpenDataFile};
use plan_levis_core::plan::{Plan, Text};
use support::plan_json;

const APP: &str = "https://exemple.org/plan/";

fn plan() -> Plan {
    support::plan().clone()
}

fn file<'a>(files: &'a [OpenDataFile], name: &str) -> &'a OpenDataFile {
    files.iter().find(|f| f.name == name).unwrap()
}

/// The header and rows of a CSV file, after checking its BOM and line endings.
fn read(file: &OpenDataFile) -> (Vec<String>, Vec<Vec<String>>) {
    let body = file
        .body
        .strip_prefix("\u{feff}".as_bytes())
        .expect("a byte order mark");
    let text = std::str::from_utf8(body).expect("UTF-8");
    assert!(text.ends_with("\r\n"), "{}: lines end in CRLF", file.name);
    let mut reader = csv::ReaderBuilder::new().from_reader(body);
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

#[test]
fn the_json_is_the_validated_plan_byte_for_byte() {
    let files = files(&plan(), plan_json(), APP);
    let on_disk = std::fs::read(support::data_dir().join("plan-2023-2024.json")).unwrap();
    assert_eq!(file(&files, "plan-2023-2024.json").body, on_disk);
    // Named after the plan's period, as in data/.
    assert_eq!(
        plan_levis_core::open_data::plan_json_name(&plan()),
        "plan-2023-2024.json"
    );
}

#[test]
fn every_item_is_a_row_with_its_texts_intact() {
    let plan = plan();
    let files = files(&plan, plan_json(), APP);
    let (header, rows) = read(file(&files, "elements.csv"));
    assert_eq!(header, columns()[0].1);
    let items: Vec<_> = plan.items().collect();
    assert_eq!(rows.len(), items.len());
    for (row, item) in rows.iter().zip(&items) {
        let cell = |name: &str| row[header.iter().position(|h| h == name).unwrap()].as_str();
        assert_eq!(cell("id"), item.id());
        assert_eq!(cell("titre"), item.title());
        assert_eq!(cell("texte"), item.body()[0]);
        assert_eq!(cell("adresse"), format!("{APP}?element={}", item.id()));
        if let Some((_, c)) = item.commitment() {
            assert_eq!(cell("numero"), c.number.to_string());
            assert_eq!(cell("axe"), c.axis.to_string());
            assert_eq!(cell("nom_axe"), plan.axis(c.axis).unwrap().name.as_str());
            let short: Vec<&str> = c
                .partners
                .iter()
                .map(|id| plan.partner(id).unwrap().short_name.as_str())
                .collect();
            let full: Vec<&str> = c
                .partners
                .iter()
                .map(|id| plan.partner(id).unwrap().full_name.as_str())
                .collect();
            assert_eq!(cell("responsables"), short.join(" ; "));
            assert_eq!(cell("responsables_noms_complets"), full.join(" ; "));
        } else {
            assert_eq!((cell("axe"), cell("responsables")), ("", ""));
        }
    }
    let sections: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(sections.iter().filter(|s| **s == "priorite").count(), 5);
    assert_eq!(sections.last(), Some(&"fonds"));
    // The accents of the plan, as written.
    assert!(rows
        .iter()
        .any(|r| r[3] == "Accessibilité au logement abordable et salubrité des logements"));
}

#[test]
fn quotes_commas_and_line_breaks_survive() {
    let mut plan = plan();
    let tricky = "Un « titre », avec \"des guillemets\",\nune ligne de plus; et 200 000 $";
    let mut priorities = plan.priorities.items.to_vec();
    priorities[0].title = Text::from(tricky.to_owned());
    plan.priorities.items = priorities.into();
    let files = files(&plan, plan_json(), "");
    let (header, rows) = read(file(&files, "elements.csv"));
    let row = rows
        .iter()
        .find(|r| r[2] == "priorite-logement-abordable")
        .unwrap();
    assert_eq!(row[3], tricky);
    // Without an app address, addresses are relative to the app.
    assert_eq!(
        row[header.len() - 1],
        "?element=priorite-logement-abordable"
    );
}

#[test]
fn every_partner_and_abbreviation_is_a_row() {
    let plan = plan();
    let files = files(&plan, plan_json(), APP);
    let (header, rows) = read(file(&files, "partenaires.csv"));
    assert_eq!(header, columns()[1].1);
    assert_eq!(rows.len(), plan.partners.len());
    for (row, p) in rows.iter().zip(plan.partners.iter()) {
        assert_eq!(
            row[..4],
            [
                p.id.as_str(),
                &p.short_name,
                &p.full_name,
                p.full_name_source.as_deref().unwrap_or("")
            ]
        );
        let count = plan
            .commitments()
            .filter(|(_, c)| c.partners.contains(&p.id))
            .count();
        assert_eq!(row[5], count.to_string(), "{}", p.id);
    }
    let sdsc = rows.iter().find(|r| r[0] == "sdsc").unwrap();
    assert_eq!((sdsc[4].as_str(), sdsc[5].as_str()), ("unite-ville", "5"));

    let (header, rows) = read(file(&files, "sigles.csv"));
    assert_eq!(header, columns()[2].1);
    let abbreviations: Vec<_> = plan.abbreviations().collect();
    assert_eq!(rows.len(), abbreviations.len());
    for (row, a) in rows.iter().zip(abbreviations) {
        assert_eq!(
            row,
            &[
                a.abbreviation.as_str(),
                &a.expansion,
                a.source.as_deref().unwrap_or("plan")
            ]
        );
    }
    let pajic = rows.iter().find(|r| r[0] == "PAJIC").unwrap();
    assert_eq!(pajic[2], "Ministère de la Justice du Québec");
}

#[test]
fn the_dictionary_names_every_column_of_every_file() {
    let plan = plan();
    let text = dictionary(&plan, APP);
    for (name, cols) in columns() {
        let section = text
            .split(&format!("## `{name}`"))
            .nth(1)
            .unwrap_or_else(|| panic!("{name} has a section"));
        let section = section.split("\n## ").next().unwrap();
        for col in cols {
            assert!(section.contains(&format!("| `{col}` |")), "{name}: {col}");
        }
    }
    let files = files(&plan, plan_json(), APP);
    for f in &files {
        if f.name != "dictionnaire.md" {
            assert!(
                text.contains(&format!("`{}`", f.name)),
                "the dictionary lists {}",
                f.name
            );
        }
    }
    assert!(
        text.contains("hors plan"),
        "it says what comes from outside the plan"
    );
    assert!(text.contains("licence"));
}

#[test]
fn sizes_read_as_french_writes_them() {
    use plan_levis_core::open_data::size_label;
    assert_eq!(size_label(512), "512\u{a0}o");
    assert_eq!(size_label(999), "999\u{a0}o");
    assert_eq!(size_label(1000), "1,0\u{a0}ko");
    assert_eq!(size_label(8_956), "9,0\u{a0}ko");
    assert_eq!(size_label(18_264), "18,3\u{a0}ko");
}

#[test]
fn the_dictionary_describes_the_plan_json_field_by_field_both_ways() {
    let plan = plan();
    let text = dictionary(&plan, APP);
    let section = text
        .split("## `plan-2023-2024.json`")
        .nth(1)
        .expect("the plan's JSON has a section");
    let mut listed: Vec<&str> = section
        .lines()
        .filter_map(|l| l.strip_prefix("| `")?.split('`').next())
        .collect();
    let json: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(plan_json()).unwrap();
    let fields: Vec<&str> = json.keys().map(String::as_str).collect();
    listed.sort_unstable();
    assert_eq!(listed, fields, "every field, and only those (sorted)");
    // Someone with only the downloaded files has all they need: no pointer elsewhere.
    assert!(!text.contains("docs/"), "{text}");
}

#[test]
fn the_adresse_column_says_what_the_addresses_are() {
    let plan = plan();
    let meaning = |app: &str| {
        dictionary(&plan, app)
            .lines()
            .find(|l| l.starts_with("| `adresse` |"))
            .unwrap()
            .to_owned()
    };
    assert!(
        meaning(APP).contains("`https://exemple.org/plan/?element=…`"),
        "{}",
        meaning(APP)
    );
    assert!(
        meaning("").contains("`?element=…` est à ajouter"),
        "{}",
        meaning("")
    );
    assert!(
        !meaning("").contains("PLAN_LEVIS_APP_URL"),
        "no build setting for the reader"
    );
}

/// The dictionary's line for Python reads the first column by its name, where plain
/// `utf-8` does not (the BOM sticks to it): run by Python's own `csv` module.
#[test]
fn the_dictionarys_python_line_reads_the_first_column_by_its_name() {
    let plan = plan();
    let text = dictionary(&plan, APP);
    let line = text
        .split('`')
        .find(|part| part.starts_with("csv.DictReader("))
        .expect("the dictionary gives the line");
    let dir = std::env::temp_dir().join(format!("open-data-python-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let all = files(&plan, plan_json(), APP);
    std::fs::write(dir.join("elements.csv"), &file(&all, "elements.csv").body).unwrap();
    let first_section = |reader: &str| {
        let program = format!("import csv\nrow = next({reader})\nprint(row.get('section'))");
        let out = std::process::Command::new("python3")
            .arg("-c")
            .arg(program)
            .current_dir(&dir)
            .output()
            .expect("python3 runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    };
    assert_eq!(first_section(line), "realite");
    assert_eq!(first_section(&line.replace("utf-8-sig", "utf-8")), "None");
    std::fs::remove_dir_all(&dir).unwrap();
}
