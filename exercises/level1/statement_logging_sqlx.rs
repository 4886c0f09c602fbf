//! Exercise `statement_logging_sqlx`: see the SQL that runs, on the sqlx track.
//!
//! `create_async_engine(url, echo=True)` makes SQLAlchemy print every statement it sends: the
//! fastest way to see what an ORM really does. sqlx always reports its statements to the
//! `tracing` (and `log`) ecosystem, at a level set on the connect options. The default level is
//! DEBUG, and an application that logs at INFO, as most do, never shows them.
//!
//! Return connect options for `url` that log every statement at INFO. (Slow statements have a
//! setting of their own; it is worth a look too.) `cargo run -p level1` shows the result.
//!
//! Check your work: `cargo workbook check statement_logging_sqlx`. Stuck: `cargo workbook hint statement_logging_sqlx`.
//! Keep the function name and signature: the tests call it.

use std::time::Duration;

use log::LevelFilter;
use sqlx::ConnectOptions;
use sqlx::postgres::PgConnectOptions;

/// Connect options for `url` that log every statement at INFO.
pub fn logged_options(url: &str) -> Result<PgConnectOptions, sqlx::Error> {
    let options: PgConnectOptions = url.parse()?;
    // TODO: statements are logged at DEBUG by these options. Make it INFO.
    Ok(options)
}
