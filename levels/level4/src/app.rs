//! Running the service: configuration from the environment, the pool, the migrations, and a
//! server that shuts down gracefully.
//!
//! `cargo run -p level4` serves on 127.0.0.1:3000. The environment may set `BIND`
//! (`127.0.0.1:3000`), `POOL_MAX` (10), `POOL_TIMEOUT_MS` (2000: how long a request waits for a
//! connection before it gets a 503), `STORE` (`sqlx` or `diesel`), `DATABASE_URL` (without it, a
//! database `workbook_level4` on the embedded server) and `MIGRATION_URL` (where to apply the
//! migrations, when not through `DATABASE_URL`: behind a pooler, PostgreSQL itself).

use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use anyhow::{Context, bail};
use deadpool::Runtime;
use diesel_async::AsyncPgConnection;
use diesel_async::pooled_connection::{
    AsyncDieselConnectionManager, ManagerConfig, RecyclingMethod,
};
use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;
use tokio::net::TcpListener;

use crate::DieselPool;
use crate::store::UserStore;
use crate::store_diesel::DieselStore;
use crate::store_sqlx::SqlxStore;

/// Which store the service runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreKind {
    Sqlx,
    Diesel,
}

/// The service's settings.
#[derive(Debug, Clone)]
pub struct Config {
    pub bind: SocketAddr,
    pub pool_max: u32,
    pub pool_timeout: Duration,
    pub store: StoreKind,
}

impl Config {
    /// From `BIND`, `POOL_MAX`, `POOL_TIMEOUT_MS` and `STORE`, with the defaults above.
    pub fn from_env() -> anyhow::Result<Config> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let bind = var("BIND").unwrap_or_else(|| "127.0.0.1:3000".into());
        let pool_max = var("POOL_MAX").unwrap_or_else(|| "10".into());
        let timeout = var("POOL_TIMEOUT_MS").unwrap_or_else(|| "2000".into());
        let store = match var("STORE").as_deref() {
            None | Some("sqlx") => StoreKind::Sqlx,
            Some("diesel") => StoreKind::Diesel,
            Some(other) => bail!("STORE must be sqlx or diesel, not {other:?}"),
        };
        Ok(Config {
            bind: bind.parse().with_context(|| {
                format!("BIND must be an address like 127.0.0.1:3000, not {bind:?}")
            })?,
            pool_max: pool_max
                .parse()
                .ok()
                .filter(|n| *n > 0)
                .with_context(|| format!("POOL_MAX must be a positive number, not {pool_max:?}"))?,
            pool_timeout: Duration::from_millis(
                timeout.parse().with_context(|| {
                    format!("POOL_TIMEOUT_MS must be a number, not {timeout:?}")
                })?,
            ),
            store,
        })
    }
}

/// The URL of the service's database: `DATABASE_URL`, or `workbook_level4` on the embedded
/// server (created if missing). The migrations are applied either way.
pub async fn database_url() -> anyhow::Result<String> {
    let server = harness::find_or_start_server()?;
    // The harness's look first: within 5 s, a wrong URL, a closed port, a refused login or a
    // full server is said as such (password hidden), where a pool would wait its 30 s and say
    // only that it timed out.
    drop(server.connect().await?);
    let url = match server.origin {
        harness::Origin::Embedded => {
            let name = harness::DbName::new("workbook_level4").expect("a plain name");
            let mut admin = server.connect().await?;
            let template0 = harness::DbName::new("template0").expect("a plain name");
            if let Err(e) = harness::database::create(&mut admin, &name, &template0).await
                && e.as_database_error().and_then(|d| d.code()).as_deref() != Some("42P04")
            {
                return Err(e.into());
            }
            server.url_for(name.as_str())
        }
        _ => server.url.clone(),
    };
    // Behind a pooler in transaction mode the migrator's session-level advisory lock would be
    // taken on one server session and released on another: MIGRATION_URL, when set, points the
    // migrations straight at PostgreSQL (the deploy chapter's "Behind PgBouncer").
    let migration_url = std::env::var("MIGRATION_URL")
        .ok()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| url.clone());
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .connect(&migration_url)
        .await?;
    crate::MIGRATOR.run(&pool).await?;
    pool.close().await;
    Ok(url)
}

