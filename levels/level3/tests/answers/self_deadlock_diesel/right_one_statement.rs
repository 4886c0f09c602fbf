//! Right answer to `self_deadlock_diesel`: the rename and its audit row in one SQL statement (a
//! data-modifying WITH) with bound parameters: one connection, atomic by itself.

use diesel_async::RunQueryDsl;

use crate::DieselPool;
use crate::error::PitfallError;

/// Rename a user and record it in the audit log, in one transaction.
pub async fn rename_user(
    pool: &DieselPool,
    user_id: i64,
    new_name: &str,
) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    diesel::sql_query(
        "WITH renamed AS (UPDATE users SET name = $1 WHERE id = $2 RETURNING id) \
         INSERT INTO audit_log (user_id, event) SELECT id, 'renamed' FROM renamed",
    )
    .bind::<diesel::sql_types::Text, _>(new_name)
    .bind::<diesel::sql_types::BigInt, _>(user_id)
    .execute(&mut conn)
    .await?;
    Ok(())
}
