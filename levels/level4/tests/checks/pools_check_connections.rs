//! Not an exercise: the service's pools check a connection before lending it, so a connection
//! the server has just killed is never lent.
//!
//! The outage checks of the store suite go through HTTP, which is slow enough that a pool might
//! notice a killed connection by luck. Here the next query follows the kill at once, many times.
//! Without the check, about half of those queries fail: diesel-async with deadpool's
//! `RecyclingMethod::Fast` (its connection task has not yet read the server's goodbye), and
//! sqlx without `test_before_acquire` (it reads nothing until it is used).

use std::time::Duration;

use diesel_async::RunQueryDsl;
use harness::{TestDb, observe};

use crate::support::{LEVEL, check};

/// Kill-then-query cycles per pool. Without the check, about half fail (a failed query drops
/// its broken connection, so the next cycle may find no connection to kill).
const CYCLES: usize = 40;

/// Terminate every backend of the test database except the observer's own.
async fn kill_every_connection(db: &TestDb, observer: &mut sqlx::PgConnection) {
    for session in observe::sessions(&mut *observer, db.name.as_str())
        .await
        .unwrap()
    {
        observe::terminate(&mut *observer, session.pid)
            .await
            .unwrap();
    }
}

#[test]
fn the_sqlx_pool_never_lends_a_killed_connection() {
    check(&LEVEL, |db| async move {
        let pool = level4::app::sqlx_pool(&db.url, 4, Duration::from_secs(2))
            .await
            .unwrap();
        let mut observer = db.connect().await;
        sqlx::query("SELECT 1").execute(&pool).await.unwrap();
        let mut failed = Vec::new();
        for _ in 0..CYCLES {
            kill_every_connection(&db, &mut observer).await;
            if let Err(error) = sqlx::query("SELECT 1").execute(&pool).await {
                failed.push(error.to_string());
            }
        }
        assert!(
            failed.is_empty(),
            "{} of {CYCLES} queries right after the server killed the pool's connections \
             failed (first: {}): the service's sqlx pool must test a connection before lending \
             it (test_before_acquire)",
            failed.len(),
            failed[0]
        );
    });
}

#[test]
fn the_diesel_pool_never_lends_a_killed_connection() {
    check(&LEVEL, |db| async move {
        let pool = level4::app::diesel_pool(&db.url, 4, Duration::from_secs(2)).unwrap();
        let query = async || {
            let mut conn = pool.get().await.map_err(|e| e.to_string())?;
            diesel::sql_query("SELECT 1")
                .execute(&mut conn)
                .await
                .map_err(|e| e.to_string())
        };
        let mut observer = db.connect().await;
        query().await.unwrap();
        let mut failed = Vec::new();
        for _ in 0..CYCLES {
            kill_every_connection(&db, &mut observer).await;
            if let Err(error) = query().await {
                failed.push(error);
            }
        }
        assert!(
            failed.is_empty(),
            "{} of {CYCLES} queries right after the server killed the pool's connections \
             failed (first: {}): the service's diesel pool must verify a connection before \
             lending it (RecyclingMethod::Verified)",
            failed.len(),
            failed[0]
        );
    });
}
