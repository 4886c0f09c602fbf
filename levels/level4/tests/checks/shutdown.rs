//! Not an exercise: `cargo run -p level4` stops cleanly on SIGTERM (what a container runtime
//! or systemd sends), saying so in its log.

use std::process::Command;

use crate::support::{LEVEL, check, spawn_service_program};

#[test]
fn the_service_stops_cleanly_on_sigterm() {
    check(&LEVEL, |db| async move {
        let (service, _port) = spawn_service_program(&db.url, "info").await;
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
