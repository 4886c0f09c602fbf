//! `cargo run -p level2 --release --bin pool_sizes`: the same burst of requests, served with a
//! connection per request and with pools of 1, 2, 5, 10 and 20 connections.
//!
//! Each request runs one short query. Two kinds of query, because they scale differently:
//! - waiting: `pg_sleep(0.005)`, 5 ms the server spends waiting (like a query blocked on disk
//!   or a lock), using no CPU;
//! - working: counting through 50,000 rows, a few milliseconds of the server's CPU.
//!
//! At most 50 requests are in flight at once (a web server's worker limit). For each
//! combination it prints the wall time, the requests per second, and the most connections the
//! server saw for the demo's database (`pg_stat_activity`, sampled every 2 ms).

use std::sync::Arc;
use std::time::{Duration, Instant};

use harness::{TestDb, observe};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, Connection, PgPool};
use tokio::sync::Semaphore;

const REQUESTS: usize = 400;
const IN_FLIGHT: usize = 50;

#[derive(Clone, Copy)]
enum Query {
    Waiting,
    Working,
}

impl Query {
    fn sql(self) -> &'static str {
        match self {
            Query::Waiting => "SELECT pg_sleep(0.005)::text",
            Query::Working => "SELECT count(*)::text FROM generate_series(1, 50000)",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Query::Waiting => "waiting (pg_sleep 5 ms)",
            Query::Working => "working (count 50,000 rows)",
        }
    }
}

#[derive(Clone)]
enum Mode {
    ConnectionPerRequest(Arc<PgConnectOptions>),
    Pool(PgPool),
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let server = harness::find_or_start_server()?;
    let db = harness::fresh_database(&server, None, "demo_pool_sizes").await?;
    let outcome = run(&db).await;
    harness::drop_database(&db).await?;
    outcome
}

async fn run(db: &TestDb) -> anyhow::Result<()> {
    let options: PgConnectOptions = db
        .url
        .parse::<PgConnectOptions>()?
        .disable_statement_logging();
    println!(
        "{REQUESTS} requests, at most {IN_FLIGHT} in flight, {} CPU cores here\n",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    for query in [Query::Waiting, Query::Working] {
        println!("{}", query.name());
        println!(
            "  {:<24} {:>9} {:>10} {:>16}",
            "connections", "wall", "req/s", "most on server"
        );
        let mut sizes: Vec<Option<u32>> = vec![None];
        sizes.extend([1, 2, 5, 10, 20].map(Some));
        for size in sizes {
            // One pool at a time, so the server's count is this pool's alone.
            let (label, mode) = match size {
                None => (
                    "one per request".to_string(),
                    Mode::ConnectionPerRequest(Arc::new(options.clone())),
                ),
                Some(size) => {
                    let pool = PgPoolOptions::new()
                        .max_connections(size)
                        .min_connections(size)
                        .acquire_timeout(Duration::from_secs(60))
                        .connect_with(options.clone())
                        .await?;
                    (format!("pool of {size}"), Mode::Pool(pool))
                }
            };
            let (wall, most) = burst(db, &mode, query).await?;
            println!(
                "  {label:<24} {:>7.0} ms {:>10.0} {:>16}",
                wall.as_secs_f64() * 1000.0,
                REQUESTS as f64 / wall.as_secs_f64(),
                most
            );
            if let Mode::Pool(pool) = mode {
                pool.close().await;
            }
            until_no_sessions(db).await;
        }
        println!();
    }
    Ok(())
}

/// Wait (up to two seconds) until the server has closed every session of the demo database.
async fn until_no_sessions(db: &TestDb) {
    let mut observer = db.connect().await;
    for _ in 0..100 {
        match observe::sessions(&mut observer, db.name.as_str()).await {
            Ok(sessions) if sessions.is_empty() => return,
            _ => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    }
}

/// Run the burst; returns its wall time and the most connections the server saw.
async fn burst(db: &TestDb, mode: &Mode, query: Query) -> anyhow::Result<(Duration, usize)> {
    let peak = observe::PeakSessions::watch(db);

    let gate = Arc::new(Semaphore::new(IN_FLIGHT));
    let began = Instant::now();
    let mut requests = tokio::task::JoinSet::new();
    for _ in 0..REQUESTS {
        let (mode, gate) = (mode.clone(), gate.clone());
        requests.spawn(async move {
            let _slot = gate
                .acquire_owned()
                .await
                .expect("the gate is never closed");
            match mode {
                Mode::ConnectionPerRequest(options) => {
                    let mut conn = options.connect().await?;
                    sqlx::query_scalar::<_, String>(query.sql())
                        .fetch_one(&mut conn)
                        .await?;
                    conn.close().await
                }
                Mode::Pool(pool) => sqlx::query_scalar::<_, String>(query.sql())
                    .fetch_one(&pool)
                    .await
                    .map(|_| ()),
            }
        });
    }
    while let Some(done) = requests.join_next().await {
        done??;
    }
    let wall = began.elapsed();
    Ok((wall, peak.stop().await))
}
