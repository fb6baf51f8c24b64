//! Openings as stored, and their status history.

use crate::domain::openings::OpeningContent;
use serde::{Deserialize, Serialize};

/// An opening as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningRow {
    pub id: i64,
    pub employer_id: i64,
    pub employer_name: String,
    pub status: String,
    pub reject_reason: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub published_at: Option<i64>,
    pub content: OpeningContent,
}

/// One status change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryLine {
    pub from: Option<String>,
    pub to: String,
    pub by: Option<String>,
    pub note: String,
    pub at: i64,
}
