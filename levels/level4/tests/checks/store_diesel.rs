//! Checks for the exercise `store_diesel`: the shared suite on the diesel-async store.

crate::store_suite!(
    "store_diesel",
    crate::support::diesel_store,
    crate::support::diesel_store_at
);