/// Whether a pool checks a connection before lending it. The service checks one that has been
/// idle for [`ALIVE_BYPASS_WINDOW`] or longer: a connection the server killed must not be lent
/// (`tests/checks/pools_check_connections.rs`). The load generator can check every time, or
/// never, to measure what the check costs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LendCheck {
    /// A ping (sqlx) or a query (deadpool) before lending a connection idle for the window or
    /// longer; one used more recently is lent as it is.
    Windowed,
    /// The check before every lending: sqlx's `test_before_acquire`, deadpool's
    /// `RecyclingMethod::Verified`.
    EveryTime,
    /// No check (sqlx: none; deadpool: `RecyclingMethod::Fast`, only what the client knows).
    Unchecked,
}

/// A connection that was in use this recently is lent without a check, as HikariCP does
/// (`aliveBypassWindowMs`, 500 ms by default). It was alive half a second ago; for it to be
/// dead now the server must have ended it within that half second, and then the one request
/// that meets it fails (a 503: nothing was applied, the client retries) and the pool discards
/// it. The check it skips is a round trip on every request under load, where connections are
/// lent again within milliseconds.
pub const ALIVE_BYPASS_WINDOW: Duration = Duration::from_millis(500);

/// A sqlx pool for the service.
pub async fn sqlx_pool(url: &str, max: u32, timeout: Duration) -> anyhow::Result<PgPool> {
    sqlx_pool_checked(url, max, timeout, LendCheck::Windowed).await
}

/// A sqlx pool like the service's, with the check before lending chosen.
pub async fn sqlx_pool_checked(
    url: &str,
    max: u32,
    timeout: Duration,
    check: LendCheck,
) -> anyhow::Result<PgPool> {
    Ok(PgPoolOptions::new()
        .max_connections(max)
        .acquire_timeout(timeout)
        .test_before_acquire(check == LendCheck::EveryTime)
        .before_acquire(move |conn, meta| {
            Box::pin(async move {
                // `idle_for`: since the connection came back to the pool (sqlx pings it then
                // too, so a connection broken during its last use never gets here).
                if check == LendCheck::Windowed && meta.idle_for >= ALIVE_BYPASS_WINDOW {
                    sqlx::Connection::ping(conn).await?;
                }
                Ok(true)
            })
        })
        .connect(url)
        .await?)
}

/// A deadpool of diesel-async connections for the service.
pub fn diesel_pool(url: &str, max: u32, timeout: Duration) -> anyhow::Result<DieselPool> {
    diesel_pool_checked(url, max, timeout, LendCheck::Windowed)
}

/// A diesel-async pool like the service's, with or without the check before lending.
pub fn diesel_pool_checked(
    url: &str,
    max: u32,
    timeout: Duration,
    check: LendCheck,
) -> anyhow::Result<DieselPool> {
    let mut config = ManagerConfig::default();
    config.recycling_method = match check {
        LendCheck::EveryTime => RecyclingMethod::Verified,
        LendCheck::Windowed | LendCheck::Unchecked => RecyclingMethod::Fast,
    };
    let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new_with_config(url, config);
    let mut builder = DieselPool::builder(manager)
        .max_size(max as usize)
        .wait_timeout(Some(timeout))
        .create_timeout(Some(timeout))
        .recycle_timeout(Some(timeout))
        .runtime(Runtime::Tokio1);
    if check == LendCheck::Windowed {
        // `last_used`: since the connection was last lent (deadpool records no return), so a
        // connection whose last request was long counts as idle sooner: the safe side.
        builder = builder.pre_recycle(deadpool::managed::Hook::async_fn(
            |conn: &mut AsyncPgConnection, metrics| {
                Box::pin(async move {
                    if metrics.last_used() >= ALIVE_BYPASS_WINDOW {
                        use diesel_async::RunQueryDsl;
                        diesel::sql_query("SELECT 1")
                            .execute(conn)
                            .await
                            .map_err(|e| deadpool::managed::HookError::message(e.to_string()))?;
                    }
                    Ok(())
                })
            },
        ));
    }
    Ok(builder.build()?)
}

// ANCHOR: serve
/// Serve `store` on `listener` until `shutdown` completes; requests in flight then finish.
pub async fn serve<S: UserStore>(
    listener: TcpListener,
    store: S,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_router(listener, crate::http::router(store), shutdown).await
}

/// How long a client may take to send a request's headers; past it, the connection is closed.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// How long shutting down waits for the connections still open; past it they are dropped.
/// Under the 10 s a container runtime waits after SIGTERM before it kills.
pub const SHUTDOWN_DEADLINE: Duration = Duration::from_secs(5);

