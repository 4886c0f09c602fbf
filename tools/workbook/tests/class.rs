//! A class on one server, for real: a throwaway PostgreSQL with passwords (as the instructor's
//! laptop serves the room), `class init` run on it, and three learners checking exercises at
//! once, each with the `.env` line they were given. They fail some, pass others, keep and clean
//! their test databases; then the instructor's board reads what was recorded.
//!
//! The learners check the runner's fixture workbook (its checks need no database, so they build
//! in seconds), while their runners record to the class and their test databases come from the
//! harness, as a real check's do.

mod support;

use std::path::Path;
use std::process::{Command, Output};

use harness::throwaway::ThrowawayServer;
use harness::{Server, block_on};
use sqlx::{Connection, PgConnection};
use support::{copy_of_the_fixture, run};

const LEARNERS: [&str; 3] = ["ada", "grace", "linus"];

/// The runner with `args`, as someone whose `.env` holds `url` (none: the instructor), on `root`.
fn runner(root: &Path, url: Option<&str>, args: &[&str], state: &str) -> (Output, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_workbook"));
    command
        .env("WORKBOOK_ROOT", root)
        .env("WORKBOOK_KEEP_FAILED", "1")
        .env_remove("WORKBOOK_CLASS_RECORD");
    match url {
        Some(url) => command.env("DATABASE_URL", url),
        None => command.env_remove("DATABASE_URL"),
    };
    run(command, root, args, state)
}

/// The `.env` line printed for `learner` by `class init`, as its URL.
fn url_of(init_output: &str, learner: &str) -> String {
    init_output
        .lines()
        .find(|l| l.starts_with(&format!("{learner} ")))
        .and_then(|l| l.split_once("DATABASE_URL="))
        .map(|(_, url)| url.trim().to_string())
        .unwrap_or_else(|| panic!("no .env line for {learner} in:\n{init_output}"))
}

