//! Rows of the accounts that levels 2 to 4 share (`users` with a `balance`), written and read
//! by the check through its own pool, in plain SQL: never through the code under check, so a
//! check's view of the money does not depend on the answer it judges.

use rust_decimal::Decimal;
use sqlx::PgPool;

/// `"12.34"` as a Decimal.
pub fn dec(text: &str) -> Decimal {
    text.parse()
        .unwrap_or_else(|e| panic!("test: {text:?} is not a decimal: {e}"))
}

/// Insert a user named `name` (email `name@example.com`, lowercased) with `balance`; returns
/// the id the database gave her.
pub async fn seed_user(pool: &PgPool, name: &str, balance: &str) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO users (name, email, balance) VALUES ($1, $2, $3::numeric) RETURNING id",
    )
    .bind(name)
    .bind(format!("{}@example.com", name.to_lowercase()))
    .bind(balance)
    .fetch_one(pool)
    .await
    .unwrap_or_else(|e| panic!("test setup: seeding the user {name}: {e}"))
}

/// Every user's balance, in id order.
pub async fn balances(pool: &PgPool) -> Vec<(i64, Decimal)> {
    sqlx::query_as("SELECT id, balance FROM users ORDER BY id")
        .fetch_all(pool)
        .await
        .unwrap_or_else(|e| panic!("test: reading the balances: {e}"))
}

/// One user's balance.
pub async fn balance_of(pool: &PgPool, user_id: i64) -> Decimal {
    sqlx::query_scalar("SELECT balance FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(pool)
        .await
        .unwrap_or_else(|e| panic!("test: reading the balance of user {user_id}: {e}"))
}
