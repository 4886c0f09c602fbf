//! Wrong answer to `leaked_connection_diesel`: the pooled connection lives until the end of the
//! function, through the 200 ms of rendering, and the other reports wait for it.
//!
//! Rejected with: "keeps its connection"

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
    Ok(render_slowly(&users).await)
}
