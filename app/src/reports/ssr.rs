//! Server side of the reports: reads the rows for the period and works out the figures.

use super::RegionReport;
use crate::auth::ssr::{app_state, require_role};
use crate::domain::dates::{day_of, parse_iso_date};
use crate::domain::kinds::{split_codes, BenefitExit, OpeningKind, TargetGroup};
use crate::domain::reports::{self as figures, OffBenefits, Period};
use crate::domain::Role;
use crate::error::AppError;
use crate::store::{now, reports, settings, Db};

/// The sum of the admin's annual targets per kind.
pub async fn annual_target(db: &Db) -> Result<i64, sqlx::Error> {
    let mut total = 0;
    for kind in OpeningKind::ALL {
        total += settings::number(
            db,
            &format!("target_{}", kind.as_str()),
            figures::default_target(*kind),
        )
        .await?;
    }
    Ok(total)
}

pub async fn monthly_norm(db: &Db) -> Result<i64, sqlx::Error> {
    settings::number(db, "monthly_norm_euros", figures::DEFAULT_MONTHLY_NORM).await
}

pub async fn region(van: String, tot: String, gemeente: String) -> Result<RegionReport, AppError> {
    require_role(&[Role::Desk, Role::Admin])?;
    let db = app_state()?.db;
    let period = Period::parse(&van, &tot, day_of(now()))?;
    let municipality = Some(gemeente.trim()).filter(|g| !g.is_empty());
    compute(&db, &period, municipality).await
}

/// Every figure for `period` (and `municipality`), from the database as it is.
pub async fn compute(
    db: &Db,
    period: &Period,
    municipality: Option<&str>,
) -> Result<RegionReport, AppError> {
    let started = reports::placements_started(db, period, municipality).await?;
    let starts: Vec<i64> = started
        .iter()
        .filter_map(|p| parse_iso_date(&p.start_date))
        .collect();
    let annual_target = annual_target(db).await?;
    let histories = reports::proposal_histories(db, period, municipality).await?;
    let first: Vec<i64> = reports::first_placements(db, period, municipality)
        .await?
        .iter()
        .filter_map(|(registered, start)| {
            Some(parse_iso_date(start)? - parse_iso_date(registered)?)
        })
        .collect();
    let working: Vec<OffBenefits> = reports::working_in(db, period, municipality)
        .await?
        .iter()
        .filter_map(|(start, ended, exit)| {
            Some(OffBenefits {
                start: parse_iso_date(start)?,
                ended: ended.as_deref().and_then(parse_iso_date),
                exit: BenefitExit::parse(exit)?,
            })
        })
        .collect();
    let checkins: Vec<(i64, i64, bool, bool)> = reports::checkins_held(db, period, municipality)
        .await?
        .into_iter()
        .map(|(_, buddy, pairing, attention, handled)| (buddy, pairing, attention, handled))
        .collect();
    let mut sroi = std::collections::BTreeMap::<String, i64>::new();
    for p in &started {
        *sroi.entry(p.employer.clone()).or_insert(0) += p.sroi_value;
    }
    let mut sroi_by_employer: Vec<(String, i64)> = sroi.into_iter().filter(|s| s.1 > 0).collect();
    sroi_by_employer.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(RegionReport {
        from: period.from_iso(),
        to: period.to_iso(),
        municipality: municipality.map(str::to_string),
        municipalities: reports::municipalities(db).await?,
        annual_target,
        placed: started.len() as i64,
        months: figures::against_target(&starts, period, annual_target),
        by_kind: figures::count_by(started.iter().map(|p| p.kind.clone())),
        by_group: figures::count_by(started.iter().flat_map(|p| {
            split_codes(&p.target_groups, TargetGroup::parse)
                .into_iter()
                .map(|g| g.as_str().to_string())
        })),
        by_sector: figures::count_by(started.iter().map(|p| p.sector.clone())),
        by_municipality: figures::count_by(started.iter().map(|p| p.municipality.clone())),
        funnel: figures::funnel(&histories.iter().map(|h| h.0.clone()).collect::<Vec<_>>()),
        decline_reasons: figures::count_by(histories.iter().filter_map(|h| h.1.clone())),
        median_days_to_first_placement: figures::median(&first),
        median_days_to_hire: figures::median(
            &reports::days_to_hire(db, period, municipality).await?,
        ),
        retention: figures::retention(&reports::checkpoints_due(db, period, municipality).await?),
        buddies: figures::buddy_activity(
            &checkins,
            reports::pairings_running(db, period, municipality).await?,
        ),
        sroi_total: sroi_by_employer.iter().map(|s| s.1).sum(),
        sroi_by_employer,
        savings: figures::savings(&working, period, monthly_norm(db).await?),
    })
}
