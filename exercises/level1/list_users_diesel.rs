//! Exercise `list_users_diesel`: every user, in id order, on the diesel track.
//!
//! This one is written, and on your laptop it always lists users in id order. In production,
//! after a few months of updates, the admin page shows them shuffled. The tests store users the
//! way production ends up storing them. Find out why the order changes and fix it.
//!
//! Check your work: `cargo workbook check list_users_diesel`. Stuck: `cargo workbook hint list_users_diesel`.
//! Keep the function name and signature: the tests call it.

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

/// All users, lowest id first.
pub async fn list_users(conn: &mut AsyncPgConnection) -> QueryResult<Vec<User>> {
    // TODO: what, in this query, asks for id order?
    users::table.select(User::as_select()).load(conn).await
}
