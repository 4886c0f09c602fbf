//! `cargo run -p level4 --release --bin loadgen -- [options]`: a mixed workload against the
//! users store, in process or over HTTP, reporting operations per second and latency.
//!
//! The workload, per operation, with weights: get a user (40), set a balance (20), transfer
//! 0.01 between two users (25), create a user and delete it (15); over 1000 seeded users. The
//! same statements exist as pgbench scripts in `levels/level4/bench/`, so `--pgbench` can run
//! them at the same concurrency as the practical ceiling.
//!
//! Options:
//!   --concurrency C   workers running at once (32)
//!   --duration S      seconds per run (10)
//!   --store sqlx|diesel   which store, in process (sqlx)
//!   --pool N          the store's pool size (32)
//!   --users N         users in the database, the ones operations pick from (1000)
//!   --threads N       tokio worker threads (one per core); 1 runs everything on one thread
//!   --url URL         drive a running service over HTTP instead (e.g. http://127.0.0.1:3000),
//!                     one kept-alive connection per worker
//!   --no-check        lend pooled connections without checking them first (sqlx's
//!                     test_before_acquire off, deadpool's RecyclingMethod::Fast): faster,
//!                     and blind to connections the server closed (level 3's stale connection)
//!   --pgbench         also run pgbench -M prepared on the same workload
//!   --compare         run both stores with pools of 8, 16 and 32, and with one thread, and
//!                     pgbench before and after them, in one table
//!
//! Besides throughput and latency, each line shows CPU time per operation: the client's own
//! (this process, or pgbench), and the rest of the machine's (PostgreSQL, on a quiet machine).
//!
//! It uses the reference stores (solutions/level4/), whatever state your exercises are in, on a
//! fresh database of the embedded server (or of DATABASE_URL), dropped at the end.

mod cpu;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use level4::store::UserStore;
use rust_decimal::Decimal;

use cpu::{Client, CpuClock, PerOperation};

// The reference stores say `crate::store` and friends; in this binary those are the library's.
use level4::{DieselPool, prepared, schema, store};

#[path = "../../../../../solutions/level4/store_diesel.rs"]
mod store_diesel;
#[path = "../../../../../solutions/level4/store_sqlx.rs"]
mod store_sqlx;

#[derive(Debug, Clone)]
struct Options {
    concurrency: usize,
    duration: Duration,
    store: String,
    pool: u32,
    users: u32,
    threads: Option<usize>,
    url: Option<String>,
    pgbench: bool,
    compare: bool,
    no_check: bool,
}

fn options() -> anyhow::Result<Options> {
    let mut o = Options {
        concurrency: 32,
        duration: Duration::from_secs(10),
        store: "sqlx".into(),
        pool: 32,
        users: 1000,
        threads: None,
        url: None,
        pgbench: false,
        compare: false,
        no_check: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().with_context(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--concurrency" => o.concurrency = value()?.parse().context("--concurrency")?,
            "--duration" => {
                o.duration = Duration::from_secs(value()?.parse().context("--duration")?)
            }
            "--store" => o.store = value()?,
            "--pool" => o.pool = value()?.parse().context("--pool")?,
            "--users" => o.users = value()?.parse().context("--users")?,
            "--threads" => o.threads = Some(value()?.parse().context("--threads")?),
            "--url" => o.url = Some(value()?),
            "--pgbench" => o.pgbench = true,
            "--compare" => o.compare = true,
            "--no-check" => o.no_check = true,
            "--help" | "-h" => {
                println!(
                    "see the top of levels/level4/src/bin/loadgen/main.rs, or the book's level 4 chapter"
                );
                std::process::exit(0);
            }
            other => bail!("unknown option {other:?} (try --help)"),
        }
    }
    if o.store != "sqlx" && o.store != "diesel" {
        bail!("--store must be sqlx or diesel");
    }
    if o.users < 2 {
        bail!("--users must be at least 2 (a transfer needs two)");
    }
    if o.threads == Some(0) {
        bail!("--threads must be at least 1");
    }
    Ok(o)
}

/// What one run measured.
struct Measured {
    label: String,
    ops: usize,
    errors: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
    cpu: PerOperation,
}

