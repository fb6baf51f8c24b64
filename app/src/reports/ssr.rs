//! Server side of the reports: reads the rows for the period and works out the figures.

use super::{EmployerPlacement, EmployerResults, RegionReport};
use crate::request::Cx;

use crate::domain::candidates::short_name;
use crate::domain::dates::{civil_from_days, day_of, parse_iso_date};
use crate::domain::intake::ladder::{distribution, Movement};
use crate::domain::intake::report::{self as intake_figures, IntakeReport};
use crate::domain::kinds::{split_codes, BenefitExit, TargetGroup};
use crate::domain::reports::{self as figures, BuddyActivity, OffBenefits, Period};
use crate::domain::Role;
use crate::error::AppError;
use crate::store::reports::PlacementDimension as Dimension;
use crate::store::{reports, settings, Db};

/// The sum of the admin's annual targets per kind.
pub async fn annual_target(db: &Db) -> Result<i64, sqlx::Error> {
    let mut total = 0;
    for target in crate::domain::settings::TARGETS {
        total += settings::number(db, target.key, target.default).await?;
    }
    Ok(total)
}

pub async fn monthly_norm(db: &Db) -> Result<i64, sqlx::Error> {
    let norm = crate::domain::settings::MONTHLY_NORM;
    settings::number(db, norm.key, norm.default).await
}

/// Who may read the region's report.
const READERS: &[Role] = &[Role::Desk, Role::Admin];

/// The region's report for the period and municipality as typed (checked here); desk
/// staff and admins only. The page's server function and the CSV download both ask here.
pub async fn region(
    cx: Cx,
    van: &str,
    tot: &str,
    gemeente: &str,
) -> Result<RegionReport, AppError> {
    cx.require(READERS)?;
    let period = Period::parse(van, tot, day_of(cx.now()))?;
    let municipality = Some(gemeente.trim()).filter(|g| !g.is_empty());
    compute(cx.db(), &period, municipality, day_of(cx.now())).await
}

/// The employer user's own results: their organisation's placements that started in the
/// period, its retention checkpoints that fell in it, and the social-return total. The
/// employer comes from the session, never from the request. Employer users only; the page
/// and the CSV download both ask here.
pub async fn employer_results(cx: Cx, van: &str, tot: &str) -> Result<EmployerResults, AppError> {
    let user = cx.require(&[Role::Employer])?;
    let db = cx.db();
    let employer_id = user.employer_id.ok_or(AppError::Forbidden)?;
    let today = day_of(cx.now());
    let period = Period::parse(van, tot, today)?;
    let placements: Vec<EmployerPlacement> = reports::employer_placements(db, employer_id, &period)
        .await?
        .into_iter()
        .map(|p| EmployerPlacement {
            name: short_name(&p.first_name, &p.last_name),
            opening: p.opening,
            kind: p.kind,
            start_date: p.start_date,
            outcome: p.outcome,
            sroi_value: p.sroi_value,
        })
        .collect();
    Ok(EmployerResults {
        employer_name: user.employer_name.clone().unwrap_or_default(),
        from: period.from_iso(),
        to: period.to_iso(),
        this_year: civil_from_days(today).0,
        sroi_total: placements.iter().map(|p| p.sroi_value).sum(),
        placements,
        retention: figures::retention(&expand(
            reports::employer_checkpoints_due(db, employer_id, &period)
                .await?
                .into_iter()
                .map(|(months, answer, n)| ((months, answer), n)),
        )),
        working_now: crate::store::overview::employer_current_placements(db, employer_id).await?,
    })
}

