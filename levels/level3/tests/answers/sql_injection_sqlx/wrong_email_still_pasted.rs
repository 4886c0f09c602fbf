//! Wrong answer to `sql_injection_sqlx`: binds the name but still pastes the email into the SQL
//! text, so an email with a quote breaks the statement, and a crafted one rewrites it.
//!
//! Rejected with: "the email "ada.quotewright@example.com" was pasted"

use sqlx::{AssertSqlSafe, PgPool};

use crate::error::PitfallError;

/// Add a user with this name and email.
pub async fn add_user(pool: &PgPool, name: &str, email: &str) -> Result<(), PitfallError> {
    let sql = format!("INSERT INTO users (name, email) VALUES ($1, '{email}')");
    sqlx::query(AssertSqlSafe(sql))
        .bind(name)
        .execute(pool)
        .await?;
    Ok(())
}
