//! Wrong answer to `statement_logging_sqlx`: a URL that does not parse falls back to default
//! options (localhost, the user's own database) instead of being an error.
//!
//! Rejected with: "a malformed URL should be an error"

use log::LevelFilter;
use sqlx::ConnectOptions;
use sqlx::postgres::PgConnectOptions;

/// Connect options for `url` that log every statement at INFO.
pub fn logged_options(url: &str) -> Result<PgConnectOptions, sqlx::Error> {
    let options: PgConnectOptions = url.parse().unwrap_or_else(|_| PgConnectOptions::new());
    Ok(options.log_statements(LevelFilter::Info))
}
