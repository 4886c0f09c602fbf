//! The harness against a server reached by a TCP URL with a password: the way a learner's
//! `docker compose` PostgreSQL is reached (user, password and database `workbook`, on
//! 127.0.0.1). Docker cannot run here, so the test starts a server set up like the compose
//! file describes (`harness::throwaway`), and stops it at the end.
//!
//! One test function walks through every case in order, so the server is started once and
//! stopped even when a step fails.

use std::net::TcpListener;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use harness::throwaway::ThrowawayServer;
use harness::{Check, HarnessError};
use harness::{Server, block_on};

mod fixture;
use fixture::FIXTURE;

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
    let pg = ThrowawayServer::start();
    let server = Server::explicit(pg.url());

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
    let (error, took) = connect_error(&pg.url().replace(":workbook@", ":not-the-password@"));
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

    let (error, _) = connect_error(&pg.url_for("no_such_database"));
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
