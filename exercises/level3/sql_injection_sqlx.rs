//! Pitfall `sql_injection_sqlx`: the user who deleted the orders.
//!
//! Two reports in one week. A customer called O'Brien cannot sign up: "syntax error at or near
//! Brien". Then, one morning, the orders table is gone; the last statement before it vanished
//! was a sign-up. The tests sign up O'Brien, and then someone with a less friendly name.
//!
//! This file builds SQL by string formatting, the one place in the workbook that does, so you
//! can see what it costs. sqlx 0.9 refuses a `format!`ed string at compile time; the code below
//! gets past that with `AssertSqlSafe`, an escape hatch whose name says what it asserts.
//!
//! Fix it so any name and email are stored exactly as given, and nothing else happens.
//!
//! Check your work: `cargo workbook check sql_injection_sqlx`. Stuck: `cargo workbook hint sql_injection_sqlx`.
//! Keep the function name and signature: the tests call it.

use sqlx::{AssertSqlSafe, PgPool};

use crate::error::PitfallError;

/// Add a user with this name and email.
pub async fn add_user(pool: &PgPool, name: &str, email: &str) -> Result<(), PitfallError> {
    // TODO: what does this statement become when the name contains a quote?
    let sql = format!("INSERT INTO users (name, email) VALUES ('{name}', '{email}')");
    sqlx::raw_sql(AssertSqlSafe(sql)).execute(pool).await?;
    Ok(())
}
