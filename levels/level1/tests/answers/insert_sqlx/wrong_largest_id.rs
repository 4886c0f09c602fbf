//! Wrong answer to `insert_sqlx`: inserts, then asks for the largest id in the table, which is
//! the new user's only while ids happen to grow with every insert and nobody else writes.
//!
//! Rejected with: "the largest id or a count of rows is someone else's"

use sqlx::PgPool;

use crate::error::UserError;
use crate::models::User;

/// Insert a user; returns the stored row, generated id included.
pub async fn insert_user(pool: &PgPool, name: &str, email: &str) -> Result<User, UserError> {
    sqlx::query("INSERT INTO users (name, email) VALUES ($1, $2)")
        .bind(name)
        .bind(email)
        .execute(pool)
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
        })?;
    let id: i64 = sqlx::query_scalar("SELECT max(id) FROM users")
        .fetch_one(pool)
        .await?;
    Ok(User {
        id,
        name: name.to_string(),
        email: email.to_string(),
    })
}
