//! Wrong answer to `insert_sqlx`: binds the email but pastes the name into the SQL with its
//! quotes doubled by hand, so it works for O'Brien, and the next odd character is one escape
//! away from changing the statement.
//!
//! Rejected with: "written into its SQL text"

use sqlx::PgPool;

use crate::error::UserError;
use crate::models::User;

/// Insert a user; returns the stored row, generated id included.
pub async fn insert_user(pool: &PgPool, name: &str, email: &str) -> Result<User, UserError> {
    let name = name.replace('\'', "''");
    let sql =
        format!("INSERT INTO users (name, email) VALUES ('{name}', $1) RETURNING id, name, email");
    sqlx::query_as::<_, User>(sqlx::AssertSqlSafe(sql))
        .bind(email)
        .fetch_one(pool)
        .await
        .map_err(|error| {
            if error
                .as_database_error()
                .is_some_and(|db| db.is_unique_violation())
            {
                UserError::DuplicateEmail {
                    email: email.to_string(),
                }
            } else {
                UserError::Sqlx(error)
            }
        })
}
