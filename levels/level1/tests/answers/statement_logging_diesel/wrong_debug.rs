//! Wrong answer to `statement_logging_diesel`: logs each statement with `tracing::debug!`, so
//! an application that logs at INFO never shows it.
//!
//! Rejected with: "no statement was logged at INFO"

use diesel::connection::InstrumentationEvent;
use diesel_async::{AsyncConnection, AsyncPgConnection};

/// Make `conn` log every statement it runs at INFO.
pub fn log_statements(conn: &mut AsyncPgConnection) {
    conn.set_instrumentation(|event: InstrumentationEvent<'_>| {
        if let InstrumentationEvent::StartQuery { query, .. } = event {
            tracing::debug!("{query}");
        }
    });
}
