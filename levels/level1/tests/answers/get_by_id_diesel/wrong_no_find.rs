//! Wrong answer to `get_by_id_diesel`: forgets `find(id)`, so `first` returns whichever user
//! comes first.
//!
//! Rejected with: "Is the WHERE clause on the id"

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

/// The user with this id, if there is one.
// The mistake is the id never reaching the query, which is what this lint would point at.
#[allow(unused_variables)]
pub async fn get_user(conn: &mut AsyncPgConnection, id: i64) -> QueryResult<Option<User>> {
    users::table
        .select(User::as_select())
        .first(conn)
        .await
        .optional()
}
