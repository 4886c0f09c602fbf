//! Checks for the pitfall `leaked_connection_diesel`: six reports at once through a pool of two.

use_answer!(level3::leaked_connection_diesel);

use std::time::Duration;

use deadpool::Runtime;
use diesel_async::AsyncPgConnection;
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use level3::DieselPool;

use crate::shared::report::six_reports;
use crate::support::{LEVEL, check, seed_user};

#[test]
fn six_reports_share_a_pool_of_two() {
    check(&LEVEL, |db| async move {
        let seed = db.pool().await;
        for name in ["Alice", "Bob", "Carol"] {
            seed_user(&seed, name, "10.00").await;
        }
        let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new(&db.url);
        let pool = DieselPool::builder(manager)
            .max_size(2)
            .wait_timeout(Some(Duration::from_millis(150)))
            .runtime(Runtime::Tokio1)
            .build()
            .unwrap();
        let exercise = "leaked_connection_diesel";
        let shared = pool.clone();
        six_reports(exercise, move || {
            let pool = shared.clone();
            async move { answer::export_report(&pool).await }
        })
        .await;
        let status = pool.status();
        assert_eq!(
            status.available, status.size,
            "[{exercise}] after the reports, every connection should be back in the pool"
        );
    });
}
