//! Right answer to `forgotten_commit_sqlx`: a connection is acquired first and the transaction
//! begun on it (`Connection::begin`); committed at the end, its error passed on with `?`.

use sqlx::{Connection, PgPool};

use crate::error::PitfallError;

/// Create a user with a welcome order; returns the user's id.
pub async fn open_account(pool: &PgPool, name: &str, email: &str) -> Result<i64, PitfallError> {
    let mut conn = pool.acquire().await?;
    let mut tx = conn.begin().await?;
    let id: i64 =
        sqlx::query_scalar("INSERT INTO users (name, email) VALUES ($1, $2) RETURNING id")
            .bind(name)
            .bind(email)
            .fetch_one(&mut *tx)
            .await?;
    sqlx::query("INSERT INTO orders (user_id, item, amount) VALUES ($1, 'welcome pack', 0.01)")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(id)
}
