//! What the checks of level 3 share: the shapes of the learners' functions, and what only
//! level 3's tables need. The rest comes from the harness, shared with the other levels: the
//! pools the code under check gets, the accounts seeded and read in plain SQL, the pauses that
//! let a check watch a transaction one statement at a time, and the writes it makes fail.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use level3::error::PitfallError;
use rust_decimal::Decimal;
use sqlx::PgPool;

pub use harness::accounts::{balance_of, dec, seed_user};
pub use harness::failure::{Refuse, refuse};
pub use harness::pause::{Paused, install_pauses};
pub use harness::pools::{diesel_pool, sqlx_pool};
pub use harness::{Check, check};
pub use level3::LEVEL;

pub type BoxFuture<T> = Pin<Box<dyn Future<Output = Result<T, PitfallError>> + Send>>;
/// A learner's `deposit(user_id, amount)`, callable from many tasks.
pub type DepositFn = Arc<dyn Fn(i64, Decimal) -> BoxFuture<()> + Send + Sync>;
/// A learner's `place_order(user_id, item, amount)`.
pub type PlaceOrderFn = Arc<dyn Fn(i64, String, Decimal) -> BoxFuture<i64> + Send + Sync>;

/// How many orders the user has.
pub async fn orders_of(pool: &PgPool, user_id: i64) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM orders WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(pool)
        .await
        .expect("test: counting orders")
}

/// Make every row UPDATE of `users` hold its row lock a few milliseconds, so that statements
/// running at once really overlap.
pub async fn slow_down_updates(pool: &PgPool) {
    harness::inject::slow_down_updates_of_users(pool)
        .await
        .expect("test setup: installing the slow trigger");
}

/// Whether a pool's error is "no connection came free in time" (sqlx or deadpool).
pub fn is_pool_timeout(error: &PitfallError) -> bool {
    matches!(
        error,
        PitfallError::Sqlx(sqlx::Error::PoolTimedOut)
            | PitfallError::Pool(deadpool::managed::PoolError::Timeout(_))
    )
}
