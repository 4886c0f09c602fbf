//! Checks for the exercise `connect_sqlx`.

use_answer!(level1::connect_sqlx);
use answer::{connect_once, connect_pool};
use std::time::Duration;

use sqlx::Connection;

use crate::support::{LEVEL, check, unless_it_panics};

#[test]
fn pool_reaches_the_database_in_the_url() {
    check(&LEVEL, |db| async move {
        let pool = connect_pool(&db.url).await.unwrap_or_else(|e| {
            panic!("[connect_sqlx] connect_pool returned an error for a good URL: {e}")
        });
        let current: String = sqlx::query_scalar("SELECT current_database()::text")
            .fetch_one(&pool)
            .await
            .expect("[connect_sqlx] the pool from connect_pool could not run a query");
        harness::expect_eq!(
            current,
            db.name.as_str(),
            "[connect_sqlx] the pool is connected to another database than the URL names"
        );
    });
}

#[test]
fn pool_opens_a_connection_before_returning() {
    check(&LEVEL, |db| async move {
        let pool = connect_pool(&db.url).await.unwrap_or_else(|e| {
            panic!("[connect_sqlx] connect_pool returned an error for a good URL: {e}")
        });
        assert!(
            pool.size() >= 1,
            "[connect_sqlx] connect_pool returned a pool with no connection open: a wrong URL \
             would only be noticed on the first query. Connect (not connect_lazy) so the \
             mistake shows at startup."
        );
    });
}

/// The pool is the one the spec asks for: at most five connections, and a caller gives up
/// after five seconds of waiting for a free one. These are the pool's own settings, read back
/// from it: whatever way the answer built it, they are what every caller will live with.
#[test]
fn pool_has_the_size_and_timeout_of_the_spec() {
    check(&LEVEL, |db| async move {
        let pool = match connect_pool(&db.url).await {
            Ok(pool) => pool,
            // A timeout of a few milliseconds gives up before the first connection is made;
            // whether it does depends on the machine's load, so both outcomes name the cause.
            Err(sqlx::Error::PoolTimedOut) => panic!(
                "[connect_sqlx] connect_pool gave up waiting for its first connection to a good \
                 URL (PoolTimedOut): a caller should wait up to the spec's 5 seconds \
                 (PgPoolOptions::acquire_timeout)"
            ),
            Err(e) => panic!("[connect_sqlx] connect_pool returned an error for a good URL: {e}"),
        };
        let most = pool.options().get_max_connections();
        assert!(
            most == 5,
            "[connect_sqlx] the pool may open {most} connections at once; the spec says at \
             most 5 (PgPoolOptions::max_connections; min_connections is how many it keeps open \
             when idle, not a limit)"
        );
        let wait = pool.options().get_acquire_timeout();
        assert!(
            wait == Duration::from_secs(5),
            "[connect_sqlx] a caller waits up to {wait:?} for a free connection, not the \
             spec's 5 seconds (PgPoolOptions::acquire_timeout)"
        );
    });
}

#[test]
fn pool_reports_a_missing_database_as_an_error() {
    check(&LEVEL, |db| async move {
        let wrong = db.server().url_for("no_such_database");
        let result = unless_it_panics(
            "connect_sqlx",
            "connect_pool for a database that does not exist",
            "Return the error: the caller decides what to do with it.",
            connect_pool(&wrong),
        )
        .await;
        assert!(
            result.is_err(),
            "[connect_sqlx] connect_pool said Ok for a database that does not exist: it should \
             try to connect and return the error (connect, not connect_lazy, and no error \
             thrown away), so a wrong URL shows at startup"
        );
    });
}

#[test]
fn single_connection_runs_a_query() {
    check(&LEVEL, |db| async move {
        let mut conn = connect_once(&db.url).await.unwrap_or_else(|e| {
            panic!("[connect_sqlx] connect_once returned an error for a good URL: {e}")
        });
        let one: i32 = sqlx::query_scalar("SELECT 1")
            .fetch_one(&mut conn)
            .await
            .expect("[connect_sqlx] the connection from connect_once could not run a query");
        assert!(one == 1, "[connect_sqlx] SELECT 1 answered {one}");
        conn.close().await.expect("closing the connection");
    });
}
