//! The reports' tables, built once: the page shows them and the CSV download writes them,
//! so a download always holds what the page showed (in the reader's language).

use super::text as t;
use super::RegionReport;
use crate::domain::kinds::{DeclineReason, OpeningKind, ProposalStatus, Sector, TargetGroup};
use crate::domain::reports::{percent, RetentionLine};
use crate::i18n::{Lang, T};

/// One value in a table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Count(i64),
    /// A figure with one decimal (months, days).
    Decimal(f64),
    /// Whole percents; `None` when there was nothing to divide by.
    Percent(Option<i64>),
    /// Whole euros.
    Euros(i64),
    /// No value (e.g. a median of nothing).
    Empty,
}

impl Cell {
    /// How the page shows the value.
    pub fn show(&self, lang: Lang) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Count(n) => n.to_string(),
            Cell::Decimal(x) => decimal(*x, lang == Lang::Nl),
            Cell::Percent(Some(p)) => format!("{p}%"),
            Cell::Percent(None) | Cell::Empty => "–".to_string(),
            Cell::Euros(n) => euros(*n, lang),
        }
    }

    /// How a CSV file holds the value: plain numbers (the column says the unit), decimals
    /// with a comma when the file is `;`-separated (as Dutch spreadsheets read them).
    pub fn csv(&self, decimal_comma: bool) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Count(n) | Cell::Euros(n) => n.to_string(),
            Cell::Decimal(x) => decimal(*x, decimal_comma),
            Cell::Percent(Some(p)) => p.to_string(),
            Cell::Percent(None) | Cell::Empty => String::new(),
        }
    }

    /// Right-aligned on the page.
    pub fn is_number(&self) -> bool {
        !matches!(self, Cell::Text(_))
    }
}

/// `x` with one decimal, a comma or a point before it.
fn decimal(x: f64, comma: bool) -> String {
    let text = format!("{x:.1}");
    if comma {
        text.replace('.', ",")
    } else {
        text
    }
}

/// Whole euros with thousands separated: `€ 12.345` in Dutch, `€12,345` in English.
pub fn euros(n: i64, lang: Lang) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = if lang == Lang::Nl { '.' } else { ',' };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(sep);
        }
        grouped.push(c);
    }
    let sign = if n < 0 { "-" } else { "" };
    match lang {
        Lang::Nl => format!("€ {sign}{grouped}"),
        Lang::En => format!("{sign}€{grouped}"),
    }
}

/// A table of a report: its key (in the download's address and file name), title, column
/// headings and rows; the first column names the row.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub key: &'static str,
    pub title: T,
    pub columns: Vec<T>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    fn new(key: &'static str, title: T, columns: Vec<T>) -> Table {
        Table {
            key,
            title,
            columns,
            rows: Vec::new(),
        }
    }

    fn row(mut self, cells: Vec<Cell>) -> Table {
        self.rows.push(cells);
        self
    }
}

/// A count table with each code shown by its label (unknown codes as they are).
fn counts(
    key: &'static str,
    title: T,
    heading: T,
    rows: &[(String, i64)],
    label: impl Fn(&str) -> String,
) -> Table {
    let mut table = Table::new(key, title, vec![heading, t::COL_PLACEMENTS]);
    table.rows = rows
        .iter()
        .map(|(code, n)| vec![Cell::Text(label(code)), Cell::Count(*n)])
        .collect();
    table
}

/// The retention table (region and employer alike).
pub fn retention_table(lines: &[RetentionLine], lang: Lang) -> Table {
    let mut table = Table::new(
        "behoud",
        t::RETENTION,
        vec![
            t::COL_AFTER,
            t::COL_DUE,
            t::COL_CONFIRMED,
            t::COL_STILL_WORKING,
            t::COL_RETAINED,
        ],
    );
    for r in lines {
        table = table.row(vec![
            Cell::Text(format!("{} {}", r.months, t::MONTHS_UNIT.get(lang))),
            Cell::Count(r.due),
            Cell::Count(r.confirmed),
            Cell::Count(r.still_working),
            Cell::Percent(r.percent),
        ]);
    }
    table
}

