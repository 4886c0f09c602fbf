//! How long the harness takes to give a test its database, and to take it away.
//!
//! Every check pays this twice (create before, drop after), so it bounds how fast a level's
//! tests can be. It reports numbers; it does not pass or fail.
//!
//! ```sh
//! cargo bench -p harness --bench fresh_database --profile dev   # reuses the debug build
//! ```
//!
//! Uses whatever server the one rule finds (DATABASE_URL, else the embedded one).

use std::time::{Duration, Instant};

use harness::block_on;
use harness::{Level, drop_database, fresh_database};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./tests/fixture/migrations");
static FIXTURE: Level = Level {
    name: "harnessbench",
    migrator: &MIGRATOR,
};

const ROUNDS: usize = 50;

fn main() -> Result<(), harness::HarnessError> {
    let server = harness::find_or_start_server()?;
    println!("server: {} ({})", server.redacted_url(), server.origin);
    let (mut create, mut drop) = (Vec::new(), Vec::new());
    block_on(async {
        // The first one builds the template; time the steady state.
        let warm = fresh_database(&server, Some(&FIXTURE), "bench_warmup").await?;
        drop_database(&warm).await?;
        for _ in 0..ROUNDS {
            let began = Instant::now();
            let db = fresh_database(&server, Some(&FIXTURE), "bench").await?;
            create.push(began.elapsed());
            let began = Instant::now();
            drop_database(&db).await?;
            drop.push(began.elapsed());
        }
        Ok::<_, harness::HarnessError>(())
    })?;
    report("fresh database (from template)", &mut create);
    report("drop database", &mut drop);
    Ok(())
}

fn report(what: &str, times: &mut [Duration]) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{what:<32} n={}  median {:.1} ms  p90 {:.1} ms  min {:.1} ms  max {:.1} ms",
        times.len(),
        ms(times[times.len() / 2]),
        ms(times[times.len() * 9 / 10]),
        ms(times[0]),
        ms(times[times.len() - 1]),
    );
}
