//! Right answer to `statement_logging_sqlx`: `PgConnectOptions::from_str`, statements at INFO,
//! and no slow-statement setting (it is optional).

use std::str::FromStr;

use log::LevelFilter;
use sqlx::ConnectOptions;
use sqlx::postgres::PgConnectOptions;

/// Connect options for `url` that log every statement at INFO.
pub fn logged_options(url: &str) -> Result<PgConnectOptions, sqlx::Error> {
    Ok(PgConnectOptions::from_str(url)?.log_statements(LevelFilter::Info))
}
