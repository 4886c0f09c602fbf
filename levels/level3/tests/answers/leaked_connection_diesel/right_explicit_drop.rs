//! Right answer to `leaked_connection_diesel`: `drop(conn)` right after the query, before the
//! rendering.

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
    drop(conn);
    Ok(render_slowly(&users).await)
}
