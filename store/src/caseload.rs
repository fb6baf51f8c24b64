//! The caseload tables: uploads kept as previews, the clients, and what each import
//! changed. The rules (what a row means, what differs) are `domain::caseload`'s; this
//! module reads and writes what they decided.

use super::{Db, WriteTx};
use opstap_core::domain::caseload::changes::Write;
use opstap_core::domain::caseload::row::CaseloadClient;
use opstap_core::domain::caseload::ImportCounts;
use opstap_core::wire::caseload::{ClientLine, ImportLine};
use sqlx::{AnyConnection, FromRow, Row};
use std::collections::HashMap;

/// An upload before anything of it is stored.
pub struct NewImport<'a> {
    pub file_name: &'a str,
    pub sha256: &'a str,
    pub encoding: &'a str,
    pub content: &'a str,
    pub counts: ImportCounts,
    pub by: i64,
    pub at: i64,
}

pub async fn create_import(tx: &mut WriteTx, i: &NewImport<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "INSERT INTO caseload_imports (file_name, file_sha256, encoding, content, status, rows_read, \
         added, updated, unchanged, refused, uploaded_by, uploaded_at) \
         VALUES ($1, $2, $3, $4, 'preview', $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(i.file_name)
    .bind(i.sha256)
    .bind(i.encoding)
    .bind(i.content)
    .bind(i.counts.rows_read)
    .bind(i.counts.added)
    .bind(i.counts.updated)
    .bind(i.counts.unchanged)
    .bind(i.counts.refused)
    .bind(i.by)
    .bind(i.at)
    .fetch_one(&mut ***tx)
    .await?
    .try_get("id")
}

const IMPORT_LINE: &str = "SELECT i.id, i.file_name, i.encoding, i.status, i.rows_read, i.added, i.updated, \
     i.unchanged, i.refused, u.display_name AS uploaded_by, i.uploaded_at, d.display_name AS decided_by, \
     i.decided_at FROM caseload_imports i JOIN users u ON u.id = i.uploaded_by \
     LEFT JOIN users d ON d.id = i.decided_by";

/// One upload with its text (kept only while it is a preview) and its file's hash.
pub struct ImportRecord {
    pub line: ImportLine,
    pub sha256: String,
    pub content: Option<String>,
}

pub async fn find_import(db: &Db, id: i64) -> Result<Option<ImportRecord>, sqlx::Error> {
    let sql = format!("SELECT i.file_sha256, i.content, x.* FROM caseload_imports i JOIN ({IMPORT_LINE}) x ON x.id = i.id WHERE i.id = $1");
    let Some(row) = sqlx::query(&sql).bind(id).fetch_optional(db.pool()).await? else {
        return Ok(None);
    };
    Ok(Some(ImportRecord {
        line: ImportLine::from_row(&row)?,
        sha256: row.try_get("file_sha256")?,
        content: row.try_get("content")?,
    }))
}

/// The latest uploads, newest first.
pub async fn recent_imports(db: &Db, limit: i64) -> Result<Vec<ImportLine>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{IMPORT_LINE} ORDER BY i.uploaded_at DESC, i.id DESC LIMIT {limit}"
    ))
    .fetch_all(db.pool())
    .await
}

/// When the same file (by its SHA-256) was stored before: the import's id and when.
pub async fn stored_before(
    db: &Db,
    sha256: &str,
    except: i64,
) -> Result<Option<(i64, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, decided_at FROM caseload_imports WHERE file_sha256 = $1 AND status = 'stored' \
         AND id <> $2 ORDER BY decided_at DESC LIMIT 1",
    )
    .bind(sha256)
    .bind(except)
    .fetch_optional(db.pool())
    .await
}

#[derive(FromRow)]
struct StoredClient {
    client_number: String,
    first_name: String,
    last_name: String,
    address: String,
    postcode: String,
    municipality: String,
    district: String,
    birth_year: i64,
    benefit_start: String,
    email: String,
    phone: String,
}

