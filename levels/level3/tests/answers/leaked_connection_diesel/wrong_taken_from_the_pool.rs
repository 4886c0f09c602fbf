//! Wrong answer to `leaked_connection_diesel`: the connection is taken out of the pool
//! (`Object::take`), which then opens another in its place, and held while rendering: the
//! server sees more connections than the pool allows.
//!
//! Rejected with: "outside the pool"

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use crate::DieselPool;
use crate::error::PitfallError;
use crate::models::User;
use crate::schema::users;
use crate::slow::render_slowly;

/// The users report: every user, rendered.
pub async fn export_report(pool: &DieselPool) -> Result<String, PitfallError> {
    let mut conn = deadpool::managed::Object::take(pool.get().await?);
    let users: Vec<User> = users::table
        .order(users::id)
        .select(User::as_select())
        .load(&mut conn)
        .await?;
    Ok(render_slowly(&users).await)
}
