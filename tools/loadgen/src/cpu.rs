//! Where the CPU went during a run: the client's own time, and the rest of the machine's.
//!
//! When the client and PostgreSQL share a machine, they share its cores: every microsecond the
//! client spends is one the server does not get. Throughput alone hides that; CPU time per
//! operation shows it. The client's time comes from `getrusage` (this process, or the children
//! it waited for, for pgbench); the machine's busy time from `/proc/stat` (Linux only; elsewhere
//! the "server" column stays empty). The server's share is the machine's minus the client's:
//! on a quiet machine that is PostgreSQL.

use std::time::Duration;

/// Whose CPU time a [`CpuClock`] reads as the client's.
#[derive(Debug, Clone, Copy)]
pub enum Client {
    /// This process: the in-process stores.
    ThisProcess,
    /// Child processes already waited for: pgbench.
    Children,
}

/// CPU time spent so far: by the client, and by the whole machine (when it can be read).
#[derive(Debug, Clone, Copy)]
pub struct CpuClock {
    client: Duration,
    machine: Option<Duration>,
}

/// CPU time per operation over a run, in microseconds.
#[derive(Debug, Clone, Copy, Default)]
pub struct PerOperation {
    pub client_us: f64,
    pub server_us: Option<f64>,
}

impl CpuClock {
    pub fn now(client: Client) -> CpuClock {
        CpuClock {
            client: client_time(client),
            machine: machine_busy(),
        }
    }

    /// CPU per operation between `start` and now, for `ops` operations.
    pub fn per_operation(start: CpuClock, client: Client, ops: usize) -> PerOperation {
        let end = CpuClock::now(client);
        let ops = ops.max(1) as f64;
        let client_time = end.client.saturating_sub(start.client);
        let server_us = match (start.machine, end.machine) {
            (Some(before), Some(after)) => Some(
                after
                    .saturating_sub(before)
                    .saturating_sub(client_time)
                    .as_secs_f64()
                    * 1e6
                    / ops,
            ),
            _ => None,
        };
        PerOperation {
            client_us: client_time.as_secs_f64() * 1e6 / ops,
            server_us,
        }
    }
}

fn client_time(client: Client) -> Duration {
    let who = match client {
        Client::ThisProcess => libc::RUSAGE_SELF,
        Client::Children => libc::RUSAGE_CHILDREN,
    };
    // SAFETY: getrusage only writes into the struct we hand it, which is plain data.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        if libc::getrusage(who, &mut usage) != 0 {
            return Duration::ZERO;
        }
        usage
    };
    let time = |t: libc::timeval| {
        Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
    };
    time(usage.ru_utime) + time(usage.ru_stime)
}

/// Busy CPU time of the whole machine since boot: everything in `/proc/stat`'s first line but
/// idle and iowait.
fn machine_busy() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let fields: Vec<u64> = stat
        .lines()
        .next()?
        .split_whitespace()
        .skip(1)
        .map(|n| n.parse().ok())
        .collect::<Option<_>>()?;
    // user nice system idle iowait irq softirq steal ...
    let busy: u64 = [0, 1, 2, 5, 6, 7]
        .iter()
        .filter_map(|&i| fields.get(i))
        .sum();
    // SAFETY: sysconf reads a constant of the system.
    let ticks_per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    (ticks_per_second > 0).then(|| Duration::from_secs_f64(busy as f64 / ticks_per_second as f64))
}
