//! A broken plan file is refused with a message naming the item and field.

mod support;

use plan_levis_core::plan::{parse_plan, PlanError};
use serde_json::{json, Value};
use support::plan_json;

fn good() -> Value {
    serde_json::from_str(plan_json()).unwrap()
}

/// Parse an edited copy of the real plan and return its problems as text.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut plan = good();
    edit(&mut plan);
    match parse_plan(&plan.to_string()) {
        Ok(_) => Vec::new(),
        Err(err) => err.problems().iter().map(ToString::to_string).collect(),
    }
}

fn assert_one_problem(problems: &[String], location: &str, words: &str) {
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with(location) && p.contains(words)),
        "expected a problem at {location:?} saying {words:?}, got {problems:#?}"
    );
}

#[test]
fn the_real_plan_has_no_problem() {
    assert_eq!(problems_after(|_| {}), Vec::<String>::new());
}

#[test]
fn a_file_that_is_not_json_says_where_it_breaks() {
    let err = parse_plan("{ \"format_version\": 1,\n  \"id\": ").unwrap_err();
    let PlanError::Format(problem) = &err else {
        panic!("expected a format error: {err:?}")
    };
    assert!(problem.kind.to_string().contains("line 2"), "{problem}");
    let err = parse_plan("").unwrap_err();
    assert!(matches!(err, PlanError::Format(_)));
}

#[test]
fn a_missing_field_names_the_item_path() {
    let problems = problems_after(|p| {
        p["priorities"]["items"][2]
            .as_object_mut()
            .unwrap()
            .remove("axis");
    });
    assert_one_problem(&problems, "priorities.items[2]", "missing field `axis`");
}

#[test]
fn a_field_of_the_wrong_type_names_the_field() {
    let problems = problems_after(|p| p["municipal_programs"]["items"][1]["axis"] = json!("Axe 2"));
    assert_one_problem(
        &problems,
        "municipal_programs.items[1].axis",
        "invalid type",
    );
}

#[test]
fn an_unknown_partner_is_named_with_its_item() {
    let problems =
        problems_after(|p| p["priorities"]["items"][3]["partners"][1] = json!("cisss-inconnu"));
    assert_one_problem(
        &problems,
        "priorities.items[3] (priorite-soutien-organismes).partners[1]",
        "\"cisss-inconnu\" is not in the partners list",
    );
}

#[test]
fn an_axis_outside_one_to_five_is_refused() {
    let problems = problems_after(|p| p["other_municipal_plans"]["items"][0]["axis"] = json!(7));
    assert_one_problem(
        &problems,
        "other_municipal_plans.items[0] (plan-mobilite-durable).axis",
        "axis 7 is outside 1..5",
    );
}

#[test]
fn a_duplicate_item_id_is_refused() {
    let problems = problems_after(|p| {
        p["strategies"]["items"][1]["id"] = json!("priorite-logement-abordable")
    });
    assert_one_problem(&problems, "strategies.items[1]", "is used twice");
}

#[test]
fn empty_text_is_refused() {
    let problems = problems_after(|p| {
        p["realities"]["items"][4]["impact"] = json!("   ");
        p["introduction"][0] = json!("");
    });
    assert_one_problem(
        &problems,
        "realities.items[4] (realite-vieillissement).impact",
        "empty",
    );
    assert_one_problem(&problems, "introduction[0]", "empty");
}

#[test]
fn an_id_that_cannot_go_in_a_link_is_refused() {
    let problems = problems_after(|p| p["realities"]["items"][0]["id"] = json!("Réalité 1"));
    assert_one_problem(&problems, "realities.items[0] (Réalité 1).id", "lowercase");
}

#[test]
fn a_future_format_version_is_refused() {
    let problems = problems_after(|p| p["format_version"] = json!(3));
    assert_one_problem(&problems, "format_version", "not supported");
}

