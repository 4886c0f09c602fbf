//! Wrong answer to `sql_injection_sqlx`: keeps the `format!` and doubles every quote by hand.
//! It stores O'Brien, but the values are still SQL text, and safety rests on the escaping
//! being right for every input and every server setting.
//!
//! Rejected with: "was pasted into the SQL text sent to the server"

use sqlx::{AssertSqlSafe, PgPool};

use crate::error::PitfallError;

/// Add a user with this name and email.
pub async fn add_user(pool: &PgPool, name: &str, email: &str) -> Result<(), PitfallError> {
    let name = name.replace('\'', "''");
    let email = email.replace('\'', "''");
    let sql = format!("INSERT INTO users (name, email) VALUES ('{name}', '{email}')");
    sqlx::raw_sql(AssertSqlSafe(sql)).execute(pool).await?;
    Ok(())
}
