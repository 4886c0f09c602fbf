//! Checks for the pitfall `blocking_runtime`: a heartbeat that should tick every 10 ms, next to
//! a sign-up, on a single-threaded runtime.

use std::time::{Duration, Instant};

use_answer!(level3::blocking_runtime);
use answer::sign_up;

use crate::support::{Check, LEVEL, sqlx_pool};

#[test]
fn a_sign_up_does_not_stall_other_tasks() {
    Check::new(&LEVEL).single_thread().run(|db| async move {
        let pool = sqlx_pool(&db, 2).await;
        // The heartbeat's clock starts now, so a stall before its first tick counts too.
        let mut last = Instant::now();
        let heartbeat = tokio::spawn(async move {
            let mut worst = Duration::ZERO;
            for _ in 0..60 {
                tokio::time::sleep(Duration::from_millis(10)).await;
                worst = worst.max(last.elapsed());
                last = Instant::now();
            }
            worst
        });
        let id = sign_up(
            &pool,
            "Alice",
            "alice@example.com",
            "correct horse battery staple",
        )
        .await
        .unwrap_or_else(|e| panic!("[blocking_runtime] sign_up failed: {e}"));
        let worst = heartbeat.await.expect("the heartbeat panicked");

        let hash: Option<String> =
            sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1")
                .bind(id)
                .fetch_one(&pool)
                .await
                .unwrap();
        assert!(
            hash.is_some_and(|h| h.starts_with("fnv1a:")),
            "[blocking_runtime] the user has no password hash"
        );
        // A blocked runtime stalls for the whole hash (300 ms); a free one ticks within a few
        // milliseconds of its 10. The bound sits far from both.
        assert!(
            worst < Duration::from_millis(150),
            "[blocking_runtime] a task that should run every 10 ms stalled for {worst:?} during \
             sign-up: slow_hash blocks the runtime's only thread, and no other task can run \
             until it returns. Move blocking work off the async threads (spawn_blocking)."
        );
    });
}
