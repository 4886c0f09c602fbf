//! Right answer to `leaked_connection_diesel`: the query runs in a helper function that takes
//! the pool, so the connection it gets is dropped when the helper returns, before the
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
    let users = load_users(pool).await?;
    Ok(render_slowly(&users).await)
}

/// Every user, on a connection held only for the query.
async fn load_users(pool: &DieselPool) -> Result<Vec<User>, PitfallError> {
    let mut conn = pool.get().await?;
    Ok(users::table
        .order(users::id)
        .select(User::as_select())
        .load(&mut conn)
        .await?)
}