impl Measured {
    fn print_header() {
        println!(
            "{:<36} {:>5} {:>7} {:>7} {:>7} {:>6} {:>10} {:>10}",
            "run", "conc", "ops/s", "p50 ms", "p99 ms", "errors", "client µs", "server µs"
        );
    }

    /// What the CPU columns mean; `server` is what the rest of the machine runs.
    fn print_footer(server: &str) {
        println!(
            "\nclient µs, server µs: CPU time per operation, in the client (this process, or \
             pgbench) and in the rest of the machine ({server}, when nothing else runs)"
        );
    }

    /// Print the run's line; answer its operations per second.
    fn print(&mut self, concurrency: usize) -> f64 {
        self.latencies.sort();
        let at = |q: f64| {
            self.latencies
                .get(((self.latencies.len() as f64 - 1.0) * q) as usize)
                .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
        };
        let server = self
            .cpu
            .server_us
            .map_or("-".to_string(), |us| format!("{us:.0}"));
        let per_second = self.ops as f64 / self.elapsed.as_secs_f64();
        println!(
            "{:<36} {:>5} {:>7.0} {:>7.2} {:>7.2} {:>6} {:>10.0} {:>10}",
            self.label,
            concurrency,
            per_second,
            at(0.50),
            at(0.99),
            self.errors,
            self.cpu.client_us,
            server
        );
        per_second
    }
}

/// A small, fast, deterministic random number generator (xorshift), one per worker.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// One operation of the workload against a store; errors are counted, not fatal.
async fn one_op<S: UserStore>(
    store: &S,
    rng: &mut Rng,
    users: u32,
    worker: usize,
    n: &mut u64,
) -> bool {
    let id = 1 + rng.below(users.into()) as i64;
    match rng.below(100) {
        0..40 => store.get(id).await.is_ok(),
        40..60 => store.set_balance(id, Decimal::from(1000)).await.is_ok(),
        60..85 => {
            let to = 1 + rng.below(users.into()) as i64;
            store.transfer(id, to, Decimal::new(1, 2)).await.is_ok()
        }
        _ => {
            *n += 1;
            let email = format!("load-{worker}-{n}@example.com");
            match store.create("Load", &email).await {
                Ok(user) => store.delete(user.id).await.is_ok(),
                Err(_) => false,
            }
        }
    }
}

/// Run `concurrency` workers against `store` for `duration`.
async fn drive<S: UserStore>(label: String, store: S, o: &Options) -> anyhow::Result<Measured> {
    let cpu = CpuClock::now(Client::ThisProcess);
    let deadline = Instant::now() + o.duration;
    let began = Instant::now();
    let users = o.users;
    let mut workers = tokio::task::JoinSet::new();
    for worker in 0..o.concurrency {
        let store = store.clone();
        workers.spawn(async move {
            let mut rng = Rng(
                0x9E37_79B9_7F4A_7C15 ^ (worker as u64 + 1).wrapping_mul(0xA24B_AED4_963E_E407)
            );
            let (mut latencies, mut errors, mut n) = (Vec::new(), 0, 0);
            while Instant::now() < deadline {
                let start = Instant::now();
                if !one_op(&store, &mut rng, users, worker, &mut n).await {
                    errors += 1;
                }
                latencies.push(start.elapsed());
            }
            (latencies, errors)
        });
    }
    gather(label, workers, began, cpu).await
}

/// Wait for the workers of a run and put what they measured together.
async fn gather(
    label: String,
    mut workers: tokio::task::JoinSet<(Vec<Duration>, usize)>,
    began: Instant,
    cpu: CpuClock,
) -> anyhow::Result<Measured> {
    let mut measured = Measured {
        label,
        ops: 0,
        errors: 0,
        elapsed: Duration::ZERO,
        latencies: Vec::new(),
        cpu: PerOperation::default(),
    };
    while let Some(done) = workers.join_next().await {
        let (latencies, errors) = done.context("a worker panicked")?;
        measured.ops += latencies.len();
        measured.errors += errors;
        measured.latencies.extend(latencies);
    }
    measured.elapsed = began.elapsed();
    measured.cpu = CpuClock::per_operation(cpu, Client::ThisProcess, measured.ops);
    Ok(measured)
}

