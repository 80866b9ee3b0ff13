//! A plan as CSV files.

use super::{
    dictionary, field_row, field_value, list_word, section_word, ABBREVIATIONS, AXES, FUND,
    INTRODUCTION, ITEMS, PARTNERS, PLAN_FIELDS, PLAN_TABLE, README_NAME, SECTIONS_TABLE,
};
use crate::open_data::{write_csv, OpenDataFile};
use crate::plan::{AbbreviationList, PartnerKind, Plan, SectionName};

/// Every file of the plan as spreadsheets, and the dictionary that describes them.
pub fn write_plan(plan: &Plan) -> Vec<OpenDataFile> {
    let text = |t: &str| t.to_owned();
    let optional = |t: Option<&crate::plan::Text>| t.map(|t| t.to_string()).unwrap_or_default();

    let plan_rows = PLAN_FIELDS
        .into_iter()
        .filter_map(|field| {
            let row = field_row(field)?;
            Some(vec![text(row.name), field_value(plan, field)?.to_string()])
        })
        .collect();

    let introduction_rows = plan
        .introduction
        .iter()
        .enumerate()
        .map(|(i, p)| vec![(i + 1).to_string(), p.to_string()])
        .collect();

    let heading = |name: &str, heading: &str, intro: Option<&crate::plan::Text>| {
        vec![text(name), text(heading), optional(intro)]
    };
    let section_rows = SectionName::ALL
        .into_iter()
        .map(|section| {
            let name = section_word(section);
            match section.commitments(plan) {
                Some(s) => heading(name, &s.heading, s.introduction.as_ref()),
                None if section == SectionName::Realities => heading(
                    name,
                    &plan.realities.heading,
                    plan.realities.introduction.as_ref(),
                ),
                None => heading(
                    name,
                    &plan.strategies.heading,
                    plan.strategies.introduction.as_ref(),
                ),
            }
        })
        .collect();

    let axis_rows = plan
        .axes
        .iter()
        .map(|a| vec![a.number.to_string(), a.name.to_string()])
        .collect();

    let partner_rows = plan
        .partners
        .iter()
        .map(|p| {
            vec![
                p.id.to_string(),
                p.short_name.to_string(),
                p.full_name.to_string(),
                optional(p.full_name_source.as_ref()),
                text(match p.kind {
                    PartnerKind::Organisation => "organisation",
                    PartnerKind::CityUnit => "unite-ville",
                }),
            ]
        })
        .collect();

    let mut item_rows = Vec::new();
    for section in SectionName::ALL {
        let name = section_word(section);
        let row = |number: u32, id: &str, title: &str, body: &str| {
            vec![
                text(name),
                number.to_string(),
                text(id),
                text(title),
                text(body),
                String::new(),
                String::new(),
                String::new(),
            ]
        };
        match section {
            SectionName::Realities => item_rows.extend(
                plan.realities
                    .items
                    .iter()
                    .map(|r| row(r.number, &r.id, &r.reality, &r.impact)),
            ),
            SectionName::Strategies => item_rows.extend(
                plan.strategies
                    .items
                    .iter()
                    .map(|s| row(s.number, &s.id, &s.title, &s.description)),
            ),
            SectionName::Priorities
            | SectionName::MunicipalPrograms
            | SectionName::OtherMunicipalPlans => item_rows.extend(
                section
                    .commitments(plan)
                    .into_iter()
                    .flat_map(|s| s.items.iter())
                    .map(|c| {
                        let mut cells = row(c.number, &c.id, &c.title, &c.objective);
                        cells[5] = c.axis.to_string();
                        cells[6] = c
                            .partners
                            .iter()
                            .map(|p| p.as_str())
                            .collect::<Vec<_>>()
                            .join(" ; ");
                        cells
                    }),
            ),
        }
    }
    let fund = &plan.fund;
    item_rows.push(vec![
        text(FUND),
        String::new(),
        fund.id.to_string(),
        fund.heading.to_string(),
        fund.text.to_string(),
        String::new(),
        String::new(),
        fund.amount_per_year.to_string(),
    ]);

    let abbreviation_rows = AbbreviationList::ALL
        .into_iter()
        .flat_map(|list| {
            list.of(plan).iter().map(move |a| {
                vec![
                    list_word(list).to_owned(),
                    a.abbreviation.to_string(),
                    a.expansion.to_string(),
                    optional(a.source.as_ref()),
                ]
            })
        })
        .collect();

    let file = |table: &crate::open_data::Table, rows| OpenDataFile {
        name: table.name.to_owned(),
        body: write_csv(table, rows),
    };
    vec![
        file(&PLAN_TABLE, plan_rows),
        file(&INTRODUCTION, introduction_rows),
        file(&SECTIONS_TABLE, section_rows),
        file(&AXES, axis_rows),
        file(&PARTNERS, partner_rows),
        file(&ITEMS, item_rows),
        file(&ABBREVIATIONS, abbreviation_rows),
        OpenDataFile {
            name: README_NAME.to_owned(),
            body: dictionary().into_bytes(),
        },
    ]
}
