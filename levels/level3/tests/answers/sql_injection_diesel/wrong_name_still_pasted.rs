//! Wrong answer to `sql_injection_diesel`: binds the email, but still pastes the name into the
//! SQL text.
//!
//! Rejected with: "name was pasted into the SQL"

use diesel::sql_types::Text;
use diesel_async::RunQueryDsl;

use crate::DieselPool;
use crate::error::PitfallError;

/// Add a user with this name and email.
pub async fn add_user(pool: &DieselPool, name: &str, email: &str) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    let sql = format!("INSERT INTO users (name, email) VALUES ('{name}', $1)");
    diesel::sql_query(sql)
        .bind::<Text, _>(email)
        .execute(&mut conn)
        .await?;
    Ok(())
}
