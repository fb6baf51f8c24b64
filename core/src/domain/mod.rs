//! Domain types of the employer service desk, shared by the server and the browser.
//!
//! Types here validate on parse (`Postcode::parse`, `Kvk::parse`, `EmailAddress::parse`):
//! once a value has one of these types it is known to be well-formed, so handlers and the
//! store never re-check. Enumerations map to the text stored in the database with
//! `as_str`/`parse` and to both languages with `label`. No I/O happens in this module, so
//! every rule is tested without a server or a browser.

pub mod board;
pub mod buddies;
pub mod calendar;
pub mod campaigns;
pub mod candidates;
pub mod caseload;
pub mod client_address;
pub mod dates;
pub mod email;
pub mod fields;
pub mod ids;
pub mod intake;
pub mod kinds;
pub mod kvk;
pub mod matching;
pub mod openings;
pub mod outbox;
pub mod paging;
pub mod password;
pub mod placements;
pub mod plans;
pub mod postcode;
pub mod privacy;
pub mod proposals;
pub mod redirect;
pub mod registration;
pub mod reports;
pub mod retention;
pub mod role;
pub mod settings;
pub mod text;

pub use email::EmailAddress;
pub use kvk::Kvk;
pub use postcode::Postcode;
pub use role::Role;

/// Why a typed value was refused, with the message for the field in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError(pub crate::i18n::T);

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.en)
    }
}

impl std::error::Error for FieldError {}

/// Declares a closed set of values stored as text, with a label in both languages.
///
/// The code is the one spelling of a value everywhere: the database column, URLs, form
/// fields and JSON (serde renames each variant to it). On the server the type is also a
/// column type for sqlx (see [`crate::sql`]): it binds as its code and decodes from it, so
/// an unknown code in the database is a decoding error, never a silent default.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal : $nl:literal / $en:literal,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name { $(#[serde(rename = $code)] $variant,)* }

        #[cfg(feature = "ssr")]
        $crate::sql::text_column!($name);

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The code stored in the database and used in URLs.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $code,)* }
            }

            pub fn parse(code: &str) -> Option<$name> {
                match code { $($code => Some($name::$variant),)* _ => None }
            }

            /// The labels, as a block of the message registry.
            pub const MESSAGES: crate::i18n::Block = crate::i18n::Block {
                module: module_path!(),
                name: stringify!($name),
                messages: &[$((stringify!($variant), crate::i18n::T::new($nl, $en)),)*],
            };

            pub fn label(self) -> crate::i18n::T {
                match self { $($name::$variant => crate::i18n::T::new($nl, $en),)* }
            }

            /// The label of a stored code in `lang`; an unknown code is shown as it is.
            pub fn label_of(code: &str, lang: crate::i18n::Lang) -> String {
                match $name::parse(code) {
                    Some(e) => e.label().get(lang).to_string(),
                    None => code.to_string(),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use text_enum;
