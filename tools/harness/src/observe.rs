//! Looking at a database from the server's side: who is connected, doing what.
//!
//! Later levels test pools by what the server sees, not by what the pool claims: "never more
//! than five connections", "no session left idle in transaction", "a killed connection is not
//! handed out again".

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use sqlx::PgExecutor;

use crate::TestDb;

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

/// The most sessions a test database had at once, watched every 2 ms from a task (and a
/// connection) of its own while the caller runs something; [`PeakSessions::stop`] answers.
pub struct PeakSessions {
    stop: Arc<AtomicBool>,
    watcher: tokio::task::JoinHandle<usize>,
}

impl PeakSessions {
    /// Start watching `db`. A read that fails is skipped; the watch goes on.
    pub fn watch(db: &TestDb) -> PeakSessions {
        let stop = Arc::new(AtomicBool::new(false));
        let watcher = {
            let (db, stop) = (db.clone(), stop.clone());
            tokio::spawn(async move {
                let mut observer = db.connect().await;
                let mut most = 0;
                while !stop.load(Ordering::Relaxed) {
                    if let Ok(now) = sessions(&mut observer, db.name.as_str()).await {
                        most = most.max(now.len());
                    }
                    tokio::time::sleep(Duration::from_millis(2)).await;
                }
                most
            })
        };
        PeakSessions { stop, watcher }
    }

    /// Stop watching; the most sessions seen at once.
    pub async fn stop(self) -> usize {
        self.stop.store(true, Ordering::Relaxed);
        self.watcher.await.expect("the session watcher panicked")
    }
}
