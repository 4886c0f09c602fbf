//! Exercise `pool_config_sqlx`: a pool built to a spec, on the sqlx track.
//!
//! The Python tutorial sizes its pool with `pool_size`, `max_overflow`, `pool_recycle`,
//! `pool_pre_ping` and `pool_timeout`. Your service's spec, `PoolSpec` in
//! `levels/level2/src/pool_spec.rs`, asks for the same and one more (an idle timeout), in
//! words that belong to no library. Build a sqlx pool that does what it says.
//!
//! The checks watch the pool from the server (`pg_stat_activity`), not from its settings: no
//! more connections than the cap under load, warm connections open before the first query, a
//! caller who waits too long gets the pool's timeout error, an old connection is replaced, idle
//! ones are closed, and a connection the server killed is never handed out.
//!
//! Check your work: `cargo workbook check pool_config_sqlx`. Stuck: `cargo workbook hint pool_config_sqlx`.
//! Keep the function name and signature: the tests call it.

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use crate::pool_spec::PoolSpec;

/// A pool to `url` that does what `spec` says.
pub async fn build_pool(url: &str, spec: &PoolSpec) -> Result<PgPool, sqlx::Error> {
    // TODO: one PgPoolOptions setting per field of the spec, then connect.
    todo!()
}
