//! What the caseload pages and the store pass around.

use crate::domain::caseload::{ImportCounts, ImportStatus};
use serde::{Deserialize, Serialize};

/// One upload, as the import history lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct ImportLine {
    pub id: i64,
    pub file_name: String,
    pub encoding: String,
    pub status: ImportStatus,
    #[cfg_attr(feature = "ssr", sqlx(flatten))]
    pub counts: ImportCounts,
    pub uploaded_by: String,
    pub uploaded_at: i64,
    pub decided_by: Option<String>,
    pub decided_at: Option<i64>,
}

/// One client of the caseload, as the list shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct ClientLine {
    pub id: i64,
    pub client_number: String,
    pub name: String,
    pub postcode: String,
    pub municipality: String,
    pub birth_year: i64,
    pub benefit_start: String,
    pub email: String,
    pub candidate_id: Option<i64>,
    /// The day they left the benefits system, when the desk marked them so.
    pub left_on: Option<String>,
}

/// A search of the caseload as typed (query string of `/balie/intake/klanten`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub municipality: String,
    #[serde(default)]
    pub page: String,
}

/// One page of the caseload.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientPage {
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub lines: Vec<ClientLine>,
    pub municipalities: Vec<String>,
}
