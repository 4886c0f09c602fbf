//! The database goes away under the running service: connections killed, the server stopped
//! and started again. The service must answer 503 quickly while it cannot reach the database,
//! and recover by itself.

use std::future::Future;
use std::time::{Duration, Instant};

use harness::throwaway::ThrowawayServer;
use harness::{TestDb, observe};
use level4::store::{StoreError, UserStore};

use crate::support::Service;

/// Every backend of the service's pool is terminated (an administrator, a failover) while it
/// sits idle. With no request in flight, the next request must still succeed: the pool
/// replaces dead connections.
pub async fn killed_connections_are_replaced<S, F, Fut>(exercise: &str, db: &TestDb, make: F)
where
    S: UserStore,
    F: Fn(String, Duration) -> Fut,
    Fut: Future<Output = S>,
{
    let service = Service::start(make(db.url.clone(), crate::support::SERVICE_WAIT).await).await;
    let path = format!("/users/{}", service.create_user(exercise, "Alice").await);
    // Idle past the window in which the pools lend a connection unchecked (a connection killed
    // within it fails one request at most: `pools_check_connections.rs`).
    tokio::time::sleep(level4::app::ALIVE_BYPASS_WINDOW + Duration::from_millis(100)).await;
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
    harness::expect_eq!(
        after.status,
        200,
        "[{exercise}] every connection of the pool was killed by the server while idle; the \
         next request should get a fresh connection and succeed, got {} {}",
        after.status,
        after.body
    );
}

/// Every backend is terminated while requests are in flight: those in flight may fail, but
/// only with a 503 (never a 500), and the requests after succeed.
pub async fn killed_connections_under_load_give_503_at_worst<S, F, Fut>(
    exercise: &str,
    db: &TestDb,
    make: F,
) where
    S: UserStore,
    F: Fn(String, Duration) -> Fut,
    Fut: Future<Output = S>,
{
    let service = std::sync::Arc::new(
        Service::start(make(db.url.clone(), crate::support::SERVICE_WAIT).await).await,
    );
    let path = format!("/users/{}", service.create_user(exercise, "Alice").await);

    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut load = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let (service, path, stop) = (service.clone(), path.clone(), stop.clone());
        load.spawn(async move {
            let mut statuses = Vec::new();
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let response = service.call("GET", &path, None).await;
                statuses.push((response.status, response.body));
            }
            statuses
        });
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut observer = db.connect().await;
    for session in observe::sessions(&mut observer, db.name.as_str())
        .await
        .unwrap()
    {
        observe::terminate(&mut observer, session.pid)
            .await
            .unwrap();
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let mut answered = 0;
    while let Some(done) = load.join_next().await {
        let statuses = match done {
            Ok(statuses) => statuses,
            Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            Err(e) => panic!("[{exercise}] a task sending requests did not finish: {e}"),
        };
        for (status, body) in statuses {
            answered += 1;
            assert!(
                status == 200 || status == 503,
                "[{exercise}] while the server killed the pool's connections, a request got \
                 {status} {body}: a lost connection must be a 503 (try again), never a 500"
            );
        }
    }
    assert!(
        answered > 0,
        "[{exercise}] while the server killed the pool's connections, no request got an answer"
    );
    let after = service.call("GET", &path, None).await;
    harness::expect_eq!(
        after.status,
        200,
        "[{exercise}] after the connections were killed, requests should succeed again, got {} {}",
        after.status,
        after.body
    );
}

