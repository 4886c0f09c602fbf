//! Wrong answer to `statement_logging_sqlx`: logs every statement at WARN "so it surely
//! shows", which makes every query a warning and buries the slow ones.
//!
//! Rejected with: "WARN and ERROR are for slow statements and failures"

use log::LevelFilter;
use sqlx::ConnectOptions;
use sqlx::postgres::PgConnectOptions;

/// Connect options for `url` that log every statement at INFO.
pub fn logged_options(url: &str) -> Result<PgConnectOptions, sqlx::Error> {
    let options: PgConnectOptions = url.parse()?;
    Ok(options.log_statements(LevelFilter::Warn))
}
