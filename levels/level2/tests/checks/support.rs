//! What the checks of level 2 share. Most of it comes from the harness, shared with the other
//! levels: the pools the code under check gets, the accounts seeded and read in plain SQL, and
//! the failures and gates the server is asked to inject.

pub use harness::accounts::{balances, dec, seed_user};
pub use harness::failure::{
    fail_commits, fail_update_number, install_failure_injection, updates_tried,
};
pub use harness::gate::gate_update_number;
pub use harness::pools::{diesel_pool, sqlx_pool};
pub use level2::LEVEL;
use sqlx::PgPool;

/// Make every row UPDATE of `users` hold its row lock a few milliseconds, so transfers that
/// run at once really overlap, and have deadlocks detected quickly.
pub async fn slow_down_updates(pool: &PgPool) {
    harness::inject::slow_down_updates_of_users(pool)
        .await
        .expect("test setup: installing the slow trigger");
    harness::inject::quick_deadlock_detection(pool).await;
}
