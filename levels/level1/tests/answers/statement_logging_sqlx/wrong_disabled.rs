//! Wrong answer to `statement_logging_sqlx`: `disable_statement_logging()` reads like "stop
//! hiding the statements" but turns their logging off.
//!
//! Rejected with: "no statement was logged at INFO"

use sqlx::ConnectOptions;
use sqlx::postgres::PgConnectOptions;

/// Connect options for `url` that log every statement at INFO.
pub fn logged_options(url: &str) -> Result<PgConnectOptions, sqlx::Error> {
    let options: PgConnectOptions = url.parse()?;
    Ok(options.disable_statement_logging())
}
