//! Checks for the exercise `store_sqlx`: the shared suite on the sqlx store.

use_answer!(level4::store_sqlx);
use answer::SqlxStore;

/// The store under check, on the test's database.
async fn store(db: &harness::TestDb) -> SqlxStore {
    store_at(db.url.clone()).await
}

/// The store under check, on the database at `url`, over a pool like the service's.
async fn store_at(url: String) -> SqlxStore {
    SqlxStore::new(crate::support::sqlx_pool_at(&url).await)
}

crate::store_suite!("store_sqlx", store, store_at);
