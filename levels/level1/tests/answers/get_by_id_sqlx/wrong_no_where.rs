//! Wrong answer to `get_by_id_sqlx`: forgets the WHERE clause, so it returns whichever user
//! comes first, for any id.
//!
//! Rejected with: "Is the WHERE clause on the id"

use sqlx::PgPool;

use crate::models::User;

/// The user with this id, if there is one.
// The mistake is the id never reaching the query, which is what this lint would point at.
#[allow(unused_variables)]
pub async fn get_user(pool: &PgPool, id: i64) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as::<_, User>("SELECT id, name, email FROM users LIMIT 1")
        .fetch_optional(pool)
        .await
}