impl From<StoredClient> for CaseloadClient {
    fn from(s: StoredClient) -> CaseloadClient {
        let some = |v: String| Some(v).filter(|v| !v.is_empty());
        CaseloadClient {
            client_number: s.client_number,
            first_name: s.first_name,
            last_name: s.last_name,
            address: s.address,
            postcode: s.postcode,
            municipality: s.municipality,
            district: some(s.district),
            birth_year: s.birth_year,
            benefit_start: s.benefit_start,
            email: some(s.email),
            phone: some(s.phone),
        }
    }
}

/// The stored clients among `numbers`, by client number. Read in slices of 500 (the
/// statement's parameters stay well under every backend's limit).
pub async fn known(
    conn: &mut AnyConnection,
    numbers: &[&str],
) -> Result<HashMap<String, CaseloadClient>, sqlx::Error> {
    let mut out = HashMap::with_capacity(numbers.len());
    for slice in numbers.chunks(500) {
        let marks: Vec<String> = (1..=slice.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT client_number, first_name, last_name, address, postcode, municipality, district, \
             birth_year, benefit_start, email, phone FROM caseload_clients WHERE client_number IN ({})",
            marks.join(", ")
        );
        let mut query = sqlx::query_as::<_, StoredClient>(&sql);
        for n in slice {
            query = query.bind(*n);
        }
        for c in query.fetch_all(&mut *conn).await? {
            out.insert(c.client_number.clone(), c.into());
        }
    }
    Ok(out)
}

/// Stores a previewed import: writes the new and changed clients, records what changed,
/// notes every client the file `listed` as seen in it (and back on the caseload, if they
/// had been marked as left), keeps the counts and drops the file's text. `None` when the
/// import is no longer a preview (stored or discarded already): nothing is written then;
/// else how many clients came back.
#[allow(clippy::too_many_arguments)]
pub async fn store(
    tx: &mut WriteTx,
    import_id: i64,
    writes: &[Write],
    listed: &[&str],
    counts: ImportCounts,
    by: i64,
    at: i64,
) -> Result<Option<u64>, sqlx::Error> {
    let claimed = sqlx::query(
        "UPDATE caseload_imports SET status = 'stored', content = NULL, decided_by = $2, decided_at = $3, \
         rows_read = $4, added = $5, updated = $6, unchanged = $7, refused = $8 \
         WHERE id = $1 AND status = 'preview'",
    )
    .bind(import_id)
    .bind(by)
    .bind(at)
    .bind(counts.rows_read)
    .bind(counts.added)
    .bind(counts.updated)
    .bind(counts.unchanged)
    .bind(counts.refused)
    .execute(&mut ***tx)
    .await?
    .rows_affected()
        == 1;
    if !claimed {
        return Ok(None);
    }
    for w in writes {
        let c = &w.client;
        let row = sqlx::query(
            "INSERT INTO caseload_clients (client_number, first_name, last_name, address, postcode, \
             municipality, district, birth_year, benefit_start, email, phone, candidate_id, \
             first_import_id, last_import_id, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, \
             (SELECT id FROM candidates WHERE client_number = $1), $12, $12, $13, $13) \
             ON CONFLICT (client_number) DO UPDATE SET first_name = excluded.first_name, \
             last_name = excluded.last_name, address = excluded.address, postcode = excluded.postcode, \
             municipality = excluded.municipality, district = excluded.district, \
             birth_year = excluded.birth_year, benefit_start = excluded.benefit_start, \
             email = excluded.email, phone = excluded.phone, last_import_id = excluded.last_import_id, \
             updated_at = excluded.updated_at RETURNING id",
        )
        .bind(&c.client_number)
        .bind(&c.first_name)
        .bind(&c.last_name)
        .bind(&c.address)
        .bind(&c.postcode)
        .bind(&c.municipality)
        .bind(c.district.as_deref().unwrap_or(""))
        .bind(c.birth_year)
        .bind(&c.benefit_start)
        .bind(c.email.as_deref().unwrap_or(""))
        .bind(c.phone.as_deref().unwrap_or(""))
        .bind(import_id)
        .bind(at)
        .fetch_one(&mut ***tx)
        .await?;
        if !w.changed.is_empty() {
            let client_id: i64 = row.try_get("id")?;
            let fields: Vec<&str> = w.changed.iter().map(|f| f.as_str()).collect();
            sqlx::query("INSERT INTO caseload_client_changes (client_id, import_id, fields) VALUES ($1, $2, $3)")
                .bind(client_id)
                .bind(import_id)
                .bind(fields.join(","))
                .execute(&mut ***tx)
                .await?;
        }
    }
    let mut returned = 0;
    for slice in listed.chunks(500) {
        let marks = |first: usize| {
            (first..first + slice.len())
                .map(|i| format!("${i}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let back = format!(
            "UPDATE caseload_clients SET left_on = NULL, left_by = NULL, left_import_id = NULL \
             WHERE left_on IS NOT NULL AND client_number IN ({})",
            marks(1)
        );
        let mut q = sqlx::query(&back);
        for n in slice {
            q = q.bind(*n);
        }
        returned += q.execute(&mut ***tx).await?.rows_affected();
        let seen = format!(
            "UPDATE caseload_clients SET seen_import_id = $1 WHERE client_number IN ({})",
            marks(2)
        );
        let mut q = sqlx::query(&seen).bind(import_id);
        for n in slice {
            q = q.bind(*n);
        }
        q.execute(&mut ***tx).await?;
    }
    Ok(Some(returned))
}

/// The newest stored import, outside a write (whether to offer marking leavers).
pub async fn newest_stored_id(db: &Db) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(NEWEST_STORED)
        .fetch_optional(db.pool())
        .await
}

const NEWEST_STORED: &str =
    "SELECT id FROM caseload_imports WHERE status = 'stored' ORDER BY decided_at DESC, id DESC LIMIT 1";

/// The newest stored import: the only one leavers may be marked from.
pub async fn newest_stored(tx: &mut WriteTx) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(NEWEST_STORED)
        .fetch_optional(&mut ***tx)
        .await
}

