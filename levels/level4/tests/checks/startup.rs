//! Not an exercise: `cargo run -p level4` started on a database it cannot use says why within
//! seconds, naming the URL with its password hidden, where a pool would wait its 30 s and say
//! only that it timed out.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{Check, LEVEL};

#[test]
fn an_unreachable_database_is_named_at_once() {
    // A bound for a hang: the harness's look gives up after 5 s.
    Check::new(&LEVEL).timeout(Duration::from_secs(60)).run(|_db| async move {
        let closed = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        for (what, url, says) in [
            (
                "a closed port",
                format!("postgres://svc:s3cret@127.0.0.1:{closed}/users"),
                "Could not reach PostgreSQL",
            ),
            (
                "an http:// URL",
                format!("http://svc:s3cret@127.0.0.1:{closed}/users"),
                "PostgreSQL",
            ),
        ] {
            let began = Instant::now();
            let output = tokio::task::spawn_blocking(move || {
                Command::new(env!("CARGO_BIN_EXE_level4"))
                    .env("BIND", "127.0.0.1:0")
                    .env("DATABASE_URL", &url)
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .output()
                    .expect("starting the service")
            })
            .await
            .unwrap();
            let took = began.elapsed();
            let said = format!(
                "{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
            assert!(!output.status.success(), "{what}: the service started:\n{said}");
            assert!(
                said.contains(says) && said.contains("svc:***@127.0.0.1"),
                "{what}: the service should say {says:?} and name the URL (password hidden):\n{said}"
            );
            assert!(!said.contains("s3cret"), "{what}: the password was printed:\n{said}");
            assert!(
                took < Duration::from_secs(20),
                "{what}: the service took {took:?} to give up (the harness's look is bounded \
                 by 5 s):\n{said}"
            );
        }
    });
}
