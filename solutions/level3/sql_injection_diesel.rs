//! Pitfall `sql_injection_diesel`: SQL built by string formatting, on the diesel track.
//!
//! Reference answer. Why it is right: diesel's query builder binds every value, so the name is
//! data and never SQL. (If raw SQL is needed, `diesel::sql_query` with `.bind::<Text, _>(...)`
//! and `$1` placeholders is safe; `batch_execute` and `sql_query` with `format!` are not:
//! diesel, unlike sqlx, accepts any `String` there.)

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use crate::DieselPool;
use crate::error::PitfallError;
use crate::schema::users;

// ANCHOR: add_user
/// Add a user with this name and email.
pub async fn add_user(pool: &DieselPool, name: &str, email: &str) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    diesel::insert_into(users::table)
        .values((users::name.eq(name), users::email.eq(email)))
        .execute(&mut conn)
        .await?;
    Ok(())
}
// ANCHOR_END: add_user
