//! How many connections a learner needs on a shared server, from what the checks really open.
//!
//! `cargo workbook bench --connections` runs every level's checks on the reference answers under
//! a role of their own and samples `pg_stat_activity` for that role every 2 ms. Measured
//! (2026-11-29, every level, twice): one check at a time peaks at 4 (level 1) and 12 (levels
//! 2–4: a pool of up to 10, the check's own connection, the harness's); four at a time peak at
//! 8 and 27–30. So [`PER_CHECK`] is 12, and a learner's budget holds [`CHECKS_AT_ONCE`] checks
//! each at its peak at once, whatever the interleaving. Run the measurement again when a check
//! changes how many pools or connections it opens.
//!
//! Two at once, not the four the runner uses on a learner's own server: thirty learners at four
//! would need 30 × 50 = 1500 server processes at the worst moment, more than an instructor's
//! laptop holds (PostgreSQL forks a process per connection); at two it is 30 × 26 = 780, under
//! the classroom profile's max_connections of 1000.

/// The most connections one check holds at once, measured (see the module's comment).
pub const PER_CHECK: u32 = 12;

/// Checks a learner's runner runs at once on a class server.
pub const CHECKS_AT_ONCE: u32 = 2;

/// The runner's own connections: its look at the server, and the record of a verdict.
pub const RUNNER_OWN: u32 = 2;

/// Connections per learner: the role's CONNECTION LIMIT.
pub const fn per_learner() -> u32 {
    PER_CHECK * CHECKS_AT_ONCE + RUNNER_OWN
}

/// How many checks may run at once within `limit` connections (at least one: a single check
/// that still does not fit is told the server is full, by name).
pub fn checks_within(limit: u32) -> u32 {
    (limit.saturating_sub(RUNNER_OWN) / PER_CHECK).max(1)
}

/// The connections this role may still open on `server`: the smaller of its CONNECTION LIMIT
/// (less what it holds) and the server's free slots. `None` when that cannot be read.
pub async fn room_for_me(server: &harness::Server) -> Option<u32> {
    let mut conn = server.connect().await.ok()?;
    let (role_room, server_room): (i64, i64) = sqlx::query_as(
        "SELECT
           CASE WHEN r.rolconnlimit < 0 THEN 1000000
                ELSE r.rolconnlimit - (SELECT count(*) FROM pg_stat_activity
                                        WHERE usename = current_user) END,
           current_setting('max_connections')::int
             - current_setting('superuser_reserved_connections')::int
             - (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')
         FROM pg_roles r WHERE r.rolname = current_user",
    )
    .fetch_one(&mut conn)
    .await
    .ok()?;
    // This look's own connection is closed before the checks start: it counts as room.
    Some(u32::try_from(role_room.min(server_room) + 1).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_learners_budget_runs_the_checks_at_once_it_promises() {
        assert_eq!(checks_within(per_learner()), CHECKS_AT_ONCE);
        assert_eq!(checks_within(PER_CHECK + RUNNER_OWN), 1);
        assert_eq!(checks_within(3), 1);
    }
}
