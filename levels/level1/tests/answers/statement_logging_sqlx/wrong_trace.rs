//! Wrong answer to `statement_logging_sqlx`: turns statement logging to TRACE, "the most
//! logging there is", which is the quietest level: an INFO logger drops it.
//!
//! Rejected with: "no statement was logged at INFO"

use log::LevelFilter;
use sqlx::ConnectOptions;
use sqlx::postgres::PgConnectOptions;

/// Connect options for `url` that log every statement at INFO.
pub fn logged_options(url: &str) -> Result<PgConnectOptions, sqlx::Error> {
    let options: PgConnectOptions = url.parse()?;
    Ok(options.log_statements(LevelFilter::Trace))
}
