//! Checks for the pitfall `self_deadlock_sqlx`.

use_answer!(level3::self_deadlock_sqlx);

use std::time::Duration;

use sqlx::postgres::PgPoolOptions;

use crate::shared::audit::renamed_and_audited;
use crate::support::{LEVEL, check, seed_user};

#[test]
fn a_rename_works_with_a_pool_of_one() {
    check(&LEVEL, |db| async move {
        let seed = db.pool().await;
        let alice = seed_user(&seed, "Alice", "10.00").await;
        let pool = PgPoolOptions::new()
            .max_connections(1)
            .acquire_timeout(Duration::from_secs(1))
            .connect(&db.url)
            .await
            .unwrap();
        let result = answer::rename_user(&pool, alice, "Alicia").await;
        renamed_and_audited("self_deadlock_sqlx", &seed, alice, result).await;
    });
}
