//! Wrong answer to `self_deadlock_diesel`: the helper writes on the transaction's connection,
//! but its error is thrown away (`.ok()`): a failed audit write aborts the transaction, the
//! COMMIT rolls it back, and rename_user says Ok for a rename that did not happen.
//!
//! Rejected with: "its error was thrown away"

use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};

use crate::DieselPool;
use crate::error::PitfallError;
use crate::schema::{audit_log, users};

/// Rename a user and record it in the audit log, in one transaction.
pub async fn rename_user(
    pool: &DieselPool,
    user_id: i64,
    new_name: &str,
) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        diesel::update(users::table.find(user_id))
            .set(users::name.eq(new_name))
            .execute(conn)
            .await?;
        record_audit(conn, user_id, "renamed").await.ok();
        Ok(())
    })
    .await
}

/// Write an audit row on the connection the caller gives.
async fn record_audit(
    conn: &mut AsyncPgConnection,
    user_id: i64,
    event: &str,
) -> Result<(), PitfallError> {
    diesel::insert_into(audit_log::table)
        .values((audit_log::user_id.eq(user_id), audit_log::event.eq(event)))
        .execute(conn)
        .await?;
    Ok(())
}
