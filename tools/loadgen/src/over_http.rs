//! The workload over HTTP, against a running service (`--url`), or several instances of it at
//! once (`--url A,B`).

use std::net::SocketAddr;
use std::time::Instant;

use anyhow::Context;

use crate::Rng;
use crate::cpu::{Client, CpuClock};
use crate::measured::{Measured, gather};
use crate::options::Options;

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

/// Drive the services at `addrs` (instances of one service on one database): the users are
/// seeded through the first, and worker `i` talks to `addrs[i % n]`, so all are busy at once.
pub async fn drive_http(addrs: &[SocketAddr], o: &Options) -> anyhow::Result<Measured> {
    let addr = *addrs.first().context("no service to drive")?;
    for addr in addrs {
        level4::client::request(*addr, "GET", "/health", None)
            .await
            .with_context(|| {
                format!(
                    "no service answers at http://{addr}: start one first \
                     (`cargo run -p level4 --release --features solutions`)"
                )
            })?;
    }
    let mut service = OverHttp::new(addr);
    // Seed users through the service itself; their ids are whatever it gives. Each run of
    // this process seeds its own (`--compare-http` drives each service twice).
    static RUN: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let run = RUN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut ids = Vec::new();
    for n in 0..o.users {
        let body = format!(
            r#"{{"name":"Load","email":"seed-{n}-{run}-{}@example.com"}}"#,
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
    let transfers_only = o.transfers_only;
    for worker in 0..o.concurrency {
        let addr = addrs[worker % addrs.len()];
        let (mut service, ids) = (OverHttp::new(addr), ids.clone());
        workers.spawn(async move {
            let mut rng = Rng(
                0x9E37_79B9_7F4A_7C15 ^ (worker as u64 + 1).wrapping_mul(0xA24B_AED4_963E_E407)
            );
            let (mut latencies, mut errors, mut n) = (Vec::new(), 0, 0u64);
            while Instant::now() < deadline {
                let start = Instant::now();
                let id = ids[rng.below(ids.len() as u64) as usize];
                let draw = if transfers_only { 60 } else { rng.below(100) };
                let ok = match draw {
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
                            r#"{{"name":"Load","email":"load-{worker}-{n}-{run}-{}@example.com"}}"#,
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
    let label = addrs
        .iter()
        .map(|a| format!("http {a}"))
        .collect::<Vec<_>>()
        .join(" + ");
    gather(label, workers, began, cpu).await
}
