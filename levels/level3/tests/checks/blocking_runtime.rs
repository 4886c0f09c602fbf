//! Checks for the pitfall `blocking_runtime`: a heartbeat that should tick every 10 ms, next to
//! a sign-up, on a single-threaded runtime.
//!
//! Two bounds, each far from where a right answer lands, and a check of the stored hash:
//!
//! - the heartbeat does not stall 150 ms in both of two sign-ups (a blocked runtime stalls for
//!   the whole hash, 300 ms, every time; a free one ticks within a few milliseconds of its 10,
//!   unless the machine is too busy to run it, which two sign-ups in a row do not both meet);
//! - the sign-up itself takes at least the hash's 300 ms: `slow_hash` sleeps that long, so an
//!   answer that returns sooner did not call it (a copy of the hash without its sleep hides the
//!   symptom and throws away the slowness that protects stolen hashes). This is a lower bound
//!   that a sleep guarantees, not a race;
//! - the stored hash is `slow_hash` of the password given.

use std::time::{Duration, Instant};

use_answer!(level3::blocking_runtime);
use answer::sign_up;

use crate::support::{Check, LEVEL, sqlx_pool};

const PASSWORD: &str = "correct horse battery staple";

#[test]
fn a_sign_up_does_not_stall_other_tasks() {
    Check::new(&LEVEL).single_thread().run(|db| async move {
        let pool = sqlx_pool(&db, 2).await;
        // Two sign-ups, each watched on its own. A blocked runtime stalls for the whole hash
        // every time; a machine too busy to run the heartbeat for 150 ms happened once in many
        // verify runs under load to a right answer. So the runtime counts as blocked only when
        // both sign-ups stalled it.
        let alice = watched_sign_up(&pool, "Alice", "alice@example.com").await;
        let bob = watched_sign_up(&pool, "Bob", "bob@example.com").await;
        let least = alice.worst_stall.min(bob.worst_stall);

        // A blocked runtime stalls for the whole hash (300 ms); a free one ticks within a few
        // milliseconds of its 10. The bound sits far from both.
        assert!(
            least < Duration::from_millis(150),
            "[blocking_runtime] a task that should run every 10 ms stalled for {:?} during one \
             sign-up and {:?} during another: sign_up blocks the runtime's only thread (slow_hash \
             run on it, or a blocking wait for it such as a thread's join()), and no other task \
             can run meanwhile. Move blocking work off the \
             async threads (spawn_blocking), and await its result.",
            alice.worst_stall,
            bob.worst_stall
        );
        let expected = tokio::task::spawn_blocking(|| level3::slow::slow_hash(PASSWORD))
            .await
            .expect("test: hashing");
        for signed in [&alice, &bob] {
            assert!(
                signed.stored_hash.as_deref() == Some(expected.as_str()),
                "[blocking_runtime] when sign_up returned, user {} had the password hash \
                 {:?}; expected slow_hash of the password, {expected:?}. Store the hash in the \
                 same INSERT, once it is computed.",
                signed.id,
                signed.stored_hash
            );
            assert!(
                signed.took >= Duration::from_millis(290),
                "[blocking_runtime] sign_up returned after {:?}, but slow_hash alone takes \
                 300 ms: the password was not hashed with slow_hash. Keep slow_hash as it is (its \
                 slowness is what makes stolen hashes expensive to crack); move it off the async \
                 threads instead.",
                signed.took
            );
        }
    });
}

/// What one sign-up did, seen from beside it.
struct SignedUp {
    id: i64,
    /// How long `sign_up` took.
    took: Duration,
    /// The longest a heartbeat task, meant to run every 10 ms, waited during it.
    worst_stall: Duration,
    /// The user's password hash at the moment `sign_up` returned.
    stored_hash: Option<String>,
}

/// Sign a user up with a heartbeat running beside it on the same (single) thread.
async fn watched_sign_up(pool: &sqlx::PgPool, name: &str, email: &str) -> SignedUp {
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
    let began = Instant::now();
    let id = match harness::catch_panic(sign_up(pool, name, email, PASSWORD)).await {
        Ok(Ok(id)) => id,
        Ok(Err(e)) => panic!("[blocking_runtime] sign_up failed: {e}"),
        Err(panic) => panic!("[blocking_runtime] sign_up panicked: {panic}"),
    };
    let took = began.elapsed();
    // The hash as it is when sign_up returns (not after a background task caught up).
    let stored_hash: Option<String> =
        sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1")
            .bind(id)
            .fetch_optional(pool)
            .await
            .expect("test: reading the hash")
            .flatten();
    let worst_stall = heartbeat.await.expect("the heartbeat panicked");
    SignedUp {
        id,
        took,
        worst_stall,
        stored_hash,
    }
}
