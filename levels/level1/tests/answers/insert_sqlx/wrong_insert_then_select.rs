//! Wrong answer to `insert_sqlx`: inserts, then reads the row back with a SELECT by email (the
//! Python tutorial's `refresh()`), two round trips where RETURNING needs one.
//!
//! Rejected with: "RETURNING hands the new row back from the INSERT itself"

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
    let user = sqlx::query_as::<_, User>("SELECT id, name, email FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(pool)
        .await?;
    Ok(user)
}
