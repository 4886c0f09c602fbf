//! Exercise `list_users_sqlx`: every user, in id order, on the sqlx track.
//!
//! This one is written, and on your laptop it always lists users in id order. In production,
//! after a few months of updates, the admin page shows them shuffled. The tests store users the
//! way production ends up storing them. Find out why the order changes and fix it.
//!
//! Check your work: `cargo workbook check list_users_sqlx`. Stuck: `cargo workbook hint list_users_sqlx`.
//! Keep the function name and signature: the tests call it.

use sqlx::PgPool;

use crate::models::User;

/// All users, lowest id first.
pub async fn list_users(pool: &PgPool) -> Result<Vec<User>, sqlx::Error> {
    // TODO: what, in this query, asks for id order?
    sqlx::query_as::<_, User>("SELECT id, name, email FROM users")
        .fetch_all(pool)
        .await
}