/// The database server stops: requests get 503 with Retry-After, quickly. It starts again: the
/// service answers again, without a restart.
pub async fn an_outage_gets_503_then_recovers<S, F, Fut>(exercise: &str, make: F)
where
    S: UserStore,
    F: Fn(String, Duration) -> Fut,
    Fut: Future<Output = S>,
{
    let server = tokio::task::spawn_blocking(ThrowawayServer::start)
        .await
        .expect("starting a throwaway server");
    let pool = sqlx::PgPool::connect(&server.url()).await.unwrap();
    level4::MIGRATOR.run(&pool).await.unwrap();
    pool.close().await;

    let store = make(server.url(), crate::support::OUTAGE_WAIT).await;
    let service = Service::start(store.clone()).await;
    let alice = service.create_user(exercise, "Alice").await;
    let bob = service.create_user(exercise, "Bob").await;
    let path = format!("/users/{alice}");

    server.stop();
    every_call_is_unavailable(exercise, &store, alice, bob).await;
    let began = Instant::now();
    let down = service.call("GET", &path, None).await;
    let waited = began.elapsed();
    harness::expect_eq!(
        down.status,
        503,
        "[{exercise}] with the database stopped, the service should answer 503, got {} {}",
        down.status,
        down.body
    );
    harness::expect_eq!(
        down.header("retry-after"),
        Some("1"),
        "[{exercise}] a 503 says when to retry"
    );
    // The client gets a stable code and words meant for it; the database's and the operating
    // system's words go to the log, under the request's id.
    let leaked = ["timed out", "os error", "refused", "pool", "sqlx", "diesel"]
        .into_iter()
        .find(|w| down.body.to_lowercase().contains(w));
    assert!(
        down.json()["code"] == "unavailable" && leaked.is_none(),
        "[{exercise}] the 503's body should be the service's code and message for clients, \
         with no detail of the failure ({leaked:?} is in it): {}",
        down.body
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

/// With the database stopped, every call of the store answers `Unavailable` (the service's
/// 503: try again), within the pool's timeout: not `NotFound`, `DuplicateEmail` or `Internal`,
/// which would tell the client something false about its request. An answer that maps every
/// error of a call to one variant (`.ok()`, `map_err(|_| ...)`) fails here. The calls run at
/// once, so the check waits one pool timeout, not seven.
async fn every_call_is_unavailable<S: UserStore>(exercise: &str, store: &S, alice: i64, bob: i64) {
    let began = Instant::now();
    let hundred = "100.00".parse().unwrap();
    let outcome = |result: Result<String, StoreError>| match result {
        Err(StoreError::Unavailable(_)) => None,
        other => Some(other),
    };
    let (create, get, list, set_balance, delete, transfer, ping) = tokio::join!(
        harness::catch_panic(async {
            outcome(
                store
                    .create("Carol", "carol@example.com")
                    .await
                    .map(|u| format!("{u:?}")),
            )
        }),
        harness::catch_panic(async { outcome(store.get(alice).await.map(|u| format!("{u:?}"))) }),
        harness::catch_panic(async {
            outcome(store.list(10, None).await.map(|p| format!("{p:?}")))
        }),
        harness::catch_panic(async {
            outcome(
                store
                    .set_balance(alice, hundred)
                    .await
                    .map(|u| format!("{u:?}")),
            )
        }),
        harness::catch_panic(async { outcome(store.delete(bob).await.map(|()| "()".into())) }),
        harness::catch_panic(async {
            outcome(
                store
                    .transfer(alice, bob, hundred)
                    .await
                    .map(|()| "()".into()),
            )
        }),
        harness::catch_panic(async { outcome(store.ping().await.map(|()| "()".into())) }),
    );
    let waited = began.elapsed();
    for (call, result) in [
        ("create(carol)", create),
        ("get(alice)", get),
        ("list(10, None)", list),
        ("set_balance(alice, 100.00)", set_balance),
        ("delete(bob)", delete),
        ("transfer(alice, bob, 100.00)", transfer),
        ("ping()", ping),
    ] {
        match result {
            Ok(None) => {}
            Ok(Some(got)) => panic!(
                "[{exercise}] with the database stopped, {call} returned {got:?}; it should be \
                 Err(StoreError::Unavailable(..)), which the service answers with 503 (try \
                 again). Let `?` or `.into()` map the errors you do not handle yourself, \
                 instead of turning every error into one variant"
            ),
            Err(panic) => panic!(
                "[{exercise}] with the database stopped, {call} panicked ({panic}); it should \
                 return Err(StoreError::Unavailable(..))"
            ),
        }
    }
    assert!(
        waited < Duration::from_secs(5),
        "[{exercise}] with the database stopped, the store took {waited:?} to say so: a client \
         would have given up"
    );
}
