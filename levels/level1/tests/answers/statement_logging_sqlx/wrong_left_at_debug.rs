//! Wrong answer to `statement_logging_sqlx`: sets the statement level to DEBUG, which is what
//! it already was, so an application that logs at INFO still shows nothing.
//!
//! Rejected with: "no statement was logged at INFO"

use log::LevelFilter;
use sqlx::ConnectOptions;
use sqlx::postgres::PgConnectOptions;

/// Connect options for `url` that log every statement at INFO.
pub fn logged_options(url: &str) -> Result<PgConnectOptions, sqlx::Error> {
    let options: PgConnectOptions = url.parse()?;
    Ok(options.log_statements(LevelFilter::Debug))
}
