//! One template database per level, with the level's migrations applied.
//!
//! Copying a template (`CREATE DATABASE ... TEMPLATE`) is a file copy on the server, much faster
//! than running migrations for every test. The template's name carries a hash of the migrations,
//! so editing a migration makes a new template and the old one is dropped.

use std::collections::HashMap;
use std::sync::Mutex;

use sqlx::Connection;
use sqlx::migrate::Migrator;

use crate::database::{self, DbName, TEMPLATE_PREFIX};
use crate::error::HarnessError;
use crate::server::Server;

/// A level as the harness needs to know it: its name and its migrations.
#[derive(Debug)]
pub struct Level {
    /// `level1`, `level2`, ...
    pub name: &'static str,
    pub migrator: &'static Migrator,
}

impl Level {
    /// `wbtpl_level1_1a2b3c4d`: changes whenever a migration does.
    /// The name of this level's template for the role with `role_tag` (see
    /// [`crate::learner::role_tag`]): each role builds and owns its own, since a database only
    /// its owner may copy cannot serve another learner's role.
    pub fn template_name(&self, role_tag: &str) -> DbName {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for migration in self.migrator.iter() {
            let bytes = migration.version.to_le_bytes();
            for byte in bytes.iter().chain(migration.checksum.iter()) {
                hash ^= u64::from(*byte);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        }
        DbName::new(&format!(
            "{TEMPLATE_PREFIX}{}_{:08x}_{role_tag}",
            self.name, hash as u32
        ))
        .expect("level names are lowercase words")
    }
}

/// Make sure the level's template exists on `server`, building it if needed. Many processes may
/// call this at once: an advisory lock lets one build while the others wait.
pub async fn ensure(server: &Server, level: &Level) -> Result<DbName, HarnessError> {
    static READY: Mutex<Option<HashMap<(String, &'static str), DbName>>> = Mutex::new(None);
    let key = (server.url.clone(), level.name);
    if let Some(name) = READY.lock().unwrap().get_or_insert_default().get(&key) {
        return Ok(name.clone());
    }

    let role_tag = crate::learner::role_tag(server);
    let template = level.template_name(&role_tag);
    let sql_error = |context: &str| {
        let context = format!("{context} (template {template})");
        move |source| server.sql_error(context, source)
    };
    let mut admin = server.connect().await?;
    // One lock per role: learners with roles of their own never wait for each other.
    const TEMPLATE_LOCK: i64 = 0x776f_726b_626f_6f6b; // "workbook"
    let lock = TEMPLATE_LOCK ^ i64::from_str_radix(&role_tag, 16).unwrap_or(0);
    sqlx::query("SELECT pg_advisory_lock($1)")
        .bind(lock)
        .execute(&mut admin)
        .await
        .map_err(sql_error("taking the template lock"))?;

    let existing = database::named_like(&mut admin, &format!("{TEMPLATE_PREFIX}{}_", level.name))
        .await
        .map_err(sql_error("listing templates"))?;
    if !existing.iter().any(|name| name == template.as_str()) {
        // Older templates of this level (stale migrations) and half-built ones go.
        for stale in existing.iter().filter_map(|n| DbName::new(n)) {
            database::drop(&mut admin, &stale)
                .await
                .map_err(sql_error("dropping a stale template"))?;
        }
        build(server, level, &template, &mut admin).await?;
    }

    sqlx::query("SELECT pg_advisory_unlock($1)")
        .bind(lock)
        .execute(&mut admin)
        .await
        .map_err(sql_error("releasing the template lock"))?;
    let _ = admin.close().await;
    READY
        .lock()
        .unwrap()
        .get_or_insert_default()
        .insert(key, template.clone());
    Ok(template)
}

/// Build under a temporary name, then rename: a crash half way leaves no template that looks
/// finished.
async fn build(
    server: &Server,
    level: &Level,
    template: &DbName,
    admin: &mut sqlx::PgConnection,
) -> Result<(), HarnessError> {
    let building = DbName::new(&format!("{template}_new")).expect("still a plain name");
    let wrap = |context: &'static str| move |source| server.sql_error(context, source);
    let template0 = DbName::new("template0").expect("plain name");
    database::create(admin, &building, &template0)
        .await
        .map_err(wrap("creating the template database"))?;

    let target = Server {
        url: server.url_for(building.as_str()),
        origin: server.origin.clone(),
    };
    let mut conn = target.connect().await?;
    level
        .migrator
        .run(&mut conn)
        .await
        .map_err(|e| HarnessError::Migrations {
            level: level.name.to_string(),
            detail: e.to_string(),
        })?;
    let _ = conn.close().await;

    database::rename(admin, &building, template)
        .await
        .map_err(wrap("naming the template"))?;
    database::close_to_connections(admin, template)
        .await
        .map_err(wrap("closing the template to connections"))?;
    Ok(())
}
