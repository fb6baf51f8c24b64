//! The public board at `/vacatures`: published openings with full-text search, filters,
//! sorting and pages, and a page per opening with its schema.org `JobPosting`. No login.

mod board_page;
mod opening_page;

pub use board_page::BoardPage;
pub use opening_page::PublicOpeningPage;

use crate::domain::board::BoardQuery;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// An opening as the public sees it (nothing internal: no status history, no reasons).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicOpening {
    pub id: i64,
    pub employer: String,
    /// `YYYY-MM-DD` (Dutch day) it was published.
    pub published: String,
    /// When it was published and last changed (Unix seconds), for the feed.
    pub published_at: i64,
    pub updated_at: i64,
    pub content: crate::domain::openings::OpeningContent,
}

/// One page of the board.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardResults {
    pub items: Vec<PublicOpening>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
    pub pages: i64,
    pub municipalities: Vec<String>,
}

/// A search of the board. Public.
#[server(name = SearchBoard, prefix = "/api", endpoint = "search_board", input = server_fn::codec::GetUrl)]
pub async fn search_board(#[server(flatten)] query: BoardQuery) -> Result<BoardResults, AppError> {
    crate::request::serve(|cx| ssr::search(cx, &query)).await
}

/// One published opening; `Gone` when it is no longer open, `NotFound` when it was never
/// public. Public.
#[server(name = GetPublicOpening, prefix = "/api", endpoint = "public_opening", input = server_fn::codec::GetUrl)]
pub async fn public_opening(id: i64) -> Result<PublicOpening, AppError> {
    crate::request::serve(|cx| ssr::opening(cx, id)).await
}

#[cfg(feature = "ssr")]
pub mod ssr {
    //! Board queries shared by the pages, the feed and the JSON API.

    use super::{BoardResults, PublicOpening};

    use crate::clock::now;
    use crate::domain::board::{page_count, BoardQuery};
    use crate::domain::dates::{day_of, iso_date};
    use crate::domain::openings::is_past_closing;
    use crate::error::AppError;
    use crate::openings::OpeningRow;
    use crate::request::Cx;
    use crate::store::{board, openings, Db};

    fn public(row: OpeningRow) -> PublicOpening {
        PublicOpening {
            id: row.id.0,
            employer: row.employer_name,
            published: iso_date(day_of(row.published_at.unwrap_or(row.updated_at))),
            published_at: row.published_at.unwrap_or(row.updated_at),
            updated_at: row.updated_at,
            content: row.content,
        }
    }

    /// One page of the board. Everyone gets the same page for the same filter on the same
    /// day, so it is served from the database's short-lived board cache when it can be
    /// (see `store::read_cache`).
    pub async fn search_in(db: &Db, query: &BoardQuery) -> Result<BoardResults, AppError> {
        let filter = query.filter();
        let today = iso_date(day_of(now()));
        let key = format!("{today}|{filter:?}");
        db.board_cache()
            .get_or_load(&key, || read(db, &filter, &today))
            .await
    }

    async fn read(
        db: &Db,
        filter: &crate::domain::board::BoardFilter,
        today: &str,
    ) -> Result<BoardResults, AppError> {
        let (rows, total) = board::search(db, filter, today).await?;
        Ok(BoardResults {
            items: rows.into_iter().map(public).collect(),
            total,
            page: filter.page,
            per_page: filter.per_page,
            pages: page_count(total, filter.per_page),
            municipalities: board::municipalities(db, today).await?,
        })
    }

    pub async fn search(cx: Cx, query: &BoardQuery) -> Result<BoardResults, AppError> {
        search_in(cx.db(), query).await
    }

    pub async fn opening_in(
        db: &Db,
        id: crate::domain::ids::OpeningId,
    ) -> Result<PublicOpening, AppError> {
        let row = openings::find(db, id).await?.ok_or(AppError::NotFound)?;
        let past = is_past_closing(row.content.closing_date.as_deref(), day_of(now()));
        match row.status.as_str() {
            "published" if !past => Ok(public(row)),
            "published" | "filled" | "closed" | "expired" => Err(AppError::Gone),
            _ => Err(AppError::NotFound),
        }
    }

    pub async fn opening(cx: Cx, id: i64) -> Result<PublicOpening, AppError> {
        opening_in(cx.db(), crate::domain::ids::OpeningId(id)).await
    }
}
