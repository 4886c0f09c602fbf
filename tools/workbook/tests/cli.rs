//! The runner as a learner meets it when something is missing or wrong: it must stop at once,
//! with exit code 2 and one paragraph that says what to do.

use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn workbook(args: &[&str], env: &[(&str, &str)]) -> (Output, Duration) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_workbook"));
    command.args(args).env_remove("DATABASE_URL");
    for (key, value) in env {
        command.env(key, value);
    }
    let began = Instant::now();
    let output = command.output().expect("running the workbook binary");
    (output, began.elapsed())
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A `.env` at the root names a server and would take precedence over what these tests set up.
fn dotenv_present() -> bool {
    harness::workspace::root().join(".env").exists()
}

#[test]
fn no_postgresql_at_all_says_both_ways_out() {
    if dotenv_present() {
        eprintln!("skipped: .env names a server");
        return;
    }
    let (output, _) = workbook(
        &["db", "start"],
        &[("WORKBOOK_PG_BINDIR", "/nonexistent/postgresql/bin")],
    );
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{text}");
    assert!(text.contains("docker compose up -d"), "{text}");
    assert!(text.contains("apt-get install postgresql"), "{text}");
}

#[test]
fn a_malformed_database_url_is_named_and_explained() {
    let (output, took) = workbook(
        &["db", "start"],
        &[(
            "DATABASE_URL",
            "postgres://learner:hunter2@localhost:port/db",
        )],
    );
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{text}");
    assert!(text.contains("is not a valid PostgreSQL URL"), "{text}");
    assert!(text.contains("learner:***@localhost"), "{text}");
    assert!(!text.contains("hunter2"), "the password leaked: {text}");
    assert!(took < Duration::from_secs(5), "{took:?}");
}

#[test]
fn an_unreachable_server_fails_fast_without_the_password() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("postgres://learner:hunter2@127.0.0.1:{port}/workbook");
    let (output, took) = workbook(&["db", "start"], &[("DATABASE_URL", &url)]);
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{text}");
    assert!(text.contains("Could not reach PostgreSQL"), "{text}");
    assert!(text.contains("docker compose up -d"), "{text}");
    assert!(!text.contains("hunter2"), "the password leaked: {text}");
    assert!(took < Duration::from_secs(5), "{took:?}");
}
