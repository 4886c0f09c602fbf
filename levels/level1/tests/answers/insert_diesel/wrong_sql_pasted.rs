//! Wrong answer to `insert_diesel`: writes the INSERT as SQL text with the values pasted in
//! (`sql_query(format!(..))`, quotes doubled by hand), so it works for O'Brien, and the next odd
//! character is one escape away from changing the statement.
//!
//! Rejected with: "written into its SQL text"

use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use diesel::sql_types::{BigInt, Text};
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::error::UserError;
use crate::models::User;

#[derive(QueryableByName)]
struct Row {
    #[diesel(sql_type = BigInt)]
    id: i64,
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Text)]
    email: String,
}

/// Insert a user; returns the stored row, generated id included.
pub async fn insert_user(
    conn: &mut AsyncPgConnection,
    name: &str,
    email: &str,
) -> Result<User, UserError> {
    let (quoted_name, quoted_email) = (name.replace('\'', "''"), email.replace('\'', "''"));
    let row: Row = diesel::sql_query(format!(
        "INSERT INTO users (name, email) VALUES ('{quoted_name}', '{quoted_email}') \
         RETURNING id, name, email"
    ))
    .get_result(conn)
    .await
    .map_err(|error| match error {
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
            UserError::DuplicateEmail {
                email: email.to_string(),
            }
        }
        other => UserError::Diesel(other),
    })?;
    Ok(User {
        id: row.id,
        name: row.name,
        email: row.email,
    })
}
