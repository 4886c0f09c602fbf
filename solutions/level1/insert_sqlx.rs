//! Exercise `insert_sqlx`: insert a user and get the generated id back, on the sqlx track.
//!
//! In the Python tutorial, `session.add(user)` then `await session.commit()` then
//! `await session.refresh(user)`: a second round trip to learn the id the database generated.
//! PostgreSQL can hand it back from the INSERT itself: `RETURNING`.
//!
//! A second user with the same email breaks the table's UNIQUE rule. Python raises
//! `IntegrityError`; here the caller should get `UserError::DuplicateEmail`, which they can
//! match on, and every other error unchanged.
//!
//! Reference answer. Why it is right: one statement, values bound as parameters ($1, $2, never
//! pasted into the SQL), the row read back by `query_as` into a `User`. A unique violation is
//! recognised by its SQLSTATE (23505) through `is_unique_violation`, not by the error's text.

use sqlx::PgPool;

use crate::error::UserError;
use crate::models::User;

// ANCHOR: insert_user
/// Insert a user; returns the stored row, generated id included.
pub async fn insert_user(pool: &PgPool, name: &str, email: &str) -> Result<User, UserError> {
    let inserted = sqlx::query_as::<_, User>(
        "INSERT INTO users (name, email) VALUES ($1, $2) RETURNING id, name, email",
    )
    .bind(name)
    .bind(email)
    .fetch_one(pool)
    .await;

    inserted.map_err(|error| {
        let duplicate = error
            .as_database_error()
            .is_some_and(|db| db.is_unique_violation());
        if duplicate {
            UserError::DuplicateEmail {
                email: email.to_string(),
            }
        } else {
            UserError::Sqlx(error)
        }
    })
}
// ANCHOR_END: insert_user
