//! The caseload import: reading a file is the core's
//! (`domain::caseload`); here it meets the stored caseload, inside the write when storing,
//! so what is written is worked out against what is stored at that moment.

use super::desk;
use crate::domain::caseload::changes::{preview, Preview, RawRow};
use crate::domain::caseload::columns::Header;
use crate::domain::caseload::file;
use crate::domain::caseload::staged::Staged;
use crate::domain::caseload::{
    row, CaseloadField, FileRefusal, ImportCounts, ImportStatus, PreviewShow,
};
use crate::domain::dates::day_of;
use crate::error::AppError;
use crate::intake::{ClientPage, ClientQuery, ImportLine, ImportView, IntakeOverview};
use crate::request::Cx;
use crate::store::caseload::{self as caseload, ClientFilter, NewImport};
use sqlx::AnyConnection;

/// Lines of a preview on one page.
pub const LINES_PER_PAGE: i64 = 100;
/// Clients on one page of the list.
pub const CLIENTS_PER_PAGE: i64 = 50;

pub async fn overview(cx: Cx) -> Result<IntakeOverview, AppError> {
    desk(&cx)?;
    Ok(IntakeOverview {
        clients: caseload::client_count(cx.db()).await?,
        imports: caseload::recent_imports(cx.db(), 5).await?,
        campaigns: crate::store::campaigns::list(cx.db()).await?,
    })
}

pub async fn imports(cx: Cx) -> Result<Vec<ImportLine>, AppError> {
    desk(&cx)?;
    Ok(caseload::recent_imports(cx.db(), 50).await?)
}

/// A kept preview (JSON of [`Staged`]) and its header.
fn read(id: i64, text: &str) -> Result<(Staged, Header), AppError> {
    let staged: Staged = serde_json::from_str(text).map_err(|error| {
        tracing::error!(import = id, %error, "a kept preview no longer reads");
        AppError::Internal
    })?;
    let header = staged.header().map_err(|r| {
        tracing::error!(import = id, problem = %r.problem, "a kept preview has no header");
        AppError::Internal
    })?;
    Ok((staged, header))
}

/// The file's rows against the stored clients they name.
async fn against_stored(
    conn: &mut AnyConnection,
    header: &Header,
    rows: &[RawRow],
    today: i64,
) -> Result<Preview, AppError> {
    let numbers: Vec<String> = rows
        .iter()
        .filter_map(|r| match r {
            RawRow::Cells { cells, .. } => header
                .cell(CaseloadField::ClientNumber, cells)
                .and_then(row::client_number),
            RawRow::TooWide { .. } | RawRow::Unreadable { .. } => None,
        })
        .collect();
    let numbers: Vec<&str> = numbers.iter().map(String::as_str).collect();
    let known = caseload::known(conn, &numbers).await?;
    Ok(preview(header, rows, &known, today))
}

