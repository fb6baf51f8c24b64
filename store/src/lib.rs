//! The store: every SQL statement of the portal, behind plain async functions.
//!
//! One query text serves SQLite and PostgreSQL wherever their dialects agree (`$1`
//! placeholders, `RETURNING`, `ON CONFLICT`, BIGINT everywhere, sums cast to BIGINT); where
//! they differ the function matches on [`Backend`]. Connections go through sqlx's `Any`
//! driver, so the rest of the code never names a database.

pub mod audit;
pub mod board;
pub mod campaigns;
pub mod candidates;
pub mod caseload;
pub mod checkins;
pub mod employers;
pub mod followup;
pub mod intakes;
pub mod job_runs;
pub mod login_attempts;
pub mod matching_pool;
pub mod members;
pub mod migrate;
pub mod openings;
pub mod outbox;
pub mod overview;
pub mod pairings;
pub mod password_tokens;
pub mod placements;
pub mod plans;
pub mod privacy;
pub mod proposals;
pub mod read_cache;
pub mod reports;
pub mod retention;
pub mod sessions;
pub mod settings;
pub mod users;

use sqlx::any::AnyPoolOptions;
use sqlx::AnyPool;
use std::time::Duration;

/// Every SQLite connection's settings, for the `Any` pools and the native one alike:
/// foreign keys on; another process (a backup, the command line) holding the lock is waited
/// for (within this process writers queue for the writer connection); WAL-safe syncing.
const SQLITE_PRAGMAS: [(&str, &str); 3] = [
    ("foreign_keys", "ON"),
    ("busy_timeout", "5000"),
    ("synchronous", "NORMAL"),
];

/// Which database a [`Db`] talks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Backend {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        }
    }
}

/// The connection pools and the backend behind them; cheap to clone.
#[derive(Clone, Debug)]
pub struct Db {
    /// For reads (and, on PostgreSQL, for everything).
    pool: AnyPool,
    /// For writes. On SQLite one connection: SQLite has one writer at a time anyway, and a
    /// pool of one is a fair queue — writers wait their turn without holding a reader's
    /// connection and without SQLite's busy-polling. On PostgreSQL the same pool as reads.
    writer: AnyPool,
    backend: Backend,
    /// Board pages everyone sees alike (see [`read_cache`]).
    board_cache: std::sync::Arc<read_cache::ReadCache>,
    /// The candidates' matching profiles (see [`matching_pool`]).
    matching_pool: std::sync::Arc<matching_pool::PoolCache>,
    /// The lists filters offer (see [`read_cache`]).
    lists_cache: std::sync::Arc<read_cache::ReadCache>,
    /// Reads through the backend's own driver, for queries returning many rows (see
    /// [`Reader`]).
    reader: Reader,
}

/// A pool of the backend's own driver, beside the `Any` pools: rows read through `Any`
/// cost about 10 µs each at scale 50 (every row copies its columns' names and values), rows
/// read natively a fraction of that (`opstap bench reports` prints both). Used by the
/// queries that return thousands of rows; [`on_reader!`] runs one query text on either.
#[derive(Clone, Debug)]
pub enum Reader {
    Sqlite(sqlx::SqlitePool),
    Postgres(sqlx::PgPool),
}

/// Runs `$body` with `$pool` bound to the native pool of `$db`'s backend: one query text,
/// compiled once per backend (as vaultwarden does for its databases). The body must give
/// the same type on both, e.g. by converting rows with a function generic over `sqlx::Row`.
#[macro_export]
macro_rules! on_reader {
    ($db:expr, |$pool:ident| $body:expr) => {
        match $db.reader() {
            $crate::Reader::Sqlite($pool) => $body,
            $crate::Reader::Postgres($pool) => $body,
        }
    };
}

