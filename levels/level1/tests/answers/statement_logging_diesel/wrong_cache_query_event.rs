//! Wrong answer to `statement_logging_diesel`: logs on `CacheQuery`, which diesel reports only
//! when it prepares a statement the first time, so a statement that runs again is not logged.
//!
//! Rejected with: "every statement should be logged each time it runs"

use diesel::connection::InstrumentationEvent;
use diesel_async::{AsyncConnection, AsyncPgConnection};

/// Make `conn` log every statement it runs at INFO.
pub fn log_statements(conn: &mut AsyncPgConnection) {
    conn.set_instrumentation(|event: InstrumentationEvent<'_>| {
        if let InstrumentationEvent::CacheQuery { sql, .. } = event {
            tracing::info!("{sql}");
        }
    });
}
