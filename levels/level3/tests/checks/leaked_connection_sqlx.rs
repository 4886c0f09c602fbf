//! Checks for the pitfall `leaked_connection_sqlx`: reports through a pool of two. See
//! `shared::report`.

use_answer!(level3::leaked_connection_sqlx);

use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use crate::shared::report;
use crate::support::{LEVEL, check, seed_user};

const EXERCISE: &str = "leaked_connection_sqlx";

/// Alice, Bob and Carol.
async fn seed(db: &harness::TestDb) {
    let seed = db.pool().await;
    for name in ["Alice", "Bob", "Carol"] {
        seed_user(&seed, name, "10.00").await;
    }
    seed.close().await;
}

/// The code's pool: two connections, waiting up to `wait` for one, named for the session watch.
async fn pool_of_two(db: &harness::TestDb, wait: Duration) -> PgPool {
    PgPoolOptions::new()
        .max_connections(2)
        .acquire_timeout(wait)
        .connect(&report::reports_url(&db.url))
        .await
        .expect("test setup: a pool of two")
}

#[test]
fn six_reports_share_a_pool_of_two() {
    check(&LEVEL, |db| async move {
        seed(&db).await;
        let pool = pool_of_two(&db, Duration::from_millis(150)).await;
        let shared = pool.clone();
        report::six_reports(EXERCISE, move || {
            let pool = shared.clone();
            async move { answer::export_report(&pool).await }
        })
        .await;
        // The last report's connection may still be on its way back (sqlx checks it first).
        for _ in 0..100 {
            if pool.num_idle() == pool.size() as usize {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        assert!(
            pool.num_idle() == pool.size() as usize,
            "[{EXERCISE}] after the reports, {} of the pool's {} connections are still out: a \
             report keeps its connection",
            pool.size() as usize - pool.num_idle(),
            pool.size()
        );
    });
}

#[test]
fn twenty_reports_render_side_by_side() {
    check(&LEVEL, |db| async move {
        seed(&db).await;
        let pool = pool_of_two(&db, Duration::from_secs(5)).await;
        report::twenty_reports_render_side_by_side(EXERCISE, &db, move || {
            let pool = pool.clone();
            async move { answer::export_report(&pool).await }
        })
        .await;
    });
}