impl Db {
    /// Opens the pools. SQLite files are created when missing and run in WAL mode with
    /// foreign keys on; PostgreSQL is used as configured.
    pub async fn connect(url: &str) -> Result<Db, sqlx::Error> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of_url(url);
        let options = AnyPoolOptions::new().acquire_timeout(Duration::from_secs(10));
        let sqlite = |options: AnyPoolOptions| {
            options.after_connect(|conn, _meta| {
                Box::pin(async move {
                    use sqlx::Executor;
                    for (name, value) in SQLITE_PRAGMAS {
                        conn.execute(format!("PRAGMA {name} = {value}").as_str())
                            .await?;
                    }
                    Ok(())
                })
            })
        };
        let (pool, writer) = match backend {
            Backend::Sqlite => {
                let writer = sqlite(AnyPoolOptions::new())
                    .max_connections(1)
                    // A queue of writers: each waits for the ones before it (a few ms each).
                    .acquire_timeout(Duration::from_secs(30))
                    .connect(url)
                    .await?;
                sqlx::raw_sql("PRAGMA journal_mode = WAL;")
                    .execute(&writer)
                    .await?;
                let pool = sqlite(options).max_connections(8).connect(url).await?;
                (pool, writer)
            }
            Backend::Postgres => {
                let pool = options.max_connections(16).connect(url).await?;
                (pool.clone(), pool)
            }
        };
        let reader = match backend {
            Backend::Sqlite => {
                use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
                let options = SQLITE_PRAGMAS
                    .iter()
                    .fold(url.parse::<SqliteConnectOptions>()?, |o, (name, value)| {
                        o.pragma(*name, *value)
                    });
                Reader::Sqlite(
                    SqlitePoolOptions::new()
                        .max_connections(4)
                        .acquire_timeout(Duration::from_secs(10))
                        .connect_with(options)
                        .await?,
                )
            }
            Backend::Postgres => Reader::Postgres(
                sqlx::postgres::PgPoolOptions::new()
                    .max_connections(4)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect(url)
                    .await?,
            ),
        };
        Ok(Db {
            pool,
            writer,
            backend,
            board_cache: std::sync::Arc::new(read_cache::ReadCache::of_openings()),
            matching_pool: Default::default(),
            lists_cache: std::sync::Arc::new(read_cache::ReadCache::of_people()),
            reader,
        })
    }

    /// A write transaction. On SQLite it waits its turn for the writer connection, then
    /// takes the write lock at its start (`BEGIN IMMEDIATE`): a transaction that reads
    /// first and writes later can never find that another connection wrote in between
    /// ("database is locked", `SQLITE_BUSY_SNAPSHOT`). On PostgreSQL it is a plain
    /// `BEGIN`: rows lock as they are written. Keep slow work (password hashing, rendering
    /// mail) outside.
    pub async fn write(&self) -> Result<WriteTx, sqlx::Error> {
        let tx = match self.backend {
            Backend::Sqlite => self.writer.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.writer.begin().await?,
        };
        Ok(WriteTx { tx })
    }

    /// Where a single write statement outside a transaction goes (see `writer`).
    pub fn writer(&self) -> &AnyPool {
        &self.writer
    }

    pub fn board_cache(&self) -> &read_cache::ReadCache {
        &self.board_cache
    }

    pub fn lists_cache(&self) -> &read_cache::ReadCache {
        &self.lists_cache
    }

    pub fn matching_pool(&self) -> &matching_pool::PoolCache {
        &self.matching_pool
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// The native pool (see [`Reader`]).
    pub fn reader(&self) -> &Reader {
        &self.reader
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Is the database answering? Used by `/readyz`.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    pub async fn close(&self) {
        self.pool.close().await;
        self.writer.close().await;
        match &self.reader {
            Reader::Sqlite(p) => p.close().await,
            Reader::Postgres(p) => p.close().await,
        }
    }
}

/// A write transaction from [`Db::write`]: used like `sqlx::Transaction` (it derefs to
/// one); the writer connection is free again when it is committed or dropped.
pub struct WriteTx {
    tx: sqlx::Transaction<'static, sqlx::Any>,
}

impl WriteTx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }
}

impl std::ops::Deref for WriteTx {
    type Target = sqlx::Transaction<'static, sqlx::Any>;
    fn deref(&self) -> &Self::Target {
        &self.tx
    }
}

impl std::ops::DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.tx
    }
}

/// `0`/`1` columns as booleans (the `Any` driver has no portable boolean).
pub fn flag(value: i64) -> bool {
    value != 0
}
