//! Exercise `get_by_id_sqlx`: get a user by primary key, on the sqlx track.
//!
//! `await session.get(User, user_id)` in the Python tutorial returns the user, or `None` when
//! there is no such id. A missing row is an ordinary answer, not a failure, and Rust can say so
//! in the type: `Option<User>`. The `Result` around it is for what really went wrong (the server
//! is gone, the SQL has a typo).
//!
//! Return `Ok(Some(user))` for an id that exists and `Ok(None)` for one that does not.
//!
//! Check your work: `cargo workbook check get_by_id_sqlx`. Stuck: `cargo workbook hint get_by_id_sqlx`.
//! Keep the function name and signature: the tests call it.

use sqlx::PgPool;

use crate::models::User;

/// The user with this id, if there is one.
pub async fn get_user(pool: &PgPool, id: i64) -> Result<Option<User>, sqlx::Error> {
    // TODO: select the user by id; zero rows is Ok(None).
    todo!()
}
