//! Wrong answer to `migrate_sqlx`: makes the migration future but never awaits it, so nothing
//! runs and the function returns Ok(()) on an empty database.
//!
//! Rejected with: "there is no users table"

use sqlx::PgPool;
use sqlx::migrate::MigrateError;

/// Bring the database at `pool` up to the latest schema.
pub async fn create_schema(pool: &PgPool) -> Result<(), MigrateError> {
    // The mistake: a future does nothing until it is awaited, and `let _ =` drops it. (This
    // lint names exactly that mistake; a learner who silenced it would write this.)
    #[allow(clippy::let_underscore_future)]
    let _ = sqlx::migrate!("./migrations").run(pool);
    Ok(())
}
