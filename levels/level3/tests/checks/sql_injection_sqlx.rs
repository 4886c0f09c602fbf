//! Checks for the pitfall `sql_injection_sqlx`.

use std::sync::Arc;

use level3::sql_injection_sqlx::add_user;

use crate::shared::names::{self as checks, AddUserFn};
use crate::support::{LEVEL, check, sqlx_pool};

async fn track(db: &harness::TestDb) -> AddUserFn {
    let pool = sqlx_pool(db, 2).await;
    Arc::new(move |name, email| {
        let pool = pool.clone();
        Box::pin(async move { add_user(&pool, &name, &email).await })
    })
}

#[test]
fn a_name_with_a_quote_is_stored_as_given() {
    check(&LEVEL, |db| async move {
        checks::a_name_with_a_quote_is_stored_as_given(
            "sql_injection_sqlx",
            &db.pool().await,
            track(&db).await,
        )
        .await;
    });
}

#[test]
fn a_hostile_name_is_only_a_name() {
    check(&LEVEL, |db| async move {
        checks::a_hostile_name_is_only_a_name(
            "sql_injection_sqlx",
            &db.pool().await,
            track(&db).await,
        )
        .await;
    });
}
