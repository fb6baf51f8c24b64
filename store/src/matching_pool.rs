//! The candidate pool as matching reads it, held in memory.
//!
//! Ranking one opening reads every candidate's matching profile (23,500 people looking for
//! work at scale 50); reading them took 40–50 ms of the matching page's time, ranking 3 ms.
//! So each portal holds the profiles in memory and reads again only what changed: database
//! triggers (migration 0008) count every change to a candidate or a consent in
//! `pool_version` and note the candidate in `pool_changes`, whoever makes it — a form, a
//! job, the demo loader, or another instance on the same PostgreSQL. A request reads that
//! one number (cheap); when it moved, the candidates changed since are read again as plain
//! rows (the whole pool when more changed than `pool_changes` still holds, or at start).
//!
//! The version is read *before* the rows: a change committed in between leaves newer rows
//! under an older number, so the next request reads them again — never older rows under a
//! newer number.

use super::candidates::PoolFilter;
use super::Db;
use opstap_core::domain::ids::CandidateId;
use opstap_core::domain::kinds::{split_codes, DutchLevel, Motivation, Sector, TargetGroup};
use opstap_core::domain::matching::CandidateProfile;
use sqlx::Row;
use std::sync::Arc;

/// A candidate as matching reads them: the profile and what the list shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PoolEntry {
    pub id: CandidateId,
    pub first_name: String,
    pub last_name: String,
    pub status: String,
    pub consent: bool,
    pub profile: CandidateProfile,
}

/// The profiles of one database, with the version they were read at.
#[derive(Default)]
pub struct PoolCache {
    held: tokio::sync::Mutex<Option<(i64, Arc<Vec<PoolEntry>>)>>,
}

impl std::fmt::Debug for PoolCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PoolCache")
    }
}

impl PoolCache {
    /// Every candidate's entry, by id, as of now. Requests that find the pool changed wait
    /// for one reload between them rather than each reading it again.
    pub async fn entries(&self, db: &Db) -> Result<Arc<Vec<PoolEntry>>, sqlx::Error> {
        let version = version(db).await?;
        let mut held = self.held.lock().await;
        let started = std::time::Instant::now();
        let entries = match held.as_ref() {
            Some((at, entries)) if *at == version => return Ok(entries.clone()),
            Some((at, entries)) if *at < version => match changed_since(db, *at, version).await? {
                Some(changed) => Arc::new(merged(
                    entries,
                    &changed,
                    load(db, Some((*at, version))).await?,
                )),
                None => Arc::new(load(db, None).await?),
            },
            _ => Arc::new(load(db, None).await?),
        };
        tracing::debug!(
            version,
            candidates = entries.len(),
            ms = started.elapsed().as_millis() as u64,
            "matching pool brought up to date"
        );
        *held = Some((version, entries.clone()));
        Ok(entries)
    }
}

/// How often the pool has changed (see the module docs).
pub async fn version(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT version FROM pool_version WHERE id = 1")
        .fetch_one(db.pool())
        .await
}

/// More changes than this are read as the whole pool (as quick, and simpler).
const MOST_CHANGES_READ: i64 = 2_000;

/// The candidates changed after version `from` up to `to`, when `pool_changes` still holds
/// every one of those changes and they are not too many to read one by one.
async fn changed_since(
    db: &Db,
    from: i64,
    to: i64,
) -> Result<Option<std::collections::HashSet<CandidateId>>, sqlx::Error> {
    if to - from > MOST_CHANGES_READ {
        return Ok(None);
    }
    let ids: Vec<CandidateId> = sqlx::query_scalar(
        "SELECT candidate_id FROM pool_changes WHERE version > $1 AND version <= $2",
    )
    .bind(from)
    .bind(to)
    .fetch_all(db.pool())
    .await?;
    if ids.len() as i64 != to - from {
        return Ok(None);
    }
    Ok(Some(ids.into_iter().collect()))
}

/// `held` with the `changed` candidates replaced by their `fresh` rows (a candidate
/// changed but without a row was removed), by id.
fn merged(
    held: &[PoolEntry],
    changed: &std::collections::HashSet<CandidateId>,
    fresh: Vec<PoolEntry>,
) -> Vec<PoolEntry> {
    let mut entries: Vec<PoolEntry> = held
        .iter()
        .filter(|e| !changed.contains(&e.id))
        .cloned()
        .chain(fresh)
        .collect();
    entries.sort_unstable_by_key(|e| e.id);
    entries
}

