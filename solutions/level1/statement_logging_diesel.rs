//! Exercise `statement_logging_diesel`: see the SQL that runs, on the diesel track.
//!
//! diesel does not log by itself: it tells an *instrumentation* about every statement it starts
//! and finishes, and the instrumentation decides what to do. A closure is enough.
//!
//! Reference answer. Why it is right: `StartQuery` carries the statement (its `Display` is the
//! SQL with its bind values listed), and `tracing::info!` sends it to the application's logs at
//! INFO, the same place sqlx's statements go.

use diesel::connection::InstrumentationEvent;
use diesel_async::{AsyncConnection, AsyncPgConnection};

// ANCHOR: log_statements
/// Make `conn` log every statement it runs at INFO.
pub fn log_statements(conn: &mut AsyncPgConnection) {
    conn.set_instrumentation(|event: InstrumentationEvent<'_>| {
        if let InstrumentationEvent::StartQuery { query, .. } = event {
            tracing::info!(target: "diesel", "{query}");
        }
    });
}
// ANCHOR_END: log_statements
