//! Right answer to `forgotten_commit_sqlx`: one statement (a data-modifying WITH) inserts the
//! user and the welcome order, so it is atomic by itself, with no transaction to commit.

use sqlx::PgPool;

use crate::error::PitfallError;

/// Create a user with a welcome order; returns the user's id.
pub async fn open_account(pool: &PgPool, name: &str, email: &str) -> Result<i64, PitfallError> {
    let id: i64 = sqlx::query_scalar(
        "WITH new_user AS ( \
             INSERT INTO users (name, email) VALUES ($1, $2) RETURNING id \
         ), welcome AS ( \
             INSERT INTO orders (user_id, item, amount) \
             SELECT id, 'welcome pack', 0.01 FROM new_user \
         ) \
         SELECT id FROM new_user",
    )
    .bind(name)
    .bind(email)
    .fetch_one(pool)
    .await?;
    Ok(id)
}
