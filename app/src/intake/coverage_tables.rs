//! A campaign's coverage as report tables (`reports::tables::Table`): by municipality and
//! by target group, a column per state. The page shows them and the CSV downloads
//! (`/balie/intake/campagnes/{id}/csv/{table}`) are made from the same tables.

use super::text as t;
use crate::domain::campaigns::coverage::{Coverage, StateCounts};
use crate::domain::campaigns::CoverageState;
use crate::i18n::{msg, Lang};
use crate::reports::tables::{Cell, Table};

fn columns(first: crate::i18n::T) -> Vec<crate::i18n::T> {
    let mut c = vec![first];
    c.extend(CoverageState::ALL.iter().map(|s| s.label()));
    c.push(t::COL_TOTAL);
    c
}

fn row(label: String, counts: &StateCounts) -> Vec<Cell> {
    let mut r = vec![Cell::Text(label)];
    r.extend(
        CoverageState::ALL
            .iter()
            .map(|s| Cell::Count(counts.get(*s))),
    );
    r.push(Cell::Count(counts.total()));
    r
}

/// The tables `gemeente` and `doelgroep`, each ending with the campaign's total.
pub fn coverage_tables(c: &Coverage, lang: Lang) -> Vec<Table> {
    let total = || row(t::COL_TOTAL.get(lang).to_string(), &c.total);
    let mut places: Vec<Vec<Cell>> = c
        .by_municipality
        .iter()
        .map(|(m, n)| row(m.clone(), n))
        .collect();
    places.push(total());
    let groups: Vec<Vec<Cell>> = c
        .by_group
        .iter()
        .map(|(g, n)| row(g.label().get(lang).to_string(), n))
        .collect();
    vec![
        Table {
            key: "gemeente",
            title: t::BY_MUNICIPALITY,
            columns: columns(msg::COL_MUNICIPALITY),
            rows: places,
        },
        Table {
            key: "doelgroep",
            title: t::BY_GROUP,
            columns: columns(t::FIELD_GROUP),
            rows: groups,
        },
    ]
}
