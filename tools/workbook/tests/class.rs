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
use support::{KillOnDrop, copy_of_the_fixture, run};

const LEARNERS: [&str; 3] = ["ada", "grace", "linus"];

/// The runner with `args`, as someone whose `.env` holds `url` (none: the instructor), on `root`.
fn runner(root: &Path, url: Option<&str>, args: &[&str], state: &str) -> (Output, String) {
    runner_named(root, url, None, args, state)
}

/// [`runner`], for a learner whose `.env` also says `WORKBOOK_LEARNER=name`.
fn runner_named(
    root: &Path,
    url: Option<&str>,
    name: Option<&str>,
    args: &[&str],
    state: &str,
) -> (Output, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_workbook"));
    match name {
        Some(name) => command.env("WORKBOOK_LEARNER", name),
        None => command.env_remove("WORKBOOK_LEARNER"),
    };
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

    // Linus's role has room for one check at a time: his runner runs one at a time, and says so.
    block_on(async {
        let mut conn = PgConnection::connect(&admin).await.unwrap();
        sqlx::query("ALTER ROLE linus CONNECTION LIMIT 14")
            .execute(&mut conn)
            .await
            .unwrap();
    });

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
                        assert_eq!(
                            text.contains("checking 1 at a time"),
                            *learner == "linus",
                            "only Linus's runner is short of room:\n{text}"
                        );
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

/// One role for the room: learners are told apart by the names they give, and a name another
/// machine has taken is refused (their test databases would carry the same tag).
#[test]
fn a_learner_name_taken_on_a_shared_role_is_refused() {
    let server = ThrowawayServer::start();
    let admin = server.url();
    let host = format!("127.0.0.1:{}", server.port);
    // Two seats: two folders, as two machines would have (the seat is the machine and folder).
    let seat_a = copy_of_the_fixture("class-fixture-seat-a");
    let seat_b = copy_of_the_fixture("class-fixture-seat-b");
    let init = [
        "class",
        "init",
        &admin,
        "--shared-role",
        "room",
        "--learners",
        "2",
        "--host",
        &host,
    ];
    let (output, text) = runner(&seat_a, None, &init, "instructor");
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(text.contains("One role for the room, `room`"), "{text}");
    let url = url_of(&text, "room");

    let check = ["check", "pass_me"];
    let (output, text) = runner_named(&seat_a, Some(&url), Some("sam"), &check, "sam");
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(text.contains("as `sam`"), "{text}");
    let (output, text) = runner_named(&seat_b, Some(&url), Some("sam"), &check, "sam-too");
    assert_eq!(
        output.status.code(),
        Some(2),
        "the second sam is refused:\n{text}"
    );
    assert!(
        text.contains("`sam` is already taken") && text.contains("WORKBOOK_LEARNER"),
        "the refusal says why and what to do:\n{text}"
    );
    assert!(
        !text.contains("every check passes"),
        "no check ran:\n{text}"
    );
    let (output, text) = runner_named(&seat_b, Some(&url), Some("max"), &check, "max");
    assert_eq!(output.status.code(), Some(0), "{text}");
    // The first sam, again from their own seat, is still welcome.
    let (output, text) = runner_named(&seat_a, Some(&url), Some("sam"), &check, "sam");
    assert_eq!(output.status.code(), Some(0), "{text}");

    let (output, text) = runner(
        &seat_a,
        None,
        &["class", "--url", &admin, "--json"],
        "board",
    );
    assert_eq!(output.status.code(), Some(0), "{text}");
    let board: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&output.stdout).trim()).unwrap();
    let learners: Vec<&str> = board["learners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["learner"].as_str().unwrap())
        .collect();
    assert_eq!(
        learners,
        ["sam", "max"],
        "the shared role is not a learner: {board}"
    );
    let (output, text) = runner(&seat_a, None, &["class", "drop", &admin], "instructor");
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(text.contains("1 role(s) (room)"), "{text}");
}

