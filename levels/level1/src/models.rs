//! The row types of level 1: the Rust side of the `users` table.
//!
//! One struct serves both tracks: `sqlx::FromRow` lets sqlx build it from a row by column name,
//! and diesel's `Queryable` + `Selectable` let diesel build it from `users::table`, checked
//! against [`crate::schema`] at compile time.

use diesel::prelude::*;

// ANCHOR: user
/// A user as stored: SQLAlchemy's `User` model, with the generated `id` always present.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Queryable, Selectable)]
#[diesel(table_name = crate::schema::users, check_for_backend(diesel::pg::Pg))]
pub struct User {
    pub id: i64,
    pub name: String,
    pub email: String,
}

/// A user about to be inserted: no id yet, the database generates it.
#[derive(Debug, Clone, Copy, Insertable)]
#[diesel(table_name = crate::schema::users)]
pub struct NewUser<'a> {
    pub name: &'a str,
    pub email: &'a str,
}
// ANCHOR_END: user
