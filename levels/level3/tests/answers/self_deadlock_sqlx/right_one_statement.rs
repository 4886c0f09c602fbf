//! Right answer to `self_deadlock_sqlx`: the rename and its audit row in one statement (a
//! data-modifying WITH), which needs one connection and is atomic by itself.

use sqlx::PgPool;

use crate::error::PitfallError;

/// Rename a user and record it in the audit log, in one transaction.
pub async fn rename_user(pool: &PgPool, user_id: i64, new_name: &str) -> Result<(), PitfallError> {
    sqlx::query(
        "WITH renamed AS (UPDATE users SET name = $1 WHERE id = $2 RETURNING id) \
         INSERT INTO audit_log (user_id, event) SELECT id, 'renamed' FROM renamed",
    )
    .bind(new_name)
    .bind(user_id)
    .execute(pool)
    .await?;
    Ok(())
}
