//! Checks for the pitfall `escaped_transaction_sqlx`: the order and its payment stick together,
//! seen from outside while place_order runs, when the payment fails, and when the commit fails.
//! See `shared::orders`.

use std::sync::Arc;

use_answer!(level3::escaped_transaction_sqlx);
use answer::place_order;

use crate::support::{PlaceOrderFn, sqlx_pool};

const EXERCISE: &str = "escaped_transaction_sqlx";

async fn track(db: &harness::TestDb) -> PlaceOrderFn {
    let pool = sqlx_pool(db, 4).await;
    Arc::new(move |id, item, amount| {
        let pool = pool.clone();
        Box::pin(async move { place_order(&pool, id, &item, amount).await })
    })
}

crate::escaped_transaction_checks!();
