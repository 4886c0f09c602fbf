//! `cargo run -p level4`: the users service. See [`level4::app`] for its settings.

use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    let config = level4::app::Config::from_env()?;
    level4::app::run(config).await
}
