//! Checks for the exercise `connect_diesel`.

use std::time::Duration;

use diesel::sql_types::Text;
use diesel_async::RunQueryDsl;
use_answer!(level1::connect_diesel);
use answer::{connect_once, connect_pool};

use crate::support::{LEVEL, check, unless_it_panics};

#[derive(diesel::QueryableByName)]
struct CurrentDatabase {
    #[diesel(sql_type = Text)]
    name: String,
}

#[test]
fn pool_reaches_the_database_in_the_url() {
    check(&LEVEL, |db| async move {
        let pool = connect_pool(&db.url).await.unwrap_or_else(|e| {
            panic!("[connect_diesel] connect_pool returned an error for a good URL: {e}")
        });
        let mut conn = pool
            .get()
            .await
            .expect("[connect_diesel] could not get a connection from the pool");
        let current: CurrentDatabase = diesel::sql_query("SELECT current_database()::text AS name")
            .get_result(&mut conn)
            .await
            .expect("[connect_diesel] a pooled connection could not run a query");
        harness::expect_eq!(
            current.name,
            db.name.as_str(),
            "[connect_diesel] the pool is connected to another database than the URL names"
        );
    });
}

/// The pool is the one the spec asks for: at most five connections, and a caller gives up
/// after five seconds of waiting for one. These are the pool's own settings, read back from
/// it: whatever way the answer built it, they are what every caller will live with.
#[test]
fn pool_has_the_size_and_timeout_of_the_spec() {
    check(&LEVEL, |db| async move {
        let pool = connect_pool(&db.url).await.unwrap_or_else(|e| {
            panic!("[connect_diesel] connect_pool returned an error for a good URL: {e}")
        });
        let most = pool.status().max_size;
        assert!(
            most == 5,
            "[connect_diesel] the pool may hold {most} connections; the spec says at most 5 \
             (max_size on the pool builder; deadpool's default grows with the number of CPUs)"
        );
        let wait = pool.timeouts().wait;
        assert!(
            wait == Some(Duration::from_secs(5)),
            "[connect_diesel] a caller waits {} for a connection; the spec says 5 seconds \
             (wait_timeout on the pool builder, with the tokio runtime for its timer)",
            match wait {
                Some(wait) => format!("up to {wait:?}"),
                None => "forever".to_string(),
            }
        );
    });
}

#[test]
fn pool_reports_a_missing_database_as_an_error() {
    check(&LEVEL, |db| async move {
        let wrong = db.server().url_for("no_such_database");
        let result = unless_it_panics(
            "connect_diesel",
            "connect_pool for a database that does not exist",
            "Return the error: the caller decides what to do with it.",
            connect_pool(&wrong),
        )
        .await;
        assert!(
            result.is_err(),
            "[connect_diesel] connect_pool said Ok for a database that does not exist. deadpool \
             connects lazily: build() never touches the server. Get one connection before \
             returning, and return its error, so a wrong URL shows at startup."
        );
    });
}

#[test]
fn single_connection_runs_a_query() {
    check(&LEVEL, |db| async move {
        let mut conn = connect_once(&db.url).await.unwrap_or_else(|e| {
            panic!("[connect_diesel] connect_once returned an error for a good URL: {e}")
        });
        let current: CurrentDatabase = diesel::sql_query("SELECT current_database()::text AS name")
            .get_result(&mut conn)
            .await
            .expect("[connect_diesel] the connection from connect_once could not run a query");
        assert!(
            current.name == db.name.as_str(),
            "[connect_diesel] connect_once is connected to {}, not to the database the URL \
             names, {}",
            current.name,
            db.name
        );
    });
}