#[test]
fn three_learners_share_a_server_and_the_board_sees_each_verdict_once() {
    let server = ThrowawayServer::start();
    let admin = server.url();
    // Every statement logged: the passwords must not be among them.
    block_on(async {
        let mut conn = PgConnection::connect(&admin).await.unwrap();
        for sql in [
            "ALTER SYSTEM SET log_statement = 'all'",
            "SELECT pg_reload_conf()",
        ] {
            sqlx::query(sql).execute(&mut conn).await.unwrap();
        }
    });
    let root = copy_of_the_fixture("class-fixture");
    let host = format!("127.0.0.1:{}", server.port);
    let init = [
        "class",
        "init",
        &admin,
        "--names",
        "Ada,grace,linus",
        "--host",
        &host,
    ];
    let (output, text) = runner(&root, None, &init, "instructor");
    assert_eq!(output.status.code(), Some(0), "{text}");
    let urls: Vec<String> = LEARNERS.iter().map(|l| url_of(&text, l)).collect();
    let passwords: Vec<String> = urls
        .iter()
        .map(|u| {
            let userinfo = u.split_once("://").unwrap().1.split_once('@').unwrap().0;
            userinfo.split_once(':').unwrap().1.to_string()
        })
        .collect();
    assert!(
        text.contains("CONNECTION LIMIT of"),
        "the budget is printed:\n{text}"
    );

    // Again: nothing new, no password shown again, nothing changed.
    let (output, again) = runner(&root, None, &init, "instructor");
    assert_eq!(output.status.code(), Some(0), "{again}");
    assert!(
        !again.contains("DATABASE_URL="),
        "passwords shown twice:\n{again}"
    );
    assert!(
        again.contains("passwords unchanged: ada, grace, linus"),
        "{again}"
    );

    // Three learners at once. Ada and Grace pass one exercise and fail another; Linus fails
    // one. Each keeps the database of a failed check.
    let kept: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = LEARNERS
            .iter()
            .zip(&urls)
            .map(|(learner, url)| {
                let root = &root;
                scope.spawn(move || {
                    let exercises: &[&str] = if *learner == "linus" {
                        &["fail_me"]
                    } else {
                        &["pass_me", "fail_me"]
                    };
                    for exercise in exercises {
                        let (output, text) = runner(root, Some(url), &["check", exercise], learner);
                        let want = if *exercise == "pass_me" { 0 } else { 1 };
                        assert_eq!(output.status.code(), Some(want), "{learner}: {text}");
                        assert!(
                            text.contains(&format!("recorded for your instructor, as `{learner}`")),
                            "{learner} is told their verdicts are recorded:\n{text}"
                        );
                        assert!(!text.contains("Could not record"), "{learner}: {text}");
                    }
                    // A check's database, kept as a failed check keeps it.
                    let db = block_on(harness::fresh_database(
                        &Server::explicit(url.as_str()),
                        None,
                        "class::kept",
                    ))
                    .unwrap_or_else(|e| panic!("{learner} gets a database: {e}"));
                    db.name.as_str().to_string()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });

    // Grace cleans up: her database goes, Ada's and Linus's stay.
    let (output, text) = runner(&root, Some(&urls[1]), &["db", "clean"], "grace");
    assert_eq!(output.status.code(), Some(0), "{text}");
    let exists = |name: &str| {
        block_on(async {
            let mut conn = PgConnection::connect(&admin).await.unwrap();
            sqlx::query_scalar::<_, bool>("SELECT count(*) = 1 FROM pg_database WHERE datname = $1")
                .bind(name)
                .fetch_one(&mut conn)
                .await
                .unwrap()
        })
    };
    assert!(exists(&kept[0]), "Grace's clean dropped Ada's {}", kept[0]);
    assert!(!exists(&kept[1]), "Grace's clean left her {}", kept[1]);
    assert!(
        exists(&kept[2]),
        "Grace's clean dropped Linus's {}",
        kept[2]
    );

    // A learner reads nobody's verdicts, and cannot record as someone else.
    block_on(async {
        let mut ada = PgConnection::connect(&urls[0]).await.unwrap();
        let read = sqlx::query("SELECT * FROM workbook_verdicts")
            .execute(&mut ada)
            .await;
        assert!(read.is_err(), "a learner read the class's verdicts");
        let forged = sqlx::query(
            "INSERT INTO workbook_verdicts (role, learner, exercise, status) \
             VALUES ('grace', 'grace', 'pass_me', 'done')",
        )
        .execute(&mut ada)
        .await;
        assert!(forged.is_err(), "Ada recorded a verdict as Grace");
    });

    // Every verdict recorded once.
    let recorded: Vec<(String, String, String, Option<String>)> = block_on(async {
        let mut conn = PgConnection::connect(&server.url_for("workbook_class"))
            .await
            .unwrap();
        sqlx::query_as(
            "SELECT learner, exercise, status, failing_check FROM workbook_verdicts \
             ORDER BY learner, exercise",
        )
        .fetch_all(&mut conn)
        .await
        .unwrap()
    });
    let summary: Vec<String> = recorded
        .iter()
        .map(|(l, e, s, _)| format!("{l} {e} {s}"))
        .collect();
    assert_eq!(
        summary,
        [
            "ada fail_me todo",
            "ada pass_me done",
            "grace fail_me todo",
            "grace pass_me done",
            "linus fail_me todo"
        ]
    );
    assert!(
        recorded
            .iter()
            .filter(|r| r.2 == "todo")
            .all(|r| r.3.as_deref().is_some_and(|c| c.starts_with("fail_me"))),
        "a failure names its check: {recorded:?}"
    );

    // The board.
    let board_args = ["class", "--url", &admin, "--json"];
    let (output, text) = runner(&root, None, &board_args, "instructor");
    assert_eq!(output.status.code(), Some(0), "{text}");
    let json = String::from_utf8_lossy(&output.stdout);
    let board: serde_json::Value = serde_json::from_str(json.trim()).expect("the board's JSON");
    let columns: Vec<&str> = board["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(columns, ["pass_me", "fail_me"], "{json}");
    let rows: Vec<String> = board["learners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| format!("{} {}", r["learner"].as_str().unwrap(), r["cells"]))
        .collect();
    assert_eq!(
        rows,
        [
            r#"ada ["done","todo"]"#,
            r#"grace ["done","todo"]"#,
            r#"linus ["","todo"]"#
        ],
        "{json}"
    );
    assert_eq!(board["common"][0]["exercise"], "fail_me", "{json}");
    assert_eq!(board["common"][0]["failing"], 3, "{json}");
    let (output, text) = runner(
        &root,
        None,
        &["class", "--url", &admin, "--once"],
        "instructor",
    );
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(
        text.contains("ada      #x  1"),
        "the terminal board:\n{text}"
    );

    let log = server.log();
    assert!(
        log.contains("CREATE ROLE"),
        "statements were logged:\n{log}"
    );
    for password in &passwords {
        assert!(
            !log.contains(password.as_str()),
            "a password is in the server's log"
        );
    }

    // Drop: every learner database, the progress database, the roles.
    let (output, text) = runner(&root, None, &["class", "drop", &admin], "instructor");
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(
        !exists(&kept[0]) && !exists(&kept[2]) && !exists("workbook_class"),
        "{text}"
    );
    let roles_left: i64 = block_on(async {
        let mut conn = PgConnection::connect(&admin).await.unwrap();
        sqlx::query_scalar("SELECT count(*) FROM pg_roles WHERE rolname = ANY($1)")
            .bind(LEARNERS.map(String::from).to_vec())
            .fetch_one(&mut conn)
            .await
            .unwrap()
    });
    assert_eq!(roles_left, 0, "{text}");
}
