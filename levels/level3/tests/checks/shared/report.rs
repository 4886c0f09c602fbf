//! Reports through a small pool: `leaked_connection_*`.

use std::future::Future;

use level3::error::PitfallError;

/// Run six reports at once; each must succeed and list the users.
pub async fn six_reports<F, Fut>(exercise: &str, export: F)
where
    F: Fn() -> Fut,
    Fut: Future<Output = Result<String, PitfallError>> + Send + 'static,
{
    let mut reports = tokio::task::JoinSet::new();
    for _ in 0..6 {
        reports.spawn(export());
    }
    let mut n = 0;
    while let Some(done) = reports.join_next().await {
        n += 1;
        match done.expect("a report task panicked") {
            Ok(report) => assert!(
                report.contains("Carol"),
                "[{exercise}] the report lists no users"
            ),
            Err(e) => panic!(
                "[{exercise}] report {n} of 6 failed: {e}. The pool has 2 connections and each \
                 report needs one for a 2 ms query, yet each report keeps its connection while \
                 it renders (200 ms), so the third waits and times out. Give the connection back \
                 before the slow part."
            ),
        }
    }
}
