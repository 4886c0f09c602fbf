//! What the server was sent and what it did, for the checks of part B of level 3: a diesel
//! pool whose statements are captured, and a record of which backend ran each charge and when.

use std::time::Duration;

use deadpool::Runtime;
use diesel_async::pooled_connection::{AsyncDieselConnectionManager, ManagerConfig};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use harness::capture::StatementLog;
use level3::DieselPool;
use sqlx::PgPool;

/// A diesel pool of `size` whose every connection reports its statements to `log`.
pub fn logged_diesel_pool(url: &str, log: &StatementLog, size: usize) -> DieselPool {
    let log = log.clone();
    let mut config = ManagerConfig::default();
    config.custom_setup = Box::new(move |url| {
        let (url, log) = (url.to_string(), log.clone());
        Box::pin(async move {
            let mut conn = AsyncPgConnection::establish(&url).await?;
            conn.set_instrumentation(log.diesel_instrumentation());
            Ok(conn)
        })
    });
    let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new_with_config(url, config);
    DieselPool::builder(manager)
        .max_size(size)
        .wait_timeout(Some(Duration::from_secs(5)))
        .runtime(Runtime::Tokio1)
        .build()
        .expect("test setup: a logged diesel pool")
}

/// The SQL texts the log captured, without what the pool sends by itself (deadpool's
/// `SELECT $1` (bound to 1) before reusing a connection) and without diesel's `-- binds: [...]` suffix: the
/// bind values travel apart from the SQL, and are not part of its text.
pub fn sql_texts(log: &StatementLog) -> Vec<String> {
    log.statements()
        .into_iter()
        .map(|s| match s.find(" -- binds: [") {
            Some(at) => s[..at].trim().to_string(),
            None => s,
        })
        .filter(|s| s != "SELECT $1" && s != "SELECT 1")
        .collect()
}

/// One row UPDATE of `users` as the server ran it: which backend, from when to when.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Charge {
    pub pid: i32,
    pub started: f64,
    pub finished: f64,
}

/// Make every row UPDATE of `users` hold its row for 10 ms, and record which backend ran it
/// and when (in a table of its own), so a check can see how many ran at once and on how many
/// connections. At 10 ms each, five connections serve at most 250 updates in 0.5 s.
pub async fn record_updates_of_users(pool: &PgPool) {
    sqlx::raw_sql(
        "CREATE UNLOGGED TABLE workbook_charges (pid int, started float8, finished float8);
         CREATE FUNCTION workbook_record_charge() RETURNS trigger LANGUAGE plpgsql AS $$
         DECLARE began float8 := extract(epoch FROM clock_timestamp());
         BEGIN
             PERFORM pg_sleep(0.010);
             INSERT INTO workbook_charges
                 VALUES (pg_backend_pid(), began, extract(epoch FROM clock_timestamp()));
             RETURN NEW;
         END $$;
         CREATE TRIGGER workbook_record_charge BEFORE UPDATE ON users
             FOR EACH ROW EXECUTE FUNCTION workbook_record_charge();",
    )
    .execute(pool)
    .await
    .expect("test setup: installing the recording trigger");
}

/// Every update recorded by [`record_updates_of_users`] (only committed ones).
pub async fn recorded_updates(pool: &PgPool) -> Vec<Charge> {
    sqlx::query_as("SELECT pid, started, finished FROM workbook_charges")
        .fetch_all(pool)
        .await
        .expect("test: reading the recorded updates")
}

/// The most updates that were running at one instant.
pub fn most_at_once(charges: &[Charge]) -> usize {
    // +1 at each start, -1 at each end; at equal times, ends first (touching is not overlap).
    let mut events: Vec<(f64, i32)> = charges
        .iter()
        .flat_map(|c| [(c.started, 1), (c.finished, -1)])
        .collect();
    events.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let (mut now, mut most) = (0i32, 0i32);
    for (_, step) in events {
        now += step;
        most = most.max(now);
    }
    most as usize
}
