//! The server a learner uses: its URL and where that came from ([`Origin`]), connecting to it
//! within a bound, and turning what goes wrong into a [`HarnessError`] that says what to do.
//! Which server that is, is decided by the rule in [`crate::rule`].

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgConnection};
use sqlx::{ConnectOptions, Connection};

use crate::error::HarnessError;
use crate::redact::redact;

/// How long to wait for a server to answer before saying it is unreachable.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Oldest server the harness supports (13: `DROP DATABASE ... WITH (FORCE)`).
pub const MIN_SERVER_VERSION: u32 = 130_000;

/// Where the URL came from: error messages say it, so a learner knows what to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Environment,
    DotEnv(PathBuf),
    Embedded,
    /// Given by the caller (the harness's own tests).
    Explicit,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Environment => write!(f, "from the environment"),
            Origin::DotEnv(path) => write!(f, "from {}", path.display()),
            Origin::Embedded => write!(f, "the embedded server"),
            Origin::Explicit => write!(f, "given explicitly"),
        }
    }
}

/// A server to use: its URL (pointing at a maintenance database) and where that came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Server {
    pub url: String,
    pub origin: Origin,
}

impl Server {
    /// A server given by URL, for callers that do not want the rule (the harness's own tests).
    pub fn explicit(url: impl Into<String>) -> Self {
        Server {
            url: url.into(),
            origin: Origin::Explicit,
        }
    }

    /// The same server, connecting as `role` (a classroom's learner, a measuring role): the
    /// user in the URL's user part, or in its `user=` parameter (a unix socket URL).
    pub fn as_role(&self, role: &str) -> Server {
        let Ok(mut url) = url::Url::parse(&self.url) else {
            return self.clone();
        };
        if url.query_pairs().any(|(k, _)| k == "user") {
            let pairs: Vec<(String, String)> = url
                .query_pairs()
                .map(|(k, v)| {
                    let v = if k == "user" {
                        role.to_string()
                    } else {
                        v.into_owned()
                    };
                    (k.into_owned(), v)
                })
                .collect();
            url.query_pairs_mut().clear().extend_pairs(pairs);
        } else if url.set_username(role).is_err() {
            return self.clone();
        }
        Server {
            url: url.to_string(),
            origin: self.origin.clone(),
        }
    }

    /// The URL with its password hidden, for messages.
    pub fn redacted_url(&self) -> String {
        redact(&self.url)
    }

    /// Parsed connect options, or [`HarnessError::MalformedUrl`].
    pub fn options(&self) -> Result<PgConnectOptions, HarnessError> {
        PgConnectOptions::from_str(&self.url)
            .map(|o| o.disable_statement_logging())
            .map_err(|e| HarnessError::MalformedUrl {
                url: self.redacted_url(),
                origin: self.origin.to_string(),
                detail: e.to_string(),
            })
    }

    /// The same server, another database: the URL a test hands to the code under test.
    pub fn url_for(&self, database: &str) -> String {
        match url::Url::parse(&self.url) {
            Ok(mut url) => {
                url.set_path(&format!("/{database}"));
                url.to_string()
            }
            // `options()` reports malformed URLs before anyone asks for this.
            Err(_) => self.url.clone(),
        }
    }

    /// Connect to the maintenance database, within [`CONNECT_TIMEOUT`], and check the server is
    /// one the harness supports. Every failure is a [`HarnessError`] that says what to do.
    pub async fn connect(&self) -> Result<PgConnection, HarnessError> {
        let options = self.options()?;
        let user = options.get_username().to_string();
        let attempt = tokio::time::timeout(CONNECT_TIMEOUT, PgConnection::connect_with(&options));
        let mut conn = match attempt.await {
            Err(_) => {
                return Err(
                    self.unreachable(format!("no answer within {} s", CONNECT_TIMEOUT.as_secs()))
                );
            }
            Ok(Err(e)) => return Err(self.classify(e, &user)),
            Ok(Ok(conn)) => conn,
        };
        let (number, pretty): (String, String) = sqlx::query_as(
            "SELECT current_setting('server_version_num'), current_setting('server_version')",
        )
        .fetch_one(&mut conn)
        .await
        .map_err(|e| self.classify(e, &user))?;
        self.require_supported(&number, &pretty)?;
        Ok(conn)
    }

