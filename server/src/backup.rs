//! `opstap backup PATH`: a consistent copy of the SQLite database, safe while the portal
//! runs. SQLite's `VACUUM INTO` reads one snapshot of the database (other connections keep
//! writing; the WAL keeps the snapshot stable) and writes a compact, self-contained file.
//! The copy is written next to `PATH` first and renamed, so `PATH` is never half a file.
//! PostgreSQL has its own tools for this (`pg_dump`).

use app::store::{Backend, Db};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} exists already; choose a new file name")]
    Exists(PathBuf),
    #[error("backups of PostgreSQL are made with pg_dump, e.g. `pg_dump --format=custom --file=opstap.dump \"$DATABASE_URL\"`")]
    Postgres,
    #[error("the path {0} cannot be used as a file name")]
    BadPath(PathBuf),
    #[error("database error while copying: {0}")]
    Database(#[from] sqlx::Error),
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Copies the database to `path` (which must not exist); answers the size in bytes.
pub async fn copy_sqlite(db: &Db, path: &Path) -> Result<u64, BackupError> {
    if db.backend() == Backend::Postgres {
        return Err(BackupError::Postgres);
    }
    if path.exists() {
        return Err(BackupError::Exists(path.to_path_buf()));
    }
    let name = path
        .file_name()
        .ok_or_else(|| BackupError::BadPath(path.to_path_buf()))?;
    let mut part_name = name.to_os_string();
    part_name.push(".part");
    let part = path.with_file_name(part_name);
    let io = |source| BackupError::Io {
        path: path.to_path_buf(),
        source,
    };
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(io)?;
    }
    match std::fs::remove_file(&part) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io(e)),
    }
    let target = part
        .to_str()
        .ok_or_else(|| BackupError::BadPath(path.to_path_buf()))?;
    sqlx::query("VACUUM INTO $1")
        .bind(target)
        .execute(db.pool())
        .await?;
    std::fs::rename(&part, path).map_err(io)?;
    let size = std::fs::metadata(path).map_err(io)?.len();
    tracing::info!(path = %path.display(), bytes = size, "database backed up");
    Ok(size)
}