/// Every figure for `period` (and `municipality`), from the database as it is, on `today`
/// (a day number: the year of the quick links, the days campaigns have left).
pub async fn compute(
    db: &Db,
    period: &Period,
    municipality: Option<&str>,
    today: i64,
) -> Result<RegionReport, AppError> {
    // The reads are independent: run them at once (each on its own connection), which
    // halves the page's time on two cores.
    let m = municipality;
    let (
        started,
        annual_target,
        monthly_norm,
        histories,
        first,
        working,
        checkins,
        hires,
        checkpoints,
        pairings_running,
        municipalities,
        (campaigns, outcome_rows, ladder_steps, measured),
    ) = tokio::try_join!(
        reports::placement_groups(db, period, m),
        annual_target(db),
        monthly_norm(db),
        reports::proposal_histories(db, period, m),
        reports::first_placements(db, period, m),
        reports::working_in(db, period, m),
        reports::checkins_held(db, period, m),
        reports::days_to_hire(db, period, m),
        reports::checkpoints_due(db, period, m),
        reports::pairings_running(db, period, m),
        reports::municipalities(db),
        intake_reads(db, period, m.unwrap_or("")),
    )?;
    // The placements' groups, one dimension at a time, each group `count` times.
    let by = |dimension: Dimension| {
        expand(
            started
                .iter()
                .filter(move |g| g.dimension == dimension)
                .map(|g| (g.key.clone(), g.count)),
        )
    };
    let starts: Vec<i64> = by(Dimension::Day)
        .iter()
        .filter_map(|day| parse_iso_date(day))
        .collect();
    let working: Vec<OffBenefits> =
        expand(working.into_iter().filter_map(|(start, ended, exit, n)| {
            Some((
                OffBenefits {
                    start: parse_iso_date(&start)?,
                    ended: ended.as_deref().and_then(parse_iso_date),
                    exit: BenefitExit::parse(&exit)?,
                },
                n,
            ))
        }));
    let mut sroi_by_employer: Vec<(String, i64)> = started
        .iter()
        .filter(|g| g.dimension == Dimension::Employer && g.sroi_value > 0)
        .map(|g| (g.key.clone(), g.sroi_value))
        .collect();
    sroi_by_employer.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(RegionReport {
        from: period.from_iso(),
        to: period.to_iso(),
        municipality: municipality.map(str::to_string),
        municipalities,
        this_year: civil_from_days(today).0,
        annual_target,
        placed: starts.len() as i64,
        months: figures::against_target(&starts, period, annual_target),
        by_kind: figures::count_by(by(Dimension::Kind)),
        by_group: figures::count_by(by(Dimension::TargetGroups).iter().flat_map(|codes| {
            split_codes(codes, TargetGroup::parse)
                .into_iter()
                .map(|g| g.as_str().to_string())
        })),
        by_sector: figures::count_by(by(Dimension::Sector)),
        by_municipality: figures::count_by(by(Dimension::Municipality)),
        funnel: figures::funnel(&expand(histories.iter().map(|h| (h.0.clone(), h.2)))),
        decline_reasons: figures::count_by(expand(
            histories.iter().filter_map(|h| Some((h.1.clone()?, h.2))),
        )),
        median_days_to_first_placement: figures::median(&expand(first)),
        median_days_to_hire: figures::median(&expand(hires)),
        retention: figures::retention(&expand(
            checkpoints
                .into_iter()
                .map(|(months, answer, n)| ((months, answer), n)),
        )),
        buddies: BuddyActivity {
            checkins: checkins.checkins,
            buddies_active: checkins.buddies,
            pairings_running,
            pairings_with_checkin: checkins.pairings,
            flags_raised: checkins.flags_raised,
            flags_handled: checkins.flags_handled,
        },
        sroi_total: sroi_by_employer.iter().map(|s| s.1).sum(),
        sroi_by_employer,
        savings: figures::savings(&working, period, monthly_norm),
        intake: IntakeReport {
            campaigns,
            today: crate::domain::dates::iso_date(today),
            by_municipality: intake_figures::by_municipality(&outcome_rows),
            by_group: intake_figures::by_group(&outcome_rows),
            ladder: distribution(expand(ladder_steps)),
            movement: Movement::from_pairs(&measured),
        },
    })
}

/// The intake report's rows: campaigns, invitation outcomes and the ladder.
async fn intake_reads(
    db: &Db,
    period: &Period,
    municipality: &str,
) -> Result<
    (
        Vec<crate::wire::campaigns::CampaignLine>,
        Vec<intake_figures::OutcomeRow>,
        Vec<(i64, i64)>,
        Vec<(i64, i64, i64)>,
    ),
    sqlx::Error,
> {
    let (from, to) = (period.from_iso(), period.to_iso());
    tokio::try_join!(
        crate::store::campaigns::progress(db, &from, &to, municipality),
        crate::store::campaigns::outcome_rows(db, &from, &to, municipality),
        crate::store::intakes::latest_steps(db, &to, municipality),
        crate::store::intakes::movement_pairs(db, &from, &to, municipality),
    )
}

/// Rows the database grouped, `(row, how many)`, one by one again for the figures.
fn expand<T: Clone>(groups: impl IntoIterator<Item = (T, i64)>) -> Vec<T> {
    groups
        .into_iter()
        .flat_map(|(row, n)| std::iter::repeat_n(row, n.max(0) as usize))
        .collect()
}
