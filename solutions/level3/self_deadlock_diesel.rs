//! Pitfall `self_deadlock_diesel`: a task that waits for itself, on the diesel track.
//!
//! Reference answer. Why it is right: the helper takes `&mut AsyncPgConnection`, and the
//! transaction closure hands it its own connection, so the audit row needs no second
//! connection and belongs to the same transaction as the rename.

use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};

use crate::DieselPool;
use crate::error::PitfallError;
use crate::schema::{audit_log, users};

// ANCHOR: rename_user
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
        record_audit(conn, user_id, "renamed").await
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
// ANCHOR_END: rename_user
