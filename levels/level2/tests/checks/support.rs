//! What the checks share: the level, users with balances put in by plain SQL, balances read
//! back through a connection of the test's own, and faults injected on the server.

use rust_decimal::Decimal;
use sqlx::PgPool;

use std::time::Duration;

use deadpool::Runtime;
use diesel_async::AsyncPgConnection;
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use harness::TestDb;
use level2::DieselPool;
use sqlx::postgres::PgPoolOptions;

/// A sqlx pool of `size` for the code under test.
pub async fn sqlx_pool(db: &TestDb, size: u32) -> PgPool {
    PgPoolOptions::new()
        .max_connections(size)
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
pub use level2::LEVEL;

/// `"12.34"` as a Decimal.
pub fn dec(text: &str) -> Decimal {
    text.parse().expect("a decimal literal")
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

/// The balance of every user, by id order.
pub async fn balances(pool: &PgPool) -> Vec<(i64, Decimal)> {
    sqlx::query_as("SELECT id, balance FROM users ORDER BY id")
        .fetch_all(pool)
        .await
        .expect("test: reading balances")
}

/// Make every UPDATE of `users` after the first one fail, whatever connection runs it. The
/// count is a sequence, which a rollback does not undo, so the test can tell afterwards how
/// many row updates were tried.
pub async fn fail_every_update_after_the_first(pool: &PgPool) {
    sqlx::raw_sql(
        "CREATE SEQUENCE injected_update_count;
         CREATE FUNCTION injected_failure() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             IF nextval('injected_update_count') >= 2 THEN
                 RAISE EXCEPTION 'injected failure: this UPDATE of users fails on purpose';
             END IF;
             RETURN NEW;
         END $$;
         CREATE TRIGGER injected_failure BEFORE UPDATE ON users
             FOR EACH ROW EXECUTE FUNCTION injected_failure();",
    )
    .execute(pool)
    .await
    .expect("test setup: installing the failing trigger");
}

/// How many row updates of `users` were tried since [`fail_every_update_after_the_first`].
pub async fn updates_tried(pool: &PgPool) -> i64 {
    sqlx::query_scalar(
        "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM injected_update_count",
    )
    .fetch_one(pool)
    .await
    .expect("test: reading the update count")
}

/// Make every row UPDATE of `users` hold its row lock a few milliseconds, so transfers that
/// run at once really overlap, and have deadlocks detected quickly.
pub async fn slow_down_updates(pool: &PgPool) {
    harness::inject::slow_down_updates_of_users(pool)
        .await
        .expect("test setup: installing the slow trigger");
    harness::inject::quick_deadlock_detection(pool).await;
}
