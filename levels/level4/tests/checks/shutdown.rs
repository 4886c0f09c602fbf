//! Not an exercise: `cargo run -p level4` stops cleanly on SIGTERM (what a container runtime
//! or systemd sends), saying so in its log.

use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{LEVEL, check};

#[test]
fn the_service_stops_cleanly_on_sigterm() {
    check(&LEVEL, |db| async move {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut service = Command::new(env!("CARGO_BIN_EXE_level4"))
            .env("BIND", format!("127.0.0.1:{port}"))
            .env("DATABASE_URL", &db.url)
            .env("RUST_LOG", "info")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starting the service");
        let began = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
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
        let killed = Command::new("kill")
            .args(["-TERM", &service.id().to_string()])
            .status()
            .expect("running kill");
        assert!(killed.success());
        let output = tokio::task::spawn_blocking(move || service.wait_with_output())
            .await
            .unwrap()
            .unwrap();
        let log = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "the service exited with {}:\n{log}",
            output.status
        );
        assert!(
            log.contains("shutting down"),
            "no shutdown in the log:\n{log}"
        );
        assert!(
            log.contains("stopped"),
            "the service did not finish stopping:\n{log}"
        );
    });
}
