//! Who is logged in, as pages and the store see it.

use crate::domain::ids::EmployerId;
use crate::domain::Role;
use serde::{Deserialize, Serialize};

/// The account behind the current request, as pages may see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionUser {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub employer_id: Option<EmployerId>,
    pub employer_name: Option<String>,
}
