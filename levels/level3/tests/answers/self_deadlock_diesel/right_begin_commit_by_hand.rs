//! Right answer to `self_deadlock_diesel`: the transaction driven by hand through diesel's
//! transaction manager on the one pooled connection, the helper given that connection.

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
    use diesel_async::TransactionManager;
    type Manager = <AsyncPgConnection as AsyncConnection>::TransactionManager;

    let mut pooled = pool.get().await?;
    let conn: &mut AsyncPgConnection = &mut pooled;
    Manager::begin_transaction(conn).await?;
    let work = async {
        diesel::update(users::table.find(user_id))
            .set(users::name.eq(new_name))
            .execute(conn)
            .await?;
        record_audit(conn, user_id, "renamed").await
    }
    .await;
    match work {
        Ok(()) => Ok(Manager::commit_transaction(conn).await?),
        Err(e) => {
            Manager::rollback_transaction(conn).await?;
            Err(e)
        }
    }
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
