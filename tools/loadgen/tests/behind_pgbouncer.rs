//! Past one instance, for real: two instances of the service (one on each store) behind a real
//! PgBouncer, with the settings the book prints (`levels/level4/deploy/pgbouncer-*.ini`, the
//! one for the PgBouncer installed here), driven at once over HTTP by the load generator. No
//! request fails, and the money adds up to the cent. Skipped, saying so, where PgBouncer is not
//! installed (CI installs Debian's).

#![cfg(feature = "solutions")]

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use harness::block_on;
use rust_decimal::Decimal;

/// A program the test started, stopped at the end however the test ends.
struct Started(Child);

impl Drop for Started {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn pgbouncer() -> Option<PathBuf> {
    [
        "/usr/sbin/pgbouncer",
        "/usr/bin/pgbouncer",
        "/opt/homebrew/bin/pgbouncer",
    ]
    .into_iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
    .or_else(|| {
        Command::new("pgbouncer")
            .arg("--version")
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|_| PathBuf::from("pgbouncer"))
    })
}

/// `(major, minor)` of `pgbouncer --version` ("PgBouncer 1.18.0").
fn version(program: &Path) -> (u32, u32) {
    let out = Command::new(program)
        .arg("--version")
        .output()
        .expect("pgbouncer --version");
    let text = String::from_utf8_lossy(&out.stdout);
    let number = text
        .split_whitespace()
        .find(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .unwrap_or("0.0");
    let mut parts = number.split('.').map(|p| p.parse().unwrap_or(0));
    (parts.next().unwrap_or(0), parts.next().unwrap_or(0))
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Wait until `started` listens on `port`; if it exits first, fail with what it said (its
/// stderr, or `log`).
fn wait_for_port(port: u16, started: &mut Started, what: &str, log: &Path) {
    let began = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = started.0.try_wait() {
            let mut said = String::new();
            if let Some(mut stderr) = started.0.stderr.take() {
                let _ = std::io::Read::read_to_string(&mut stderr, &mut said);
            }
            said += &std::fs::read_to_string(log).unwrap_or_default();
            panic!("{what} exited ({status}) instead of listening on {port}:\n{said}");
        }
        assert!(
            began.elapsed() < Duration::from_secs(30),
            "{what} did not listen on {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn two_instances_behind_pgbouncer_lose_nothing() {
    let Some(program) = pgbouncer() else {
        eprintln!("skipped: PgBouncer is not installed (Debian: apt-get install pgbouncer)");
        return;
    };
    let (major, minor) = version(&program);
    let settings = Path::new(env!("CARGO_MANIFEST_DIR")).join(if (major, minor) >= (1, 21) {
        "../../levels/level4/deploy/pgbouncer-1.21.ini"
    } else {
        "../../levels/level4/deploy/pgbouncer-1.18.ini"
    });
    let server = harness::find_or_start_server().expect("a server");
    let db = block_on(harness::fresh_database(
        &server,
        Some(&level4::LEVEL),
        "behind_pgbouncer",
    ))
    .expect("a fresh database");
    let options = server.options().expect("the server's URL");

    // PgBouncer's own folder: its configuration (ending with the book's settings), its list of
    // users, its log. Given to the postgres user when we are root (it refuses root).
    // In the temp folder, not the target directory: under /root the postgres user could not
    // enter the latter.
    let dir = std::env::temp_dir().join(format!("workbook-pgbouncer-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let user = options.get_username().to_string();
    let backend = match options.get_socket() {
        Some(socket) => format!("host={}", socket.display()),
        None => format!("host={} port={}", options.get_host(), options.get_port()),
    };
    let password = url_password(&server.url)
        .map(|p| format!(" password={p}"))
        .unwrap_or_default();
    let port = free_port();
    let ini = dir.join("pgbouncer.ini");
    // The book's settings, line for line, after this test's own (where to listen, whom to let
    // in). Appended rather than `%include`d: PgBouncer 1.18 starts the [pgbouncer] section
    // afresh when an included file opens it again.
    let book_settings: String = std::fs::read_to_string(&settings)
        .expect("reading the settings file")
        .lines()
        .filter(|l| l.trim() != "[pgbouncer]")
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(dir.join("userlist.txt"), format!("\"{user}\" \"\"\n")).unwrap();
    std::fs::write(
        &ini,
        format!(
            "[databases]\n* = {backend} user={user}{password}\n\n[pgbouncer]\n\
             listen_addr = 127.0.0.1\nlisten_port = {port}\nunix_socket_dir =\n\
             auth_type = trust\nauth_file = {}\nlogfile = {}\n\n{book_settings}",
            dir.join("userlist.txt").display(),
            dir.join("pgbouncer.log").display(),
        ),
    )
    .unwrap();
    let mut command =
        harness::embedded::server_command(&program, &[&dir]).expect("running PgBouncer");
    for file in ["pgbouncer.ini", "userlist.txt"] {
        let _ = std::fs::set_permissions(
            dir.join(file),
            std::os::unix::fs::PermissionsExt::from_mode(0o644),
        );
    }
    let mut pgbouncer = Started(
        command
            .arg(&ini)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting PgBouncer"),
    );
    let log = dir.join("pgbouncer.log");
    wait_for_port(port, &mut pgbouncer, "PgBouncer", &log);
    let through_pgbouncer = format!("postgres://{user}@127.0.0.1:{port}/{}", db.name);

    // Two instances, one per store, as `cargo run -p level4` runs them; migrations straight to
    // PostgreSQL (MIGRATION_URL), the pools through PgBouncer.
    let mut instances: Vec<(Started, u16)> = ["sqlx", "diesel"]
        .into_iter()
        .map(|store| {
            let bind = free_port();
            let child = Command::new(env!("CARGO_BIN_EXE_loadgen"))
                .arg("--serve")
                .env("DATABASE_URL", &through_pgbouncer)
                .env("MIGRATION_URL", &db.url)
                .env("BIND", format!("127.0.0.1:{bind}"))
                .env("POOL_MAX", "10")
                .env("STORE", store)
                .env("RUST_LOG", "warn")
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("starting an instance");
            (Started(child), bind)
        })
        .collect();
    for (instance, bind) in &mut instances {
        wait_for_port(*bind, instance, "an instance of the service", &log);
    }
    let urls: Vec<String> = instances
        .iter()
        .map(|(_, bind)| format!("http://127.0.0.1:{bind}"))
        .collect();
    let users = 40;
    let run = Command::new(env!("CARGO_BIN_EXE_loadgen"))
        .args([
            "--url",
            &urls.join(","),
            "--transfers-only",
            "--duration",
            "3",
        ])
        .args(["--concurrency", "16", "--users", &users.to_string()])
        .output()
        .expect("running loadgen");
    let out =
        String::from_utf8_lossy(&run.stdout).to_string() + &String::from_utf8_lossy(&run.stderr);
    let log = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(
        run.status.success(),
        "loadgen failed:\n{out}\nPgBouncer's log:\n{log}"
    );
    let line = out
        .lines()
        .find(|l| l.starts_with("http "))
        .unwrap_or_else(|| panic!("no result line:\n{out}"));
    let columns: Vec<&str> = line.split_whitespace().collect();
    let (ops, errors) = (columns[columns.len() - 6], columns[columns.len() - 3]);
    assert_eq!(
        errors,
        "0",
        "requests failed behind PgBouncer {major}.{minor} ({}):\n{out}\nPgBouncer's log:\n{log}",
        settings.display()
    );
    assert!(
        ops.parse::<f64>().unwrap_or(0.0) > 0.0,
        "no operation ran:\n{out}"
    );

    let total: Decimal = block_on(async {
        let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
        let total = sqlx::query_scalar("SELECT sum(balance) FROM users")
            .fetch_one(&pool)
            .await
            .unwrap();
        pool.close().await;
        total
    });
    assert_eq!(
        total,
        Decimal::from(users * 1000),
        "transfers only, and the balances no longer add up: money was made or lost behind \
         PgBouncer {major}.{minor}"
    );
    drop(instances);
    drop(pgbouncer);
    block_on(harness::drop_database(&db)).expect("dropping the test database");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The password in a `postgres://user:password@host/...` URL, if any.
fn url_password(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let userinfo = &rest[..rest.rfind('@')?];
    Some(userinfo.split_once(':')?.1.to_string())
}
