//! Exercise `statement_logging_sqlx`: see the SQL that runs, on the sqlx track.
//!
//! SQLAlchemy's `create_async_engine(url, echo=True)` prints every statement. sqlx always
//! reports statements to the `tracing` (and `log`) ecosystem, but at DEBUG level, which a
//! usual INFO-level logger drops. Turn it up to INFO on the connect options, and the statements
//! show wherever the application's logs go.
//!
//! Reference answer. Why it is right: the level is a property of the connect options, so every
//! connection made from them (by hand or by a pool) logs its statements at INFO; slow statements
//! are reported at WARN on top.

use std::time::Duration;

use log::LevelFilter;
use sqlx::ConnectOptions;
use sqlx::postgres::PgConnectOptions;

// ANCHOR: logged_options
/// Connect options for `url` that log every statement at INFO.
pub fn logged_options(url: &str) -> Result<PgConnectOptions, sqlx::Error> {
    let options: PgConnectOptions = url.parse()?;
    Ok(options
        .log_statements(LevelFilter::Info)
        .log_slow_statements(LevelFilter::Warn, Duration::from_millis(250)))
}
// ANCHOR_END: logged_options
