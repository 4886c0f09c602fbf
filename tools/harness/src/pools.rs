//! The pools a check hands to the code under check: the same on both tracks, so that a check
//! run on the sqlx track and on the diesel track tests the learner's code under the same
//! conditions.
//!
//! A check's own setup and assertions use [`TestDb::pool`](crate::TestDb::pool) instead, a
//! pool apart, so that what the code under check does to its pool (holding every connection,
//! leaking one) never stops the check from looking.

use std::time::Duration;

use deadpool::Runtime;
use diesel_async::AsyncPgConnection;
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use crate::TestDb;

/// The pool type of the diesel-async track (the levels name it `DieselPool` too).
pub type DieselPool = diesel_async::pooled_connection::deadpool::Pool<AsyncPgConnection>;

/// How long a caller of either pool waits for a free connection before the pool gives up: long
/// enough that no right answer meets it on a loaded machine, short enough that an answer that
/// holds every connection fails its check in seconds, with the pool's own timeout error.
pub const WAIT_FOR_A_CONNECTION: Duration = Duration::from_secs(5);

/// A sqlx pool of at most `size` connections to the test's database, for the code under check.
pub async fn sqlx_pool(db: &TestDb, size: u32) -> PgPool {
    PgPoolOptions::new()
        .max_connections(size)
        .acquire_timeout(WAIT_FOR_A_CONNECTION)
        .connect(&db.url)
        .await
        .unwrap_or_else(|e| panic!("test setup: a sqlx pool of {size} for {}: {e}", db.name))
}

/// A deadpool pool of at most `size` diesel-async connections to the test's database, for the
/// code under check. It connects lazily, as deadpool does.
pub fn diesel_pool(db: &TestDb, size: usize) -> DieselPool {
    let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new(&db.url);
    DieselPool::builder(manager)
        .max_size(size)
        .wait_timeout(Some(WAIT_FOR_A_CONNECTION))
        .runtime(Runtime::Tokio1)
        .build()
        .unwrap_or_else(|e| panic!("test setup: a diesel pool of {size} for {}: {e}", db.name))
}
