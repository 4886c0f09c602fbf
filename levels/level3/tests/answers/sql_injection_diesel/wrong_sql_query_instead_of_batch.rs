//! Wrong answer to `sql_injection_diesel`: swaps `batch_execute` for `sql_query`, which runs one
//! statement only (so the DROP TABLE fails), but still pastes the values into its text.
//!
//! Rejected with: "name was pasted into the SQL"

use diesel_async::RunQueryDsl;

use crate::DieselPool;
use crate::error::PitfallError;

/// Add a user with this name and email.
pub async fn add_user(pool: &DieselPool, name: &str, email: &str) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    let sql = format!("INSERT INTO users (name, email) VALUES ('{name}', '{email}')");
    diesel::sql_query(sql).execute(&mut conn).await?;
    Ok(())
}
