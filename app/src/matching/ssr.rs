//! Server side of matching: takes the pool's matching profiles from memory
//! (`store::matching_pool`), ranks them by score only, and words the reasons for the lines
//! shown. Desk staff only.

use super::{CandidateMatches, MatchLine, MatchQuery, OpeningMatch, OpeningMatches, SHOWN};
use crate::request::Cx;

use crate::domain::kinds::{CandidateStatus, OpeningStatus, Sector, TargetGroup};
use crate::domain::matching::{fit, rank, Matcher};
use crate::domain::Role;
use crate::error::AppError;
use crate::openings::OpeningRow;
use crate::store::candidates::{self, PoolFilter};
use crate::store::matching_pool::{self, PoolEntry};
use crate::store::{openings, proposals, Db};

/// The filter a matching query asks for: by default the candidates who are looking
/// (active, or already proposed elsewhere).
pub fn filter_of(q: &MatchQuery) -> PoolFilter {
    PoolFilter {
        municipality: q.municipality.trim().to_string(),
        sector: Sector::parse(q.sector.trim()),
        group: TargetGroup::parse(q.group.trim()),
        statuses: vec![CandidateStatus::Active, CandidateStatus::Proposed],
        min_hours: q.min_hours.trim().parse().ok(),
        only_with_consent: q.consent.trim() == "1",
        ..PoolFilter::default()
    }
}

/// Ranks `pool` for `opening` and keeps the best `shown`, with reasons in words. Pure
/// apart from its inputs: the benchmark times exactly this and the pool query.
pub fn best(
    pool: &[&PoolEntry],
    opening: &OpeningRow,
    shown: usize,
) -> Vec<(usize, i64, crate::domain::matching::Fit)> {
    let matcher = Matcher::new(&opening.content);
    let ranked = rank(
        pool.iter().enumerate().map(|(i, e)| (i, &e.profile)),
        &matcher,
    );
    ranked
        .into_iter()
        .take(shown)
        .map(|(i, score)| (i, score, matcher.fit(&pool[i].profile)))
        .collect()
}

/// The whole ranking for one opening: the query and the ranking (what the page and the
/// benchmark run).
pub async fn rank_for_opening(
    db: &Db,
    opening: &OpeningRow,
    filter: &PoolFilter,
) -> Result<(i64, Vec<MatchLine>), sqlx::Error> {
    let all = db.matching_pool().entries(db).await?;
    let chosen = matching_pool::select(db, filter, &all).await?;
    let pool: Vec<&PoolEntry> = chosen.iter().map(|&i| &all[i]).collect();
    let already = proposals::candidates_of_opening(db, opening.id).await?;
    let lines = best(&pool, opening, SHOWN)
        .into_iter()
        .map(|(i, score, fit)| {
            let e = pool[i];
            MatchLine {
                id: e.id.0,
                name: format!("{} {}", e.first_name, e.last_name),
                status: e.status.clone(),
                consent: e.consent,
                already_proposed: already.contains(&e.id),
                score,
                reasons: fit.reasons,
            }
        })
        .collect();
    Ok((pool.len() as i64, lines))
}

pub async fn for_opening(
    cx: Cx,
    id: crate::domain::ids::OpeningId,
    q: MatchQuery,
) -> Result<OpeningMatches, AppError> {
    let user = cx.require(&[Role::Desk, Role::Admin])?;
    let db = cx.db();
    let opening = openings::find(db, id).await?.ok_or(AppError::NotFound)?;
    let started = std::time::Instant::now();
    let (considered, lines) = rank_for_opening(db, &opening, &filter_of(&q)).await?;
    tracing::info!(
        opening = %id,
        by = user.id,
        considered,
        ms = started.elapsed().as_millis() as u64,
        "candidates ranked"
    );
    Ok(OpeningMatches {
        opening_id: id.0,
        published: opening.status == OpeningStatus::Published,
        title: opening.content.title,
        employer: opening.employer_name,
        considered,
        lines,
        municipalities: candidates::municipalities(db).await?,
    })
}

pub async fn for_candidate(
    cx: Cx,
    id: crate::domain::ids::CandidateId,
) -> Result<CandidateMatches, AppError> {
    cx.require(&[Role::Desk, Role::Admin])?;
    let db = cx.db();
    let c = candidates::find(db, id).await?.ok_or(AppError::NotFound)?;
    let profile = c.content.profile();
    let consent = candidates::consent_in_force(db.pool(), id).await?.is_some();
    let proposed: Vec<crate::domain::ids::OpeningId> = candidates::proposals(db, id)
        .await?
        .into_iter()
        .map(|p| p.opening_id)
        .collect();
    let published = openings::with_status(db, OpeningStatus::Published).await?;
    let mut scored: Vec<(i64, &OpeningRow)> = published
        .iter()
        .map(|o| (Matcher::new(&o.content).score(&profile), o))
        .collect();
    scored.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
    let lines = scored
        .into_iter()
        .take(SHOWN)
        .map(|(score, o)| OpeningMatch {
            opening_id: o.id.0,
            title: o.content.title.clone(),
            employer: o.employer_name.clone(),
            municipality: o.content.municipality.clone(),
            score,
            reasons: fit(&profile, &o.content).reasons,
            proposed: proposed.contains(&o.id),
        })
        .collect();
    Ok(CandidateMatches {
        candidate_id: id.0,
        name: c.content.full_name(),
        consent,
        lines,
    })
}