/// Every table of the region's report, in page order.
pub fn region_tables(r: &RegionReport, lang: Lang) -> Vec<Table> {
    let mut months = Table::new(
        "maanden",
        t::BY_MONTH,
        vec![
            t::COL_MONTH,
            t::COL_PLACEMENTS,
            t::COL_CUMULATIVE,
            t::COL_TARGET_LINE,
        ],
    );
    for m in &r.months {
        months = months.row(vec![
            Cell::Text(m.month.clone()),
            Cell::Count(m.placed),
            Cell::Count(m.cumulative),
            Cell::Count(m.target),
        ]);
    }
    let mut funnel = Table::new(
        "trechter",
        t::FUNNEL,
        vec![t::COL_STEP, t::COL_PROPOSALS, t::COL_CONVERSION],
    );
    for step in &r.funnel {
        funnel = funnel.row(vec![
            Cell::Text(ProposalStatus::label_of(&step.stage, lang)),
            Cell::Count(step.count),
            Cell::Percent(step.conversion),
        ]);
    }
    let median = |m: Option<f64>| m.map(Cell::Decimal).unwrap_or(Cell::Empty);
    let durations = Table::new(
        "doorlooptijd",
        t::DURATIONS,
        vec![t::COL_MEASURE, t::COL_MEDIAN_DAYS],
    )
    .row(vec![
        Cell::Text(t::TO_FIRST_PLACEMENT.get(lang).into()),
        median(r.median_days_to_first_placement),
    ])
    .row(vec![
        Cell::Text(t::TO_HIRE.get(lang).into()),
        median(r.median_days_to_hire),
    ]);
    let b = &r.buddies;
    let buddies = [
        (t::CHECKINS, b.checkins),
        (t::BUDDIES_ACTIVE, b.buddies_active),
        (t::PAIRINGS_RUNNING, b.pairings_running),
        (t::PAIRINGS_WITH_CHECKIN, b.pairings_with_checkin),
        (t::FLAGS_RAISED, b.flags_raised),
        (t::FLAGS_HANDLED, b.flags_handled),
    ]
    .into_iter()
    .fold(
        Table::new(
            "buddies",
            t::BUDDY_ACTIVITY,
            vec![t::COL_MEASURE, t::COL_NUMBER],
        ),
        |table, (label, n)| table.row(vec![Cell::Text(label.get(lang).into()), Cell::Count(n)]),
    );
    let mut sroi = Table::new("sroi", t::SROI, vec![t::COL_EMPLOYER, t::COL_SROI_EUROS]);
    for (employer, value) in &r.sroi_by_employer {
        sroi = sroi.row(vec![Cell::Text(employer.clone()), Cell::Euros(*value)]);
    }
    sroi = sroi.row(vec![
        Cell::Text(t::TOTAL.get(lang).into()),
        Cell::Euros(r.sroi_total),
    ]);
    let savings = Table::new("besparing", t::SAVINGS, vec![t::COL_MEASURE, t::COL_VALUE])
        .row(vec![
            Cell::Text(t::MONTHS_OFF.get(lang).into()),
            Cell::Decimal(r.savings.months),
        ])
        .row(vec![
            Cell::Text(t::MONTHLY_NORM.get(lang).into()),
            Cell::Euros(r.savings.norm),
        ])
        .row(vec![
            Cell::Text(t::SAVED_ESTIMATE.get(lang).into()),
            Cell::Euros(r.savings.euros),
        ]);
    vec![
        months,
        counts("soort", t::BY_KIND, t::COL_KIND, &r.by_kind, |c| {
            OpeningKind::label_of(c, lang)
        }),
        counts("doelgroep", t::BY_GROUP, t::COL_GROUP, &r.by_group, |c| {
            TargetGroup::label_of(c, lang)
        }),
        counts("sector", t::BY_SECTOR, t::COL_SECTOR, &r.by_sector, |c| {
            Sector::label_of(c, lang)
        }),
        counts(
            "gemeente",
            t::BY_MUNICIPALITY,
            t::COL_MUNICIPALITY,
            &r.by_municipality,
            str::to_string,
        ),
        funnel,
        {
            let mut declines = counts(
                "afwijzingen",
                t::DECLINE_REASONS,
                t::COL_REASON,
                &r.decline_reasons,
                |c| DeclineReason::label_of(c, lang),
            );
            declines.columns[1] = t::COL_PROPOSALS;
            declines
        },
        durations,
        retention_table(&r.retention, lang),
        buddies,
        sroi,
        savings,
    ]
    .into_iter()
    .chain(super::intake_tables::intake_tables(&r.intake, lang))
    .collect()
}

/// The share of the annual target reached, in percent.
pub fn target_reached(r: &RegionReport) -> Option<i64> {
    percent(r.placed, r.annual_target)
}