/// The whole pool, or (`Some((from, to))`) the candidates changed in those versions.
async fn load(db: &Db, changes: Option<(i64, i64)>) -> Result<Vec<PoolEntry>, sqlx::Error> {
    let which = match changes {
        None => "",
        Some(_) => {
            "WHERE c.id IN (SELECT candidate_id FROM pool_changes WHERE version > $1 AND version <= $2)"
        }
    };
    let sql = format!(
        "SELECT c.id, c.status, c.first_name, c.last_name, c.municipality, c.postcode, c.birth_year, \
         c.dutch_level, c.driving_licence, c.hours_available, c.sectors_wanted, c.occupations_wanted, \
         c.target_groups, c.motivation, \
         CASE WHEN EXISTS (SELECT 1 FROM consents k WHERE k.candidate_id = c.id AND k.withdrawn_on IS NULL) \
         THEN 1 ELSE 0 END \
         FROM candidates c {which} ORDER BY c.id"
    );
    let mut query = sqlx::query(&sql);
    if let Some((from, to)) = changes {
        query = query.bind(from).bind(to);
    }
    let rows = query.fetch_all(db.pool()).await?;
    let mut entries = Vec::with_capacity(rows.len());
    for r in &rows {
        let id: CandidateId = r.try_get(0)?;
        let dutch: String = r.try_get(7)?;
        let Some(dutch_level) = DutchLevel::parse(&dutch) else {
            tracing::warn!(candidate = id.0, "profile could not be read for matching");
            continue;
        };
        let sectors: String = r.try_get(10)?;
        let groups: String = r.try_get(12)?;
        let motivation: String = r.try_get(13)?;
        entries.push(PoolEntry {
            id,
            status: r.try_get(1)?,
            first_name: r.try_get(2)?,
            last_name: r.try_get(3)?,
            consent: r.try_get::<i64, _>(14)? != 0,
            profile: CandidateProfile {
                municipality: r.try_get(4)?,
                postcode: r.try_get(5)?,
                birth_year: r.try_get(6)?,
                dutch_level,
                driving_licence: r.try_get::<i64, _>(8)? != 0,
                hours_available: r.try_get(9)?,
                sectors_wanted: split_codes(&sectors, Sector::parse),
                occupations_wanted: r.try_get(11)?,
                target_groups: split_codes(&groups, TargetGroup::parse),
                motivation: Motivation::parse(&motivation).unwrap_or(Motivation::Unknown),
            },
        });
    }
    Ok(entries)
}

/// Whether `entry` is one of the candidates `f` asks for, judged as the candidate list's
/// query judges it. `None` when `f` asks for what the entry does not hold (a name or a
/// consultant): then the database has to be asked.
pub fn admits(f: &PoolFilter, entry: &PoolEntry) -> Option<bool> {
    if !f.text.trim().is_empty() || f.consultant.is_some() {
        return None;
    }
    let municipality = f.municipality.trim();
    Some(
        (municipality.is_empty()
            || entry.profile.municipality.to_lowercase() == municipality.to_lowercase())
            && f.sector
                .is_none_or(|s| entry.profile.sectors_wanted.contains(&s))
            && f.group
                .is_none_or(|g| entry.profile.target_groups.contains(&g))
            && (f.statuses.is_empty() || f.statuses.iter().any(|s| s.as_str() == entry.status))
            && f.min_hours
                .is_none_or(|h| entry.profile.hours_available >= h)
            && (!f.only_with_consent || entry.consent),
    )
}

/// The candidates `f` asks for, from memory (see the module docs), by id.
pub async fn pool(db: &Db, f: &PoolFilter) -> Result<Vec<PoolEntry>, sqlx::Error> {
    let all = db.matching_pool().entries(db).await?;
    let chosen = select(db, f, &all).await?;
    Ok(chosen.into_iter().map(|i| all[i].clone()).collect())
}

