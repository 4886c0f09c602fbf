//! Checks for the pitfall `n_plus_one_sqlx`: count the statements sent.

use harness::capture::StatementLog;
use_answer!(level3::n_plus_one_sqlx);
use answer::users_with_orders;

use crate::shared::listing;
use crate::support::{LEVEL, check, sqlx_pool};

#[test]
fn the_listing_takes_a_fixed_number_of_statements() {
    check(&LEVEL, |db| async move {
        let expected = listing::seed_users_and_orders(&db.pool().await).await;
        let pool = sqlx_pool(&db, 2).await;
        let log = StatementLog::new();
        let _capture = tracing::subscriber::set_default(log.subscriber());
        let listed = users_with_orders(&pool)
            .await
            .unwrap_or_else(|e| panic!("[n_plus_one_sqlx] users_with_orders failed: {e}"));
        listing::check_listing("n_plus_one_sqlx", &expected, &listed, &log.statements());
    });
}

/// What the reference answer sends, kept as a snapshot: the two statements of the fix.
#[cfg(feature = "solutions")]
#[test]
fn the_reference_answer_sends_two_statements() {
    check(&LEVEL, |db| async move {
        listing::seed_users_and_orders(&db.pool().await).await;
        let pool = sqlx_pool(&db, 2).await;
        let log = StatementLog::new();
        let _capture = tracing::subscriber::set_default(log.subscriber());
        users_with_orders(&pool).await.unwrap();
        insta::assert_snapshot!(log.statements().join("\n"));
    });
}