/// Where each seeded learner is: (passed so many of the sqlx track's first exercises, then
/// this status on the next, with this check and message). Thirty learners at 1:30 into a
/// three-hour workshop; the last two have not checked in yet.
const SEEDED_FAILURES: [(&str, &str); 5] = [
    (
        "insert_sqlx::the_new_row_comes_back_from_the_insert_itself",
        "RETURNING hands the new row back from the INSERT itself: a second query can see another insert's row",
    ),
    (
        "get_by_id_sqlx::a_missing_id_is_none",
        "a missing id should be Ok(None), got Err(RowNotFound): fetch_optional, not fetch_one",
    ),
    (
        "transfer_sqlx::a_failure_half_way_changes_nothing",
        "the balances changed anyway: the debit was kept although the credit failed",
    ),
    (
        "transfer_sqlx::concurrent_transfers_conserve_money",
        "it checked a balance another transfer changed: 100.00 became 80.00 in all",
    ),
    (
        "pool_config_sqlx::an_exhausted_pool_times_out",
        "acquire waited 30 s: acquire_timeout is the pool's wait, say it",
    ),
];

const SQLX_TRACK: [&str; 10] = [
    "connect_sqlx",
    "migrate_sqlx",
    "insert_sqlx",
    "get_by_id_sqlx",
    "find_by_email_sqlx",
    "list_users_sqlx",
    "statement_logging_sqlx",
    "pool_config_sqlx",
    "transfer_sqlx",
    "serializable_retry_sqlx",
];

/// Seed `learners` learners' verdicts into the class's progress database, as the admin (who owns
/// its tables): learner n has passed a few exercises and is on the next one since a while.
async fn seed(progress_url: &str, learners: u32) {
    let mut conn = PgConnection::connect(progress_url).await.unwrap();
    for n in 1..=learners.saturating_sub(2) {
        let learner = format!("learner{n:02}");
        let passed = 2 + (n * 7 % 8) as usize;
        let minutes_ago = |m: u32| format!("{m} minutes");
        for (i, exercise) in SQLX_TRACK.iter().take(passed).enumerate() {
            insert(
                &mut conn,
                &learner,
                exercise,
                "done",
                None,
                &minutes_ago(90 - i as u32 * 8),
            )
            .await;
        }
        let current = SQLX_TRACK[passed.min(SQLX_TRACK.len() - 1)];
        let on_it = 2 + n * 13 % 30;
        let failure = SEEDED_FAILURES
            .iter()
            .find(|(check, _)| check.starts_with(&format!("{current}::")))
            .copied();
        for attempt in 0..(1 + n % 4) {
            let at = minutes_ago(on_it - attempt.min(on_it));
            match (n % 9 == 4, failure) {
                (true, _) => {
                    let message =
                        "error[E0308]: mismatched types: expected `Option<User>`, found `User`";
                    insert(
                        &mut conn,
                        &learner,
                        current,
                        "does_not_compile",
                        Some(("", message)),
                        &at,
                    )
                    .await;
                }
                (false, Some(failure)) => {
                    insert(&mut conn, &learner, current, "todo", Some(failure), &at).await;
                }
                (false, None) => {
                    let check = format!("{current}::checks");
                    let failure = (check.as_str(), "not yet implemented");
                    insert(&mut conn, &learner, current, "todo", Some(failure), &at).await;
                }
            }
        }
    }
}

async fn insert(
    conn: &mut PgConnection,
    learner: &str,
    exercise: &str,
    status: &str,
    failure: Option<(&str, &str)>,
    ago: &str,
) {
    sqlx::query(
        "INSERT INTO workbook_verdicts (role, learner, exercise, status, failing_check, message, at)
         VALUES ($1, $1, $2, $3, NULLIF($4, ''), $5, now() - $6::interval)",
    )
    .bind(learner)
    .bind(exercise)
    .bind(status)
    .bind(failure.map(|f| f.0))
    .bind(failure.map(|f| f.1))
    .bind(ago)
    .execute(conn)
    .await
    .unwrap();
}

