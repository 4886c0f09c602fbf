//! A fresh database: created for one test (or one demo run) and dropped after it.
//!
//! Copied from the level's template (migrations applied) or from `template0` (empty), under a
//! name that says what it is for, so a kept one is easy to recognise.

use sqlx::postgres::{PgConnection, PgPool, PgPoolOptions};
use sqlx::{ConnectOptions, Connection};

use crate::database::{self, DbName};
use crate::error::HarnessError;
use crate::server::Server;
use crate::template::{self, Level};

/// The database a test runs against.
#[derive(Debug, Clone)]
pub struct TestDb {
    pub name: DbName,
    /// A URL for this database, ready to hand to the code under test.
    pub url: String,
    server: Server,
}

impl TestDb {
    /// A small pool for the test's own setup and assertions (separate from whatever pool the
    /// code under test builds).
    pub async fn pool(&self) -> PgPool {
        PgPoolOptions::new()
            .max_connections(2)
            .connect_with(self.options())
            .await
            .unwrap_or_else(|e| panic!("test setup: cannot connect to {}: {e}", self.name))
    }

    /// One connection for the test's own use.
    pub async fn connect(&self) -> PgConnection {
        PgConnection::connect_with(&self.options())
            .await
            .unwrap_or_else(|e| panic!("test setup: cannot connect to {}: {e}", self.name))
    }

    /// The server this database lives on (to look at it from outside, see [`crate::observe`]).
    pub fn server(&self) -> &Server {
        &self.server
    }

    fn options(&self) -> sqlx::postgres::PgConnectOptions {
        self.url
            .parse::<sqlx::postgres::PgConnectOptions>()
            .expect("the harness made this URL")
            .disable_statement_logging()
    }
}

/// Create a fresh database on `server`: a copy of `level`'s template, or empty when `level` is
/// `None`. `label` goes into its name (a test's name, say).
pub async fn fresh_database(
    server: &Server,
    level: Option<&Level>,
    label: &str,
) -> Result<TestDb, HarnessError> {
    let template = match level {
        Some(level) => template::ensure(server, level).await?,
        None => DbName::new("template0").expect("plain name"),
    };
    let name = DbName::for_test(&crate::learner::tag(server), label);
    let mut admin = server.connect().await?;
    database::create(&mut admin, &name, &template)
        .await
        .map_err(|source| server.sql_error(format!("creating the database {name}"), source))?;
    let _ = admin.close().await;
    Ok(TestDb {
        url: server.url_for(name.as_str()),
        name,
        server: server.clone(),
    })
}

/// Drop a database made by [`fresh_database`], ending any session still connected to it.
pub async fn drop_database(db: &TestDb) -> Result<(), HarnessError> {
    let mut admin = db.server.connect().await?;
    database::drop(&mut admin, &db.name)
        .await
        .map_err(|source| {
            db.server
                .sql_error(format!("dropping the database {}", db.name), source)
        })?;
    let _ = admin.close().await;
    Ok(())
}

/// Drop the databases that earlier runs of the same test kept, leaving `db`: a failing test keeps
/// only its latest database, so repeated failures do not pile up.
pub async fn drop_older_runs(db: &TestDb) -> Result<usize, HarnessError> {
    let mut admin = db.server.connect().await?;
    let context = format!("dropping earlier databases of {}", db.name.family());
    let sql_error = |source| db.server.sql_error(context.clone(), source);
    let names = database::named_like(&mut admin, db.name.family())
        .await
        .map_err(sql_error)?;
    let mut dropped = 0;
    for name in names.iter().filter_map(|n| DbName::new(n)) {
        if name != db.name && name.family() == db.name.family() {
            database::drop(&mut admin, &name).await.map_err(sql_error)?;
            dropped += 1;
        }
    }
    let _ = admin.close().await;
    Ok(dropped)
}

/// This learner's test databases on `server`: kept by failed checks, or in use by checks
/// running now. Other learners' are not among them (see [`crate::learner`]).
pub async fn test_databases(server: &Server) -> Result<Vec<String>, HarnessError> {
    let mut admin = server.connect().await?;
    database::named_like(&mut admin, &mine(server))
        .await
        .map_err(|source| server.sql_error("Listing the test databases", source))
}

/// Drop this learner's test databases on `server` (the ones failed checks kept); returns their
/// names. Only while none of this learner's checks run: a running check's database would go
/// too. Other learners' are never touched.
pub async fn drop_kept_databases(server: &Server) -> Result<Vec<String>, HarnessError> {
    let mut admin = server.connect().await?;
    database::drop_named_like(&mut admin, &mine(server))
        .await
        .map_err(|source| server.sql_error("Dropping the kept test databases", source))
}

/// The prefix of this learner's test databases on `server`.
fn mine(server: &Server) -> String {
    format!("{}{}_", database::TEST_PREFIX, crate::learner::tag(server))
}
