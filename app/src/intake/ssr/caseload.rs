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
use crate::domain::dates::{day_of, iso_date};
use crate::error::{AppError, FieldMessage};
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
        leavers: 0,
        left_on: None,
        today: iso_date(day_of(cx.now())),
    };
    match (view.import.status, record.content) {
        (ImportStatus::Preview, Some(text)) => {
            let (staged, header) = read(id, &text)?;
            let mut conn = db.pool().acquire().await?;
            let preview =
                against_stored(&mut conn, &header, &staged.rows, day_of(cx.now())).await?;
            drop(conn);
            // Those marked as left count as stored here when the file lists them again
            // (they come back), so the absent are the clients still on the caseload less
            // those the file lists.
            let left = caseload::left_numbers(db).await?;
            let back = preview
                .listed()
                .iter()
                .filter(|n| left.contains(**n))
                .count() as i64;
            view.absent =
                ImportCounts::of(&preview).absent_of(caseload::client_count(db).await? + back);
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
            (view.leavers, view.left_on) = caseload::leavers_of(db, id).await?;
            if caseload::newest_stored_id(db).await? == Some(id) {
                view.absent = caseload::absent_from(db, id).await?;
            }
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
    let listed = preview.listed();
    if let Some(back) = caseload::store(
        &mut tx,
        id,
        &preview.writes,
        &listed,
        counts,
        user.id,
        cx.now(),
    )
    .await?
    {
        cx.audit(&mut **tx, &user, "import", "caseload_import", id)
            .await?;
        tx.commit().await?;
        tracing::info!(
            import = id,
            by = user.id,
            added = counts.added,
            updated = counts.updated,
            back_on_the_caseload = back,
            "caseload import stored"
        );
    }
    leptos_axum::redirect(&page);
    Ok(())
}

pub async fn mark_leavers(cx: Cx, id: i64, day: String, confirm: bool) -> Result<(), AppError> {
    use crate::domain::campaigns::members::{left_on, CONFIRM_LEAVERS, NO_LONGER_NEWEST};
    let user = desk(&cx)?;
    let db = cx.db();
    let record = caseload::find_import(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let page = format!("/balie/intake/import/{id}");
    if record.line.status != ImportStatus::Stored {
        return Err(AppError::NotFound);
    }
    let values = vec![
        ("day".to_string(), day.clone()),
        (
            "confirm".to_string(),
            if confirm { "on".into() } else { String::new() },
        ),
    ];
    let refused =
        |field: &str, t| AppError::invalid(vec![FieldMessage::new(field, t)], values.clone());
    let now = cx.now();
    let day = left_on(&day, day_of(now)).map_err(|t| refused("day", t))?;
    if !confirm {
        return Err(refused("confirm", CONFIRM_LEAVERS));
    }
    let day = iso_date(day);
    let mut tx = db.write().await?;
    if caseload::newest_stored(&mut tx).await? != Some(id) {
        return Err(refused("day", NO_LONGER_NEWEST));
    }
    let marked = caseload::mark_leavers(&mut tx, id, &day, user.id).await?;
    if marked.is_empty() {
        // Posted twice, or nobody left to mark: nothing changes.
        leptos_axum::redirect(&page);
        return Ok(());
    }
    // Their e-mailed appointments still to come leave their agendas.
    let cancels: Vec<_> = crate::store::campaigns::planned_of_leavers(&mut tx, id, now)
        .await?
        .iter()
        .filter_map(|i| crate::intake::mail::cancellation_mail(i, &cx.state.public_url, now))
        .collect();
    for mail in &cancels {
        crate::store::outbox::enqueue(&mut **tx, mail, now).await?;
    }
    let ended = crate::store::campaigns::end_for_leavers(&mut tx, id, user.id, now).await?;
    cx.audit(&mut **tx, &user, "mark_leavers", "caseload_import", id)
        .await?;
    tx.commit().await?;
    if !cancels.is_empty() {
        cx.state.mail_wake.notify_one();
    }
    tracing::info!(
        import = id,
        by = user.id,
        leavers = marked.len(),
        memberships_ended = ended,
        cancellations = cancels.len(),
        "leavers marked"
    );
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
