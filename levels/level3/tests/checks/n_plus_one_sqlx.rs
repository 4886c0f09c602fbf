//! Checks for the pitfall `n_plus_one_sqlx`: count the statements sent, for 30 users and then
//! for 300, and check the listing itself on data stored out of id order (see
//! `shared/listing.rs`).
//!
//! The statements are captured from sqlx's tracing events on the thread that runs the test.
//! The body runs on a single-threaded runtime, so that a query sent from a spawned task is
//! captured too (on a multi-threaded runtime it would run on another thread, unseen).

use harness::capture::StatementLog;
use_answer!(level3::n_plus_one_sqlx);
use answer::users_with_orders;

use crate::shared::listing;
use crate::support::{Check, LEVEL, sqlx_pool};

#[test]
fn the_listing_takes_a_fixed_number_of_statements() {
    Check::new(&LEVEL).single_thread().run(|db| async move {
        let seed = db.pool().await;
        let mut expected = listing::seed(&seed, 1, 30, 1).await;
        let pool = sqlx_pool(&db, 2).await;
        let log = StatementLog::new();
        let _capture = tracing::subscriber::set_default(log.subscriber());

        let listed = list(&pool).await;
        listing::check_listing("n_plus_one_sqlx", &expected, &listed);
        let few = log.statements();

        // Ten times the users: the same number of statements.
        expected.extend(listing::seed(&seed, 31, 270, 1000).await);
        log.clear();
        let listed = list(&pool).await;
        let many = log.statements();
        listing::check_statement_counts("n_plus_one_sqlx", (30, &few), (300, &many));
        listing::check_listing("n_plus_one_sqlx", &expected, &listed);
    });
}

async fn list(pool: &sqlx::PgPool) -> Vec<level3::models::UserWithOrders> {
    match harness::catch_panic(users_with_orders(pool)).await {
        Ok(Ok(listed)) => listed,
        Ok(Err(e)) => panic!("[n_plus_one_sqlx] users_with_orders failed: {e}"),
        Err(panic) => panic!("[n_plus_one_sqlx] users_with_orders panicked: {panic}"),
    }
}

/// What the reference answer sends, kept as a snapshot: the two statements of the fix. It
/// always runs the reference answer (`level3::n_plus_one_sqlx` with the `solutions` feature),
/// also in the wrong-answer set's binary, where `answer` is another answer: a snapshot records
/// one answer's SQL text, which other right answers need not share. The snapshot's name does
/// not include the module path, so both binaries find the same file.
#[cfg(feature = "solutions")]
#[test]
fn the_reference_answer_sends_two_statements() {
    Check::new(&LEVEL).single_thread().run(|db| async move {
        listing::seed(&db.pool().await, 1, 30, 1).await;
        let pool = sqlx_pool(&db, 2).await;
        let log = StatementLog::new();
        let _capture = tracing::subscriber::set_default(log.subscriber());
        level3::n_plus_one_sqlx::users_with_orders(&pool)
            .await
            .unwrap();
        insta::with_settings!({prepend_module_to_snapshot => false, snapshot_path => "snapshots"}, {
            insta::assert_snapshot!(
                "n_plus_one_sqlx_reference_statements",
                log.statements().join("\n")
            );
        });
    });
}
