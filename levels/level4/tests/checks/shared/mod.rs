//! Checks written once and run against both stores, through the `store_suite!` macro.

pub mod http;
pub mod outage;
pub mod store;

/// Every shared check as a `#[test]`, on the store that `$make` builds from a test database
/// (`async fn(&TestDb) -> impl UserStore`) or `$make_at` builds from a URL and how long its pool
/// waits (`async fn(String, Duration) -> impl UserStore`, for the checks that need a server of
/// their own).
#[macro_export]
macro_rules! store_suite {
    ($exercise:literal, $make:path, $make_at:path) => {
        harness::checks!(&$crate::support::LEVEL, $crate::shared::store, |db| ($exercise, $make(&db).await);
            create_then_get,
            a_taken_email_is_duplicate_email,
            a_missing_user_is_not_found,
            set_balance_then_delete,
            transfer_moves_money_or_says_why_not,
        );

        harness::checks!(&$crate::support::LEVEL, $crate::shared::store, |db| ($exercise, &db, $make(&db).await);
            list_pages_in_id_order,
            a_failed_transfer_changes_nothing,
            a_transfer_past_the_largest_balance_is_refused,
            concurrent_transfers_conserve_money,
            a_database_error_is_not_a_refusal,
        );

        harness::checks!(&$crate::support::LEVEL, $crate::shared::http, |db| ($exercise, $make(&db).await);
            the_tutorial_scenario_over_http,
            bad_requests_get_the_documented_answers,
        );

        harness::checks!(&$crate::support::LEVEL, $crate::shared::outage, |db| ($exercise, &db, $make_at);
            killed_connections_are_replaced,
        );

        /// The slow checks: a database stopped under the service, connections killed under
        /// load. `cargo workbook check <id>` leaves them out (a learner waits seconds, not half
        /// a minute), says they exist once the rest passes, and runs them with `--slow`;
        /// `cargo test` and verify run them always.
        mod slow {
            use super::*;

            harness::checks!(&$crate::support::LEVEL, $crate::shared::outage, |db| ($exercise, &db, $make_at);
                killed_connections_under_load_give_503_at_worst,
            );

            #[test]
            fn an_outage_gets_503_then_recovers() {
                $crate::support::Check::new(&$crate::support::LEVEL)
                    // A server of its own (made, started, stopped, started again): on a loaded
                    // machine that alone can take half a minute. The bound is for a hang, not a
                    // speed.
                    .timeout(std::time::Duration::from_secs(90))
                    .run(|_db| async move {
                        $crate::shared::outage::an_outage_gets_503_then_recovers($exercise, $make_at)
                            .await;
                    });
            }
        }
    };
}