const ABSENT_FROM: &str = "(seen_import_id IS NULL OR seen_import_id <> $1) AND left_on IS NULL \
     AND client_number NOT LIKE 'gewist-%'";

/// How many clients still on the caseload a stored import's file did not list.
pub async fn absent_from(db: &Db, import_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM caseload_clients WHERE {ABSENT_FROM}"
    ))
    .bind(import_id)
    .fetch_one(db.pool())
    .await
}

/// Marks the clients a stored import's file did not list as left the benefits system on
/// `day`; their ids.
pub async fn mark_leavers(
    tx: &mut WriteTx,
    import_id: i64,
    day: &str,
    by: i64,
) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(&format!(
        "UPDATE caseload_clients SET left_on = $2, left_by = $3, left_import_id = $1 WHERE {ABSENT_FROM} RETURNING id"
    ))
    .bind(import_id)
    .bind(day)
    .bind(by)
    .fetch_all(&mut ***tx)
    .await
}

/// How many clients were marked as left from a stored import, and the day given.
pub async fn leavers_of(db: &Db, import_id: i64) -> Result<(i64, Option<String>), sqlx::Error> {
    sqlx::query_as(
        "SELECT COUNT(*), MAX(left_on) FROM caseload_clients WHERE left_import_id = $1 AND left_on IS NOT NULL",
    )
    .bind(import_id)
    .fetch_one(db.pool())
    .await
}

/// The client numbers of everyone marked as left the benefits system.
pub async fn left_numbers(db: &Db) -> Result<std::collections::HashSet<String>, sqlx::Error> {
    let numbers: Vec<String> =
        sqlx::query_scalar("SELECT client_number FROM caseload_clients WHERE left_on IS NOT NULL")
            .fetch_all(db.pool())
            .await?;
    Ok(numbers.into_iter().collect())
}

