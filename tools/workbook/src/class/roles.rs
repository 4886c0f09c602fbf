//! `class init` and `class drop`: the learners' roles and the class's progress database, made
//! and removed by the instructor with an admin URL.
//!
//! Role and database names cannot be bound as parameters in `CREATE ROLE` or `CREATE DATABASE`,
//! so these statements carry them in their text, as the harness does for test databases: only
//! as a [`DbName`] (lowercase letters, digits and `_`, checked when made), quoted on top. The
//! password goes in as its SCRAM verifier ([`super::secret`]), checked to be made of the
//! verifier's characters only. Everything else is bound.

use anyhow::{Context, bail};
use harness::{DbName, Server};
use sqlx::{AssertSqlSafe, Connection, Executor, PgConnection};

use super::budget;
use super::secret;
use super::{PROGRESS_DATABASE, SCHEMA};

/// What the instructor asked `class init` for.
pub struct Plan {
    pub learners: Vec<DbName>,
    pub progress: DbName,
    /// The host (and port) learners connect to, as printed in their `.env` lines.
    pub host: Option<String>,
    /// Give existing roles a new password (shown once, like the first).
    pub new_passwords: bool,
    /// One role for the whole room (the only entry of `learners`), sized for this many
    /// learners, each named by `WORKBOOK_LEARNER` or their system user name: `None` for a role
    /// per learner (recommended).
    pub shared_by: Option<u32>,
}

/// A learner's name for the room: `learner01`..`learnerNN`, or a name given, made into a role
/// name (lowercase; letters, digits and `_`).
pub fn learner_names(count: Option<u32>, names: &[String]) -> anyhow::Result<Vec<DbName>> {
    let wanted: Vec<String> = if names.is_empty() {
        let count = count.unwrap_or(0);
        if count == 0 {
            bail!("say who is in the class: --learners N, or --names ada,grace,linus");
        }
        (1..=count).map(|n| format!("learner{n:02}")).collect()
    } else {
        names.iter().map(|n| n.trim().to_lowercase()).collect()
    };
    let mut roles = Vec::new();
    for name in wanted {
        let role = DbName::new(&name).with_context(|| {
            format!(
                "`{name}` cannot be a role name: use lowercase letters, digits and _, starting \
                 with a letter, at most 63 characters"
            )
        })?;
        if roles.contains(&role) {
            bail!("`{name}` is in the class twice");
        }
        roles.push(role);
    }
    Ok(roles)
}

/// The progress database's name.
pub fn progress_name(name: Option<&str>) -> anyhow::Result<DbName> {
    let name = name.unwrap_or(PROGRESS_DATABASE);
    DbName::new(name).with_context(|| format!("`{name}` cannot be a database name"))
}

/// One learner as `class init` left them.
pub struct Seat {
    pub role: String,
    /// The learner's `.env` line, when a password was made for them now.
    pub env_line: Option<String>,
}

