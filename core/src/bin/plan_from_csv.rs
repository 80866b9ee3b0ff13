//! Read the CSV files of a plan back into a plan file: `plan-from-csv FOLDER OUT.json`.
//! Every problem is printed in French with its file, row, column and value, all at
//! once; nothing is written unless the plan is valid.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use plan_levis_core::plan::parse_plan;
use plan_levis_core::plan_csv::{columns, read_plan};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, out] = args.as_slice() else {
        eprintln!("usage : plan-from-csv DOSSIER SORTIE.json");
        return ExitCode::from(2);
    };
    if !Path::new(dir).is_dir() {
        eprintln!("{dir} : ce dossier n'existe pas");
        return ExitCode::from(2);
    }
    let mut files = BTreeMap::new();
    for (name, _) in columns() {
        match std::fs::read(Path::new(dir).join(name)) {
            Ok(body) => {
                files.insert(name.to_owned(), body);
            }
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
            Err(err) => {
                eprintln!("{dir}/{name} : {err}");
                return ExitCode::from(2);
            }
        }
    }
    let plan = match read_plan(&files) {
        Ok(plan) => plan,
        Err(problems) => {
            let count = problems.len();
            eprintln!(
                "{count} problème{} : rien n'est écrit. Corrigez-{}, puis recommencez.",
                if count > 1 { "s" } else { "" },
                if count > 1 { "les" } else { "le" },
            );
            for problem in problems {
                eprintln!("- {problem}");
            }
            return ExitCode::from(1);
        }
    };
    let json = serde_json::to_string_pretty(&plan).expect("a plan is always JSON") + "\n";
    // What the build reads must be what was checked.
    if let Err(err) = parse_plan(&json) {
        eprintln!(
            "le plan lu ne se relit pas (une erreur de l'outil, pas de vos fichiers) :\n{err}"
        );
        return ExitCode::from(2);
    }
    // Written beside, then renamed: a failed write leaves the previous file whole.
    let partial = format!("{out}.partiel");
    match std::fs::write(&partial, &json).and_then(|()| std::fs::rename(&partial, out)) {
        Ok(()) => {
            println!("plan-from-csv : plan valide écrit dans {out}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            let _ = std::fs::remove_file(&partial);
            eprintln!("{out} : {err}");
            ExitCode::from(2)
        }
    }
}
