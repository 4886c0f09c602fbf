//! A pool after the server closed its idle connection: `stale_connection_*`.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use harness::{TestDb, observe};

/// "Take a connection from the learner's pool and ask its backend pid."
pub type PidFn =
    Arc<dyn Fn() -> Pin<Box<dyn Future<Output = Result<i32, String>> + Send>> + Send + Sync>;

/// `idle_connections` counts the pool's connections that are back, idle, in the pool.
pub async fn survives_a_closed_connection(
    exercise: &str,
    db: &TestDb,
    backend_pid: PidFn,
    idle_connections: impl Fn() -> usize,
) {
    let pid = backend_pid().await.expect("a first request");
    // The connection goes back to the pool in a task of its own, and sqlx pings it on the way:
    // wait until it is back, idle, or the kill below could hit that ping, and the pool would
    // drop the connection by luck instead of by checking it.
    for _ in 0..100 {
        if idle_connections() > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // A restart, a failover, or a firewall's idle timeout: the server side goes away.
    let mut observer = db.connect().await;
    assert!(observe::terminate(&mut observer, pid).await.unwrap());
    for _ in 0..100 {
        let sessions = observe::sessions(&mut observer, db.name.as_str())
            .await
            .unwrap();
        if sessions.iter().all(|s| s.pid != pid) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    match backend_pid().await {
        Ok(new_pid) => assert_ne!(new_pid, pid),
        Err(e) => panic!(
            "[{exercise}] the server closed the pool's idle connection, and the next request \
             was handed that closed connection and failed: {e}. The pool must check an idle \
             connection before handing it out."
        ),
    }
}