/// Make (or bring up to date) the roles and the progress database. Safe to run again: what
/// exists is kept, passwords included, unless [`Plan::new_passwords`].
pub async fn init(admin: &Server, plan: &Plan) -> anyhow::Result<Vec<Seat>> {
    let mut conn = admin.connect().await?;
    require_admin(&mut conn).await?;
    let exists: bool =
        sqlx::query_scalar("SELECT count(*) = 1 FROM pg_database WHERE datname = $1")
            .bind(plan.progress.as_str())
            .fetch_one(&mut conn)
            .await?;
    if !exists {
        run(
            &mut conn,
            format!("CREATE DATABASE {}", plan.progress.ident()),
        )
        .await?;
    }
    run(
        &mut conn,
        format!(
            "REVOKE ALL ON DATABASE {} FROM PUBLIC",
            plan.progress.ident()
        ),
    )
    .await?;

    let mut progress = PgConnection::connect(&admin.url_for(plan.progress.as_str()))
        .await
        .with_context(|| format!("connecting to the progress database {}", plan.progress))?;
    for statement in SCHEMA {
        progress.execute(*statement).await?;
    }

    let limit = budget::per_learner() * plan.shared_by.unwrap_or(1);
    let host = plan.host.clone().unwrap_or_else(|| host_of(admin));
    let mut seats = Vec::new();
    for role in &plan.learners {
        let known: bool =
            sqlx::query_scalar("SELECT count(*) = 1 FROM pg_roles WHERE rolname = $1")
                .bind(role.as_str())
                .fetch_one(&mut conn)
                .await?;
        let ours: bool =
            sqlx::query_scalar("SELECT count(*) = 1 FROM workbook_learners WHERE role = $1")
                .bind(role.as_str())
                .fetch_one(&mut progress)
                .await?;
        if known && !ours {
            bail!(
                "a role `{role}` already exists on this server and is not a learner of this \
                 class: choose another name (class init never changes a role it did not make)"
            );
        }
        let password = if !known || plan.new_passwords {
            Some(secret::new_password()?)
        } else {
            None
        };
        let verifier = password.as_deref().map(secret::verifier).transpose()?;
        let verifier = verifier.map(checked_verifier).transpose()?;
        let attributes = format!(
            "LOGIN CREATEDB NOSUPERUSER NOCREATEROLE CONNECTION LIMIT {limit}{}",
            verifier
                .map(|v| format!(" PASSWORD '{v}'"))
                .unwrap_or_default()
        );
        let verb = if known { "ALTER" } else { "CREATE" };
        run(
            &mut conn,
            format!("{verb} ROLE {} {attributes}", role.ident()),
        )
        .await?;
        run(
            &mut conn,
            format!(
                "GRANT CONNECT ON DATABASE {} TO {}",
                plan.progress.ident(),
                role.ident()
            ),
        )
        .await?;
        sqlx::query(
            "INSERT INTO workbook_learners (role, shared) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(role.as_str())
        .bind(plan.shared_by.is_some())
        .execute(&mut progress)
        .await?;
        seats.push(Seat {
            role: role.as_str().to_string(),
            env_line: password.map(|p| {
                format!(
                    "DATABASE_URL=postgres://{}:{p}@{host}/{}",
                    role.as_str(),
                    plan.progress.as_str()
                )
            }),
        });
    }
    Ok(seats)
}

/// What `class drop` removed.
pub struct Dropped {
    pub roles: Vec<String>,
    pub databases: Vec<String>,
}

/// Remove what `class init` made: each learner's databases, the progress database, the roles.
pub async fn drop(admin: &Server, progress: &DbName) -> anyhow::Result<Dropped> {
    let mut conn = admin.connect().await?;
    require_admin(&mut conn).await?;
    let exists: bool =
        sqlx::query_scalar("SELECT count(*) = 1 FROM pg_database WHERE datname = $1")
            .bind(progress.as_str())
            .fetch_one(&mut conn)
            .await?;
    if !exists {
        return Ok(Dropped {
            roles: Vec::new(),
            databases: Vec::new(),
        });
    }
    let roles: Vec<String> = {
        let mut progress_conn = PgConnection::connect(&admin.url_for(progress.as_str())).await?;
        sqlx::query_scalar("SELECT role::text FROM workbook_learners ORDER BY 1")
            .fetch_all(&mut progress_conn)
            .await?
    };
    let databases: Vec<String> = sqlx::query_scalar(
        "SELECT d.datname::text FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba \
         WHERE r.rolname = ANY($1) ORDER BY 1",
    )
    .bind(&roles)
    .fetch_all(&mut conn)
    .await?;
    let mut dropped = Dropped {
        roles: Vec::new(),
        databases: Vec::new(),
    };
    for name in databases.iter().chain([&progress.as_str().to_string()]) {
        // Names read from the server: only those the harness itself could have made are dropped.
        if let Some(db) = DbName::new(name) {
            run(
                &mut conn,
                format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", db.ident()),
            )
            .await?;
            dropped.databases.push(name.clone());
        }
    }
    for role in roles.iter().filter_map(|r| DbName::new(r)) {
        run(&mut conn, format!("DROP ROLE IF EXISTS {}", role.ident())).await?;
        dropped.roles.push(role.as_str().to_string());
    }
    Ok(dropped)
}

/// Refuse, in words, a URL whose user cannot make roles and databases.
async fn require_admin(conn: &mut PgConnection) -> anyhow::Result<()> {
    let (user, able): (String, bool) = sqlx::query_as(
        "SELECT rolname::text, rolsuper OR (rolcreaterole AND rolcreatedb) FROM pg_roles \
         WHERE rolname = current_user",
    )
    .fetch_one(conn)
    .await?;
    if !able {
        bail!(
            "`{user}` may not create roles and databases. Run this with an admin URL: a \
             superuser's (with the classroom profile of docker-compose.yml: \
             postgres://workbook:$CLASSROOM_PASSWORD@127.0.0.1:5432/workbook), or a role with \
             CREATEROLE and CREATEDB."
        );
    }
    Ok(())
}

/// A SCRAM verifier is base64 and `$ : -` and letters: anything else is refused before it
/// could end up inside a string literal.
fn checked_verifier(verifier: String) -> anyhow::Result<String> {
    if verifier
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "+/=$:-".contains(c))
    {
        Ok(verifier)
    } else {
        bail!("a password verifier with unexpected characters: refused")
    }
}

/// `host:port` of the admin URL, for the learners' lines (`--host` overrides it: an admin URL on
/// 127.0.0.1 is not an address the room can reach).
fn host_of(admin: &Server) -> String {
    admin
        .options()
        .map(|o| format!("{}:{}", o.get_host(), o.get_port()))
        .unwrap_or_else(|_| "HOST:5432".into())
}

async fn run(conn: &mut PgConnection, sql: String) -> anyhow::Result<()> {
    let what = sql
        .split(" PASSWORD ")
        .next()
        .unwrap_or_default()
        .to_string();
    conn.execute(AssertSqlSafe(sql))
        .await
        .with_context(|| format!("running `{what}`"))?;
    Ok(())
}
