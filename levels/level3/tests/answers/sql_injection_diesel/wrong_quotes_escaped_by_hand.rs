//! Wrong answer to `sql_injection_diesel`: keeps `format!` and `batch_execute`, doubling every
//! quote by hand: O'Brien is stored, but the values are still SQL text.
//!
//! Rejected with: "was pasted into the SQL text sent to the server"

use diesel_async::SimpleAsyncConnection;

use crate::DieselPool;
use crate::error::PitfallError;

/// Add a user with this name and email.
pub async fn add_user(pool: &DieselPool, name: &str, email: &str) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    let name = name.replace('\'', "''");
    let email = email.replace('\'', "''");
    let sql = format!("INSERT INTO users (name, email) VALUES ('{name}', '{email}')");
    conn.batch_execute(&sql).await?;
    Ok(())
}
