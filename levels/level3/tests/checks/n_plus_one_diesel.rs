//! Checks for the pitfall `n_plus_one_diesel`: count the statements sent, for 30 users and then
//! for 300, and check the listing itself on data stored out of id order (see
//! `shared/listing.rs`). diesel reports every statement of the logged pool's connections, from
//! whatever task sends it.

use harness::capture::StatementLog;
use_answer!(level3::n_plus_one_diesel);
use answer::users_with_orders;

use crate::shared::{listing, observed};
use crate::support::{LEVEL, check};

#[test]
fn the_listing_takes_a_fixed_number_of_statements() {
    check(&LEVEL, |db| async move {
        let seed = db.pool().await;
        let mut expected = listing::seed(&seed, 1, 30, 1).await;
        let log = StatementLog::new();
        let pool = observed::logged_diesel_pool(&db.url, &log, 2);

        let listed = list(&pool).await;
        listing::check_listing("n_plus_one_diesel", &expected, &listed);
        let few = observed::sql_texts(&log);

        // Ten times the users: the same number of statements.
        expected.extend(listing::seed(&seed, 31, 270, 1000).await);
        log.clear();
        let listed = list(&pool).await;
        let many = observed::sql_texts(&log);
        listing::check_statement_counts("n_plus_one_diesel", (30, &few), (300, &many));
        listing::check_listing("n_plus_one_diesel", &expected, &listed);
    });
}

async fn list(pool: &level3::DieselPool) -> Vec<level3::models::UserWithOrders> {
    match harness::catch_panic(users_with_orders(pool)).await {
        Ok(Ok(listed)) => listed,
        Ok(Err(e)) => panic!("[n_plus_one_diesel] users_with_orders failed: {e}"),
        Err(panic) => panic!("[n_plus_one_diesel] users_with_orders panicked: {panic}"),
    }
}
