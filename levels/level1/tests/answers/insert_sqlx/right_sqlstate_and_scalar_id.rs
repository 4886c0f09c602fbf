//! Right answer to `insert_sqlx`: asks the INSERT for the id alone (`RETURNING id`) and builds
//! the user from it, and recognises the duplicate by its SQLSTATE, 23505.

use sqlx::PgPool;

use crate::error::UserError;
use crate::models::User;

/// Insert a user; returns the stored row, generated id included.
pub async fn insert_user(pool: &PgPool, name: &str, email: &str) -> Result<User, UserError> {
    let inserted: Result<i64, sqlx::Error> =
        sqlx::query_scalar("INSERT INTO users (name, email) VALUES ($1, $2) RETURNING id")
            .bind(name)
            .bind(email)
            .fetch_one(pool)
            .await;
    match inserted {
        Ok(id) => Ok(User {
            id,
            name: name.to_string(),
            email: email.to_string(),
        }),
        Err(sqlx::Error::Database(db)) if db.code().as_deref() == Some("23505") => {
            Err(UserError::DuplicateEmail {
                email: email.to_string(),
            })
        }
        Err(other) => Err(UserError::Sqlx(other)),
    }
}
