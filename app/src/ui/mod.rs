//! Small building blocks shared by every page: form fields with their error messages, and
//! the overview tables of the home pages, and the portal's one island (`password`).

pub mod errors;
pub mod filters;
pub mod forms;
pub mod page;
pub mod password;
pub mod tables;
