//! Not an exercise: this level's lookups written with sqlx's compile-time checked macros,
//! `query_as!`, `query!` and `query_scalar!`, for the book's page on them
//! (`book/src/level1/checked-sql.md`).
//!
//! The macros send each SQL text to PostgreSQL while the crate compiles, ask it to describe the
//! statement (its parameters' types, its columns' names, types and nullability), and check the
//! Rust around it against that answer: a misspelled column or a wrong type is a compile error.
//! The answers are kept in `levels/level1/.sqlx/` (the "offline data"), so a build without a
//! database uses them instead; `.cargo/config.toml` sets `SQLX_OFFLINE=true`, so every build here
//! does. `cargo workbook prepare` writes them again from a fresh database with the level's
//! migrations, and `cargo workbook verify` fails when they are stale.

use sqlx::PgPool;

use crate::models::User;

// ANCHOR: get_user
/// The user with this id, if there is one: the `get_by_id_sqlx` exercise, checked at compile
/// time. The columns must match `User`'s fields by name and type; `id` must be an `i64`.
pub async fn get_user(pool: &PgPool, id: i64) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as!(User, "SELECT id, name, email FROM users WHERE id = $1", id)
        .fetch_optional(pool)
        .await
}
// ANCHOR_END: get_user

// ANCHOR: add_user
/// Store a user and return the id the database generated. `query!` makes an anonymous record
/// type with one field per column (`row.id` here, an `i64` because the column is `BIGINT`).
pub async fn add_user(pool: &PgPool, name: &str, email: &str) -> Result<i64, sqlx::Error> {
    let row = sqlx::query!(
        "INSERT INTO users (name, email) VALUES ($1, $2) RETURNING id",
        name,
        email
    )
    .fetch_one(pool)
    .await?;
    Ok(row.id)
}
// ANCHOR_END: add_user

// ANCHOR: count_users
/// How many users there are. PostgreSQL cannot promise that an expression such as `count(*)` is
/// never NULL, so sqlx would type it `Option<i64>`; the column alias `"count!"` tells the macro
/// it is not null (and a `?` suffix would say the opposite of a column it thinks is not null).
pub async fn count_users(pool: &PgPool) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(r#"SELECT count(*) AS "count!" FROM users"#)
        .fetch_one(pool)
        .await
}
// ANCHOR_END: count_users

// ANCHOR: misspelled
/// The mistake the macros exist to catch: `emial` for `email`. Compiled only when
/// `cargo workbook prepare` (and verify) ask for it, with `--cfg misspelled_column`, to capture
/// the compiler's words for the book.
#[cfg(misspelled_column)]
pub async fn find_by_email(pool: &PgPool, email: &str) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as!(
        User,
        "SELECT id, name, emial FROM users WHERE email = $1",
        email
    )
    .fetch_optional(pool)
    .await
}
// ANCHOR_END: misspelled
