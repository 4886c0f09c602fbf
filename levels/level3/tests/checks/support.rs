//! What the checks share: the level, pools of each track, users put in by plain SQL, and
//! balances read back through the test's own connection.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use deadpool::Runtime;
use diesel_async::AsyncPgConnection;
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use harness::TestDb;
use level3::DieselPool;
use level3::error::PitfallError;
use rust_decimal::Decimal;
use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

pub use harness::{Check, check};
pub use level3::LEVEL;

pub type BoxFuture<T> = Pin<Box<dyn Future<Output = Result<T, PitfallError>> + Send>>;
/// A learner's `deposit(user_id, amount)`, callable from many tasks.
pub type DepositFn = Arc<dyn Fn(i64, Decimal) -> BoxFuture<()> + Send + Sync>;
/// A learner's `place_order(user_id, item, amount)`.
pub type PlaceOrderFn = Arc<dyn Fn(i64, String, Decimal) -> BoxFuture<i64> + Send + Sync>;

/// `"12.34"` as a Decimal.
pub fn dec(text: &str) -> Decimal {
    text.parse().expect("a decimal literal")
}

/// A sqlx pool of `size` for the code under test.
pub async fn sqlx_pool(db: &TestDb, size: u32) -> PgPool {
    PgPoolOptions::new()
        .max_connections(size)
        .acquire_timeout(Duration::from_secs(5))
        .connect(&db.url)
        .await
        .expect("test setup: a sqlx pool")
}

/// A deadpool pool of `size` for the code under test.
pub fn diesel_pool(db: &TestDb, size: usize) -> DieselPool {
    let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new(&db.url);
    DieselPool::builder(manager)
        .max_size(size)
        .wait_timeout(Some(Duration::from_secs(5)))
        .runtime(Runtime::Tokio1)
        .build()
        .expect("test setup: a diesel pool")
}

/// Insert a user with a balance; returns the id.
pub async fn seed_user(pool: &PgPool, name: &str, balance: &str) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO users (name, email, balance) VALUES ($1, $2, $3::numeric) RETURNING id",
    )
    .bind(name)
    .bind(format!("{}@example.com", name.to_lowercase()))
    .bind(balance)
    .fetch_one(pool)
    .await
    .expect("test setup: seeding a user")
}

/// The user's balance, read through the test's own connection.
pub async fn balance_of(pool: &PgPool, user_id: i64) -> Decimal {
    sqlx::query_scalar("SELECT balance FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(pool)
        .await
        .expect("test: reading a balance")
}

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
