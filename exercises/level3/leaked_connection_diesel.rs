//! Pitfall `leaked_connection_diesel`: the report that takes the site down, on the diesel
//! track.
//!
//! When a few managers download the users report, the whole site answers "timed out waiting
//! for a connection", though the report's query takes two milliseconds. The tests download six
//! reports at once through a pool of two. Find out why they exhaust it, and fix it.
//!
//! Check your work: `cargo workbook check leaked_connection_diesel`. Stuck: `cargo workbook hint leaked_connection_diesel`.
//! Keep the function name and signature: the tests call it.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use crate::DieselPool;
use crate::error::PitfallError;
use crate::models::User;
use crate::schema::users;
use crate::slow::render_slowly;

/// The users report: every user, rendered.
pub async fn export_report(pool: &DieselPool) -> Result<String, PitfallError> {
    let mut conn = pool.get().await?;
    let users: Vec<User> = users::table
        .order(users::id)
        .select(User::as_select())
        .load(&mut conn)
        .await?;
    // TODO: the query is fast. How long is `conn` kept, and who else is waiting for it?
    Ok(render_slowly(&users).await)
}
