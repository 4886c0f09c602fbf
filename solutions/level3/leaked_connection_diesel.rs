//! Pitfall `leaked_connection_diesel`: a connection held across slow work, on the diesel track.
//!
//! Reference answer. Why it is right: the pooled connection lives in a block that ends after
//! the query, so it goes back to the pool before the slow rendering starts. (An explicit
//! `drop(conn)` does the same.)

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use crate::DieselPool;
use crate::error::PitfallError;
use crate::models::User;
use crate::schema::users;
use crate::slow::render_slowly;

// ANCHOR: export_report
/// The users report: every user, rendered.
pub async fn export_report(pool: &DieselPool) -> Result<String, PitfallError> {
    let users: Vec<User> = {
        let mut conn = pool.get().await?;
        users::table
            .order(users::id)
            .select(User::as_select())
            .load(&mut conn)
            .await?
    }; // the connection goes back to the pool here
    Ok(render_slowly(&users).await)
}
// ANCHOR_END: export_report