/// `class serve`, on a seeded class of 30, opened in a real browser (Debian's headless
/// Chromium) at the projector's 1920×1080: the page draws every learner's row with the right
/// cells, the lists, and nothing wider than the screen. Skipped, saying so, where Chromium is
/// not installed (CI installs it). Its screenshot is `target/class-board.png`; with
/// `WORKBOOK_UPDATE_SCREENSHOTS=1` it also replaces the book's.
#[test]
fn the_board_renders_for_the_projector_in_a_real_browser() {
    let Some(chromium) = harness::binaries::chromium() else {
        eprintln!("skipped: no Chromium here (Debian: apt-get install chromium)");
        return;
    };
    let server = ThrowawayServer::start();
    let admin = server.url();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let (output, text) = runner(
        &repo,
        None,
        &["class", "init", &admin, "--learners", "30"],
        "board",
    );
    assert_eq!(output.status.code(), Some(0), "{text}");
    block_on(seed(&server.url_for("workbook_class"), 30));

    let mut serve = Command::new(env!("CARGO_BIN_EXE_workbook"));
    serve
        .args(["class", "serve", "--url", &admin, "--bind", "127.0.0.1:0"])
        .env("WORKBOOK_ROOT", &repo)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null());
    let mut serve = KillOnDrop(serve.spawn().expect("starting class serve"));
    // Kept open until the end: the server's later lines must have somewhere to go.
    let mut said = std::io::BufReader::new(serve.0.stdout.take().unwrap());
    let mut first = String::new();
    std::io::BufRead::read_line(&mut said, &mut first).unwrap();
    let address = first
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in {first:?}"))
        .to_string();

    let target = harness::workspace::target_dir();
    let screenshot = target.join("class-board.png");
    let browser = |extra: &[&str]| {
        let profile = target.join(format!("class-board-chromium-{}", extra.len()));
        Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--window-size=1920,1080",
                "--virtual-time-budget=4000",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .args(extra)
            .arg(&address)
            .output()
            .expect("running Chromium")
    };
    let dom = String::from_utf8_lossy(&browser(&["--dump-dom"]).stdout).to_string();
    let rows = dom.matches("data-learner=\"learner").count();
    assert_eq!(
        rows, 30,
        "a row per learner, those not checked in too:\n{dom}"
    );
    assert!(dom.contains("data-status=\"done\""), "{dom}");
    assert!(dom.contains("data-status=\"todo\""), "{dom}");
    assert!(dom.contains("data-status=\"does_not_compile\""), "{dom}");
    assert!(
        dom.contains("<div id=\"error\"></div>"),
        "the page says it cannot read the board:\n{dom}"
    );
    // The lists say what the board's JSON says, first things first.
    let (output, text) = runner(&repo, None, &["class", "--url", &admin, "--json"], "board");
    assert_eq!(output.status.code(), Some(0), "{text}");
    let board: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&output.stdout).trim()).unwrap();
    let first_stuck = board["stuck"][0]["learner"].as_str().unwrap();
    assert!(
        dom.contains(&format!(
            "<ol id=\"stuck\"><li><span class=\"who\">{first_stuck}</span>"
        )),
        "{first_stuck} should be first to visit:\n{dom}"
    );
    let first_common = board["common"][0]["failing_check"].as_str().unwrap();
    let check = first_common.rsplit("::").next().unwrap();
    assert!(
        dom.split("<ol id=\"common\">").nth(1).is_some_and(|list| {
            list.split("</li>")
                .next()
                .is_some_and(|first| first.contains(check))
        }),
        "{check} should be first to explain:\n{dom}"
    );
    let width: u32 = dom
        .split("data-drawn-width=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|w| w.parse().ok())
        .unwrap_or_else(|| panic!("the page did not draw the board:\n{dom}"));
    assert!(
        width <= 1920,
        "the board is {width} px wide: wider than the projector"
    );

    let shot = browser(&[&format!("--screenshot={}", screenshot.display())]);
    assert!(
        screenshot.exists(),
        "no screenshot: {}",
        String::from_utf8_lossy(&shot.stderr)
    );
    if std::env::var_os("WORKBOOK_UPDATE_SCREENSHOTS").is_some() {
        std::fs::copy(&screenshot, repo.join("book/src/images/class-board.png")).unwrap();
    }
}
