//! Partner employers as the desk reviews them.

use crate::domain::ids::EmployerId;
use crate::domain::kinds::{EmployerStatus, Sector};
use serde::{Deserialize, Serialize};

/// An employer as the desk reviews it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct EmployerRecord {
    pub id: EmployerId,
    pub name: String,
    pub kvk: String,
    pub sector: Sector,
    pub street: String,
    pub house_number: String,
    pub postcode: String,
    pub city: String,
    pub municipality: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub message: String,
    pub status: EmployerStatus,
    pub decline_reason: Option<String>,
    pub created_at: i64,
}
