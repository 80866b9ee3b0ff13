//! Benchmark (not a test): time per keystroke of filter + search, on the real plan
//! and on a generated plan of 1,000 commitments; and the time to import the largest
//! notes files a person could pick. Prints medians; asserts nothing.
//!
//! `cargo run --release --bin bench-explore`

use std::time::{Duration, Instant};

use plan_levis::embedded_plan as embedded;
use plan_levis_core::explore::{SearchIndex, ViewState};
use plan_levis_core::notes::{import_json, NotesStore, MAX_IMPORT_BYTES};
use plan_levis_core::plan::Plan;

/// The real plan with its commitments copied (new ids, varied texts) until there
/// are `n` of them.
fn generated_plan(n: usize) -> Plan {
    let mut plan = embedded().clone();
    let templates = [
        plan.priorities.items.clone(),
        plan.municipal_programs.items.clone(),
        plan.other_municipal_plans.items.clone(),
    ];
    let sections = [
        &mut plan.priorities.items,
        &mut plan.municipal_programs.items,
        &mut plan.other_municipal_plans.items,
    ];
    let mut total: usize = templates.iter().map(|t| t.len()).sum();
    let mut copy = 0;
    for (section, template) in sections.into_iter().zip(&templates) {
        let share = n * template.len() / templates.iter().map(|t| t.len()).sum::<usize>();
        while section.len() < share && total < n {
            let mut c = template[copy % template.len()].clone();
            copy += 1;
            c.id = format!("{}-copie-{copy}", c.id).into();
            c.number = section.len() as u32 + 1;
            c.title = format!("{} (variante {copy})", c.title).into();
            c.axis = (copy % 5) as u8 + 1;
            section.to_mut().push(c);
            total += 1;
        }
    }
    while total < n {
        let mut c = templates[0][copy % templates[0].len()].clone();
        copy += 1;
        c.id = format!("{}-copie-{copy}", c.id).into();
        c.number = plan.priorities.items.len() as u32 + 1;
        plan.priorities.items.to_mut().push(c);
        total += 1;
    }
    plan
}

struct Figures {
    median: Duration,
    p95: Duration,
    max: Duration,
}

fn measure(plan: &Plan, rounds: usize) -> (Duration, Figures) {
    let started = Instant::now();
    let index = SearchIndex::new(plan);
    let build = started.elapsed();
    // A person types "logement aînés" with axis 2 and a partner checked.
    let typed = "logement aînés";
    let mut base = ViewState::from_query("axe=2,5&partenaire=ville-de-levis,sdsc", plan);
    let mut samples = Vec::new();
    for _ in 0..rounds {
        for end in typed.char_indices().map(|(i, c)| i + c.len_utf8()) {
            base = base.with_query(&typed[..end]);
            let t = Instant::now();
            let results = index.run(&base, &|_| false);
            samples.push(t.elapsed());
            std::hint::black_box(results);
        }
    }
    samples.sort_unstable();
    let pick = |q: f64| samples[((samples.len() - 1) as f64 * q) as usize];
    let figures = Figures {
        median: pick(0.5),
        p95: pick(0.95),
        max: *samples.last().unwrap(),
    };
    (build, figures)
}

fn main() {
    println!("filter + search per keystroke (native, release build; the browser's wasm is slower, see docs/performance.md)");
    println!(
        "{:<28} {:>7} {:>11} {:>11} {:>11} {:>11}",
        "plan", "items", "index build", "median", "p95", "max"
    );
    let generated = generated_plan(1000);
    for (name, plan, rounds) in [
        ("real plan (current edition)", embedded(), 200),
        ("generated, 1,000 items", &generated, 20),
    ] {
        let items = plan.commitments().count();
        let (build, f) = measure(plan, rounds);
        println!(
            "{name:<28} {items:>7} {:>11.3?} {:>11.3?} {:>11.3?} {:>11.3?}",
            build, f.median, f.p95, f.max
        );
    }
    println!("target: under 16 ms per keystroke at 1,000 items (one frame)");
    import_shapes();
}

/// An export file of `n` notes, item ids and texts from `entry(i)` (without the
/// optional `item_title`, to fit more notes under the limit).
fn export_file(n: usize, entry: impl Fn(usize) -> (String, String)) -> String {
    let mut notes = String::new();
    for i in 0..n {
        let (id, text) = entry(i);
        if i > 0 {
            notes.push(',');
        }
        notes.push_str(&format!(
            r#"{{"item_id":"{id}","text":"{text}","updated_ms":1}}"#
        ));
    }
    format!(
        r#"{{"format":"plan-levis-notes","version":1,"plan_id":"p","exported_at":"t","notes":[{notes}]}}"#
    )
}

/// The worst shapes of a notes file under the import limit: read and merged into
/// notes already there, as the app does on import (native; the browser is slower).
fn import_shapes() {
    println!();
    println!("import of a notes file under the {MAX_IMPORT_BYTES}-byte limit (native, release; median of 5)");
    let shapes: [(&str, String); 3] = [
        (
            "one id 44,000 times",
            export_file(44_000, |i| ("x".to_owned(), format!("t{i}"))),
        ),
        (
            "40,000 ids, descending",
            export_file(40_000, |i| (format!("i{:05}", 40_000 - i), format!("t{i}"))),
        ),
        (
            "40,000 ids, ascending",
            export_file(40_000, |i| (format!("i{i:05}"), format!("t{i}"))),
        ),
    ];
    let here: NotesStore = (0..100)
        .map(|i| {
            (
                format!("i{:05}", i * 7),
                plan_levis_core::notes::Note {
                    text: "ici".into(),
                    updated_ms: 1,
                },
            )
        })
        .collect();
    for (name, file) in shapes {
        let mut samples: Vec<Duration> = (0..5)
            .map(|_| {
                let t = Instant::now();
                let mut store = here.clone();
                if let Ok(incoming) = import_json(&file) {
                    store.merge(incoming, plan_levis_core::notes::OnConflict::KeepBoth);
                }
                std::hint::black_box(store);
                t.elapsed()
            })
            .collect();
        samples.sort_unstable();
        let under = if file.len() as u64 <= MAX_IMPORT_BYTES {
            ""
        } else {
            " (over the limit!)"
        };
        println!(
            "{name:<28} {:>9} bytes {:>11.3?}{under}",
            file.len(),
            samples[2]
        );
    }
}
