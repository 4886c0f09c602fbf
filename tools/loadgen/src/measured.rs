//! What a run measured, and the table that shows it.

use std::time::{Duration, Instant};

use anyhow::Context;

use crate::cpu::{Client, CpuClock, PerOperation};

/// What one run measured.
pub struct Measured {
    pub label: String,
    pub ops: usize,
    pub errors: usize,
    pub elapsed: Duration,
    pub latencies: Vec<Duration>,
    pub cpu: PerOperation,
}

impl Measured {
    pub fn print_header() {
        println!(
            "{:<36} {:>5} {:>7} {:>7} {:>7} {:>6} {:>10} {:>10}",
            "run", "conc", "ops/s", "p50 ms", "p99 ms", "errors", "client µs", "server µs"
        );
    }

    /// What the CPU columns mean; `server` is what the rest of the machine runs.
    pub fn print_footer(server: &str) {
        println!(
            "\nclient µs, server µs: CPU time per operation, in the client (this process, or \
             pgbench) and in the rest of the machine ({server}, when nothing else runs)"
        );
    }

    /// Print the run's line; answer its operations per second.
    pub fn print(&mut self, concurrency: usize) -> f64 {
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

/// Wait for the workers of a run and put what they measured together.
pub async fn gather(
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

/// Each store run's operations per second as a share of pgbench's (the mean of its runs).
pub fn print_share_of_pgbench(ceiling: &[f64], stores: &[(f64, String)]) {
    if ceiling.is_empty() {
        return;
    }
    let mean = ceiling.iter().sum::<f64>() / ceiling.len() as f64;
    println!("share of pgbench ({mean:.0} ops/s, the mean of its runs above):");
    for (per_second, label) in stores {
        println!("  {label:<36} {:>4.0}%", 100.0 * per_second / mean);
    }
}
