//! `cargo workbook bench --class N`: a class of N simulated learners checking at the same moment
//! on one server, the worst minute of a workshop ("everyone, check transfer_sqlx now").
//!
//! A throwaway PostgreSQL stands in for the instructor's laptop (max_connections as the
//! classroom profile sets it); `class init` makes N learners on it; then, twice, every learner's
//! runner checks the same exercise at once, each with its own `.env` line and state folder, on
//! the reference answers (so every check runs to its end, as a passing learner's do). The first
//! round also builds each learner's template. It reports the connections the learners held at
//! the peak, the time to each verdict, the verdicts recorded in the progress database, and any
//! check that failed. Numbers, not a pass or a fail.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use harness::throwaway::ThrowawayServer;
use harness::{Server, block_on};
use sqlx::{Connection, PgConnection};

use super::roles::{self, Plan};
use crate::workbook::Workbook;

/// The exercise every learner checks: level 2's transfer, whose checks open pools and run
/// transfers concurrently (12 connections at their peak).
const EXERCISE: &str = "transfer_sqlx";

/// `spread`: the seconds over which the learners start (0: all at once; a room's "check it now"
/// is spread over a minute or so, as people finish typing).
pub fn run(workbook: &Workbook, learners: u32, spread: f64) -> anyhow::Result<()> {
    let server = ThrowawayServer::start();
    block_on(async {
        let mut conn = PgConnection::connect(&server.url()).await?;
        sqlx::query("ALTER SYSTEM SET max_connections = 1000")
            .execute(&mut conn)
            .await?;
        anyhow::Ok(())
    })?;
    server.stop();
    server.start_again();
    let admin = Server::explicit(server.url());
    let plan = Plan {
        learners: roles::learner_names(Some(learners), &[])?,
        progress: roles::progress_name(None)?,
        host: Some(format!("127.0.0.1:{}", server.port)),
        new_passwords: false,
        shared_by: None,
    };
    let seats = block_on(roles::init(&admin, &plan))?;
    let urls: Vec<String> = seats
        .iter()
        .filter_map(|s| {
            s.env_line
                .as_deref()?
                .strip_prefix("DATABASE_URL=")
                .map(String::from)
        })
        .collect();
    let state = std::env::temp_dir().join(format!("workbook-rehearsal-{}", std::process::id()));
    println!(
        "{learners} learners on one server (max_connections 1000), each checking {EXERCISE} \
         (starting {}), on the reference answers.\n\n{:<6} {:>7} {:>7} {:>10} {:>8} {:>8} {:>8} {:>9}",
        if spread > 0.0 {
            format!("one after another over {spread} s")
        } else {
            "at the same moment".to_string()
        },
        "round",
        "passed",
        "failed",
        "peak conn",
        "p50 s",
        "p90 s",
        "max s",
        "recorded"
    );
    for round in 1..=2 {
        let peak = Arc::new(AtomicI64::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let sampler = {
            let (peak, stop, url) = (peak.clone(), stop.clone(), server.url());
            std::thread::spawn(move || block_on(sample(&url, &peak, &stop)))
        };
        let results: Vec<(Duration, bool, String)> = std::thread::scope(|scope| {
            let handles: Vec<_> = urls
                .iter()
                .enumerate()
                .map(|(n, url)| {
                    let state = state.join(format!("learner{n}"));
                    let root = &workbook.root;
                    let delay = spread * n as f64 / f64::from(learners.max(1));
                    scope.spawn(move || {
                        std::thread::sleep(Duration::from_secs_f64(delay));
                        let started = Instant::now();
                        let out = std::process::Command::new(std::env::current_exe()?)
                            .current_dir(root)
                            .args(["check", EXERCISE])
                            .env("DATABASE_URL", url)
                            .env("WORKBOOK_STATE_DIR", state)
                            .env("WORKBOOK_CHECK_FEATURES", "solutions")
                            .env("WORKBOOK_KEEP_FAILED", "0")
                            .output()?;
                        let text = String::from_utf8_lossy(&out.stdout).to_string();
                        let failure = text
                            .lines()
                            .skip_while(|l| !l.contains("FAILED"))
                            .take(3)
                            .collect::<Vec<_>>()
                            .join(" / ");
                        anyhow::Ok((started.elapsed(), out.status.success(), failure))
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .map_err(|_| anyhow::anyhow!("a learner's thread panicked"))?
                })
                .collect::<anyhow::Result<_>>()
        })?;
        stop.store(true, Ordering::Relaxed);
        sampler
            .join()
            .map_err(|_| anyhow::anyhow!("the sampler panicked"))??;
        let recorded = block_on(recorded(&server.url_for(plan.progress.as_str())))?;
        let mut times: Vec<f64> = results.iter().map(|r| r.0.as_secs_f64()).collect();
        times.sort_by(f64::total_cmp);
        let at = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
        let passed = results.iter().filter(|r| r.1).count();
        println!(
            "{:<6} {:>7} {:>7} {:>10} {:>8.1} {:>8.1} {:>8.1} {:>9}",
            round,
            passed,
            results.len() - passed,
            peak.load(Ordering::Relaxed),
            at(0.5),
            at(0.9),
            at(1.0),
            recorded
        );
        for (_, _, failure) in results.iter().filter(|r| !r.1).take(3) {
            println!("       failed: {failure}");
        }
    }
    let _ = std::fs::remove_dir_all(&state);
    block_on(roles::drop(&admin, &plan.progress)).context("dropping the rehearsal's class")?;
    println!(
        "\npeak conn: the learners' sessions at once, sampled every 5 ms. p50/p90/max: time to \
         verdict, from the learner's `check` to its answer. recorded: verdicts in the progress \
         database so far (one per learner per round). Round 1 builds each learner's template \
         first. Here the learners' checks share the server's CPU; in a room each runs on its \
         own laptop."
    );
    Ok(())
}

async fn sample(url: &str, peak: &AtomicI64, stop: &AtomicBool) -> anyhow::Result<()> {
    let mut conn = PgConnection::connect(url).await?;
    while !stop.load(Ordering::Relaxed) {
        let now: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_stat_activity WHERE usename::text LIKE 'learner%'",
        )
        .fetch_one(&mut conn)
        .await?;
        peak.fetch_max(now, Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    Ok(())
}

async fn recorded(url: &str) -> anyhow::Result<i64> {
    let mut conn = PgConnection::connect(url).await?;
    Ok(sqlx::query_scalar("SELECT count(*) FROM workbook_verdicts")
        .fetch_one(&mut conn)
        .await?)
}
