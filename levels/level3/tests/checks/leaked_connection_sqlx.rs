//! Checks for the pitfall `leaked_connection_sqlx`: six reports at once through a pool of two.

use_answer!(level3::leaked_connection_sqlx);

use std::time::Duration;

use sqlx::postgres::PgPoolOptions;

use crate::shared::report::six_reports;
use crate::support::{LEVEL, check, seed_user};

#[test]
fn six_reports_share_a_pool_of_two() {
    check(&LEVEL, |db| async move {
        let seed = db.pool().await;
        for name in ["Alice", "Bob", "Carol"] {
            seed_user(&seed, name, "10.00").await;
        }
        let pool = PgPoolOptions::new()
            .max_connections(2)
            .acquire_timeout(Duration::from_millis(150))
            .connect(&db.url)
            .await
            .unwrap();
        let exercise = "leaked_connection_sqlx";
        let shared = pool.clone();
        six_reports(exercise, move || {
            let pool = shared.clone();
            async move { answer::export_report(&pool).await }
        })
        .await;
        assert_eq!(
            pool.num_idle(),
            pool.size() as usize,
            "[{exercise}] after the reports, every connection should be back in the pool"
        );
    });
}
