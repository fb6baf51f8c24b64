//! Openings as stored, and their status history.

use crate::domain::ids::{EmployerId, OpeningId};
use crate::domain::kinds::OpeningStatus;
use crate::domain::openings::OpeningContent;
use serde::{Deserialize, Serialize};

/// An opening as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningRow {
    pub id: OpeningId,
    pub employer_id: EmployerId,
    pub employer_name: String,
    pub status: OpeningStatus,
    pub reject_reason: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub published_at: Option<i64>,
    pub content: OpeningContent,
}

/// One status change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct HistoryLine {
    pub from: Option<OpeningStatus>,
    pub to: OpeningStatus,
    pub by: Option<String>,
    pub note: String,
    pub at: i64,
}
