//! The pool a service asks for, knob by knob, in words that belong to no library.
//!
//! The pool exercises turn a `PoolSpec` into a real pool on each track. The names here are the
//! ideas; mapping each to sqlx's or deadpool's setting (and noticing where a library has no
//! setting, so you build it) is the exercise.

use std::time::Duration;

// ANCHOR: pool_spec
/// What the pool must do. Each field says its SQLAlchemy name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolSpec {
    /// The most connections the pool may hold at once, busy or idle. SQLAlchemy splits it in
    /// two (`pool_size` + `max_overflow`); Rust pools have one cap.
    pub max_connections: u32,
    /// Connections opened before the first request and kept open when idle (`pool_size`
    /// connections stay open in SQLAlchemy).
    pub warm_connections: u32,
    /// A connection older than this is closed and replaced instead of reused (`pool_recycle`).
    pub max_lifetime: Duration,
    /// A connection idle longer than this is closed, down to `warm_connections` (SQLAlchemy
    /// has no such knob: its pool keeps `pool_size` open forever).
    pub idle_timeout: Duration,
    /// How long a caller waits for a free connection before getting an error (`pool_timeout`).
    pub acquire_timeout: Duration,
    /// Check that a connection still works before handing it out (`pool_pre_ping`).
    pub check_before_use: bool,
}
// ANCHOR_END: pool_spec

impl Default for PoolSpec {
    /// A reasonable pool for one instance of a small web service.
    fn default() -> Self {
        PoolSpec {
            max_connections: 10,
            warm_connections: 2,
            max_lifetime: Duration::from_secs(30 * 60),
            idle_timeout: Duration::from_secs(10 * 60),
            acquire_timeout: Duration::from_secs(5),
            check_before_use: true,
        }
    }
}
