//! The command line: what to run, how hard, for how long.

use std::time::Duration;

use anyhow::{Context, bail};

/// What `--help` prints.
pub const USAGE: &str = "\
loadgen: a mixed workload against the users store, in process or over HTTP

usage: cargo run -p loadgen --release -- [options]

  --concurrency C       workers running at once (32)
  --duration S          seconds per run (10)
  --store sqlx|diesel   which store, in process (sqlx)
  --pool N              the store's pool size (32)
  --users N             users in the database, the ones operations pick from (1000)
  --threads N           tokio worker threads (one per core); 1 runs everything on one thread
  --url URL[,URL...]    drive a running service over HTTP instead (e.g. http://127.0.0.1:3000),
                        one kept-alive connection per worker; several instances of it at
                        once, the workers spread over them
  --transfers-only      only transfers (the total of the balances stays what was seeded)
  --no-check            lend pooled connections without checking them first (sqlx's
                        test_before_acquire off, deadpool's RecyclingMethod::Fast): faster,
                        and blind to connections the server closed
  --check-every-time    check every connection before lending it, even one used a moment
                        ago (the service checks only those idle for 500 ms or more)
  --pgbench             also run pgbench -M prepared on the same workload
  --compare             both stores with pools of 8, 16 and 32, and with one thread, with
                        pgbench before and after them, in one table
  --compare-http        the service (--store, --pool) beside its Python peer (FastAPI,
                        SQLAlchemy async, asyncpg: tools/loadgen/peer/) over HTTP, in turns,
                        with the same workload, client, concurrency and pool

The book explains a run: level 4, \"Under load\".
";

#[derive(Debug, Clone)]
pub struct Options {
    pub concurrency: usize,
    pub duration: Duration,
    pub store: String,
    pub pool: u32,
    pub users: u32,
    pub threads: Option<usize>,
    pub url: Option<String>,
    pub pgbench: bool,
    pub compare: bool,
    pub compare_http: bool,
    pub no_check: bool,
    pub check_every_time: bool,
    pub transfers_only: bool,
    /// Not in the usage: run the service itself (for the project's tests).
    pub serve: bool,
}

/// The options from the command line, or why they make no sense.
pub fn parse() -> anyhow::Result<Options> {
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
        compare_http: false,
        no_check: false,
        check_every_time: false,
        transfers_only: false,
        serve: false,
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
            "--compare-http" => o.compare_http = true,
            "--transfers-only" => o.transfers_only = true,
            "--serve" => o.serve = true,
            "--no-check" => o.no_check = true,
            "--check-every-time" => o.check_every_time = true,
            "--help" | "-h" => {
                print!("{USAGE}");
                std::process::exit(0);
            }
            other => bail!("unknown option {other:?} (try --help)"),
        }
    }
    if o.store != "sqlx" && o.store != "diesel" {
        bail!("--store must be sqlx or diesel");
    }
    if o.concurrency == 0 || o.pool == 0 || o.duration.is_zero() {
        bail!("--concurrency, --pool and --duration must be at least 1");
    }
    if o.users < 2 {
        bail!("--users must be at least 2 (a transfer needs two)");
    }
    if o.threads == Some(0) {
        bail!("--threads must be at least 1");
    }
    Ok(o)
}
