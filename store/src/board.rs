//! The public board's search: published openings that have not passed their closing date,
//! filtered, sorted and paged. Full-text search is the one place the dialects differ: an
//! FTS5 index on SQLite, a Dutch `tsvector` on PostgreSQL.

use super::openings::{from_row, COLUMNS};
use super::{Backend, Db};
use opstap_core::domain::board::{fts5_query, BoardFilter, BoardSort};
use opstap_core::wire::openings::OpeningRow;
use sqlx::any::AnyArguments;
use sqlx::Arguments;

enum Bind {
    I(i64),
    T(String),
}

/// One page of results and the total number of matches.
pub async fn search(
    db: &Db,
    f: &BoardFilter,
    today: &str,
) -> Result<(Vec<OpeningRow>, i64), sqlx::Error> {
    let mut binds = vec![Bind::T(today.to_string())];
    let mut wheres = vec![
        "o.status = 'published'".to_string(),
        "(o.closing_date IS NULL OR o.closing_date >= $1)".to_string(),
    ];
    let mut add = |binds: &mut Vec<Bind>, sql: &str, value: Bind| {
        binds.push(value);
        wheres.push(sql.replace("$?", &format!("${}", binds.len())));
    };
    if let Some(text) = &f.text {
        match db.backend() {
            Backend::Sqlite => {
                if let Some(q) = fts5_query(text) {
                    add(&mut binds, "o.id IN (SELECT rowid FROM openings_fts WHERE openings_fts MATCH $?)", Bind::T(q));
                }
            }
            Backend::Postgres => add(
                &mut binds,
                "to_tsvector('dutch', o.title || ' ' || o.description || ' ' || o.municipality) @@ plainto_tsquery('dutch', $?)",
                Bind::T(text.clone()),
            ),
        }
    }
    if let Some(kind) = f.kind {
        add(&mut binds, "o.kind = $?", Bind::T(kind.as_str().into()));
    }
    if let Some(sector) = f.sector {
        add(&mut binds, "o.sector = $?", Bind::T(sector.as_str().into()));
    }
    if let Some(m) = &f.municipality {
        add(
            &mut binds,
            "LOWER(o.municipality) = LOWER($?)",
            Bind::T(m.clone()),
        );
    }
    if let Some(hours) = f.hours {
        add(&mut binds, "o.hours_min <= $?", Bind::I(hours));
    }
    if let Some(group) = f.group {
        add(
            &mut binds,
            "(',' || o.target_groups || ',') LIKE $?",
            Bind::T(format!("%,{},%", group.as_str())),
        );
    }
    let where_sql = wheres.join(" AND ");
    let order = match f.sort {
        BoardSort::Newest => "o.published_at DESC, o.id DESC",
        BoardSort::ClosingSoon => {
            "CASE WHEN o.closing_date IS NULL THEN 1 ELSE 0 END, o.closing_date, o.id"
        }
    };
    let args = |binds: &[Bind]| -> Result<AnyArguments<'static>, sqlx::Error> {
        let mut a = AnyArguments::default();
        for b in binds {
            match b {
                Bind::I(v) => a.add(*v).map_err(sqlx::Error::Encode)?,
                Bind::T(v) => a.add(v.clone()).map_err(sqlx::Error::Encode)?,
            }
        }
        Ok(a)
    };
    let count_sql = format!("SELECT COUNT(*) FROM openings o WHERE {where_sql}");
    let total: i64 = sqlx::query_scalar_with(&count_sql, args(&binds)?)
        .fetch_one(db.pool())
        .await?;
    let n = binds.len();
    let mut page_binds = binds;
    page_binds.push(Bind::I(f.per_page));
    page_binds.push(Bind::I(opstap_core::domain::paging::offset(
        f.page, f.per_page,
    )));
    let sql = format!(
        "SELECT {COLUMNS} FROM openings o JOIN employers e ON e.id = o.employer_id WHERE {where_sql} \
         ORDER BY {order} LIMIT ${} OFFSET ${}",
        n + 1,
        n + 2
    );
    let rows = sqlx::query_with(&sql, args(&page_binds)?)
        .fetch_all(db.pool())
        .await?;
    Ok((rows.iter().map(from_row).collect::<Result<_, _>>()?, total))
}

/// Municipalities with published openings, for the filter.
pub async fn municipalities(db: &Db, today: &str) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT DISTINCT municipality FROM openings WHERE status = 'published' \
         AND (closing_date IS NULL OR closing_date >= $1) ORDER BY municipality",
    )
    .bind(today)
    .fetch_all(db.pool())
    .await
}
