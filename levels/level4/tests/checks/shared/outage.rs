//! The database goes away under the running service: connections killed, the server stopped
//! and started again. The service must answer 503 quickly while it cannot reach the database,
//! and recover by itself.

use std::future::Future;
use std::time::{Duration, Instant};

use harness::throwaway::ThrowawayServer;
use harness::{TestDb, observe};
use level4::store::UserStore;

use crate::support::Service;

/// Every backend of the service's pool is terminated (an administrator, a failover). With no
/// request in flight, the next request must still succeed: the pool replaces dead connections.
pub async fn killed_connections_are_replaced<S, F, Fut>(exercise: &str, db: &TestDb, make: F)
where
    S: UserStore,
    F: Fn(String) -> Fut,
    Fut: Future<Output = S>,
{
    let service = Service::start(make(db.url.clone()).await).await;
    let created = service
        .call(
            "POST",
            "/users",
            Some(r#"{"name":"Alice","email":"alice@example.com"}"#),
        )
        .await;
    assert_eq!(
        created.status, 201,
        "[{exercise}] creating Alice: {}",
        created.body
    );
    let path = format!("/users/{}", created.json()["id"]);
    let mut observer = db.connect().await;
    let sessions = observe::sessions(&mut observer, db.name.as_str())
        .await
        .unwrap();
    assert!(
        !sessions.is_empty(),
        "test setup: the service has connections open"
    );
    for session in &sessions {
        observe::terminate(&mut observer, session.pid)
            .await
            .unwrap();
    }
    let after = service.call("GET", &path, None).await;
    assert_eq!(
        after.status, 200,
        "[{exercise}] every connection of the pool was killed by the server while idle; the \
         next request should get a fresh connection and succeed, got {} {}",
        after.status, after.body
    );
}

/// The database server stops: requests get 503 with Retry-After, quickly. It starts again: the
/// service answers again, without a restart.
pub async fn an_outage_gets_503_then_recovers<S, F, Fut>(exercise: &str, make: F)
where
    S: UserStore,
    F: Fn(String) -> Fut,
    Fut: Future<Output = S>,
{
    let server = tokio::task::spawn_blocking(ThrowawayServer::start)
        .await
        .expect("starting a throwaway server");
    let pool = sqlx::PgPool::connect(&server.url()).await.unwrap();
    level4::MIGRATOR.run(&pool).await.unwrap();
    pool.close().await;

    let service = Service::start(make(server.url()).await).await;
    let created = service
        .call(
            "POST",
            "/users",
            Some(r#"{"name":"Alice","email":"alice@example.com"}"#),
        )
        .await;
    assert_eq!(
        created.status, 201,
        "[{exercise}] creating Alice: {}",
        created.body
    );
    let path = format!("/users/{}", created.json()["id"]);

    server.stop();
    let began = Instant::now();
    let down = service.call("GET", &path, None).await;
    let waited = began.elapsed();
    assert_eq!(
        down.status, 503,
        "[{exercise}] with the database stopped, the service should answer 503, got {} {}",
        down.status, down.body
    );
    assert_eq!(
        down.header("retry-after"),
        Some("1"),
        "[{exercise}] a 503 says when to retry"
    );
    assert!(
        waited < Duration::from_secs(5),
        "[{exercise}] the 503 took {waited:?}: a client would have given up"
    );

    server.start_again();
    let mut last = None;
    for _ in 0..50 {
        let response = service.call("GET", &path, None).await;
        if response.status == 200 {
            return;
        }
        last = Some(response);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "[{exercise}] the database is back, and five seconds later the service still answers \
         {:?}: the pool should make new connections by itself",
        last.map(|r| (r.status, r.body))
    );
}
