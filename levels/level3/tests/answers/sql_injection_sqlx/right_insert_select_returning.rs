//! Right answer to `sql_injection_sqlx`: `INSERT ... SELECT $1, $2 ... RETURNING id`, the values
//! bound as parameters, the new id read and dropped.

use sqlx::PgPool;

use crate::error::PitfallError;

/// Add a user with this name and email.
pub async fn add_user(pool: &PgPool, name: &str, email: &str) -> Result<(), PitfallError> {
    let _id: i64 = sqlx::query_scalar("INSERT INTO users (name, email) SELECT $1, $2 RETURNING id")
        .bind(name)
        .bind(email)
        .fetch_one(pool)
        .await?;
    Ok(())
}
