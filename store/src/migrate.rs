//! Schema migrations: plain SQL files under `migrations/{sqlite,postgres}/`, embedded in the
//! binary and applied in order at start-up. Each applied file is recorded with a checksum;
//! a file edited after it was applied stops the server, because migrations that landed are
//! never edited (add a new one instead).

use crate::{Backend, Db};
use sha2::{Digest, Sha256};
use sqlx::Row;

/// One migration in both dialects.
pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sqlite: &'static str,
    pub postgres: &'static str,
}

/// Every migration, oldest first.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "initial",
        sqlite: include_str!("../../migrations/sqlite/0001_initial.sql"),
        postgres: include_str!("../../migrations/postgres/0001_initial.sql"),
    },
    Migration {
        version: 2,
        name: "outbox_tokens",
        sqlite: include_str!("../../migrations/sqlite/0002_outbox_tokens.sql"),
        postgres: include_str!("../../migrations/postgres/0002_outbox_tokens.sql"),
    },
    Migration {
        version: 3,
        name: "search",
        sqlite: include_str!("../../migrations/sqlite/0003_search.sql"),
        postgres: include_str!("../../migrations/postgres/0003_search.sql"),
    },
    Migration {
        version: 4,
        name: "candidates",
        sqlite: include_str!("../../migrations/sqlite/0004_candidates.sql"),
        postgres: include_str!("../../migrations/postgres/0004_candidates.sql"),
    },
    Migration {
        version: 5,
        name: "followup",
        sqlite: include_str!("../../migrations/sqlite/0005_followup.sql"),
        postgres: include_str!("../../migrations/postgres/0005_followup.sql"),
    },
    Migration {
        version: 6,
        name: "board_places",
        sqlite: include_str!("../../migrations/sqlite/0006_board_places.sql"),
        postgres: include_str!("../../migrations/postgres/0006_board_places.sql"),
    },
    Migration {
        version: 7,
        name: "anonymisations",
        sqlite: include_str!("../../migrations/sqlite/0007_anonymisations.sql"),
        postgres: include_str!("../../migrations/postgres/0007_anonymisations.sql"),
    },
    Migration {
        version: 8,
        name: "pool_version",
        sqlite: include_str!("../../migrations/sqlite/0008_pool_version.sql"),
        postgres: include_str!("../../migrations/postgres/0008_pool_version.sql"),
    },
    Migration {
        version: 9,
        name: "job_runs",
        sqlite: include_str!("../../migrations/sqlite/0009_job_runs.sql"),
        postgres: include_str!("../../migrations/postgres/0009_job_runs.sql"),
    },
    Migration {
        version: 10,
        name: "caseload",
        sqlite: include_str!("../../migrations/sqlite/0010_caseload.sql"),
        postgres: include_str!("../../migrations/postgres/0010_caseload.sql"),
    },
    Migration {
        version: 11,
        name: "campaigns",
        sqlite: include_str!("../../migrations/sqlite/0011_campaigns.sql"),
        postgres: include_str!("../../migrations/postgres/0011_campaigns.sql"),
    },
    Migration {
        version: 12,
        name: "intakes",
        sqlite: include_str!("../../migrations/sqlite/0012_intakes.sql"),
        postgres: include_str!("../../migrations/postgres/0012_intakes.sql"),
    },
    Migration {
        version: 13,
        name: "campaign_closing",
        sqlite: include_str!("../../migrations/sqlite/0013_campaign_closing.sql"),
        postgres: include_str!("../../migrations/postgres/0013_campaign_closing.sql"),
    },
    Migration {
        version: 14,
        name: "report_indexes",
        sqlite: include_str!("../../migrations/sqlite/0014_report_indexes.sql"),
        postgres: include_str!("../../migrations/postgres/0014_report_indexes.sql"),
    },
    Migration {
        version: 15,
        name: "invitation_groups",
        sqlite: include_str!("../../migrations/sqlite/0015_invitation_groups.sql"),
        postgres: include_str!("../../migrations/postgres/0015_invitation_groups.sql"),
    },
    Migration {
        version: 16,
        name: "members_exempted_and_leavers",
        sqlite: include_str!("../../migrations/sqlite/0016_members_exempted_and_leavers.sql"),
        postgres: include_str!("../../migrations/postgres/0016_members_exempted_and_leavers.sql"),
    },
    Migration {
        version: 17,
        name: "plans",
        sqlite: include_str!("../../migrations/sqlite/0017_plans.sql"),
        postgres: include_str!("../../migrations/postgres/0017_plans.sql"),
    },
];

