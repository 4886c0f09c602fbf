//! Looking at a database from the server's side: who is connected, doing what.
//!
//! Later levels test pools by what the server sees, not by what the pool claims: "never more
//! than five connections", "no session left idle in transaction", "a killed connection is not
//! handed out again".

use std::collections::BTreeMap;

use sqlx::PgExecutor;

/// One server session (a row of `pg_stat_activity`).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Session {
    pub pid: i32,
    /// `active`, `idle`, `idle in transaction`, ...; `None` for sessions we may not see.
    pub state: Option<String>,
    pub application_name: String,
    /// The last statement the session ran (or is running).
    pub query: String,
    /// What the session waits for, if anything: `wait_event_type` (`Lock`, `Client`, ...) and
    /// `wait_event` (`advisory`, `transactionid`, `ClientRead`, ...).
    pub wait_event_type: Option<String>,
    pub wait_event: Option<String>,
}

/// Every client session connected to `database`, except the one asking.
pub async fn sessions<'e>(
    executor: impl PgExecutor<'e>,
    database: &str,
) -> Result<Vec<Session>, sqlx::Error> {
    sqlx::query_as(
        "SELECT pid, state, application_name, coalesce(query, '') AS query, wait_event_type, \
                wait_event \
         FROM pg_stat_activity \
         WHERE datname = $1 AND backend_type = 'client backend' AND pid <> pg_backend_pid() \
         ORDER BY pid",
    )
    .bind(database)
    .fetch_all(executor)
    .await
}

/// How many sessions of `database` are in each state (`idle`: 3, `active`: 1, ...).
pub async fn count_by_state<'e>(
    executor: impl PgExecutor<'e>,
    database: &str,
) -> Result<BTreeMap<String, usize>, sqlx::Error> {
    let mut counts = BTreeMap::new();
    for session in sessions(executor, database).await? {
        let state = session.state.unwrap_or_else(|| "unknown".into());
        *counts.entry(state).or_insert(0) += 1;
    }
    Ok(counts)
}

/// The server process id of the connection `executor` runs on.
pub async fn backend_pid<'e>(executor: impl PgExecutor<'e>) -> Result<i32, sqlx::Error> {
    sqlx::query_scalar("SELECT pg_backend_pid()")
        .fetch_one(executor)
        .await
}

/// End a server session, as an administrator or a network failure would. Returns whether a
/// session with that pid existed.
pub async fn terminate<'e>(executor: impl PgExecutor<'e>, pid: i32) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar("SELECT pg_terminate_backend($1)")
        .bind(pid)
        .fetch_one(executor)
        .await
}
