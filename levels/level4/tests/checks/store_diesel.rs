//! Checks for the exercise `store_diesel`: the shared suite on the diesel-async store.

use_answer!(level4::store_diesel);
use answer::DieselStore;

/// The store under check, on the test's database.
async fn store(db: &harness::TestDb) -> DieselStore {
    store_at(db.url.clone(), crate::support::SERVICE_WAIT).await
}

/// The store under check, on the database at `url`, over a pool like the service's that waits
/// up to `wait` for a connection.
async fn store_at(url: String, wait: std::time::Duration) -> DieselStore {
    DieselStore::new(crate::support::diesel_pool_at(&url, wait))
}

crate::store_suite!("store_diesel", store, store_at);
