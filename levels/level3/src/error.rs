//! The error the pitfalls' functions answer with, on either track.

/// Anything a pitfall's function can fail with.
#[derive(Debug, thiserror::Error)]
pub enum PitfallError {
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
    #[error(transparent)]
    Diesel(#[from] diesel::result::Error),
    #[error("no database connection available: {0}")]
    Pool(#[from] diesel_async::pooled_connection::deadpool::PoolError),
    /// The caller stopped waiting.
    #[error("gave up waiting after {0:?}")]
    TimedOut(std::time::Duration),
}
