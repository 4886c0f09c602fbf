//! The command line: what to run, how hard, for how long.

use std::time::Duration;

use anyhow::{Context, bail};

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
    pub no_check: bool,
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