/// Serve `router` on `listener` until `shutdown` completes. Then no connection is accepted, each
/// open one finishes the request it is answering and closes, and whatever is still open after
/// [`SHUTDOWN_DEADLINE`] (a client that never finishes sending) is dropped.
///
/// Each connection is served by hyper (what `axum::serve` uses) with a timer, so that a client
/// that does not send its headers within [`HEADER_TIMEOUT`] is cut off; a body that does not
/// arrive is the body layer's to time out (`http::json_only`).
pub async fn serve_router(
    listener: TcpListener,
    router: axum::Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let (stop, stopping) = tokio::sync::watch::channel(false);
    let mut connections = tokio::task::JoinSet::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    connections.spawn(serve_connection(stream, router.clone(), stopping.clone()));
                }
                // Out of file descriptors, or a connection reset before it was accepted: wait
                // a moment rather than spin, and go on.
                Err(e) => {
                    tracing::warn!("accepting a connection: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    drop(listener);
    let _ = stop.send(true);
    let drained = tokio::time::timeout(SHUTDOWN_DEADLINE, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        tracing::warn!(
            "{} connection(s) still open {} s after the shutdown began: dropped",
            connections.len(),
            SHUTDOWN_DEADLINE.as_secs()
        );
        connections.abort_all();
    }
    Ok(())
}

/// One client's connection, until it closes, fails, or (after `stopping`) has answered what it
/// was answering.
async fn serve_connection(
    stream: tokio::net::TcpStream,
    router: axum::Router,
    mut stopping: tokio::sync::watch::Receiver<bool>,
) {
    let service = hyper_util::service::TowerToHyperService::new(router);
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT);
    let connection = builder.serve_connection(hyper_util::rt::TokioIo::new(stream), service);
    let mut connection = std::pin::pin!(connection);
    // `wait_for`'s guard is dropped at once, in its own statement: the future stays `Send`.
    let stop = async move {
        let _ = stopping.wait_for(|stop| *stop).await.map(drop);
    };
    tokio::select! {
        _ = connection.as_mut() => {}
        () = stop => {
            connection.as_mut().graceful_shutdown();
            let _ = connection.await;
        }
    }
}
// ANCHOR_END: serve

/// A future that resolves on Ctrl-C or SIGTERM.
///
/// The handlers are installed when this is called, not when the future is first polled: axum
/// polls it only once it serves, and a SIGTERM that arrived before (between the bind and the
/// first poll) met no handler, so the default action killed the process with no graceful
/// shutdown. Call it before binding the port.
pub fn shutdown_signal() -> impl Future<Output = ()> {
    use tokio::signal::unix::{SignalKind, signal};
    let interrupt = signal(SignalKind::interrupt()).ok();
    let terminate = signal(SignalKind::terminate()).ok();
    async move {
        let wait = |stream: Option<tokio::signal::unix::Signal>| async move {
            match stream {
                Some(mut stream) => {
                    stream.recv().await;
                }
                // No handler could be installed: this signal cannot end the service.
                None => std::future::pending::<()>().await,
            }
        };
        tokio::select! {
            _ = wait(interrupt) => {}
            _ = wait(terminate) => {}
        }
        tracing::info!("shutting down: finishing the requests in flight");
    }
}

/// Run the whole service as configured, until a shutdown signal.
pub async fn run(config: Config) -> anyhow::Result<()> {
    let shutdown = shutdown_signal();
    let url = database_url().await?;
    let listener = TcpListener::bind(config.bind)
        .await
        .with_context(|| format!("cannot listen on {}", config.bind))?;
    tracing::info!(
        "users service on http://{} ({:?} store, pool of {})",
        config.bind,
        config.store,
        config.pool_max
    );
    match config.store {
        StoreKind::Sqlx => {
            let pool = sqlx_pool(&url, config.pool_max, config.pool_timeout).await?;
            serve(listener, SqlxStore::new(pool.clone()), shutdown).await?;
            pool.close().await;
        }
        StoreKind::Diesel => {
            let pool = diesel_pool(&url, config.pool_max, config.pool_timeout)?;
            serve(listener, DieselStore::new(pool.clone()), shutdown).await?;
            pool.close();
        }
    }
    tracing::info!("stopped");
    Ok(())
}
