//! Pitfall `sql_injection_diesel`: the user who deleted the orders, on the diesel track.
//!
//! A customer called O'Brien cannot sign up ("syntax error at or near Brien"); a week later the
//! orders table is gone, right after a sign-up. The tests sign up O'Brien, and then someone with
//! a less friendly name. This file builds SQL with `format!`, which diesel accepts without a
//! word (sqlx 0.9 would refuse it at compile time). Fix it so any name and email are stored
//! exactly as given, and nothing else happens.
//!
//! Check your work: `cargo workbook check sql_injection_diesel`. Stuck: `cargo workbook hint sql_injection_diesel`.
//! Keep the function name and signature: the tests call it.

use diesel::prelude::*;
use diesel_async::{RunQueryDsl, SimpleAsyncConnection};

use crate::DieselPool;
use crate::error::PitfallError;
use crate::schema::users;

/// Add a user with this name and email.
pub async fn add_user(pool: &DieselPool, name: &str, email: &str) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    // TODO: what does this statement become when the name contains a quote?
    let sql = format!("INSERT INTO users (name, email) VALUES ('{name}', '{email}')");
    conn.batch_execute(&sql).await?;
    Ok(())
}
