//! Checks written once and run against both stores, through the `store_suite!` macro.

pub mod http;
pub mod outage;
pub mod store;

/// Generate one `#[test]` per shared check, each on a fresh database with the store that
/// `$make` builds (`async fn(&TestDb) -> impl UserStore`).
#[macro_export]
macro_rules! store_suite {
    ($exercise:literal, $make:path, $make_at:path) => {
        #[test]
        fn killed_connections_are_replaced() {
            $crate::support::check(&$crate::support::LEVEL, |db| async move {
                $crate::shared::outage::killed_connections_are_replaced($exercise, &db, $make_at)
                    .await;
            });
        }

        #[test]
        fn killed_connections_under_load_give_503_at_worst() {
            $crate::support::check(&$crate::support::LEVEL, |db| async move {
                $crate::shared::outage::killed_connections_under_load_give_503_at_worst(
                    $exercise, &db, $make_at,
                )
                .await;
            });
        }

        #[test]
        fn an_outage_gets_503_then_recovers() {
            $crate::support::Check::new(&$crate::support::LEVEL)
                .timeout(std::time::Duration::from_secs(30))
                .run(|_db| async move {
                    $crate::shared::outage::an_outage_gets_503_then_recovers($exercise, $make_at)
                        .await;
                });
        }

        $crate::store_suite!($exercise, $make);
    };
    ($exercise:literal, $make:path) => {
        $crate::store_suite!(@tests $exercise, $make,
            store::create_then_get,
            store::a_taken_email_is_duplicate_email,
            store::a_missing_user_is_not_found,
            store::list_pages_in_id_order,
            store::set_balance_then_delete,
            store::transfer_moves_money_or_says_why_not,
            http::the_tutorial_scenario_over_http,
            http::bad_requests_get_the_documented_answers,
        );
    };
    (@tests $exercise:literal, $make:path, $($module:ident :: $check:ident),* $(,)?) => {
        $(
            #[test]
            fn $check() {
                $crate::support::check(&$crate::support::LEVEL, |db| async move {
                    let store = $make(&db).await;
                    $crate::shared::$module::$check($exercise, store).await;
                });
            }
        )*
    };
}
