//! Wrong answer to `sql_injection_sqlx`: binds the email but still pastes the name into the SQL
//! text.
//!
//! Rejected with: "name was pasted into the SQL"

use sqlx::{AssertSqlSafe, PgPool};

use crate::error::PitfallError;

/// Add a user with this name and email.
pub async fn add_user(pool: &PgPool, name: &str, email: &str) -> Result<(), PitfallError> {
    let sql = format!("INSERT INTO users (name, email) VALUES ('{name}', $1)");
    sqlx::query(AssertSqlSafe(sql))
        .bind(email)
        .execute(pool)
        .await?;
    Ok(())
}
