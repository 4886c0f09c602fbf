//! What the checks share: the level, a diesel connection, rows put in by plain SQL (so the
//! checks of one exercise never depend on the learner's answer to another).

use diesel_async::{AsyncConnection, AsyncPgConnection};
use harness::TestDb;
use sqlx::{ConnectOptions, PgPool};

pub use harness::{Check, check, unless_it_panics};
pub use level1::LEVEL;

/// A diesel-async connection to the test's database.
pub async fn diesel_connection(db: &TestDb) -> AsyncPgConnection {
    AsyncPgConnection::establish(&db.url)
        .await
        .unwrap_or_else(|e| panic!("test setup: diesel cannot connect to {}: {e}", db.name))
}

/// Insert a user directly; returns its id.
pub async fn seed_user(pool: &PgPool, name: &str, email: &str) -> i64 {
    sqlx::query_scalar("INSERT INTO users (name, email) VALUES ($1, $2) RETURNING id")
        .bind(name)
        .bind(email)
        .fetch_one(pool)
        .await
        .expect("test setup: seeding a user")
}

/// Insert users with chosen ids, in the order given. Inserting them out of id order leaves them
/// stored out of id order, so only an explicit ORDER BY reads them back sorted.
pub async fn seed_users_with_ids(pool: &PgPool, users: &[(i64, &str, &str)]) {
    for (id, name, email) in users {
        sqlx::query("INSERT INTO users (id, name, email) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(name)
            .bind(email)
            .execute(pool)
            .await
            .expect("test setup: seeding a user with an id");
    }
}

/// `(id, name, email)` of every row whose email is `email`.
pub async fn rows_with_email(pool: &PgPool, email: &str) -> Vec<(i64, String, String)> {
    sqlx::query_as("SELECT id, name, email FROM users WHERE email = $1")
        .bind(email)
        .fetch_all(pool)
        .await
        .expect("test: reading users back")
}

/// Columns of `table` as `(name, data_type, max_length)`, in table order.
pub async fn columns_of(pool: &PgPool, table: &str) -> Vec<(String, String, Option<i32>)> {
    sqlx::query_as(
        "SELECT column_name::text, data_type::text, character_maximum_length::int \
         FROM information_schema.columns \
         WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
    )
    .bind(table)
    .fetch_all(pool)
    .await
    .expect("test: reading information_schema")
}

/// Whether `users.email` has a UNIQUE constraint.
pub async fn email_is_unique(pool: &PgPool) -> bool {
    sqlx::query_scalar(
        "SELECT EXISTS ( \
           SELECT 1 FROM pg_constraint c \
           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) \
           WHERE c.conrelid = 'public.users'::regclass AND c.contype = 'u' \
             AND a.attname = 'email' AND array_length(c.conkey, 1) = 1)",
    )
    .fetch_one(pool)
    .await
    .expect("test: reading pg_constraint")
}

/// The columns level 1's migration creates.
pub fn expected_user_columns() -> Vec<(String, String, Option<i32>)> {
    vec![
        ("id".into(), "bigint".into(), None),
        ("name".into(), "character varying".into(), Some(50)),
        ("email".into(), "character varying".into(), Some(100)),
    ]
}

/// Make every later statement on `users` fail for real ("relation users does not exist"), the
/// way a broken deploy or a dropped table would: the checks use it to see that a real failure
/// comes back as an error, not as an ordinary answer ("no such user").
pub async fn move_users_table_away(pool: &PgPool) {
    sqlx::query("ALTER TABLE users RENAME TO users_moved_away")
        .execute(pool)
        .await
        .expect("test setup: renaming the users table");
}

/// The ids of `users` in the order the rows are stored on disk (what a query without ORDER BY
/// returns from a small table): the checks of `list_users_*` tell "no ORDER BY" from other
/// mistakes with it.
pub async fn ids_in_storage_order(pool: &PgPool) -> Vec<i64> {
    sqlx::query_scalar("SELECT id FROM users ORDER BY ctid")
        .fetch_all(pool)
        .await
        .expect("test: reading the storage order")
}

/// A pool whose connections report every statement to `tracing` (sqlx's default, at DEBUG),
/// unlike the harness's own pool, which keeps quiet. With a [`harness::capture::StatementLog`]
/// installed on the test's thread, a check sees the SQL text the learner's code sent.
pub async fn statement_reporting_pool(db: &TestDb) -> PgPool {
    let options: sqlx::postgres::PgConnectOptions =
        db.url.parse().expect("the harness made this URL");
    sqlx::postgres::PgPoolOptions::new()
        .max_connections(1)
        .connect_with(options.log_statements(log::LevelFilter::Debug))
        .await
        .unwrap_or_else(|e| panic!("test setup: cannot connect to {}: {e}", db.name))
}
