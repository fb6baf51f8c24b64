//! The intake part of the region's report as tables (issue #19): conversations held
//! against each campaign's target, invitation outcomes by municipality and by target
//! group, and the participation ladder — where people stand and how they moved. The page
//! and the CSV downloads use these same tables.

use super::tables::{Cell, Table};
use super::text as t;
use crate::domain::dates::parse_iso_date;
use crate::domain::intake::ladder::step_label;
use crate::domain::intake::report::{IntakeReport, OutcomeCounts};
use crate::domain::reports::percent;
use crate::i18n::{Lang, T};

fn outcome_columns(first: T) -> Vec<T> {
    vec![
        first,
        t::COL_HELD,
        t::COL_MOVED,
        t::COL_NO_SHOW,
        t::COL_EXEMPTED,
        t::COL_PLANNED,
        t::TOTAL,
    ]
}

fn outcome_row(label: String, c: &OutcomeCounts) -> Vec<Cell> {
    vec![
        Cell::Text(label),
        Cell::Count(c.held),
        Cell::Count(c.moved),
        Cell::Count(c.no_show),
        Cell::Count(c.exempted),
        Cell::Count(c.planned),
        Cell::Count(c.total()),
    ]
}

const TO_STEP: [T; 6] = [
    t::TO_STEP_1,
    t::TO_STEP_2,
    t::TO_STEP_3,
    t::TO_STEP_4,
    t::TO_STEP_5,
    t::TO_STEP_6,
];

/// The intake tables, in page order.
pub fn intake_tables(r: &IntakeReport, lang: Lang) -> Vec<Table> {
    let today = parse_iso_date(&r.today);
    let campaigns = Table {
        key: "intake-campagnes",
        title: t::INTAKE_CAMPAIGNS,
        columns: vec![
            t::COL_CAMPAIGN,
            t::COL_HELD,
            t::COL_TARGET,
            t::COL_OF_TARGET,
            t::COL_MEMBERS,
            t::COL_DAYS_LEFT,
        ],
        rows: r
            .campaigns
            .iter()
            .map(|c| {
                let left = match (parse_iso_date(&c.ends_on), today) {
                    (Some(end), Some(today)) => Cell::Count((end - today).max(0)),
                    _ => Cell::Empty,
                };
                vec![
                    Cell::Text(c.name.clone()),
                    Cell::Count(c.seen),
                    Cell::Count(c.target),
                    Cell::Percent(percent(c.seen, c.target)),
                    Cell::Count(c.members),
                    left,
                ]
            })
            .collect(),
    };
    let mut places: Vec<Vec<Cell>> = r
        .by_municipality
        .iter()
        .map(|(m, c)| outcome_row(m.clone(), c))
        .collect();
    let mut total = OutcomeCounts::default();
    for (_, c) in &r.by_municipality {
        total.held += c.held;
        total.moved += c.moved;
        total.no_show += c.no_show;
        total.exempted += c.exempted;
        total.planned += c.planned;
    }
    places.push(outcome_row(t::TOTAL.get(lang).to_string(), &total));
    let by_municipality = Table {
        key: "intake-gemeente",
        title: t::INTAKE_BY_MUNICIPALITY,
        columns: outcome_columns(t::COL_MUNICIPALITY),
        rows: places,
    };
    let by_group = Table {
        key: "intake-doelgroep",
        title: t::INTAKE_BY_GROUP,
        columns: outcome_columns(t::COL_GROUP),
        rows: r
            .by_group
            .iter()
            .map(|(g, c)| outcome_row(g.label().get(lang).to_string(), c))
            .collect(),
    };
    let ladder = Table {
        key: "trede",
        title: t::LADDER_DISTRIBUTION,
        columns: vec![t::COL_LADDER_STEP, t::COL_PEOPLE],
        rows: (1..=6)
            .map(|step| {
                vec![
                    Cell::Text(step_label(step).get(lang).to_string()),
                    Cell::Count(r.ladder[(step - 1) as usize]),
                ]
            })
            .collect(),
    };
    let m = &r.movement;
    let direction = Table {
        key: "trede-richting",
        title: t::LADDER_DIRECTION,
        columns: vec![t::COL_DIRECTION, t::COL_PEOPLE],
        rows: vec![
            vec![Cell::Text(t::MOVED_UP.get(lang).into()), Cell::Count(m.up)],
            vec![Cell::Text(t::STAYED.get(lang).into()), Cell::Count(m.same)],
            vec![
                Cell::Text(t::MOVED_DOWN.get(lang).into()),
                Cell::Count(m.down),
            ],
        ],
    };
    let mut columns = vec![t::COL_FROM_STEP];
    columns.extend(TO_STEP);
    let matrix = Table {
        key: "trede-beweging",
        title: t::LADDER_MOVEMENT,
        columns,
        rows: (0..6)
            .map(|from| {
                let mut row = vec![Cell::Text(
                    step_label(from as i64 + 1).get(lang).to_string(),
                )];
                row.extend(m.from_to[from].iter().map(|n| Cell::Count(*n)));
                row
            })
            .collect(),
    };
    vec![
        campaigns,
        by_municipality,
        by_group,
        ladder,
        direction,
        matrix,
    ]
}
