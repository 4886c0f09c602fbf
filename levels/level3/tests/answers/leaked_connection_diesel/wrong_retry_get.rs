//! Wrong answer to `leaked_connection_diesel`: `pool.get()` is retried when it times out, so no
//! report fails, but each still holds its connection while it renders, and the reports queue
//! two at a time.
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
    let mut conn = loop {
        match pool.get().await {
            Ok(conn) => break conn,
            Err(deadpool::managed::PoolError::Timeout(_)) => continue,
            Err(e) => return Err(e.into()),
        }
    };
    let users: Vec<User> = users::table
        .order(users::id)
        .select(User::as_select())
        .load(&mut conn)
        .await?;
    Ok(render_slowly(&users).await)
}
