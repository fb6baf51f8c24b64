//! How core types meet database columns (server only): the store reads rows straight into
//! core types with sqlx's derived `FromRow`, by column name, on either backend.
//!
//! - A vocabulary (`text_enum!`) is a text column: it binds as its code and decodes from
//!   it; an unknown code is a decoding error that names the column.
//! - A yes/no is a `BIGINT` 0/1 on both databases (SQLite has no boolean type, and one
//!   schema text serves both): a field reads it with `#[sqlx(try_from = "Flag")]`.
//!
//! The impls are generic over the database, so the same derived `FromRow` reads rows of
//! sqlx's `Any` driver and of the native SQLite and PostgreSQL drivers alike.

use sqlx::error::BoxDynError;
use sqlx::{Database, Decode, Type};

/// A `BIGINT` column holding 0 or 1, read as a `bool` (anything but 0 is yes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flag(pub i64);

impl From<Flag> for bool {
    fn from(flag: Flag) -> bool {
        flag.0 != 0
    }
}

impl<DB: Database> Type<DB> for Flag
where
    i64: Type<DB>,
{
    fn type_info() -> DB::TypeInfo {
        <i64 as Type<DB>>::type_info()
    }

    fn compatible(ty: &DB::TypeInfo) -> bool {
        <i64 as Type<DB>>::compatible(ty)
    }
}

impl<'r, DB: Database> Decode<'r, DB> for Flag
where
    i64: Decode<'r, DB>,
{
    fn decode(value: <DB as Database>::ValueRef<'r>) -> Result<Self, BoxDynError> {
        Ok(Flag(<i64 as Decode<'r, DB>>::decode(value)?))
    }
}

/// Why a stored code did not decode.
pub fn unknown_code(type_name: &str, code: &str) -> BoxDynError {
    format!("{code:?} is not a code of {type_name}").into()
}

/// Makes a `text_enum!` a text column (invoked by `text_enum!` itself).
macro_rules! text_column {
    ($name:ident) => {
        impl<DB: sqlx::Database> sqlx::Type<DB> for $name
        where
            String: sqlx::Type<DB>,
        {
            fn type_info() -> DB::TypeInfo {
                <String as sqlx::Type<DB>>::type_info()
            }

            fn compatible(ty: &DB::TypeInfo) -> bool {
                <String as sqlx::Type<DB>>::compatible(ty)
            }
        }

        impl<'r, DB: sqlx::Database> sqlx::Decode<'r, DB> for $name
        where
            &'r str: sqlx::Decode<'r, DB>,
        {
            fn decode(
                value: <DB as sqlx::Database>::ValueRef<'r>,
            ) -> Result<Self, sqlx::error::BoxDynError> {
                let code = <&'r str as sqlx::Decode<'r, DB>>::decode(value)?;
                $name::parse(code).ok_or_else(|| $crate::sql::unknown_code(stringify!($name), code))
            }
        }

        impl<'q, DB: sqlx::Database> sqlx::Encode<'q, DB> for $name
        where
            &'q str: sqlx::Encode<'q, DB>,
        {
            fn encode_by_ref(
                &self,
                buf: &mut <DB as sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <&'q str as sqlx::Encode<'q, DB>>::encode(self.as_str(), buf)
            }
        }
    };
}
pub(crate) use text_column;

#[cfg(test)]
mod tests {
    use crate::domain::kinds::ProposalStatus;

    #[test]
    fn flags_read_zero_as_no_and_anything_else_as_yes() {
        assert!(!bool::from(super::Flag(0)));
        assert!(bool::from(super::Flag(1)));
        assert!(bool::from(super::Flag(-1)));
    }

    #[test]
    fn a_vocabulary_serialises_as_its_stored_code() {
        for status in ProposalStatus::ALL {
            let json = serde_json::to_string(status).unwrap();
            assert_eq!(json, format!("\"{}\"", status.as_str()));
            assert_eq!(
                serde_json::from_str::<ProposalStatus>(&json).unwrap(),
                *status
            );
        }
    }
}
