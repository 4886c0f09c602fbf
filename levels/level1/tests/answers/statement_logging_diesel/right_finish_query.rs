//! Right answer to `statement_logging_diesel`: logs each statement when it finishes
//! (`FinishQuery`, with the outcome), at INFO, from a boxed instrumentation.

use diesel::connection::{Instrumentation, InstrumentationEvent};
use diesel_async::{AsyncConnection, AsyncPgConnection};

/// Make `conn` log every statement it runs at INFO.
pub fn log_statements(conn: &mut AsyncPgConnection) {
    let logger: Box<dyn Instrumentation> = Box::new(|event: InstrumentationEvent<'_>| {
        if let InstrumentationEvent::FinishQuery { query, error, .. } = event {
            match error {
                None => tracing::info!(target: "sql", "{query}"),
                Some(error) => tracing::info!(target: "sql", "{query} failed: {error}"),
            }
        }
    });
    conn.set_instrumentation(logger);
}