/// The same workload over HTTP, against a running service: one kept-alive connection per
/// worker, as a real client or proxy would hold.
struct OverHttp(level4::client::KeepAlive);

impl OverHttp {
    fn new(addr: SocketAddr) -> OverHttp {
        OverHttp(level4::client::KeepAlive::new(addr))
    }

    /// The response, when it is a success.
    async fn call(
        &mut self,
        method: &str,
        path: &str,
        body: Option<&str>,
    ) -> Option<level4::client::Response> {
        self.0
            .request(method, path, body)
            .await
            .ok()
            .filter(|r| r.status < 300)
    }
}

async fn drive_http(addr: SocketAddr, o: &Options) -> anyhow::Result<Measured> {
    let mut service = OverHttp::new(addr);
    level4::client::request(addr, "GET", "/health", None)
        .await
        .with_context(|| {
            format!(
                "no service answers at http://{addr}: start one first \
                 (`cargo run -p level4 --release --features solutions`)"
            )
        })?;
    // Seed users through the service itself; their ids are whatever it gives.
    let mut ids = Vec::new();
    for n in 0..o.users {
        let body = format!(
            r#"{{"name":"Load","email":"seed-{n}-{}@example.com"}}"#,
            std::process::id()
        );
        let created = service
            .call("POST", "/users", Some(&body))
            .await
            .context("seeding a user")?;
        let id = created.json()["id"].as_i64().context("no id")?;
        service
            .call(
                "PATCH",
                &format!("/users/{id}"),
                Some(r#"{"balance":"1000"}"#),
            )
            .await;
        ids.push(id);
    }
    let ids = std::sync::Arc::new(ids);
    let cpu = CpuClock::now(Client::ThisProcess);
    let deadline = Instant::now() + o.duration;
    let began = Instant::now();
    let mut workers = tokio::task::JoinSet::new();
    for worker in 0..o.concurrency {
        let (mut service, ids) = (OverHttp::new(addr), ids.clone());
        workers.spawn(async move {
            let mut rng = Rng(
                0x9E37_79B9_7F4A_7C15 ^ (worker as u64 + 1).wrapping_mul(0xA24B_AED4_963E_E407)
            );
            let (mut latencies, mut errors, mut n) = (Vec::new(), 0, 0u64);
            while Instant::now() < deadline {
                let start = Instant::now();
                let id = ids[rng.below(ids.len() as u64) as usize];
                let ok = match rng.below(100) {
                    0..40 => service
                        .call("GET", &format!("/users/{id}"), None)
                        .await
                        .is_some(),
                    40..60 => service
                        .call(
                            "PATCH",
                            &format!("/users/{id}"),
                            Some(r#"{"balance":"1000"}"#),
                        )
                        .await
                        .is_some(),
                    60..85 => {
                        let to = ids[rng.below(ids.len() as u64) as usize];
                        let body = format!(r#"{{"from":{id},"to":{to},"amount":"0.01"}}"#);
                        id == to
                            || service
                                .call("POST", "/transfers", Some(&body))
                                .await
                                .is_some()
                    }
                    _ => {
                        n += 1;
                        let body = format!(
                            r#"{{"name":"Load","email":"load-{worker}-{n}-{}@example.com"}}"#,
                            std::process::id()
                        );
                        match service.call("POST", "/users", Some(&body)).await {
                            Some(created) => {
                                let new = created.json()["id"].as_i64().unwrap_or(0);
                                service
                                    .call("DELETE", &format!("/users/{new}"), None)
                                    .await
                                    .is_some()
                            }
                            None => false,
                        }
                    }
                };
                if !ok {
                    errors += 1;
                }
                latencies.push(start.elapsed());
            }
            (latencies, errors)
        });
    }
    gather(format!("http {addr}"), workers, began, cpu).await
}

/// Where pgbench is: next to the server binaries, or on PATH.
fn pgbench_program() -> Option<std::path::PathBuf> {
    let next_to_server = harness::binaries::server_bindir()
        .map(|dir| dir.join("pgbench"))
        .filter(|p| p.is_file());
    next_to_server.or_else(|| {
        let on_path = std::process::Command::new("pgbench")
            .arg("--version")
            .output()
            .is_ok_and(|out| out.status.success());
        on_path.then(|| "pgbench".into())
    })
}

/// pgbench -M prepared on the scripts in levels/level4/bench/, against `url`.
fn pgbench(program: &std::path::Path, url: &str, o: &Options) -> anyhow::Result<Measured> {
    let bench = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("bench");
    let script = |name: &str, weight: u32| format!("{}@{weight}", bench.join(name).display());
    let cpu = CpuClock::now(Client::Children);
    let out = std::process::Command::new(program)
        .args([
            "-n",
            "-M",
            "prepared",
            "-c",
            &o.concurrency.to_string(),
            "-j",
            "2",
        ])
        .args(["-T", &o.duration.as_secs().to_string(), "-r"])
        .args(["-D", &format!("users={}", o.users)])
        .args([
            "-f",
            &script("get.sql", 40),
            "-f",
            &script("set_balance.sql", 20),
        ])
        .args([
            "-f",
            &script("transfer.sql", 25),
            "-f",
            &script("create_delete.sql", 15),
        ])
        .arg(url)
        .output()
        .context("running pgbench")?;
    let text = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        bail!(
            "pgbench failed: {}{}",
            text,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let number_after = |prefix: &str| -> Option<f64> {
        text.lines()
            .find_map(|l| l.trim().strip_prefix(prefix))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|n| n.parse().ok())
    };
    let tps = number_after("tps = ").context("no tps in pgbench's output")?;
    let avg_ms = number_after("latency average = ").unwrap_or(0.0);
    let failed = number_after("number of failed transactions: ").unwrap_or(0.0);
    let ops = (tps * o.duration.as_secs_f64()) as usize;
    Ok(Measured {
        label: "pgbench -M prepared".into(),
        ops,
        errors: failed as usize,
        elapsed: o.duration,
        // pgbench reports the average only: shown in both latency columns.
        latencies: vec![Duration::from_secs_f64(avg_ms / 1000.0)],
        // pgbench's whole life, connecting included: a little more than the run itself.
        cpu: CpuClock::per_operation(cpu, Client::Children, ops),
    })
}

/// One in-process run: which store, its pool size, the runtime's worker threads.
struct Run {
    store: &'static str,
    pool: u32,
    threads: Option<usize>,
}

/// The runs the options ask for: one, or with `--compare` a table's worth.
fn runs(o: &Options) -> Vec<Run> {
    let store: &'static str = if o.store == "diesel" {
        "diesel"
    } else {
        "sqlx"
    };
    if !o.compare {
        return vec![Run {
            store,
            pool: o.pool,
            threads: o.threads,
        }];
    }
    let mut runs = Vec::new();
    for store in ["sqlx", "diesel"] {
        for pool in [8, 16, 32] {
            runs.push(Run {
                store,
                pool,
                threads: o.threads,
            });
        }
        if o.threads != Some(1) {
            runs.push(Run {
                store,
                pool: 32,
                threads: Some(1),
            });
        }
    }
    runs
}

/// A tokio runtime with `threads` workers; one thread is the current-thread runtime (the
/// workers, the pool and the connections all on this thread), none is tokio's default (one
/// worker per core).
fn runtime(threads: Option<usize>) -> std::io::Result<tokio::runtime::Runtime> {
    match threads {
        Some(1) => tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build(),
        Some(n) => tokio::runtime::Builder::new_multi_thread()
            .worker_threads(n)
            .enable_all()
            .build(),
        None => tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build(),
    }
}

async fn in_process(run: &Run, url: &str, o: &Options) -> anyhow::Result<Measured> {
    let timeout = Duration::from_secs(5);
    let threads = match run.threads {
        Some(1) => ", 1 thread".to_string(),
        Some(n) => format!(", {n} threads"),
        None => String::new(),
    };
    let check = if o.no_check { ", no check" } else { "" };
    let label = format!("{}, pool {}{threads}{check}", run.store, run.pool);
    let pool = run.pool;
    Ok(match run.store {
        "sqlx" => {
            let pool = sqlx::postgres::PgPoolOptions::new()
                .max_connections(pool)
                .acquire_timeout(timeout)
                .test_before_acquire(!o.no_check)
                .connect(url)
                .await?;
            let measured = drive(label, store_sqlx::SqlxStore::new(pool.clone()), o).await?;
            pool.close().await;
            measured
        }
        _ => {
            let mut config = diesel_async::pooled_connection::ManagerConfig::default();
            if o.no_check {
                config.recycling_method = diesel_async::pooled_connection::RecyclingMethod::Fast;
            }
            let manager = diesel_async::pooled_connection::AsyncDieselConnectionManager::<
                diesel_async::AsyncPgConnection,
            >::new_with_config(url, config);
            let pool: DieselPool = DieselPool::builder(manager)
                .max_size(pool as usize)
                .wait_timeout(Some(timeout))
                .runtime(deadpool::Runtime::Tokio1)
                .build()?;
            let measured = drive(label, store_diesel::DieselStore::new(pool.clone()), o).await?;
            pool.close();
            measured
        }
    })
}

fn main() -> anyhow::Result<()> {
    let o = options()?;
    println!(
        "mixed workload: get 40%, set balance 20%, transfer 25%, create+delete 15%; {} s per run, {} CPU cores here\n",
        o.duration.as_secs(),
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    if let Some(url) = &o.url {
        let addr: SocketAddr = url
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .parse()
            .context("--url must look like http://127.0.0.1:3000")?;
        let mut measured = runtime(o.threads)?.block_on(drive_http(addr, &o))?;
        Measured::print_header();
        measured.print(o.concurrency);
        Measured::print_footer("the service and PostgreSQL");
        return Ok(());
    }

    let setup = runtime(None)?;
    let server = harness::locate()?;
    let db = setup.block_on(harness::fresh_database(
        &server,
        Some(&level4::LEVEL),
        "loadgen",
    ))?;
    let outcome = (|| {
        setup.block_on(seed(&db.url, o.users))?;
        // pgbench is the ceiling: asked for, it must be there; in a comparison, it is skipped
        // (with a note) when this machine has no PostgreSQL programs, as with Docker only.
        let pgbench_program = match pgbench_program() {
            None if o.pgbench => bail!(
                "--pgbench: pgbench not found (it comes with PostgreSQL's server programs, \
                 e.g. the postgresql package; or put it on PATH)"
            ),
            None if o.compare => {
                println!("(pgbench not found here: the table has no ceiling line)\n");
                None
            }
            found => found.filter(|_| o.pgbench || o.compare),
        };
        Measured::print_header();
        let (mut ceiling, mut stores) = (Vec::new(), Vec::new());
        // With --compare, pgbench runs first and last: the two lines show how much the
        // machine itself drifted while the table was being made.
        if let Some(program) = pgbench_program.as_deref().filter(|_| o.compare) {
            ceiling.push(pgbench(program, &db.url, &o)?.print(o.concurrency));
        }
        for run in runs(&o) {
            let mut measured = runtime(run.threads)?.block_on(in_process(&run, &db.url, &o))?;
            stores.push((measured.print(o.concurrency), measured.label));
        }
        if let Some(program) = &pgbench_program {
            ceiling.push(pgbench(program, &db.url, &o)?.print(o.concurrency));
        }
        Measured::print_footer("PostgreSQL");
        print_share_of_pgbench(&ceiling, &stores);
        anyhow::Ok(())
    })();
    setup.block_on(harness::drop_database(&db))?;
    outcome
}

/// Each store run's operations per second as a share of pgbench's (the mean of its runs).
fn print_share_of_pgbench(ceiling: &[f64], stores: &[(f64, String)]) {
    if ceiling.is_empty() {
        return;
    }
    let mean = ceiling.iter().sum::<f64>() / ceiling.len() as f64;
    println!("share of pgbench ({mean:.0} ops/s, the mean of its runs above):");
    for (per_second, label) in stores {
        println!("  {label:<36} {:>4.0}%", 100.0 * per_second / mean);
    }
}

/// `users` users, 1000.00 each, with ids from 1.
async fn seed(url: &str, users: u32) -> anyhow::Result<()> {
    let pool = sqlx::PgPool::connect(url).await?;
    sqlx::query(
        "INSERT INTO users (name, email, balance) \
         SELECT 'User ' || n, 'user' || n || '@example.com', 1000 FROM generate_series(1, $1) AS n",
    )
    .bind(i64::from(users))
    .execute(&pool)
    .await?;
    pool.close().await;
    Ok(())
}
