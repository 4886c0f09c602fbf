//! Wrong answer to `statement_logging_diesel`: prints each statement with `println!`, which
//! goes to standard output, not to the application's logs: no level, no filter, no log file.
//!
//! Rejected with: "no statement was logged at INFO"

use diesel::connection::InstrumentationEvent;
use diesel_async::{AsyncConnection, AsyncPgConnection};

/// Make `conn` log every statement it runs at INFO.
pub fn log_statements(conn: &mut AsyncPgConnection) {
    conn.set_instrumentation(|event: InstrumentationEvent<'_>| {
        if let InstrumentationEvent::StartQuery { query, .. } = event {
            println!("SQL {query}");
        }
    });
}
