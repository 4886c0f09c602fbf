//! Wrong answer to `sql_injection_diesel`: binds the name with `sql_query(...).bind`, but still
//! pastes the email into the SQL text.
//!
//! Rejected with: "the email "ada.quotewright@example.com" was pasted"

use diesel::sql_types::Text;
use diesel_async::RunQueryDsl;

use crate::DieselPool;
use crate::error::PitfallError;

/// Add a user with this name and email.
pub async fn add_user(pool: &DieselPool, name: &str, email: &str) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    let sql = format!("INSERT INTO users (name, email) VALUES ($1, '{email}')");
    diesel::sql_query(sql)
        .bind::<Text, _>(name)
        .execute(&mut conn)
        .await?;
    Ok(())
}
