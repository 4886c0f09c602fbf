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

/// Install the failure injection on `users`, off until [`fail_update_number`] or
/// [`fail_commits`] turns it on. Row UPDATEs are counted in a sequence (a rollback does not
/// undo it, so the test can tell afterwards how many were tried); the UPDATE whose number is
/// `injection.fail_at` raises an error, and while `injection.fail_commit` is set, a deferred
/// constraint trigger makes the COMMIT of any transaction that updated `users` fail.
pub async fn install_failure_injection(pool: &PgPool) {
    sqlx::raw_sql(
        "CREATE TABLE injection (fail_at integer NOT NULL, fail_commit boolean NOT NULL);
         INSERT INTO injection VALUES (0, false);
         CREATE SEQUENCE injected_update_count;
         CREATE FUNCTION injected_failure() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             IF nextval('injected_update_count') = (SELECT fail_at FROM injection) THEN
                 RAISE EXCEPTION 'injected failure: this UPDATE of users fails on purpose';
             END IF;
             RETURN NEW;
         END $$;
         CREATE TRIGGER injected_failure BEFORE UPDATE ON users
             FOR EACH ROW EXECUTE FUNCTION injected_failure();
         CREATE FUNCTION injected_commit_failure() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             IF (SELECT fail_commit FROM injection) THEN
                 RAISE EXCEPTION 'injected failure: this COMMIT fails on purpose';
             END IF;
             RETURN NULL;
         END $$;
         CREATE CONSTRAINT TRIGGER injected_commit_failure AFTER UPDATE ON users
             DEFERRABLE INITIALLY DEFERRED
             FOR EACH ROW EXECUTE FUNCTION injected_commit_failure();",
    )
    .execute(pool)
    .await
    .expect("test setup: installing the failure injection");
}

/// From now on, row UPDATE number `n` of `users` fails (counting from 1; 0: none fails), and
/// commits succeed.
pub async fn fail_update_number(pool: &PgPool, n: i32) {
    sqlx::raw_sql("ALTER SEQUENCE injected_update_count RESTART")
        .execute(pool)
        .await
        .expect("test setup: resetting the update count");
    sqlx::query("UPDATE injection SET fail_at = $1, fail_commit = false")
        .bind(n)
        .execute(pool)
        .await
        .expect("test setup: choosing the UPDATE that fails");
}

/// From now on, no UPDATE fails but every COMMIT of a transaction that updated `users` does
/// (an UPDATE run outside a transaction commits by itself, and so fails too).
pub async fn fail_commits(pool: &PgPool) {
    sqlx::raw_sql(
        "ALTER SEQUENCE injected_update_count RESTART;
         UPDATE injection SET fail_at = 0, fail_commit = true;",
    )
    .execute(pool)
    .await
    .expect("test setup: making commits fail");
}

/// How many row updates of `users` were tried since the last [`fail_update_number`] or
/// [`fail_commits`].
pub async fn updates_tried(pool: &PgPool) -> i64 {
    sqlx::query_scalar(
        "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM injected_update_count",
    )
    .fetch_one(pool)
    .await
    .expect("test: reading the update count")
}

/// Make row UPDATE number `n` of `users` (counting from 1, whatever session runs it) wait for
/// advisory lock `key` first, so the test can hold a transaction there, half done, and look
/// at the database from outside.
pub async fn gate_update_number(pool: &PgPool, n: i64, key: i64) {
    sqlx::raw_sql(
        "CREATE SEQUENCE gate_count;
         CREATE TABLE gate_at (n bigint NOT NULL, key bigint NOT NULL);
         CREATE FUNCTION gate() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             IF nextval('gate_count') = (SELECT n FROM gate_at) THEN
                 PERFORM pg_advisory_xact_lock((SELECT key FROM gate_at));
             END IF;
             RETURN NEW;
         END $$;
         CREATE TRIGGER gate BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION gate();",
    )
    .execute(pool)
    .await
    .expect("test setup: the gate trigger");
    sqlx::query("INSERT INTO gate_at VALUES ($1, $2)")
        .bind(n)
        .bind(key)
        .execute(pool)
        .await
        .expect("test setup: choosing the gated UPDATE");
}

/// Make every row UPDATE of `users` hold its row lock a few milliseconds, so transfers that
/// run at once really overlap, and have deadlocks detected quickly.
pub async fn slow_down_updates(pool: &PgPool) {
    harness::inject::slow_down_updates_of_users(pool)
        .await
        .expect("test setup: installing the slow trigger");
    harness::inject::quick_deadlock_detection(pool).await;
}
