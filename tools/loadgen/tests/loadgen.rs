//! The load generator runs, on both stores and pgbench in process, and over
//! HTTP against the service, and says what it measured; bad options, or no service at `--url`,
//! get a clear error. Its numbers are reported, never asserted.

use std::process::{Command, Output};

// The reference store says `crate::store` and friends; in this test those are level 4's.
#[cfg(feature = "solutions")]
use level4::store;

#[cfg(feature = "solutions")]
#[path = "../../../solutions/level4/store_sqlx.rs"]
mod store_sqlx;

fn loadgen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_loadgen"))
        .args(args)
        .output()
        .expect("running loadgen")
}

/// The line of the table that starts with `label`, split into its columns after the label.
fn row<'a>(stdout: &'a str, label: &str) -> Vec<&'a str> {
    let line = stdout
        .lines()
        .find(|l| l.starts_with(label))
        .unwrap_or_else(|| panic!("no line for {label:?} in:\n{stdout}"));
    line[label.len()..].split_whitespace().collect()
}

#[test]
fn a_short_run_of_each_store_and_pgbench_reports_operations_without_errors() {
    // pgbench comes with PostgreSQL's server binaries; against a DATABASE_URL server (Docker),
    // there may be none here.
    let pgbench =
        harness::binaries::server_bindir().is_some_and(|dir| dir.join("pgbench").exists());
    let mut args = vec!["--duration", "1", "--concurrency", "4", "--pool", "2"];
    if pgbench {
        args.push("--pgbench");
    }
    let sqlx = loadgen(&args);
    let diesel = loadgen(&[
        "--duration",
        "1",
        "--concurrency",
        "4",
        "--store",
        "diesel",
        "--threads",
        "1",
    ]);
    let mut runs = vec![
        (&sqlx, "sqlx, pool 2"),
        (&diesel, "diesel, pool 32, 1 thread"),
    ];
    if pgbench {
        runs.push((&sqlx, "pgbench -M prepared"));
    }
    for (output, label) in runs {
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "loadgen failed: {stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        );
        // conc, ops/s, p50, p99, errors, client µs, server µs
        let columns = row(&stdout, label);
        let ops: f64 = columns[1].parse().unwrap();
        assert!(ops > 0.0, "{label}: no operations in:\n{stdout}");
        harness::expect_eq!(columns[4], "0", "{label}: errors in:\n{stdout}");
    }
}

#[test]
fn a_bad_option_or_no_service_is_refused_with_a_reason() {
    for (args, expected) in [
        (&["--store", "sqlite"][..], "--store must be sqlx or diesel"),
        (&["--threads", "0"][..], "--threads must be at least 1"),
        (&["--users", "1"][..], "--users must be at least 2"),
        (&["--pool", "0"][..], "must be at least 1"),
        (&["--bogus"][..], "unknown option"),
        (&["--url", "localhost"][..], "--url must look like"),
        (
            &["--url", "http://127.0.0.1:1"][..],
            "no service answers at http://127.0.0.1:1",
        ),
    ] {
        let output = loadgen(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{args:?} should be refused");
        assert!(
            stderr.contains(expected),
            "{args:?}: expected {expected:?} in:\n{stderr}"
        );
    }
}

/// Over HTTP, against the service serving the reference sqlx store, started in this test's
/// process on a free port. The router's transfer handler is an exercise, so this needs the
/// reference answers: it runs with `--features solutions` (as `cargo workbook verify` does).
#[cfg(feature = "solutions")]
#[test]
fn a_short_run_over_http_against_the_service_reports_operations_without_errors() {
    harness::check(&level4::LEVEL, |db| async move {
        let pool = level4::app::sqlx_pool(&db.url, 10, std::time::Duration::from_secs(2))
            .await
            .expect("test setup: a pool for the service");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let service = tokio::spawn(level4::app::serve(
            listener,
            store_sqlx::SqlxStore::new(pool),
            async {
                let _ = stopped.await;
            },
        ));
        let url = format!("http://127.0.0.1:{port}");
        let output = tokio::task::spawn_blocking(move || {
            // A few users: seeding goes through HTTP, one user at a time.
            loadgen(&[
                "--url",
                &url,
                "--duration",
                "1",
                "--concurrency",
                "4",
                "--users",
                "20",
            ])
        })
        .await
        .unwrap();
        let _ = stop.send(());
        let _ = service.await;
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "loadgen --url failed: {stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let columns = row(&stdout, &format!("http 127.0.0.1:{port}"));
        let ops: f64 = columns[1].parse().unwrap();
        assert!(ops > 0.0, "no operations in:\n{stdout}");
        harness::expect_eq!(columns[4], "0", "errors in:\n{stdout}");
    });
}

#[test]
fn help_lists_every_option() {
    let output = loadgen(&["--help"]);
    let usage = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success());
    for option in [
        "--concurrency",
        "--duration",
        "--store",
        "--pool",
        "--users",
        "--threads",
        "--url",
        "--no-check",
        "--pgbench",
        "--compare",
    ] {
        assert!(
            usage.contains(option),
            "--help does not mention {option}:\n{usage}"
        );
    }
}
