//! Checks for the pitfall `stale_connection_sqlx`.

use_answer!(level3::stale_connection_sqlx);

use std::sync::Arc;

use crate::shared::stale::{self, PidFn};
use crate::support::{LEVEL, check};

/// The learner's pool, and two ways to look at it: "a request that reports its backend pid",
/// and "how many connections are back, idle".
async fn learners_pool(db: &harness::TestDb) -> (PidFn, impl Fn() -> usize + use<>) {
    let pool = match harness::catch_panic(answer::connect(&db.url)).await {
        Ok(Ok(pool)) => pool,
        Ok(Err(e)) => panic!("[stale_connection_sqlx] connect failed: {e}"),
        Err(panic) => panic!("[stale_connection_sqlx] connect panicked: {panic}"),
    };
    let idle = {
        let pool = pool.clone();
        move || pool.num_idle()
    };
    let pid: PidFn = Arc::new(move || {
        let pool = pool.clone();
        Box::pin(async move {
            harness::observe::backend_pid(&pool)
                .await
                .map_err(|e| e.to_string())
        })
    });
    (pid, idle)
}

#[test]
fn a_connection_the_server_closed_is_not_handed_out() {
    check(&LEVEL, |db| async move {
        let (pid, idle) = learners_pool(&db).await;
        stale::survives_a_closed_connection("stale_connection_sqlx", &db, pid, idle).await;
    });
}

#[test]
fn a_healthy_connection_is_reused() {
    check(&LEVEL, |db| async move {
        let (pid, idle) = learners_pool(&db).await;
        stale::reuses_a_healthy_connection("stale_connection_sqlx", &db, pid, idle).await;
    });
}
