//! Exercise `statement_logging_diesel`: see the SQL that runs, on the diesel track.
//!
//! The same wish as `statement_logging_sqlx` (read its story if you have not): SQLAlchemy's
//! `echo=True`. diesel logs nothing by itself. Instead, every connection reports each statement
//! it starts and finishes to an *instrumentation*, and the instrumentation decides what to do
//! with it. Yours should log the statement with `tracing` at INFO, where sqlx's statements go.
//!
//! Check your work: `cargo workbook check statement_logging_diesel`. Stuck: `cargo workbook hint statement_logging_diesel`.
//! Keep the function name and signature: the tests call it.

use diesel::connection::InstrumentationEvent;
use diesel_async::{AsyncConnection, AsyncPgConnection};

/// Make `conn` log every statement it runs at INFO.
pub fn log_statements(conn: &mut AsyncPgConnection) {
    // TODO: give `conn` an instrumentation that logs each query as it starts.
}
