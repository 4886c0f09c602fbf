//! Checks for the exercise `connect_sqlx`.

use_answer!(level1::connect_sqlx);
use answer::{connect_once, connect_pool};
use sqlx::Connection;

use crate::support::{LEVEL, check};

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
        assert_eq!(
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

#[test]
fn pool_reports_a_missing_database_as_an_error() {
    check(&LEVEL, |db| async move {
        let wrong = db.server().url_for("no_such_database");
        let result = connect_pool(&wrong).await;
        assert!(
            result.is_err(),
            "[connect_sqlx] connect_pool said Ok for a database that does not exist: it should \
             try to connect and return the error"
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
        assert_eq!(one, 1);
        conn.close().await.expect("closing the connection");
    });
}