/// Discards a preview: its text goes, nothing was stored. `false` when it was no preview.
pub async fn discard(
    tx: &mut WriteTx,
    import_id: i64,
    by: i64,
    at: i64,
) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE caseload_imports SET status = 'discarded', content = NULL, decided_by = $2, decided_at = $3 \
         WHERE id = $1 AND status = 'preview'",
    )
    .bind(import_id)
    .bind(by)
    .bind(at)
    .execute(&mut ***tx)
    .await?
    .rows_affected()
        == 1)
}

/// Previews nobody stored or discarded, uploaded before `before`: discarded, their rows
/// dropped (housekeeping; an upload holds personal data).
pub async fn expire_previews(db: &Db, before: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE caseload_imports SET status = 'discarded', content = NULL WHERE status = 'preview' AND uploaded_at < $1",
    )
    .bind(before)
    .execute(db.writer())
    .await?
    .rows_affected())
}

/// The clients a stored import changed, with the changed fields' codes (comma-separated),
/// by name; at most `limit`.
pub async fn changes_of_import(
    db: &Db,
    import_id: i64,
    limit: i64,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT k.client_number, CASE WHEN k.first_name = '' THEN k.last_name ELSE k.first_name || ' ' || k.last_name END, \
         c.fields FROM caseload_client_changes c JOIN caseload_clients k ON k.id = c.client_id \
         WHERE c.import_id = $1 ORDER BY k.last_name, k.first_name, k.id LIMIT {limit}"
    ))
    .bind(import_id)
    .fetch_all(db.pool())
    .await
}

/// A search of the caseload: `text` in the name or client number, `municipality` exactly.
pub struct ClientFilter {
    pub text: String,
    pub municipality: String,
}

/// One page of the caseload by last name, and how many match in all.
pub async fn search_clients(
    db: &Db,
    f: &ClientFilter,
    limit: i64,
    offset: i64,
) -> Result<(i64, Vec<ClientLine>), sqlx::Error> {
    let mut conditions = Vec::new();
    let mut binds = Vec::new();
    if !f.text.is_empty() {
        binds.push(format!("%{}%", f.text.to_lowercase()));
        let n = binds.len();
        conditions.push(format!(
            "(LOWER(k.first_name || ' ' || k.last_name) LIKE ${n} OR LOWER(k.client_number) LIKE ${n})"
        ));
    }
    if !f.municipality.is_empty() {
        binds.push(f.municipality.clone());
        conditions.push(format!("k.municipality = ${}", binds.len()));
    }
    let clause = if conditions.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", conditions.join(" AND "))
    };
    let count_sql = format!("SELECT COUNT(*) FROM caseload_clients k {clause}");
    let mut count = sqlx::query_scalar::<_, i64>(&count_sql);
    for b in &binds {
        count = count.bind(b);
    }
    let total = count.fetch_one(db.pool()).await?;
    let sql = format!(
        "SELECT k.id, k.client_number, CASE WHEN k.first_name = '' THEN k.last_name ELSE k.first_name || ' ' || k.last_name END AS name, \
         k.postcode, k.municipality, k.birth_year, k.benefit_start, k.email, k.candidate_id, k.left_on \
         FROM caseload_clients k {clause} ORDER BY k.last_name, k.first_name, k.id LIMIT {limit} OFFSET {offset}"
    );
    let mut query = sqlx::query_as::<_, ClientLine>(&sql);
    for b in &binds {
        query = query.bind(b);
    }
    Ok((total, query.fetch_all(db.pool()).await?))
}

/// The municipalities of the caseload, for the filter.
pub async fn municipalities(db: &Db) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT DISTINCT municipality FROM caseload_clients ORDER BY municipality")
        .fetch_all(db.pool())
        .await
}

/// How many clients the caseload holds (not the rows of people whose data were erased,
/// nor those who left the benefits system).
pub async fn client_count(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM caseload_clients WHERE client_number NOT LIKE 'gewist-%' AND left_on IS NULL",
    )
    .fetch_one(db.pool())
    .await
}
