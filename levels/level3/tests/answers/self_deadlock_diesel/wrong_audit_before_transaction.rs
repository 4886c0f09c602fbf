//! Wrong answer to `self_deadlock_diesel`: the audit row is written first, on its own
//! connection from the pool, and the rename after it: an audit row for a rename that may never
//! happen.
//!
//! Rejected with: "not in one transaction"

use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};

use crate::DieselPool;
use crate::error::PitfallError;
use crate::schema::{audit_log, users};

/// Rename a user and record it in the audit log, in one transaction.
pub async fn rename_user(
    pool: &DieselPool,
    user_id: i64,
    new_name: &str,
) -> Result<(), PitfallError> {
    record_audit(pool, user_id, "renamed").await?;
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        diesel::update(users::table.find(user_id))
            .set(users::name.eq(new_name))
            .execute(conn)
            .await?;
        Ok(())
    })
    .await
}

/// Write an audit row.
async fn record_audit(pool: &DieselPool, user_id: i64, event: &str) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    diesel::insert_into(audit_log::table)
        .values((audit_log::user_id.eq(user_id), audit_log::event.eq(event)))
        .execute(&mut conn)
        .await?;
    Ok(())
}
