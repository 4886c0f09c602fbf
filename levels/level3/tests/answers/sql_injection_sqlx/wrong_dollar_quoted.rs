//! Wrong answer to `sql_injection_sqlx`: pastes the values inside PostgreSQL dollar quotes
//! (`$q$...$q$`), which survive a single quote but not a value holding `$q$`.
//!
//! Rejected with: "was pasted into the SQL text sent to the server"

use sqlx::{AssertSqlSafe, PgPool};

use crate::error::PitfallError;

/// Add a user with this name and email.
pub async fn add_user(pool: &PgPool, name: &str, email: &str) -> Result<(), PitfallError> {
    let sql = format!("INSERT INTO users (name, email) VALUES ($q${name}$q$, $q${email}$q$)");
    sqlx::raw_sql(AssertSqlSafe(sql)).execute(pool).await?;
    Ok(())
}
