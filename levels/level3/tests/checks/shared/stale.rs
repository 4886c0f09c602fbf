//! A pool after the server closed its idle connection: `stale_connection_*`.
//!
//! And a negative control: a healthy idle connection is reused. A pool that closes every
//! connection after each use (a `max_lifetime` or `idle_timeout` of a few milliseconds) never
//! hands out a closed one either, but it is no pool: every request pays for a new connection
//! and a new server process.

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
    let pid = backend_pid()
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] the first request on the pool failed: {e}"));
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
    let terminated = observe::terminate(&mut observer, pid)
        .await
        .expect("test: terminating a backend");
    assert!(
        terminated,
        "[{exercise}] the pool's connection (backend {pid}) was already closed before the server \
         could close it: the pool does not keep an idle connection (an idle_timeout or \
         max_lifetime of a few milliseconds?), so it threw away a healthy connection. Keep the \
         connections, and check each one before handing it out."
    );
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
        Ok(new_pid) => assert!(
            new_pid != pid,
            "[{exercise}] the server closed the pool's connection (backend {pid}), and the next \
             request still reported that backend"
        ),
        Err(e) => panic!(
            "[{exercise}] the server closed the pool's idle connection, and the next request \
             was handed that closed connection and failed: {e}. The pool must check an idle \
             connection before handing it out."
        ),
    }
}

/// Two requests 0.3 s apart, with nothing closed in between, are served by the same
/// connection.
pub async fn reuses_a_healthy_connection(
    exercise: &str,
    db: &TestDb,
    backend_pid: PidFn,
    idle_connections: impl Fn() -> usize,
) {
    let first = backend_pid()
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] a first request on a fresh pool failed: {e}"));
    for _ in 0..100 {
        if idle_connections() > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let second = backend_pid().await.unwrap_or_else(|e| {
        panic!("[{exercise}] a second request, 0.3 s after the first, failed: {e}")
    });
    if first == second {
        return;
    }
    // Thrown away, or only set aside? A pool that keeps more than one idle connection may hand
    // out another one while the first waits its turn. (A backend the pool just closed lingers a
    // moment on the server: give it half a second to go.)
    let mut observer = db.connect().await;
    let mut first_still_open = true;
    for _ in 0..25 {
        first_still_open = observe::sessions(&mut observer, db.name.as_str())
            .await
            .expect("test: reading pg_stat_activity")
            .iter()
            .any(|s| s.pid == first);
        if !first_still_open {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    if first_still_open {
        panic!(
            "[{exercise}] two requests 0.3 s apart, with nothing closed in between, were served \
             by two different connections (server backends {first} and {second}), and backend \
             {first} is still open: the pool keeps more than one connection and hands them out \
             in turn (was max_connections raised above 1?). This check expects the pool's one \
             connection to be reused: keep max_connections at 1, and have the pool check a \
             connection before handing it out."
        );
    }
    panic!(
        "[{exercise}] two requests 0.3 s apart, with nothing closed in between, were served by \
         two different connections (server backends {first} and {second}), and backend {first} \
         is gone: the pool threw away a healthy connection instead of reusing it. A pool that \
         never reuses a connection never hands out a closed one, but every request pays for a \
         new connection. Keep the connections, and check each one before handing it out."
    );
}