    /// [`HarnessError::ServerTooOld`] unless `server_version_num` is at least
    /// [`MIN_SERVER_VERSION`].
    fn require_supported(&self, number: &str, pretty: &str) -> Result<(), HarnessError> {
        if number.parse::<u32>().unwrap_or(0) >= MIN_SERVER_VERSION {
            return Ok(());
        }
        Err(HarnessError::ServerTooOld {
            url: self.redacted_url(),
            version: pretty.to_string(),
        })
    }

    /// An error from SQL run on this server: [`HarnessError::NoCreateDb`] when the user lacks
    /// the right to create databases (SQLSTATE 42501), else [`HarnessError::Sql`] with `context`.
    pub fn sql_error(&self, context: impl Into<String>, source: sqlx::Error) -> HarnessError {
        if source
            .as_database_error()
            .is_some_and(|e| e.code().as_deref() == Some("42501"))
        {
            return HarnessError::NoCreateDb {
                url: self.redacted_url(),
                user: self
                    .options()
                    .map(|o| o.get_username().to_string())
                    .unwrap_or_default(),
            };
        }
        HarnessError::Sql {
            context: context.into(),
            url: self.redacted_url(),
            source,
        }
    }

    fn unreachable(&self, detail: String) -> HarnessError {
        HarnessError::Unreachable {
            url: self.redacted_url(),
            origin: self.origin.to_string(),
            detail,
        }
    }

    fn classify(&self, error: sqlx::Error, user: &str) -> HarnessError {
        if let Some(db) = error.as_database_error() {
            // 28P01 invalid_password, 28000 invalid_authorization_specification,
            // 3D000 invalid_catalog_name (the database in the URL does not exist).
            // 53300 too_many_connections: the server (max_connections) or the role
            // (CONNECTION LIMIT) has none left. The server is there; it is full.
            if db.code().as_deref() == Some("53300") {
                return HarnessError::ServerFull {
                    url: self.redacted_url(),
                    user: user.to_string(),
                    detail: db.message().to_string(),
                };
            }
            if matches!(db.code().as_deref(), Some("28P01" | "28000" | "3D000")) {
                return HarnessError::LoginRefused {
                    url: self.redacted_url(),
                    origin: self.origin.to_string(),
                    user: user.to_string(),
                    detail: db.message().to_string(),
                };
            }
        }
        // Any other answer from the server: it was reached, and said no. (Behind a pooler that
        // does not keep prepared statements apart, "prepared statement \"sqlx_s_1\" already
        // exists" lands here: not a server that is down.)
        if error.as_database_error().is_some() {
            return HarnessError::Sql {
                context: format!("Connecting as `{user}`"),
                url: self.redacted_url(),
                source: error,
            };
        }
        if let sqlx::Error::Configuration(e) = &error {
            return HarnessError::MalformedUrl {
                url: self.redacted_url(),
                origin: self.origin.to_string(),
                detail: e.to_string(),
            };
        }
        self.unreachable(error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn servers_older_than_13_are_refused_by_name() {
        let server = Server::explicit("postgres://u:secret@db.example.com/app");
        let error = server.require_supported("120017", "12.17").unwrap_err();
        let text = error.to_string();
        assert!(text.contains("version 12.17"), "{text}");
        assert!(text.contains("13 or newer"), "{text}");
        assert!(text.contains("u:***@db.example.com"), "{text}");
        assert!(server.require_supported("130000", "13.0").is_ok());
        assert!(server.require_supported("170002", "17.2").is_ok());
    }

    #[test]
    fn points_a_url_at_another_database() {
        let tcp = Server::explicit("postgres://u:p@127.0.0.1:5432/workbook?sslmode=disable");
        assert_eq!(
            tcp.url_for("wbt_x"),
            "postgres://u:p@127.0.0.1:5432/wbt_x?sslmode=disable"
        );
        let socket = Server::explicit("postgres:///postgres?host=/tmp/wbpg-1&user=workbook");
        assert_eq!(
            socket.url_for("wbt_x"),
            "postgres:///wbt_x?host=/tmp/wbpg-1&user=workbook"
        );
    }
}
