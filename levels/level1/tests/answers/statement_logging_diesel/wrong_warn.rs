//! Wrong answer to `statement_logging_diesel`: logs each statement with `tracing::warn!` "so
//! it surely shows", which makes every query a warning.
//!
//! Rejected with: "no statement was logged at INFO"

use diesel::connection::InstrumentationEvent;
use diesel_async::{AsyncConnection, AsyncPgConnection};

/// Make `conn` log every statement it runs at INFO.
pub fn log_statements(conn: &mut AsyncPgConnection) {
    conn.set_instrumentation(|event: InstrumentationEvent<'_>| {
        if let InstrumentationEvent::StartQuery { query, .. } = event {
            tracing::warn!("{query}");
        }
    });
}
