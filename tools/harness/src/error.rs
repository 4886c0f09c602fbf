//! What can go wrong while finding, starting or using a server, in words a learner can act on.
//!
//! Every message names the server (password hidden) and says what to do next. They are written
//! as one paragraph because they end up in test output, where a wall of text is not read.

use std::path::PathBuf;

/// How to get a server, quoted by every error that means "there is none".
pub const HOW_TO_GET_POSTGRES: &str = "Two ways to get one: \
(1) with Docker, run `docker compose up -d` in the workbook folder and `cp .env.example .env`; \
(2) install PostgreSQL (Debian/Ubuntu: `sudo apt-get install postgresql`; macOS: \
`brew install postgresql@17`; Fedora: `sudo dnf install postgresql-server`) and the workbook \
starts a private server from it by itself. Or set DATABASE_URL to any server you can use.";

#[derive(Debug, thiserror::Error)]
pub enum HarnessError {
    #[error(
        "No PostgreSQL to use: DATABASE_URL is not set (neither in the environment nor in .env) \
         and no PostgreSQL server binaries were found (looked for `pg_config --bindir`, then in \
         /usr/lib/postgresql/*/bin, Homebrew and Postgres.app). {HOW_TO_GET_POSTGRES}"
    )]
    NoServer,

    #[error(
        "DATABASE_URL ({origin}) is not a valid PostgreSQL URL: `{url}`: {detail}. It should look \
         like postgres://user:password@127.0.0.1:5432/database (the one in .env.example matches \
         docker-compose.yml). Fix it, or remove it to use the embedded server."
    )]
    MalformedUrl {
        url: String,
        origin: String,
        detail: String,
    },

    #[error(
        "Could not reach PostgreSQL at {url} ({origin}): {detail}. Is the server running? With \
         Docker: `docker compose up -d` and wait for it to be healthy (`docker compose ps`). \
         Or remove DATABASE_URL to let the workbook start its embedded server."
    )]
    Unreachable {
        url: String,
        origin: String,
        detail: String,
    },

    #[error(
        "PostgreSQL at {url} ({origin}) refused the login of user `{user}`: {detail}. Check the \
         user name and password in DATABASE_URL; with the workbook's docker-compose.yml they are \
         workbook / workbook, as in .env.example."
    )]
    LoginRefused {
        url: String,
        origin: String,
        user: String,
        detail: String,
    },

    #[error(
        "PostgreSQL at {url} is version {version}; the workbook needs PostgreSQL 13 or newer \
         (it uses DROP DATABASE ... WITH (FORCE)). Point DATABASE_URL at a newer server, e.g. \
         the one docker-compose.yml starts."
    )]
    ServerTooOld { url: String, version: String },

    #[error(
        "User `{user}` at {url} may not create databases, and every test gets a fresh one. \
         Run `ALTER ROLE {user} CREATEDB;` as a superuser, or use a user that may."
    )]
    NoCreateDb { url: String, user: String },

    #[error(
        "PostgreSQL at {url} is running but has no connection left for user `{user}`: {detail}. \
         The server is full (its max_connections, or your role's CONNECTION LIMIT, is \
         reached), it is not down. Every check opens a few connections; on a server shared by \
         a class, wait a moment and check again, run fewer checks at once \
         (RUST_TEST_THREADS=1), or ask whoever runs the server for a larger budget. Who holds \
         the connections cannot be seen from a connection that was refused; an admin sees it \
         with `SELECT usename, application_name, count(*) FROM pg_stat_activity GROUP BY 1, 2`."
    )]
    ServerFull {
        url: String,
        user: String,
        detail: String,
    },

    #[error(
        "The embedded PostgreSQL could not {step}: {detail}. Its files are in {dir}; the server \
         log is {log}. Removing that folder (`cargo workbook db stop` then delete it) gives a \
         fresh start; or set DATABASE_URL to use another server."
    )]
    Embedded {
        step: &'static str,
        detail: String,
        dir: PathBuf,
        log: PathBuf,
    },

    #[error("Running the migrations of {level} failed: {detail}")]
    Migrations { level: String, detail: String },

    #[error("{context} failed on {url}: {source}")]
    Sql {
        context: String,
        url: String,
        #[source]
        source: sqlx::Error,
    },

    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
}

impl HarnessError {
    pub(crate) fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        HarnessError::Io {
            context: context.into(),
            source,
        }
    }
}