#[derive(Debug, thiserror::Error)]
pub enum MigrationError {
    #[error("migration {version} ({name}) was changed after it was applied; add a new migration instead")]
    Edited { version: i64, name: String },
    #[error("the database has migration {0}, which this version of Opstap does not know; is it an older build?")]
    Unknown(i64),
    #[error("migration {version} ({name}) failed: {source}")]
    Failed {
        version: i64,
        name: &'static str,
        source: sqlx::Error,
    },
    #[error("database error while migrating: {0}")]
    Database(#[from] sqlx::Error),
}

pub fn checksum(sql: &str) -> String {
    Sha256::digest(sql.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Applies the migrations the database does not have yet; returns how many ran.
pub async fn run(db: &Db) -> Result<usize, MigrationError> {
    let mut tx = db.write().await?;
    if db.backend() == Backend::Postgres {
        // Several instances starting together: one migrates, the others wait.
        sqlx::query("SELECT pg_advisory_xact_lock(7412001)")
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, \
         checksum TEXT NOT NULL, applied_at BIGINT NOT NULL)",
    )
    .execute(&mut **tx)
    .await?;
    let applied =
        sqlx::query("SELECT version, name, checksum FROM schema_migrations ORDER BY version")
            .fetch_all(&mut **tx)
            .await?;
    let mut known = std::collections::HashMap::new();
    for row in &applied {
        let version: i64 = row.try_get(0)?;
        let name: String = row.try_get(1)?;
        let sum: String = row.try_get(2)?;
        let Some(m) = MIGRATIONS.iter().find(|m| m.version == version) else {
            return Err(MigrationError::Unknown(version));
        };
        if checksum(sql_for(m, db.backend())) != sum {
            return Err(MigrationError::Edited { version, name });
        }
        known.insert(version, ());
    }
    let mut ran = 0;
    for m in MIGRATIONS
        .iter()
        .filter(|m| !known.contains_key(&m.version))
    {
        let sql = sql_for(m, db.backend());
        sqlx::raw_sql(sql)
            .execute(&mut **tx)
            .await
            .map_err(|source| MigrationError::Failed {
                version: m.version,
                name: m.name,
                source,
            })?;
        sqlx::query("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($1, $2, $3, $4)")
            .bind(m.version)
            .bind(m.name)
            .bind(checksum(sql))
            .bind(opstap_core::clock::system_now())
            .execute(&mut **tx)
            .await?;
        tracing::info!(
            version = m.version,
            name = m.name,
            backend = db.backend().name(),
            "migration applied"
        );
        ran += 1;
    }
    tx.commit().await?;
    Ok(ran)
}

fn sql_for(m: &Migration, backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => m.sqlite,
        Backend::Postgres => m.postgres,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_increase_and_both_dialects_exist() {
        for pair in MIGRATIONS.windows(2) {
            assert!(pair[0].version < pair[1].version);
        }
        for m in MIGRATIONS {
            assert!(
                m.sqlite.contains("CREATE") && m.postgres.contains("CREATE"),
                "{}",
                m.name
            );
        }
    }

    /// The two dialects must create the same tables, or one backend silently lacks a feature.
    #[test]
    fn both_dialects_create_the_same_tables() {
        fn tables(sql: &str) -> Vec<String> {
            let mut t: Vec<String> = sql
                .lines()
                .filter_map(|l| l.trim().strip_prefix("CREATE TABLE "))
                .map(|rest| {
                    rest.split([' ', '('])
                        .next()
                        .unwrap_or_default()
                        .to_string()
                })
                .collect();
            t.sort();
            t
        }
        for m in MIGRATIONS {
            assert_eq!(tables(m.sqlite), tables(m.postgres), "{}", m.name);
        }
        assert!(
            tables(MIGRATIONS[0].sqlite).len() > 10,
            "the parser sees the tables"
        );
    }
}
