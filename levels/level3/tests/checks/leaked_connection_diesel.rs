//! Checks for the pitfall `leaked_connection_diesel`: reports through a pool of two. See
//! `shared::report`.

use_answer!(level3::leaked_connection_diesel);

use std::time::Duration;

use deadpool::Runtime;
use diesel_async::AsyncPgConnection;
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use level3::DieselPool;

use crate::shared::report;
use crate::support::{LEVEL, check, seed_user};

const EXERCISE: &str = "leaked_connection_diesel";

/// Alice, Bob and Carol.
async fn seed(db: &harness::TestDb) {
    let seed = db.pool().await;
    for name in ["Alice", "Bob", "Carol"] {
        seed_user(&seed, name, "10.00").await;
    }
    seed.close().await;
}

/// The code's pool: two connections, waiting up to `wait` for one, named for the session watch.
fn pool_of_two(db: &harness::TestDb, wait: Duration) -> DieselPool {
    let manager =
        AsyncDieselConnectionManager::<AsyncPgConnection>::new(report::reports_url(&db.url));
    DieselPool::builder(manager)
        .max_size(2)
        .wait_timeout(Some(wait))
        .runtime(Runtime::Tokio1)
        .build()
        .expect("test setup: a pool of two")
}

#[test]
fn six_reports_share_a_pool_of_two() {
    check(&LEVEL, |db| async move {
        seed(&db).await;
        let pool = pool_of_two(&db, Duration::from_millis(150));
        let shared = pool.clone();
        report::six_reports(EXERCISE, move || {
            let pool = shared.clone();
            async move { answer::export_report(&pool).await }
        })
        .await;
        let status = pool.status();
        assert!(
            status.available == status.size,
            "[{EXERCISE}] after the reports, {} of the pool's {} connections are still out: a \
             report keeps its connection",
            status.size - status.available,
            status.size
        );
    });
}

#[test]
fn twenty_reports_render_side_by_side() {
    check(&LEVEL, |db| async move {
        seed(&db).await;
        let pool = pool_of_two(&db, Duration::from_secs(5));
        report::twenty_reports_render_side_by_side(EXERCISE, &db, move || {
            let pool = pool.clone();
            async move { answer::export_report(&pool).await }
        })
        .await;
    });
}
