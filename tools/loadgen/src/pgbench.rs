//! pgbench on the same workload: the ceiling the stores are compared with.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};

use crate::cpu::{Client, CpuClock};
use crate::measured::Measured;
use crate::options::Options;

/// Where pgbench is: next to the server binaries, or on PATH.
pub fn program() -> Option<PathBuf> {
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

/// pgbench -M prepared on the scripts in tools/loadgen/bench/, against `url`.
pub fn run(program: &Path, url: &str, o: &Options) -> anyhow::Result<Measured> {
    // Found at run time (a workbook copied elsewhere runs its own copy of the scripts).
    let bench = harness::workspace::root().join("tools/loadgen/bench");
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
