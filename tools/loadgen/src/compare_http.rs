//! `--compare-http`: the Rust service beside its Python peer (FastAPI + SQLAlchemy async +
//! asyncpg, `peer.rs`), both over HTTP, measured by the same client with the same workload, at
//! the same concurrency and with the same connection budget, in turns (Rust, Python, Rust,
//! Python) so that a machine that drifts during the table drifts for both.
//!
//! Each runs as a program of its own, on a fresh database of its own: the Rust one is
//! `cargo run -p level4 --release --features solutions` (built here if needed), on the store
//! `--store` names, with `POOL_MAX` = `--pool`; the peer under uvicorn with one worker per core,
//! its `--pool` connections shared between them. Both check a connection before lending it,
//! unless `--no-check`. Where there is no Python, the Rust lines stand alone, with a note.

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};

use crate::measured::Measured;
use crate::options::Options;
use crate::over_http::drive_http;
use crate::peer::{self, Missing};

/// A program the comparison started, stopped when the comparison ends, however it ends.
struct Started(Child);

impl Drop for Started {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn run(o: &Options) -> anyhow::Result<()> {
    let uvicorn = match peer::uvicorn() {
        Ok(uvicorn) => Some(uvicorn),
        Err(Missing(why)) => {
            println!("(no Python peer here: {why}. The table has the Rust service only.)\n");
            None
        }
    };
    let service = build_the_service()?;
    let setup = crate::runtime(None)?;
    let server = harness::find_or_start_server()?;
    let rust_db = setup.block_on(harness::fresh_database(
        &server,
        Some(&level4::LEVEL),
        "loadgen_http_rust",
    ))?;
    let peer_db = setup.block_on(harness::fresh_database(
        &server,
        Some(&level4::LEVEL),
        "loadgen_http_peer",
    ))?;
    let outcome = (|| {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let rust_port = free_port()?;
        let _rust = Started(
            Command::new(&service)
                .env("DATABASE_URL", &rust_db.url)
                .env("BIND", format!("127.0.0.1:{rust_port}"))
                .env("POOL_MAX", o.pool.to_string())
                .env("STORE", &o.store)
                .env("RUST_LOG", "warn")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .context("starting the Rust service")?,
        );
        let mut services = vec![(
            format!("rust ({}, pool {})", o.store, o.pool),
            SocketAddr::from(([127, 0, 0, 1], rust_port)),
        )];
        let mut _peer = None;
        if let Some(uvicorn) = &uvicorn {
            let port = free_port()?;
            _peer = Some(Started(peer::start(
                uvicorn,
                &peer_db.url,
                port,
                o.pool,
                cores,
                !o.no_check,
            )?));
            services.push((
                format!("python ({cores} workers, pool {})", o.pool),
                SocketAddr::from(([127, 0, 0, 1], port)),
            ));
        }
        for (label, addr) in &services {
            setup
                .block_on(wait_until_healthy(*addr))
                .with_context(|| format!("{label} did not answer GET /health"))?;
        }
        Measured::print_header();
        let mut per_second: Vec<Vec<f64>> = vec![Vec::new(); services.len()];
        for round in 1..=2 {
            for (i, (label, addr)) in services.iter().enumerate() {
                let mut measured = crate::runtime(o.threads)?.block_on(drive_http(&[*addr], o))?;
                measured.label = format!("{label}, turn {round}");
                per_second[i].push(measured.print(o.concurrency));
            }
        }
        Measured::print_footer("the services and PostgreSQL");
        if let [rust, python] = per_second.as_slice() {
            let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
            println!(
                "\nThe Rust service answered {:.1} times as many operations per second as the \
                 Python peer (means of the turns: {:.0} and {:.0}).",
                mean(rust) / mean(python),
                mean(rust),
                mean(python)
            );
        }
        anyhow::Ok(())
    })();
    setup.block_on(harness::drop_database(&rust_db))?;
    setup.block_on(harness::drop_database(&peer_db))?;
    outcome
}

/// The service's release binary with the reference answers, built by cargo if it is not yet.
fn build_the_service() -> anyhow::Result<std::path::PathBuf> {
    println!("(building the service: cargo build --release -p level4 --features solutions)");
    let built = Command::new("cargo")
        .current_dir(harness::workspace::root())
        .args([
            "build",
            "--release",
            "-q",
            "-p",
            "level4",
            "--features",
            "solutions",
        ])
        .args(["--bin", "level4"])
        .status()
        .context("running cargo build")?;
    if !built.success() {
        bail!("the service did not build (see above)");
    }
    Ok(harness::workspace::target_dir().join("release/level4"))
}

fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

/// Wait (up to 60 s: the peer's workers import their packages first) for `GET /health` = 200.
async fn wait_until_healthy(addr: SocketAddr) -> anyhow::Result<()> {
    let began = Instant::now();
    loop {
        if let Ok(r) = level4::client::request(addr, "GET", "/health", None).await
            && r.status == 200
        {
            return Ok(());
        }
        if began.elapsed() > Duration::from_secs(60) {
            bail!("no answer on http://{addr} within 60 s");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
