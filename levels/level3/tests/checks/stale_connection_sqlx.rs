//! Checks for the pitfall `stale_connection_sqlx`.

use_answer!(level3::stale_connection_sqlx);

use std::sync::Arc;

use crate::shared::stale::{self, PidFn};
use crate::support::{LEVEL, check};

#[test]
fn a_connection_the_server_closed_is_not_handed_out() {
    check(&LEVEL, |db| async move {
        let pool = answer::connect(&db.url)
            .await
            .unwrap_or_else(|e| panic!("[stale_connection_sqlx] connect failed: {e}"));
        let idle = {
            let pool = pool.clone();
            move || pool.num_idle()
        };
        let pid: PidFn = Arc::new(move || {
            let pool = pool.clone();
            Box::pin(async move {
                harness::observe::backend_pid(&pool)
                    .await
                    .map_err(|e| e.to_string())
            })
        });
        stale::survives_a_closed_connection("stale_connection_sqlx", &db, pid, idle).await;
    });
}
