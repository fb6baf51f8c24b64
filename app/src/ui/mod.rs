//! Small building blocks shared by every page: form fields with their error messages, and
//! the overview tables of the home pages.

pub mod filters;
pub mod forms;
pub mod page;
pub mod tables;
