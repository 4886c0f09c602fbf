//! What the checks share: the service started on a free port against the test's database
//! (in the test's process, or as the `level4` program), and the pools the stores are built on
//! (each exercise's checks file builds its store from them, as `answer::...::new(pool)`, so the
//! wrong-answer set can run the same checks on another answer's store).

use std::net::SocketAddr;
use std::time::Duration;

use harness::TestDb;
use level4::client::{self, Response};
use level4::store::UserStore;
use level4::store_sqlx::SqlxStore;
use tokio::net::TcpListener;
use tokio::sync::oneshot;

pub use harness::{Check, check};
pub use level4::LEVEL;

/// The real service, running in this test on 127.0.0.1 and a free port.
pub struct Service {
    pub addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    /// What may have panicked when a request got no answer at all (axum drops the connection
    /// of a handler that panics), in words for the message.
    panicked: &'static str,
}

impl Service {
    /// The service as `cargo run -p level4` serves it, over `store`.
    pub async fn start<S: UserStore>(store: S) -> Service {
        let mut service = Service::serve(level4::http::router(store)).await;
        service.panicked = "Did the store panic? (A panic is printed above, where it happened; \
                            a store answers with a StoreError, never a panic.)";
        service
    }

    /// The service with these routes (`level4::http::router_with(store, handler)` runs an
    /// answer's transfer handler).
    pub async fn serve(router: axum::Router) -> Service {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a free port");
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = oneshot::channel::<()>();
        tokio::spawn(level4::app::serve_router(listener, router, async {
            let _ = stopped.await;
        }));
        Service {
            addr,
            stop: Some(stop),
            panicked: "Did the handler or the store panic? (A panic is printed above, where it \
                       happened; the service runs your store_sqlx, and a store answers with a \
                       StoreError, never a panic.)",
        }
    }

    pub async fn call(&self, method: &str, path: &str, json: Option<&str>) -> Response {
        client::request(self.addr, method, path, json)
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "{method} {path}: the service gave no HTTP answer ({e}). {}",
                    self.panicked
                )
            })
    }

    /// `POST /users` for `name` (email `<name>@example.com`); returns the new user's id.
    pub async fn create_user(&self, exercise: &str, name: &str) -> i64 {
        let body = format!(
            r#"{{"name":"{name}","email":"{}@example.com"}}"#,
            name.to_lowercase()
        );
        let created = self.call("POST", "/users", Some(&body)).await;
        harness::expect_eq!(
            created.status,
            201,
            "[{exercise}] creating {name}: {}",
            created.body
        );
        created.json()["id"]
            .as_i64()
            .unwrap_or_else(|| panic!("[{exercise}] creating {name}: no id in {}", created.body))
    }

    pub async fn raw(&self, bytes: &[u8]) -> Response {
        client::raw(self.addr, bytes).await.unwrap_or_else(|e| {
            panic!(
                "the service gave no HTTP answer to a raw request ({e}). {}",
                self.panicked
            )
        })
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// How long the service's pool waits for a connection by default (`POOL_TIMEOUT`): the pools
/// of the checks wait as long.
pub const SERVICE_WAIT: Duration = Duration::from_secs(2);

/// How long the pool waits in the outage check, where the database is stopped on purpose and
/// every request waits this long before its 503: shorter than the service's, so the check
/// (which meets it twice) answers sooner after a save.
pub const OUTAGE_WAIT: Duration = Duration::from_secs(1);

/// The crate's own sqlx store (the learner's, or the reference with `--features solutions`),
/// for the checks that need a store but do not check it (`transfer_handler`'s).
pub async fn sqlx_store(db: &TestDb) -> SqlxStore {
    SqlxStore::new(sqlx_pool_at(&db.url, SERVICE_WAIT).await)
}

/// A sqlx pool on the database at `url`, as `cargo run -p level4` builds it, for a store,
/// waiting up to `wait` for a connection.
pub async fn sqlx_pool_at(url: &str, wait: Duration) -> sqlx::PgPool {
    level4::app::sqlx_pool(url, 10, wait)
        .await
        .expect("test setup: a sqlx pool")
}

/// A diesel-async pool on the database at `url`, as `cargo run -p level4` builds it, waiting up
/// to `wait` for a connection.
pub fn diesel_pool_at(url: &str, wait: Duration) -> level4::DieselPool {
    level4::app::diesel_pool(url, 10, wait).expect("test setup: a diesel pool")
}

/// The JSON body with every `id`, `from` and `to` number replaced by "[id]", for snapshots
/// that hold whatever ids the database gave.
pub fn redact_ids(value: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let v = if matches!(k.as_str(), "id" | "from" | "to" | "next_cursor")
                        && v.is_number()
                    {
                        Value::String("[id]".into())
                    } else {
                        redact_ids(v)
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(redact_ids).collect()),
        other => other.clone(),
    }
}

/// `cargo run -p level4` as a child process, serving `database_url` on a free port, once it
/// accepts connections. Its stdout and stderr are piped, for the test to read when it ends:
/// keep `rust_log` quiet ("warn") for a test that sends many requests, or the pipe fills up
/// with the request log and the service stops, waiting for someone to read it.
pub async fn spawn_service_program(
    database_url: &str,
    rust_log: &str,
) -> (std::process::Child, u16) {
    use std::process::{Command, Stdio};
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut service = Command::new(env!("CARGO_BIN_EXE_level4"))
        .env("BIND", format!("127.0.0.1:{port}"))
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", rust_log)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starting the service");
    let began = std::time::Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            began.elapsed() < Duration::from_secs(8),
            "the service did not start listening on port {port}"
        );
        if let Ok(Some(status)) = service.try_wait() {
            let output = service.wait_with_output().unwrap();
            panic!(
                "the service exited early ({status}):\n{}",
                String::from_utf8_lossy(&output.stdout)
            );
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    (service, port)
}