/// An uploaded file kept as a preview: its id, or why the file as a whole was refused
/// (nothing is kept then).
pub async fn upload(
    cx: Cx,
    file_name: &str,
    bytes: &[u8],
) -> Result<Result<i64, FileRefusal>, AppError> {
    let user = desk(&cx)?;
    let decoded = match file::decode(bytes) {
        Ok(d) => d,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let staged = match file::rows(&decoded.text, decoded.separator)
        .and_then(|(names, rows)| Staged::new(&names, rows))
    {
        Ok(staged) => staged,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let header = match staged.header() {
        Ok(header) => header,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let today = day_of(cx.now());
    let mut conn = cx.db().pool().acquire().await?;
    let counts = ImportCounts::of(&against_stored(&mut conn, &header, &staged.rows, today).await?);
    drop(conn);
    let content = serde_json::to_string(&staged).map_err(|error| {
        tracing::error!(%error, "could not keep a caseload preview");
        AppError::Internal
    })?;
    let name = crate::domain::text::line(file_name);
    let name: String = if name.is_empty() {
        "export.csv".to_string()
    } else {
        name.chars().take(200).collect()
    };
    let sha256 = crate::auth::tokens::sha256_hex(&decoded.text);
    let mut tx = cx.db().write().await?;
    let id = caseload::create_import(
        &mut tx,
        &NewImport {
            file_name: &name,
            sha256: &sha256,
            encoding: decoded.encoding.as_str(),
            content: &content,
            counts,
            by: user.id,
            at: cx.now(),
        },
    )
    .await?;
    cx.audit(&mut **tx, &user, "upload", "caseload_import", id)
        .await?;
    tx.commit().await?;
    tracing::info!(
        import = id,
        by = user.id,
        rows = counts.rows_read,
        refused = counts.refused,
        "caseload file uploaded"
    );
    Ok(Ok(id))
}

pub async fn import(cx: Cx, id: i64, show: String, page: String) -> Result<ImportView, AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    let record = caseload::find_import(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    cx.audit(db.writer(), &user, "view", "caseload_import", id)
        .await?;
    let counts = record.line.counts;
    let show = PreviewShow::parse(show.trim()).unwrap_or(if counts.refused > 0 {
        PreviewShow::Refused
    } else {
        PreviewShow::All
    });
    let page = crate::domain::paging::parse_page(&page);
    let pages = ((show.count(&counts) + LINES_PER_PAGE - 1) / LINES_PER_PAGE).max(1);
    let mut view = ImportView {
        stored_before: caseload::stored_before(db, &record.sha256, id)
            .await?
            .map(|(_, at)| at),
        import: record.line,
        ignored_columns: Vec::new(),
        has_bsn: false,
        show,
        lines: Vec::new(),
        page,
        pages,
        changes: Vec::new(),
        absent: 0,
    };
    match (view.import.status, record.content) {
        (ImportStatus::Preview, Some(text)) => {
            let (staged, header) = read(id, &text)?;
            let mut conn = db.pool().acquire().await?;
            let preview =
                against_stored(&mut conn, &header, &staged.rows, day_of(cx.now())).await?;
            drop(conn);
            view.absent = ImportCounts::of(&preview).absent_of(caseload::client_count(db).await?);
            let skip = crate::domain::paging::offset(page, LINES_PER_PAGE) as usize;
            view.lines = preview
                .lines
                .into_iter()
                .filter(|l| show.includes(&l.outcome))
                .skip(skip)
                .take(LINES_PER_PAGE as usize)
                .collect();
            view.ignored_columns = staged.ignored;
            view.has_bsn = staged.has_bsn;
        }
        (ImportStatus::Stored, _) => {
            view.changes = caseload::changes_of_import(db, id, 500)
                .await?
                .into_iter()
                .map(|(number, name, fields)| {
                    let fields = fields.split(',').filter_map(CaseloadField::parse).collect();
                    (number, name, fields)
                })
                .collect();
        }
        _ => {}
    }
    Ok(view)
}

pub async fn store(cx: Cx, id: i64) -> Result<(), AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    let record = caseload::find_import(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let page = format!("/balie/intake/import/{id}");
    let (ImportStatus::Preview, Some(text)) = (record.line.status, record.content) else {
        // Stored or discarded already (the same form posted twice): nothing to do.
        leptos_axum::redirect(&page);
        return Ok(());
    };
    let (staged, header) = read(id, &text)?;
    let today = day_of(cx.now());
    let mut tx = db.write().await?;
    let preview = against_stored(&mut tx, &header, &staged.rows, today).await?;
    let counts = ImportCounts::of(&preview);
    if caseload::store(&mut tx, id, &preview.writes, counts, user.id, cx.now()).await? {
        cx.audit(&mut **tx, &user, "import", "caseload_import", id)
            .await?;
        tx.commit().await?;
        tracing::info!(
            import = id,
            by = user.id,
            added = counts.added,
            updated = counts.updated,
            "caseload import stored"
        );
    }
    leptos_axum::redirect(&page);
    Ok(())
}

pub async fn discard(cx: Cx, id: i64) -> Result<(), AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    caseload::find_import(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut tx = db.write().await?;
    if caseload::discard(&mut tx, id, user.id, cx.now()).await? {
        cx.audit(&mut **tx, &user, "discard", "caseload_import", id)
            .await?;
        tx.commit().await?;
    }
    leptos_axum::redirect("/balie/intake/import");
    Ok(())
}

pub async fn clients(cx: Cx, q: ClientQuery) -> Result<ClientPage, AppError> {
    desk(&cx)?;
    let db = cx.db();
    let page = crate::domain::paging::parse_page(&q.page);
    let filter = ClientFilter {
        text: crate::domain::text::line(&q.q),
        municipality: q.municipality.trim().to_string(),
    };
    let (total, lines) = caseload::search_clients(
        db,
        &filter,
        CLIENTS_PER_PAGE,
        crate::domain::paging::offset(page, CLIENTS_PER_PAGE),
    )
    .await?;
    Ok(ClientPage {
        total,
        page,
        pages: ((total + CLIENTS_PER_PAGE - 1) / CLIENTS_PER_PAGE).max(1),
        lines,
        municipalities: caseload::municipalities(db).await?,
    })
}
