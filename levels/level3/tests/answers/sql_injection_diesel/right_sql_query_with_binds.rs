//! Right answer to `sql_injection_diesel`: raw SQL with `$1`, `$2` placeholders and
//! `sql_query(...).bind::<Text, _>`, so the values travel as bind parameters.

use diesel::sql_types::Text;
use diesel_async::RunQueryDsl;

use crate::DieselPool;
use crate::error::PitfallError;

/// Add a user with this name and email.
pub async fn add_user(pool: &DieselPool, name: &str, email: &str) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    diesel::sql_query("INSERT INTO users (name, email) VALUES ($1, $2)")
        .bind::<Text, _>(name)
        .bind::<Text, _>(email)
        .execute(&mut conn)
        .await?;
    Ok(())
}
