//! Partner employers as the desk reviews them.

use serde::{Deserialize, Serialize};

/// An employer as the desk reviews it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployerRecord {
    pub id: i64,
    pub name: String,
    pub kvk: String,
    pub sector: String,
    pub street: String,
    pub house_number: String,
    pub postcode: String,
    pub city: String,
    pub municipality: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub message: String,
    pub status: String,
    pub decline_reason: Option<String>,
    pub created_at: i64,
}
