//! Not an exercise: `cargo run -p level4` stops cleanly on SIGTERM (what a container runtime
//! or systemd sends), saying so in its log, within its deadline whatever its clients do; and a
//! client that stops sending is cut off.

use std::process::Command;
use std::time::Duration;

use crate::support::{Check, LEVEL, check, spawn_service_program};

#[test]
fn the_service_stops_cleanly_on_sigterm() {
    check(&LEVEL, |db| async move {
        let (service, _port) = spawn_service_program(&db.url, "info").await;
        let output = stop_with_sigterm(service).await;
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

/// A client that never finishes sending its request does not keep a stopping service alive:
/// past the shutdown deadline its connection is dropped and the service exits. (Before the
/// deadline it was seen alive 25 s after SIGTERM, until that client went away.)
#[test]
fn a_client_that_never_finishes_cannot_hold_the_shutdown() {
    // The shutdown deadline, and a server start, fit well within a minute: a bound for a hang.
    Check::new(&LEVEL)
        .timeout(Duration::from_secs(60))
        .run(|db| async move {
            use tokio::io::AsyncWriteExt;
            let (service, port) = spawn_service_program(&db.url, "info").await;
            // Headers begun and never ended, on one connection; a body promised and never sent, on
            // another.
            let mut headers = tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .unwrap();
            headers
                .write_all(b"POST /users HTTP/1.1\r\nHost: x\r\n")
                .await
                .unwrap();
            let mut body = tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .unwrap();
            body.write_all(
                b"POST /users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
              Content-Length: 100\r\n\r\n{\"name\":",
            )
            .await
            .unwrap();
            tokio::time::sleep(Duration::from_millis(300)).await;
            let began = std::time::Instant::now();
            let output = stop_with_sigterm(service).await;
            let took = began.elapsed();
            let log = String::from_utf8_lossy(&output.stdout);
            // The deadline is 5 s; the bound is for a service that never stops, not for speed.
            assert!(
                took < Duration::from_secs(40),
                "the service took {took:?} to stop with two unfinished requests open: the shutdown \
             deadline (level4::app::SHUTDOWN_DEADLINE) should drop them:\n{log}"
            );
            assert!(
                output.status.success(),
                "exited with {}:\n{log}",
                output.status
            );
            drop((headers, body));
        });
}

/// A body that stops arriving gets a 408 once the body timeout passes, not a connection held
/// open for ever.
#[test]
fn a_body_that_stops_arriving_gets_408() {
    // It waits out the 10 s body timeout on purpose.
    Check::new(&LEVEL)
        .timeout(Duration::from_secs(60))
        .run(|db| async move {
            use tokio::io::{AsyncReadExt, AsyncWriteExt};
            let (mut service, port) = spawn_service_program(&db.url, "warn").await;
            let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .unwrap();
            stream
                .write_all(
                    b"POST /users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
                  Content-Length: 100\r\n\r\n{\"name\":",
                )
                .await
                .unwrap();
            let mut answer = Vec::new();
            let read = tokio::time::timeout(
                level4::http::json_only::BODY_TIMEOUT * 4,
                stream.read_to_end(&mut answer),
            )
            .await;
            let _ = service.kill();
            let _ = service.wait();
            let answer = String::from_utf8_lossy(&answer);
            assert!(
                read.is_ok() && answer.starts_with("HTTP/1.1 408"),
                "a body that stopped half-way should get 408 after {:?} (the body timeout); got {}",
                level4::http::json_only::BODY_TIMEOUT,
                if read.is_ok() {
                    answer.to_string()
                } else {
                    "nothing, for four times as long".into()
                }
            );
        });
}

/// Send the service SIGTERM, as a container runtime would, and wait for it to exit.
async fn stop_with_sigterm(service: std::process::Child) -> std::process::Output {
    let killed = Command::new("kill")
        .args(["-TERM", &service.id().to_string()])
        .status()
        .expect("running kill");
    assert!(killed.success());
    tokio::task::spawn_blocking(move || service.wait_with_output())
        .await
        .unwrap()
        .unwrap()
}
