//! Checks for the pitfall `n_plus_one_diesel`: count the statements sent.

use std::time::Duration;

use deadpool::Runtime;
use diesel_async::pooled_connection::{AsyncDieselConnectionManager, ManagerConfig};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use harness::capture::StatementLog;
use level3::DieselPool;
use_answer!(level3::n_plus_one_diesel);
use answer::users_with_orders;

use crate::shared::listing;
use crate::support::{LEVEL, check};

/// A pool whose every connection reports its statements to `log`.
fn logged_pool(url: &str, log: &StatementLog) -> DieselPool {
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
        .max_size(2)
        .wait_timeout(Some(Duration::from_secs(5)))
        .runtime(Runtime::Tokio1)
        .build()
        .unwrap()
}

#[test]
fn the_listing_takes_a_fixed_number_of_statements() {
    check(&LEVEL, |db| async move {
        let expected = listing::seed_users_and_orders(&db.pool().await).await;
        let log = StatementLog::new();
        let pool = logged_pool(&db.url, &log);
        let listed = users_with_orders(&pool)
            .await
            .unwrap_or_else(|e| panic!("[n_plus_one_diesel] users_with_orders failed: {e}"));
        // Leave out the pool's own check query (`SELECT 1` when a connection is reused).
        let statements: Vec<String> = log
            .statements()
            .into_iter()
            .filter(|s| !s.trim_start().starts_with("SELECT 1"))
            .collect();
        listing::check_listing("n_plus_one_diesel", &expected, &listed, &statements);
    });
}
