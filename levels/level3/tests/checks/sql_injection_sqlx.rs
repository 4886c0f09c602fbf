//! Checks for the pitfall `sql_injection_sqlx`.

use std::sync::Arc;

use_answer!(level3::sql_injection_sqlx);
use answer::add_user;

use crate::shared::names::AddUserFn;
use crate::support::{LEVEL, sqlx_pool};

const EXERCISE: &str = "sql_injection_sqlx";

async fn track(db: &harness::TestDb) -> AddUserFn {
    let pool = sqlx_pool(db, 2).await;
    Arc::new(move |name, email| {
        let pool = pool.clone();
        Box::pin(async move { add_user(&pool, &name, &email).await })
    })
}

harness::checks!(&LEVEL, crate::shared::names, |db| (EXERCISE, &db.pool().await, track(&db).await);
    a_name_with_a_quote_is_stored_as_given,
    a_hostile_name_is_only_a_name,
);
