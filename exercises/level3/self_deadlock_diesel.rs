//! Pitfall `self_deadlock_diesel`: the rename that hangs, on the diesel track.
//!
//! Renaming a user works in development; under load in production it fails with a pool
//! timeout, and slows the whole site while it waits. A test with a pool of one connection
//! reproduces it every time, on an idle database. Find out what `rename_user` waits for, and
//! fix it. The audit row must be written in the same transaction as the rename.
//!
//! Check your work: `cargo workbook check self_deadlock_diesel`. Stuck: `cargo workbook hint self_deadlock_diesel`.
//! Keep `rename_user`'s name and signature: the tests call it. `record_audit` is yours to change.

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
        // TODO: with a pool of one connection, this never returns. What does it wait for?
        record_audit(pool, user_id, "renamed").await
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
