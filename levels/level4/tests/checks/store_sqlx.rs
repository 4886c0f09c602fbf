//! Checks for the exercise `store_sqlx`: the shared suite on the sqlx store.

use_answer!(level4::store_sqlx);
use answer::SqlxStore;

/// The store under check, on the test's database.
async fn store(db: &harness::TestDb) -> SqlxStore {
    store_at(db.url.clone(), crate::support::SERVICE_WAIT).await
}

/// The store under check, on the database at `url`, over a pool like the service's that waits
/// up to `wait` for a connection.
async fn store_at(url: String, wait: std::time::Duration) -> SqlxStore {
    SqlxStore::new(crate::support::sqlx_pool_at(&url, wait).await)
}

crate::store_suite!("store_sqlx", store, store_at);
