//! `cargo run -p loadgen --release -- [options]`: a mixed workload against the level 4 users
//! store, in process or over HTTP, reporting operations per second and latency. A tool of the
//! workbook (the book's "Under load", the instructors' projector), not part of the learner's
//! service: it lives apart from the level 4 crate, so that crate holds only what the learner
//! builds.
//!
//! The workload, per operation, with weights: get a user (40), set a balance (20), transfer
//! 0.01 between two users (25), create a user and delete it (15); over 1000 seeded users
//! (`--users`). The same statements exist as pgbench scripts in `tools/loadgen/bench/`, so
//! `--pgbench` can run them at the same concurrency as the practical ceiling.
//!
//! Options: `--help`, or `USAGE` in `options.rs`.
//!
//! Besides throughput and latency, each line shows CPU time per operation: the client's own
//! (this process, or pgbench), and the rest of the machine's (PostgreSQL, on a quiet machine).
//!
//! It uses the reference stores (solutions/level4/), whatever state your exercises are in, on a
//! fresh database of the embedded server (or of DATABASE_URL), dropped at the end.
//!
//! This file runs the workload in process; `options` reads the command line, `measured` and
//! `cpu` measure and print, `over_http` drives a service, `pgbench` runs the ceiling,
//! `compare_http` puts the service beside its Python peer (`peer`) over HTTP.

mod compare_http;
mod cpu;
mod measured;
mod options;
mod over_http;
mod peer;
mod pgbench;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use level4::app::LendCheck;
use level4::store::UserStore;
use rust_decimal::Decimal;

use cpu::{Client, CpuClock};
use measured::{Measured, gather, print_share_of_pgbench};
use options::Options;
use over_http::drive_http;

// The reference stores say `crate::store` and friends; in this binary those are the library's.
use level4::{DieselPool, prepared, schema, store};

#[path = "../../../solutions/level4/store_diesel.rs"]
mod store_diesel;
#[path = "../../../solutions/level4/store_sqlx.rs"]
mod store_sqlx;

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
pub(crate) fn runtime(threads: Option<usize>) -> std::io::Result<tokio::runtime::Runtime> {
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
    let check = if o.no_check {
        ", no check"
    } else if o.check_every_time {
        ", check every time"
    } else {
        ""
    };
    let label = format!("{}, pool {}{threads}{check}", run.store, run.pool);
    let pool = run.pool;
    let lend_check = if o.no_check {
        LendCheck::Unchecked
    } else if o.check_every_time {
        LendCheck::EveryTime
    } else {
        LendCheck::Windowed
    };
    Ok(match run.store {
        "sqlx" => {
            let pool = level4::app::sqlx_pool_checked(url, pool, timeout, lend_check).await?;
            let measured = drive(label, store_sqlx::SqlxStore::new(pool.clone()), o).await?;
            pool.close().await;
            measured
        }
        _ => {
            let pool = level4::app::diesel_pool_checked(url, pool, timeout, lend_check)?;
            let measured = drive(label, store_diesel::DieselStore::new(pool.clone()), o).await?;
            pool.close();
            measured
        }
    })
}

fn main() -> anyhow::Result<()> {
    let o = options::parse()?;
    println!(
        "mixed workload: get 40%, set balance 20%, transfer 25%, create+delete 15%; {} s per run, {} CPU cores here\n",
        o.duration.as_secs(),
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    if o.compare_http {
        return compare_http::run(&o);
    }
    if o.serve {
        return runtime(None)?.block_on(serve());
    }
    if let Some(url) = &o.url {
        let addrs = url
            .split(',')
            .map(|url| {
                url.trim()
                    .trim_start_matches("http://")
                    .trim_end_matches('/')
                    .parse::<SocketAddr>()
                    .with_context(|| {
                        format!("--url must look like http://127.0.0.1:3000, not {url:?}")
                    })
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let mut measured = runtime(o.threads)?.block_on(drive_http(&addrs, &o))?;
        Measured::print_header();
        measured.print(o.concurrency);
        Measured::print_footer("the service and PostgreSQL");
        return Ok(());
    }

    let setup = runtime(None)?;
    let server = harness::find_or_start_server()?;
    let db = setup.block_on(harness::fresh_database(
        &server,
        Some(&level4::LEVEL),
        "loadgen",
    ))?;
    let outcome = (|| {
        setup.block_on(seed(&db.url, o.users))?;
        // pgbench is the ceiling: asked for, it must be there; in a comparison, it is skipped
        // (with a note) when this machine has no PostgreSQL programs, as with Docker only.
        let pgbench_program = match pgbench::program() {
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
            ceiling.push(pgbench::run(program, &db.url, &o)?.print(o.concurrency));
        }
        for run in runs(&o) {
            let mut measured = runtime(run.threads)?.block_on(in_process(&run, &db.url, &o))?;
            stores.push((measured.print(o.concurrency), measured.label));
        }
        if let Some(program) = &pgbench_program {
            ceiling.push(pgbench::run(program, &db.url, &o)?.print(o.concurrency));
        }
        Measured::print_footer("PostgreSQL");
        print_share_of_pgbench(&ceiling, &stores);
        anyhow::Ok(())
    })();
    setup.block_on(harness::drop_database(&db))?;
    outcome
}

/// `--serve`: the service as `cargo run -p level4` runs it (the same settings, the same code,
/// with the stores this binary was built with: the reference ones with `--features
/// solutions`), for the tests that need instances of it (`tests/behind_pgbouncer.rs`).
async fn serve() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .init();
    level4::app::run(level4::app::Config::from_env()?).await
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
