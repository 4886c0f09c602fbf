//! Checks for the pitfall `escaped_transaction_diesel`: the order and its payment stick together,
//! seen from outside while place_order runs, when the payment fails, and when the commit fails.
//! See `shared::orders`.

use std::sync::Arc;

use_answer!(level3::escaped_transaction_diesel);
use answer::place_order;

use crate::support::{PlaceOrderFn, diesel_pool};

const EXERCISE: &str = "escaped_transaction_diesel";

async fn track(db: &harness::TestDb) -> PlaceOrderFn {
    let pool = diesel_pool(db, 4);
    Arc::new(move |id, item, amount| {
        let pool = pool.clone();
        Box::pin(async move { place_order(&pool, id, &item, amount).await })
    })
}

crate::escaped_transaction_checks!();
