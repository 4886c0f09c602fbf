//! Pitfall `sql_injection_sqlx`: SQL built by string formatting.
//!
//! Reference answer. Why it is right: the SQL text is a constant and the values travel apart,
//! as bind parameters, so no value can change what the statement does: a name with quotes, or
//! with a whole second statement in it, is stored as the text it is. (The broken version needed
//! `AssertSqlSafe` to get past sqlx 0.9, which refuses a `format!`ed string at compile time:
//! the escape hatch was the bug.)

use sqlx::PgPool;

use crate::error::PitfallError;

// ANCHOR: add_user
/// Add a user with this name and email.
pub async fn add_user(pool: &PgPool, name: &str, email: &str) -> Result<(), PitfallError> {
    sqlx::query("INSERT INTO users (name, email) VALUES ($1, $2)")
        .bind(name)
        .bind(email)
        .execute(pool)
        .await?;
    Ok(())
}
// ANCHOR_END: add_user
