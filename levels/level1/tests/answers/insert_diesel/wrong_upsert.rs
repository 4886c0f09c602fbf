//! Wrong answer to `insert_diesel`: `on_conflict(email).do_update()` turns a duplicate email
//! into an overwrite of the other user's name, and the caller never hears of the conflict.
//!
//! Rejected with: "a second user with the same email was accepted"

use diesel::prelude::*;
use diesel::upsert::excluded;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::error::UserError;
use crate::models::{NewUser, User};
use crate::schema::users;

/// Insert a user; returns the stored row, generated id included.
pub async fn insert_user(
    conn: &mut AsyncPgConnection,
    name: &str,
    email: &str,
) -> Result<User, UserError> {
    let user = diesel::insert_into(users::table)
        .values(NewUser { name, email })
        .on_conflict(users::email)
        .do_update()
        .set(users::name.eq(excluded(users::name)))
        .returning(User::as_returning())
        .get_result(conn)
        .await?;
    Ok(user)
}
