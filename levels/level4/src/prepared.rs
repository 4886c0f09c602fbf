//! [`KeepPrepared`]: ask diesel to keep an UPDATE prepared on its connection, as it does for a
//! SELECT.
//!
//! diesel prepares every statement it runs, and keeps the prepared statement on the connection
//! for next time. UPDATE statements are the exception: diesel marks them unsafe to cache,
//! because a changeset (a struct deriving `AsChangeset` with `Option` fields, say) can write
//! different SQL on every call, and caching each variant would grow the cache without bound.
//! So each UPDATE costs a Parse (PostgreSQL parses and plans it again), a round trip to learn
//! the result of that Parse, then the Bind and Execute, then a Close. A transfer (BEGIN, SELECT
//! ... FOR UPDATE, two UPDATEs, COMMIT) takes seven round trips instead of five, and the load
//! generator's diesel numbers show it.
//!
//! Wrap an UPDATE in `KeepPrepared` when its SQL text never changes: the columns it sets and the
//! columns it returns are fixed, only the bound values vary (`balance = $1 WHERE id = $2`).
//! diesel-async then keeps it, keyed by its SQL text and bind types (the wrapper has no static
//! query id, so a different text is a different entry, never a wrong statement). Do not wrap a
//! changeset whose columns depend on the data: that is the unbounded growth diesel avoids.

use diesel::pg::Pg;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::result::QueryResult;

// ANCHOR: keep_prepared
/// A statement diesel would run unprepared, to be kept prepared on the connection instead.
///
/// `KeepPrepared(diesel::update(users::table.find(id)).set(users::balance.eq(balance)))`
/// runs exactly like the UPDATE inside (`execute`, `get_result`), in the same SQL.
#[derive(Debug, Clone, Copy)]
pub struct KeepPrepared<Q>(pub Q);

impl<Q: Query> Query for KeepPrepared<Q> {
    type SqlType = Q::SqlType;
}

impl<Q: QueryFragment<Pg>> QueryFragment<Pg> for KeepPrepared<Q> {
    fn walk_ast<'b>(&'b self, pass: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        self.0.walk_ast(pass)
    }

    /// The one change: the statement is safe to keep, whatever the query inside says.
    fn is_safe_to_cache_prepared(&self, _backend: &Pg) -> QueryResult<bool> {
        Ok(true)
    }
}

/// No static id: diesel-async keys the kept statement by its SQL text and bind types.
impl<Q> QueryId for KeepPrepared<Q> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}
// ANCHOR_END: keep_prepared
