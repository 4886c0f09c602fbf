//! The harness against a server reached by a TCP URL with a password: the way a learner's
//! `docker compose` PostgreSQL is reached (user, password and database `workbook`, on
//! 127.0.0.1). Docker cannot run here, so the test starts a cluster set up like the compose
//! file describes, from the local PostgreSQL binaries, and stops it at the end.
//!
//! One test function walks through every case in order, so the server is started once and
//! stopped even when a step fails.

use std::net::TcpListener;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use harness::locate::{Server, block_on};
use harness::{Check, HarnessError};
use sqlx::Connection;

mod fixture;
use fixture::FIXTURE;

/// A throwaway cluster on 127.0.0.1:<port> with password authentication.
struct PasswordServer {
    dir: PathBuf,
    bindir: PathBuf,
    port: u16,
}

impl PasswordServer {
    fn start() -> PasswordServer {
        let bindir = harness::binaries::server_bindir()
            .expect("the harness's tests need PostgreSQL's server binaries (see README.md)");
        let dir = std::env::temp_dir().join(format!("harness-tcp-{}", std::process::id()));
        let data = dir.join("data");
        std::fs::create_dir_all(&data).unwrap();
        std::fs::write(dir.join("pw"), "workbook\n").unwrap();
        let server = PasswordServer {
            dir,
            bindir,
            port: free_port(),
        };
        let out = server
            .command("initdb")
            .arg("-D")
            .arg(&data)
            .args([
                "-U",
                "workbook",
                "--auth-host=scram-sha-256",
                "--auth-local=trust",
            ])
            .arg(format!("--pwfile={}", server.dir.join("pw").display()))
            .args(["--no-sync", "--no-instructions"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "initdb: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let options = format!(
            "-c listen_addresses=127.0.0.1 -p {} -c unix_socket_directories={} -c fsync=off",
            server.port,
            server.dir.display()
        );
        let out = server
            .command("pg_ctl")
            .args(["start", "-w", "-D"])
            .arg(&data)
            .arg("-l")
            .arg(server.dir.join("log"))
            .arg("-o")
            .arg(options)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "pg_ctl start: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // POSTGRES_DB=workbook in the compose file.
        block_on(async {
            let mut conn = sqlx::PgConnection::connect(&server.url("workbook", "postgres"))
                .await
                .unwrap();
            sqlx::query("CREATE DATABASE workbook")
                .execute(&mut conn)
                .await
                .unwrap();
        });
        server
    }

    fn command(&self, program: &str) -> std::process::Command {
        let mut dirs: Vec<&Path> = vec![&self.dir];
        let data = self.dir.join("data");
        let pw = self.dir.join("pw");
        dirs.push(&data);
        dirs.push(&pw);
        let mut cmd = harness::embedded::server_command(&self.bindir.join(program), &dirs).unwrap();
        cmd.current_dir(&self.dir);
        cmd
    }

    fn url(&self, password: &str, database: &str) -> String {
        format!(
            "postgres://workbook:{password}@127.0.0.1:{}/{database}",
            self.port
        )
    }
}

impl Drop for PasswordServer {
    fn drop(&mut self) {
        let _ = self
            .command("pg_ctl")
            .args(["stop", "-m", "immediate", "-D"])
            .arg(self.dir.join("data"))
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn connect_error(url: &str) -> (HarnessError, Duration) {
    let began = Instant::now();
    let error = block_on(Server::explicit(url).connect()).expect_err("the connection should fail");
    (error, began.elapsed())
}

fn test_databases(server: &Server) -> Vec<String> {
    block_on(async {
        let mut admin = server.connect().await.unwrap();
        harness::database::named_like(&mut admin, harness::database::TEST_PREFIX)
            .await
            .unwrap()
    })
}

#[test]
fn a_password_protected_tcp_server_works_like_the_compose_one() {
    let pg = PasswordServer::start();
    let server = Server::explicit(pg.url("workbook", "workbook"));

    // A passing check gets a copy of the template, and its database is dropped after.
    let seen = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let seen_in_body = seen.clone();
    Check::new(&FIXTURE)
        .on_server(server.clone())
        .run(move |db| async move {
            assert!(db.url.contains("127.0.0.1"), "{}", db.url);
            let pool = db.pool().await;
            let id: i64 = sqlx::query_scalar("INSERT INTO notes (body) VALUES ($1) RETURNING id")
                .bind("from the template")
                .fetch_one(&pool)
                .await
                .expect("the template's migrations are in the fresh database");
            assert_eq!(id, 1);
            *seen_in_body.lock().unwrap() = db.name.to_string();
        });
    let name = seen.lock().unwrap().clone();
    assert!(name.starts_with("wbt_"), "{name}");
    assert!(
        !test_databases(&server).contains(&name),
        "a passing check must drop its database"
    );

    // A failing check keeps its database, and says how to open it.
    let failed = catch_unwind(AssertUnwindSafe(|| {
        Check::new(&FIXTURE)
            .on_server(server.clone())
            .run(|_db| async move { panic!("the learner's answer is wrong") })
    }));
    assert!(failed.is_err());
    let kept = test_databases(&server);
    // WORKBOOK_KEEP_FAILED=0 (verify's setting for failing on purpose) drops it instead.
    let expected = if std::env::var("WORKBOOK_KEEP_FAILED").is_ok_and(|v| v == "0") {
        0
    } else {
        1
    };
    assert_eq!(
        kept.len(),
        expected,
        "a failing check keeps its database: {kept:?}"
    );

    // A hanging check fails after its time bound, even if it blocks its thread outright.
    let began = Instant::now();
    let hung = catch_unwind(AssertUnwindSafe(|| {
        Check::new(&FIXTURE)
            .on_server(server.clone())
            .timeout(Duration::from_secs(1))
            .run(|_db| async move { std::thread::sleep(Duration::from_secs(600)) })
    }));
    let message = *hung
        .expect_err("a hanging check must fail")
        .downcast::<String>()
        .unwrap();
    assert!(message.contains("did not finish within 1 s"), "{message}");
    assert!(began.elapsed() < Duration::from_secs(30));

    // Bad input: each a clear error naming the URL without its password, within 5 s.
    let (error, took) = connect_error(&pg.url("not-the-password", "workbook"));
    assert!(
        matches!(error, HarnessError::LoginRefused { .. }),
        "{error}"
    );
    let text = error.to_string();
    assert!(
        !text.contains("not-the-password"),
        "the password leaked: {text}"
    );
    assert!(text.contains("workbook:***@127.0.0.1"), "{text}");
    assert!(took < Duration::from_secs(5), "{took:?}");

    let (error, _) = connect_error(&pg.url("workbook", "no_such_database"));
    assert!(
        matches!(error, HarnessError::LoginRefused { .. }),
        "{error}"
    );

    let closed = format!(
        "postgres://workbook:workbook@127.0.0.1:{}/workbook",
        free_port()
    );
    let (error, took) = connect_error(&closed);
    assert!(matches!(error, HarnessError::Unreachable { .. }), "{error}");
    assert!(took < Duration::from_secs(5), "{took:?}");

    let (error, _) = connect_error("postgres://workbook:secret@127.0.0.1:notaport/workbook");
    assert!(
        matches!(error, HarnessError::MalformedUrl { .. }),
        "{error}"
    );
    assert!(!error.to_string().contains("secret"), "{error}");

    // A user who may not create databases is told so, with the fix.
    block_on(async {
        let mut admin = server.connect().await.unwrap();
        sqlx::query("CREATE ROLE learner LOGIN PASSWORD 'learner'")
            .execute(&mut admin)
            .await
            .unwrap();
    });
    let learner = Server::explicit(format!(
        "postgres://learner:learner@127.0.0.1:{}/workbook",
        pg.port
    ));
    let error = block_on(harness::fresh_database(&learner, None, "no_rights")).unwrap_err();
    assert!(matches!(error, HarnessError::NoCreateDb { .. }), "{error}");
    assert!(
        error.to_string().contains("ALTER ROLE learner CREATEDB"),
        "{error}"
    );

    drop(pg);
}