/// The positions in `all` of the candidates `f` asks for.
pub async fn select(db: &Db, f: &PoolFilter, all: &[PoolEntry]) -> Result<Vec<usize>, sqlx::Error> {
    let mut chosen = Vec::new();
    let mut asked: Option<std::collections::HashSet<CandidateId>> = None;
    for (i, entry) in all.iter().enumerate() {
        let admitted = match admits(f, entry) {
            Some(admitted) => admitted,
            None => {
                if asked.is_none() {
                    asked = Some(super::candidates::ids(db, f).await?.into_iter().collect());
                }
                asked.as_ref().is_some_and(|ids| ids.contains(&entry.id))
            }
        };
        if admitted {
            chosen.push(i);
        }
    }
    Ok(chosen)
}

/// Forgets the changes older than the last `keep` (housekeeping): a portal further behind
/// reads the whole pool.
pub async fn forget_old_changes(db: &Db, keep: i64) -> Result<u64, sqlx::Error> {
    let mut tx = db.write().await?;
    let done = sqlx::query(
        "DELETE FROM pool_changes WHERE version <= (SELECT version FROM pool_version WHERE id = 1) - $1",
    )
    .bind(keep)
    .execute(&mut **tx)
    .await?;
    tx.commit().await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;
    use opstap_core::domain::kinds::CandidateStatus;

    fn entry() -> PoolEntry {
        PoolEntry {
            id: CandidateId(1),
            first_name: "Anna".into(),
            last_name: "de Vries".into(),
            status: "active".into(),
            consent: false,
            profile: CandidateProfile {
                municipality: "Tiel".into(),
                postcode: "4001 AB".into(),
                birth_year: 1970,
                dutch_level: DutchLevel::parse("B1").expect("level"),
                driving_licence: false,
                hours_available: 24,
                sectors_wanted: vec![Sector::parse("greenery").expect("sector")],
                occupations_wanted: "hovenier".into(),
                target_groups: vec![],
                motivation: Motivation::Unknown,
            },
        }
    }

    #[test]
    fn changed_candidates_are_replaced_and_removed_ones_go() {
        let one = entry();
        let two = PoolEntry {
            id: CandidateId(2),
            ..entry()
        };
        let three = PoolEntry {
            id: CandidateId(3),
            ..entry()
        };
        let two_now = PoolEntry {
            status: "exited".into(),
            ..two.clone()
        };
        let four = PoolEntry {
            id: CandidateId(4),
            ..entry()
        };
        let changed = [2, 3, 4].into_iter().map(CandidateId).collect();
        let merged = merged(
            &[one.clone(), two, three],
            &changed,
            vec![four.clone(), two_now.clone()],
        );
        assert_eq!(merged, vec![one, two_now, four]);
    }

    #[test]
    fn the_filter_is_judged_as_the_database_judges_it() {
        let e = entry();
        let all = PoolFilter::default();
        assert_eq!(admits(&all, &e), Some(true));
        let tiel = PoolFilter {
            municipality: " tiel ".into(),
            ..PoolFilter::default()
        };
        assert_eq!(admits(&tiel, &e), Some(true));
        let culemborg = PoolFilter {
            municipality: "Culemborg".into(),
            ..PoolFilter::default()
        };
        assert_eq!(admits(&culemborg, &e), Some(false));
        let care = PoolFilter {
            sector: Sector::parse("care"),
            ..PoolFilter::default()
        };
        assert_eq!(admits(&care, &e), Some(false));
        let looking = PoolFilter {
            statuses: vec![CandidateStatus::Active, CandidateStatus::Proposed],
            min_hours: Some(24),
            ..PoolFilter::default()
        };
        assert_eq!(admits(&looking, &e), Some(true));
        let more_hours = PoolFilter {
            min_hours: Some(25),
            ..PoolFilter::default()
        };
        assert_eq!(admits(&more_hours, &e), Some(false));
        let consent = PoolFilter {
            only_with_consent: true,
            ..PoolFilter::default()
        };
        assert_eq!(admits(&consent, &e), Some(false));
        let by_name = PoolFilter {
            text: "anna".into(),
            ..PoolFilter::default()
        };
        assert_eq!(
            admits(&by_name, &e),
            None,
            "names are asked of the database"
        );
    }
}
