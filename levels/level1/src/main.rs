//! The level 1 demo: the Python tutorial's first script, in Rust, with the SQL shown.
//!
//! `cargo run -p level1` runs the sqlx track, `cargo run -p level1 -- --diesel` the diesel-async
//! one. Each makes a fresh, empty database, creates the schema with the migrations, inserts
//! Alice, gets her back by primary key and prints `found user: Alice (alice@example.com)`. Every
//! statement is logged as it runs, the Rust version of SQLAlchemy's `echo=True`.
//!
//! It runs the reference answers (`solutions/level1/`), whatever state your exercises are in.

use anyhow::Context;
use sqlx::postgres::PgPoolOptions;

// The reference answers say `crate::models` and friends; in this binary those are the library's.
use level1::{DieselPool, error, models, schema};

#[path = "../../../solutions/level1/connect_diesel.rs"]
#[allow(dead_code)]
mod connect_diesel;
#[path = "../../../solutions/level1/get_by_id_diesel.rs"]
mod get_by_id_diesel;
#[path = "../../../solutions/level1/get_by_id_sqlx.rs"]
mod get_by_id_sqlx;
#[path = "../../../solutions/level1/insert_diesel.rs"]
mod insert_diesel;
#[path = "../../../solutions/level1/insert_sqlx.rs"]
mod insert_sqlx;
#[path = "../../../solutions/level1/migrate_diesel.rs"]
mod migrate_diesel;
#[path = "../../../solutions/level1/migrate_sqlx.rs"]
mod migrate_sqlx;
#[path = "../../../solutions/level1/statement_logging_diesel.rs"]
mod statement_logging_diesel;
#[path = "../../../solutions/level1/statement_logging_sqlx.rs"]
mod statement_logging_sqlx;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let diesel = std::env::args().any(|a| a == "--diesel");
    // Print what is logged at INFO and up, statements as `SQL  ...` lines.
    harness::echo::install();

    let server = harness::find_or_start_server()?;
    let db = harness::fresh_database(&server, None, "demo_level1").await?;
    let outcome = if diesel {
        diesel_track(&db.url).await
    } else {
        sqlx_track(&db.url).await
    };
    harness::drop_database(&db).await?;
    outcome
}

// ANCHOR: sqlx_track
async fn sqlx_track(url: &str) -> anyhow::Result<()> {
    // echo=True: every statement at INFO.
    let options = statement_logging_sqlx::logged_options(url)?;
    let pool = PgPoolOptions::new()
        .max_connections(5)
        .connect_with(options)
        .await?;

    // Base.metadata.create_all(), done with migrations.
    migrate_sqlx::create_schema(&pool).await?;

    // session.add(user); commit; refresh: one INSERT ... RETURNING.
    let alice = insert_sqlx::insert_user(&pool, "Alice", "alice@example.com").await?;

    // session.get(User, alice.id)
    let found = get_by_id_sqlx::get_user(&pool, alice.id)
        .await?
        .context("Alice was inserted but is not there")?;
    println!("found user: {} ({})", found.name, found.email);
    pool.close().await;
    Ok(())
}
// ANCHOR_END: sqlx_track

// ANCHOR: diesel_track
async fn diesel_track(url: &str) -> anyhow::Result<()> {
    let mut conn = connect_diesel::connect_once(url).await?;
    statement_logging_diesel::log_statements(&mut conn);

    let mut conn = migrate_diesel::create_schema(conn)
        .await
        .map_err(|e| anyhow::anyhow!("migrations failed: {e}"))?;

    let alice = insert_diesel::insert_user(&mut conn, "Alice", "alice@example.com").await?;

    let found = get_by_id_diesel::get_user(&mut conn, alice.id)
        .await?
        .context("Alice was inserted but is not there")?;
    println!("found user: {} ({})", found.name, found.email);
    Ok(())
}
// ANCHOR_END: diesel_track