#[test]
fn an_unknown_field_is_refused_rather_than_ignored() {
    let problems = problems_after(|p| p["fund"]["montant"] = json!(1));
    assert_one_problem(&problems, "fund", "unknown field `montant`");
}

#[test]
fn items_are_numbered_in_order() {
    let problems = problems_after(|p| p["priorities"]["items"][0]["number"] = json!(3));
    assert_one_problem(
        &problems,
        "priorities.items[0] (priorite-logement-abordable).number",
        "should be 1",
    );
}

#[test]
fn several_problems_are_all_reported() {
    let problems = problems_after(|p| {
        p["priorities"]["items"][0]["axis"] = json!(0);
        p["priorities"]["items"][1]["partners"] = json!([]);
        p["strategies"]["items"][1]["title"] = json!("");
    });
    assert_eq!(problems.len(), 3, "{problems:#?}");
}

/// Every full name or expansion the plan does not print names its source, and
/// nothing the plan prints is passed off as an outside fact.
#[test]
fn outside_facts_name_their_source() {
    let partner = |p: &mut Value, id: &str| -> usize {
        let partners = p["partners"].as_array().unwrap();
        partners.iter().position(|x| x["id"] == id).unwrap()
    };
    let problems = problems_after(|p| {
        let i = partner(p, "stlevis");
        p["partners"][i]
            .as_object_mut()
            .unwrap()
            .remove("full_name_source");
    });
    assert_one_problem(
        &problems,
        "partners[7] (stlevis).full_name_source",
        "does not print",
    );

    // SDSC's full name is defined by the plan's own list of acronyms.
    let problems = problems_after(|p| {
        let i = partner(p, "sdsc");
        p["partners"][i]["full_name_source"] = json!("Ville de Lévis");
    });
    assert_one_problem(
        &problems,
        "partners[15] (sdsc).full_name_source",
        "prints this full name",
    );

    let problems = problems_after(|p| p["acronyms"][0]["source"] = json!("Ville de Lévis"));
    assert_one_problem(&problems, "acronyms[0] (DAJSC).source", "no outside source");

    let problems = problems_after(|p| p["other_abbreviations"][4]["source"] = json!(" "));
    assert_one_problem(
        &problems,
        "other_abbreviations[4] (MADA).source",
        "text is empty",
    );
}

mod validate_plan_command {
    use std::process::Command;

    fn run(contents: &str, name: &str) -> (i32, String, String) {
        let path =
            std::env::temp_dir().join(format!("plan-levis-{}-{name}.json", std::process::id()));
        std::fs::write(&path, contents).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_validate-plan"))
            .arg(&path)
            .output()
            .unwrap();
        std::fs::remove_file(&path).ok();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    #[test]
    fn accepts_the_real_plan() {
        let (code, stdout, _) = run(super::plan_json(), "good");
        assert_eq!(code, 0);
        assert!(stdout.contains("valid plan"), "{stdout}");
    }

    #[test]
    fn rejects_a_broken_plan_naming_item_and_field() {
        let broken = super::plan_json().replacen("\"axis\": 2", "\"axis\": 9", 1);
        let (code, _, stderr) = run(&broken, "broken");
        assert_eq!(code, 1);
        assert!(
            stderr.contains(
                "priorities.items[0] (priorite-logement-abordable).axis: axis 9 is outside 1..5"
            ),
            "{stderr}"
        );
    }

    #[test]
    fn a_missing_file_is_a_usage_error() {
        let out = Command::new(env!("CARGO_BIN_EXE_validate-plan"))
            .arg("/nonexistent/plan.json")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
    }
}

#[test]
fn a_period_must_be_two_years_in_order() {
    for period in ["2023", "2024-2023", "2023-24", "deux ans", "2023–2024"] {
        let problems = problems_after(|plan| plan["period"] = json!(period));
        assert_one_problem(&problems, "period", "is not two years");
    }
    let plan = support::plan();
    assert_eq!(plan.years(), Some((2023, 2024)));
    assert!(!plan.period_over(2024));
    assert!(plan.period_over(2025));
}
