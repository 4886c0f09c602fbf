//! Checks for the exercise `store_sqlx`: the shared suite on the sqlx store.

crate::store_suite!(
    "store_sqlx",
    crate::support::sqlx_store,
    crate::support::sqlx_store_at
);
