//! Wrong answer to `statement_logging_diesel`: logs at INFO that a query started, but not the
//! query, so the log says nothing about what ran.
//!
//! Rejected with: "no statement was logged at INFO"

use diesel::connection::InstrumentationEvent;
use diesel_async::{AsyncConnection, AsyncPgConnection};

/// Make `conn` log every statement it runs at INFO.
pub fn log_statements(conn: &mut AsyncPgConnection) {
    conn.set_instrumentation(|event: InstrumentationEvent<'_>| {
        if let InstrumentationEvent::StartQuery { .. } = event {
            tracing::info!("query started");
        }
    });
}
