//! Privacy (AVG/GDPR): who read or changed which candidate, proposal or placement, when
//! and from where — the audit log the portal writes on every such read and change, made
//! searchable for the admin at `/beheer/audit`. (Retention, subject access and erasure
//! come next; see issue #7.)

mod audit_page;
pub mod text;

pub use audit_page::AuditPage;

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The search as typed in the form (all text; checked on the server).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditQuery {
    /// Part of the e-mail address or name of who did it.
    #[serde(default)]
    pub wie: String,
    /// `candidate`, `proposal`, `placement`, … or empty for all.
    #[serde(default)]
    pub soort: String,
    /// The record's number.
    #[serde(default)]
    pub nummer: String,
    /// First and last day, `YYYY-MM-DD`.
    #[serde(default)]
    pub van: String,
    #[serde(default)]
    pub tot: String,
    #[serde(default)]
    pub page: String,
}

/// One entry as the admin sees it (`who`: the e-mail address; none for the system).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditLine {
    pub at: i64,
    pub who: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<i64>,
    pub address: String,
}

/// One page of results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditResults {
    pub lines: Vec<AuditLine>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    /// The kinds of record that occur in the log, for the filter.
    pub entities: Vec<String>,
}

/// Searches the audit log, newest first, 50 a page; admin only.
#[server(name = SearchAudit, prefix = "/api", endpoint = "audit_log", input = server_fn::codec::GetUrl)]
pub async fn audit_log(#[server(flatten)] query: AuditQuery) -> Result<AuditResults, AppError> {
    ssr::search(query).await.map_err(crate::auth::ssr::fail)
}

#[cfg(feature = "ssr")]
mod ssr {
    use super::{AuditQuery, AuditResults};
    use crate::auth::ssr::{app_state, require_role};
    use crate::domain::board::page_count;
    use crate::domain::privacy::AuditFilter;
    use crate::domain::Role;
    use crate::error::AppError;
    use crate::store::audit;

    pub async fn search(query: AuditQuery) -> Result<AuditResults, AppError> {
        require_role(&[Role::Admin])?;
        let filter = AuditFilter::parse(&query)?;
        let db = app_state()?.db;
        let (lines, total) = audit::search(&db, &filter).await?;
        Ok(AuditResults {
            lines,
            total,
            page: filter.page,
            pages: page_count(total, audit::PER_PAGE),
            entities: audit::entities(&db).await?,
        })
    }
}
