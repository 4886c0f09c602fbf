//! `cargo workbook bench --connections`: how many connections the checks really open, which is
//! what a learner's budget on a class server is made of ([`super::budget`]).
//!
//! Each level's checks run on the reference answers (so every check runs to its end, pools
//! and all) as a role made for the measurement, once one check at a time and once
//! [`CHECKS_AT_ONCE`] at a time, while a sampler counts that role's sessions in
//! `pg_stat_activity` every 2 ms. The peak of the first run is what one check needs; the second
//! shows what a learner's runner needs. A sampler can miss a spike shorter than its period, so
//! [`super::budget::PER_CHECK`] keeps a margin over the highest peak measured.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use harness::{DbName, Server, block_on};
use sqlx::{AssertSqlSafe, Executor};

use super::budget::{CHECKS_AT_ONCE, PER_CHECK};
use crate::workbook::Workbook;

pub fn run(workbook: &Workbook, server: &Server, only: Option<u32>) -> anyhow::Result<()> {
    let role = DbName::new(&format!("wb_measure_{}", std::process::id())).expect("plain name");
    block_on(async {
        let mut admin = server.connect().await?;
        admin
            .execute(AssertSqlSafe(format!(
                "CREATE ROLE {} LOGIN CREATEDB",
                role.ident()
            )))
            .await
            .context("creating a role to measure with (the server's user must be able to)")?;
        anyhow::Ok(())
    })?;
    let measured = measure_levels(workbook, server, &role, only);
    let cleaned = block_on(drop_role(server, &role));
    measured?;
    cleaned?;
    println!(
        "\npeak: the most sessions of the measuring role seen at once (sampled every 2 ms), over \
         the level's checks on the reference answers. The budget uses {PER_CHECK} per check and \
         {CHECKS_AT_ONCE} checks at once (class/budget.rs)."
    );
    Ok(())
}

fn measure_levels(
    workbook: &Workbook,
    server: &Server,
    role: &DbName,
    only: Option<u32>,
) -> anyhow::Result<()> {
    let learner = server.as_role(role.as_str());
    println!(
        "\n{:<8} {:>8} {:>6} {:>9}  checks",
        "level", "at once", "peak", "seconds"
    );
    for level in &workbook.manifest.levels {
        if only.is_some_and(|n| n != level.number) {
            continue;
        }
        for threads in [1, CHECKS_AT_ONCE] {
            let peak = Arc::new(AtomicI64::new(0));
            let stop = Arc::new(AtomicBool::new(false));
            let sampler = {
                let (peak, stop, server, role) = (
                    peak.clone(),
                    stop.clone(),
                    server.clone(),
                    role.as_str().to_string(),
                );
                std::thread::spawn(move || block_on(sample(&server, &role, &peak, &stop)))
            };
            let started = Instant::now();
            let status = std::process::Command::new("cargo")
                .current_dir(&workbook.root)
                .args(["test", "-q", "-p", &format!("level{}", level.number)])
                .args(crate::checking::CHECK_TARGETS)
                .args(["--features", "solutions"])
                .env("DATABASE_URL", &learner.url)
                .env("RUST_TEST_THREADS", threads.to_string())
                .env("WORKBOOK_KEEP_FAILED", "0")
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .status()
                .context("running cargo test")?;
            let took = started.elapsed();
            stop.store(true, Ordering::Relaxed);
            sampler
                .join()
                .map_err(|_| anyhow::anyhow!("the sampler panicked"))??;
            println!(
                "{:<8} {:>8} {:>6} {:>9.1}  {}",
                format!("level{}", level.number),
                threads,
                peak.load(Ordering::Relaxed),
                took.as_secs_f64(),
                if status.success() {
                    "passed"
                } else {
                    "FAILED (the peak may be low)"
                }
            );
        }
    }
    Ok(())
}

/// Count `role`'s sessions every 2 ms until `stop`, keeping the highest count in `peak`.
async fn sample(
    server: &Server,
    role: &str,
    peak: &AtomicI64,
    stop: &AtomicBool,
) -> anyhow::Result<()> {
    let mut conn = server.connect().await?;
    while !stop.load(Ordering::Relaxed) {
        let now: i64 =
            sqlx::query_scalar("SELECT count(*) FROM pg_stat_activity WHERE usename = $1")
                .bind(role)
                .fetch_one(&mut conn)
                .await?;
        peak.fetch_max(now, Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    Ok(())
}

/// Drop the measuring role's databases (its templates too), then the role.
async fn drop_role(server: &Server, role: &DbName) -> anyhow::Result<()> {
    let mut admin = server.connect().await?;
    let databases: Vec<String> = sqlx::query_scalar(
        "SELECT datname::text FROM pg_database WHERE datdba = \
         (SELECT oid FROM pg_roles WHERE rolname = $1)",
    )
    .bind(role.as_str())
    .fetch_all(&mut admin)
    .await?;
    for name in databases.iter().filter_map(|n| DbName::new(n)) {
        admin
            .execute(AssertSqlSafe(format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                name.ident()
            )))
            .await?;
    }
    admin
        .execute(AssertSqlSafe(format!(
            "DROP ROLE IF EXISTS {}",
            role.ident()
        )))
        .await?;
    Ok(())
}
