//! The checks of this level's exercises, run on every answer of the wrong-answer set: one
//! module per answer, `<exercise>::<answer>::checks::<check>`. `cargo workbook verify`
//! runs it and judges the results (a wrong answer fails with its words, a right one
//! passes).
//!
//! Written by `cargo workbook sync` from the files in this folder: do not edit.

// The checks' helpers are all here, but only the exercises with answers use them; and
// every answer of an exercise includes the same checks file, on purpose.
#![allow(dead_code, clippy::duplicate_mod)]

/// In the checks binary this brings in the exercise; here, the answer the enclosing module names.
macro_rules! use_answer {
    ($($segment:ident)::+) => {
        use super::answer;
    };
}

#[path = "../checks/shared/mod.rs"]
mod shared;
#[path = "../checks/support.rs"]
mod support;

// Each answer's module reads its files from tests/checks/ (a `path` on an inline module names
// its folder), so that its checks module is the exercise's checks file.

mod connect_diesel {
    #[path = "../../checks"]
    mod right_pool_config {
        use level1::answers::connect_diesel::right_pool_config as answer;
        #[path = "connect_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_build_only {
        use level1::answers::connect_diesel::wrong_build_only as answer;
        #[path = "connect_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_default_max_size {
        use level1::answers::connect_diesel::wrong_default_max_size as answer;
        #[path = "connect_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_first_connection_error_ignored {
        use level1::answers::connect_diesel::wrong_first_connection_error_ignored as answer;
        #[path = "connect_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_no_wait_timeout {
        use level1::answers::connect_diesel::wrong_no_wait_timeout as answer;
        #[path = "connect_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_timeout_in_millis {
        use level1::answers::connect_diesel::wrong_timeout_in_millis as answer;
        #[path = "connect_diesel.rs"]
        mod checks;
    }
}

mod connect_sqlx {
    #[path = "../../checks"]
    mod right_connect_with_options {
        use level1::answers::connect_sqlx::right_connect_with_options as answer;
        #[path = "connect_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_connect_lazy {
        use level1::answers::connect_sqlx::wrong_connect_lazy as answer;
        #[path = "connect_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_default_acquire_timeout {
        use level1::answers::connect_sqlx::wrong_default_acquire_timeout as answer;
        #[path = "connect_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_default_pool_size {
        use level1::answers::connect_sqlx::wrong_default_pool_size as answer;
        #[path = "connect_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_first_connection_error_ignored {
        use level1::answers::connect_sqlx::wrong_first_connection_error_ignored as answer;
        #[path = "connect_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_min_connections {
        use level1::answers::connect_sqlx::wrong_min_connections as answer;
        #[path = "connect_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_timeout_in_millis {
        use level1::answers::connect_sqlx::wrong_timeout_in_millis as answer;
        #[path = "connect_sqlx.rs"]
        mod checks;
    }
}

mod find_by_email_diesel {
    #[path = "../../checks"]
    mod right_match_not_found {
        use level1::answers::find_by_email_diesel::right_match_not_found as answer;
        #[path = "find_by_email_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_catch_all_is_none {
        use level1::answers::find_by_email_diesel::wrong_catch_all_is_none as answer;
        #[path = "find_by_email_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_contains {
        use level1::answers::find_by_email_diesel::wrong_contains as answer;
        #[path = "find_by_email_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_ilike {
        use level1::answers::find_by_email_diesel::wrong_ilike as answer;
        #[path = "find_by_email_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_like {
        use level1::answers::find_by_email_diesel::wrong_like as answer;
        #[path = "find_by_email_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_lower_both_sides {
        use level1::answers::find_by_email_diesel::wrong_lower_both_sides as answer;
        #[path = "find_by_email_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_ok_hides_errors {
        use level1::answers::find_by_email_diesel::wrong_ok_hides_errors as answer;
        #[path = "find_by_email_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_unwrap_panics {
        use level1::answers::find_by_email_diesel::wrong_unwrap_panics as answer;
        #[path = "find_by_email_diesel.rs"]
        mod checks;
    }
}

mod find_by_email_sqlx {
    #[path = "../../checks"]
    mod right_fetch_all_first {
        use level1::answers::find_by_email_sqlx::right_fetch_all_first as answer;
        #[path = "find_by_email_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_catch_all_is_none {
        use level1::answers::find_by_email_sqlx::wrong_catch_all_is_none as answer;
        #[path = "find_by_email_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_contains {
        use level1::answers::find_by_email_sqlx::wrong_contains as answer;
        #[path = "find_by_email_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_ilike {
        use level1::answers::find_by_email_sqlx::wrong_ilike as answer;
        #[path = "find_by_email_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_like {
        use level1::answers::find_by_email_sqlx::wrong_like as answer;
        #[path = "find_by_email_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_lower_both_sides {
        use level1::answers::find_by_email_sqlx::wrong_lower_both_sides as answer;
        #[path = "find_by_email_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_ok_hides_errors {
        use level1::answers::find_by_email_sqlx::wrong_ok_hides_errors as answer;
        #[path = "find_by_email_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_unwrap_panics {
        use level1::answers::find_by_email_sqlx::wrong_unwrap_panics as answer;
        #[path = "find_by_email_sqlx.rs"]
        mod checks;
    }
}

mod get_by_id_diesel {
    #[path = "../../checks"]
    mod right_filter_and_load {
        use level1::answers::get_by_id_diesel::right_filter_and_load as answer;
        #[path = "get_by_id_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_catch_all_is_none {
        use level1::answers::get_by_id_diesel::wrong_catch_all_is_none as answer;
        #[path = "get_by_id_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_no_find {
        use level1::answers::get_by_id_diesel::wrong_no_find as answer;
        #[path = "get_by_id_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_no_optional {
        use level1::answers::get_by_id_diesel::wrong_no_optional as answer;
        #[path = "get_by_id_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_ok_hides_errors {
        use level1::answers::get_by_id_diesel::wrong_ok_hides_errors as answer;
        #[path = "get_by_id_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_unwrap_panics {
        use level1::answers::get_by_id_diesel::wrong_unwrap_panics as answer;
        #[path = "get_by_id_diesel.rs"]
        mod checks;
    }
}

mod get_by_id_sqlx {
    #[path = "../../checks"]
    mod right_fetch_one_row_not_found {
        use level1::answers::get_by_id_sqlx::right_fetch_one_row_not_found as answer;
        #[path = "get_by_id_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_catch_all_is_none {
        use level1::answers::get_by_id_sqlx::wrong_catch_all_is_none as answer;
        #[path = "get_by_id_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_fetch_one {
        use level1::answers::get_by_id_sqlx::wrong_fetch_one as answer;
        #[path = "get_by_id_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_no_where {
        use level1::answers::get_by_id_sqlx::wrong_no_where as answer;
        #[path = "get_by_id_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_ok_hides_errors {
        use level1::answers::get_by_id_sqlx::wrong_ok_hides_errors as answer;
        #[path = "get_by_id_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_unwrap_panics {
        use level1::answers::get_by_id_sqlx::wrong_unwrap_panics as answer;
        #[path = "get_by_id_sqlx.rs"]
        mod checks;
    }
}

mod insert_diesel {
    #[path = "../../checks"]
    mod right_tuple_values_and_matches {
        use level1::answers::insert_diesel::right_tuple_values_and_matches as answer;
        #[path = "insert_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_any_database_error_is_duplicate {
        use level1::answers::insert_diesel::wrong_any_database_error_is_duplicate as answer;
        #[path = "insert_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_every_error_is_duplicate {
        use level1::answers::insert_diesel::wrong_every_error_is_duplicate as answer;
        #[path = "insert_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_insert_then_select {
        use level1::answers::insert_diesel::wrong_insert_then_select as answer;
        #[path = "insert_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_largest_id {
        use level1::answers::insert_diesel::wrong_largest_id as answer;
        #[path = "insert_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_on_conflict_do_nothing {
        use level1::answers::insert_diesel::wrong_on_conflict_do_nothing as answer;
        #[path = "insert_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_sql_pasted {
        use level1::answers::insert_diesel::wrong_sql_pasted as answer;
        #[path = "insert_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_upsert {
        use level1::answers::insert_diesel::wrong_upsert as answer;
        #[path = "insert_diesel.rs"]
        mod checks;
    }
}

mod insert_sqlx {
    #[path = "../../checks"]
    mod right_sqlstate_and_scalar_id {
        use level1::answers::insert_sqlx::right_sqlstate_and_scalar_id as answer;
        #[path = "insert_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_any_database_error_is_duplicate {
        use level1::answers::insert_sqlx::wrong_any_database_error_is_duplicate as answer;
        #[path = "insert_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_every_error_is_duplicate {
        use level1::answers::insert_sqlx::wrong_every_error_is_duplicate as answer;
        #[path = "insert_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_insert_then_select {
        use level1::answers::insert_sqlx::wrong_insert_then_select as answer;
        #[path = "insert_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_largest_id {
        use level1::answers::insert_sqlx::wrong_largest_id as answer;
        #[path = "insert_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_on_conflict_do_nothing {
        use level1::answers::insert_sqlx::wrong_on_conflict_do_nothing as answer;
        #[path = "insert_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_quotes_escaped_by_hand {
        use level1::answers::insert_sqlx::wrong_quotes_escaped_by_hand as answer;
        #[path = "insert_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_upsert {
        use level1::answers::insert_sqlx::wrong_upsert as answer;
        #[path = "insert_sqlx.rs"]
        mod checks;
    }
}

mod list_users_diesel {
    #[path = "../../checks"]
    mod right_order_by_asc {
        use level1::answers::list_users_diesel::right_order_by_asc as answer;
        #[path = "list_users_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_sorted_in_rust {
        use level1::answers::list_users_diesel::right_sorted_in_rust as answer;
        #[path = "list_users_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_limit_left_in {
        use level1::answers::list_users_diesel::wrong_limit_left_in as answer;
        #[path = "list_users_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_no_order {
        use level1::answers::list_users_diesel::wrong_no_order as answer;
        #[path = "list_users_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_order_by_email {
        use level1::answers::list_users_diesel::wrong_order_by_email as answer;
        #[path = "list_users_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_order_by_id_desc {
        use level1::answers::list_users_diesel::wrong_order_by_id_desc as answer;
        #[path = "list_users_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_order_by_name {
        use level1::answers::list_users_diesel::wrong_order_by_name as answer;
        #[path = "list_users_diesel.rs"]
        mod checks;
    }
}

mod list_users_sqlx {
    #[path = "../../checks"]
    mod right_sorted_in_rust {
        use level1::answers::list_users_sqlx::right_sorted_in_rust as answer;
        #[path = "list_users_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_limit_left_in {
        use level1::answers::list_users_sqlx::wrong_limit_left_in as answer;
        #[path = "list_users_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_no_order_by {
        use level1::answers::list_users_sqlx::wrong_no_order_by as answer;
        #[path = "list_users_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_order_by_email {
        use level1::answers::list_users_sqlx::wrong_order_by_email as answer;
        #[path = "list_users_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_order_by_id_as_text {
        use level1::answers::list_users_sqlx::wrong_order_by_id_as_text as answer;
        #[path = "list_users_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_order_by_id_desc {
        use level1::answers::list_users_sqlx::wrong_order_by_id_desc as answer;
        #[path = "list_users_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_order_by_name {
        use level1::answers::list_users_sqlx::wrong_order_by_name as answer;
        #[path = "list_users_sqlx.rs"]
        mod checks;
    }
}

mod migrate_diesel {
    #[path = "../../checks"]
    mod right_one_at_a_time {
        use level1::answers::migrate_diesel::right_one_at_a_time as answer;
        #[path = "migrate_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_create_if_not_exists {
        use level1::answers::migrate_diesel::wrong_create_if_not_exists as answer;
        #[path = "migrate_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_migration_sql_run_by_hand {
        use level1::answers::migrate_diesel::wrong_migration_sql_run_by_hand as answer;
        #[path = "migrate_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_panics_on_failure {
        use level1::answers::migrate_diesel::wrong_panics_on_failure as answer;
        #[path = "migrate_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_result_ignored {
        use level1::answers::migrate_diesel::wrong_result_ignored as answer;
        #[path = "migrate_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_revert_then_run {
        use level1::answers::migrate_diesel::wrong_revert_then_run as answer;
        #[path = "migrate_diesel.rs"]
        mod checks;
    }
}

mod migrate_sqlx {
    #[path = "../../checks"]
    mod right_migrator_from_folder {
        use level1::answers::migrate_sqlx::right_migrator_from_folder as answer;
        #[path = "migrate_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_create_if_not_exists {
        use level1::answers::migrate_sqlx::wrong_create_if_not_exists as answer;
        #[path = "migrate_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_future_not_awaited {
        use level1::answers::migrate_sqlx::wrong_future_not_awaited as answer;
        #[path = "migrate_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_migration_sql_run_by_hand {
        use level1::answers::migrate_sqlx::wrong_migration_sql_run_by_hand as answer;
        #[path = "migrate_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_result_ignored {
        use level1::answers::migrate_sqlx::wrong_result_ignored as answer;
        #[path = "migrate_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_undo_then_run {
        use level1::answers::migrate_sqlx::wrong_undo_then_run as answer;
        #[path = "migrate_sqlx.rs"]
        mod checks;
    }
}

mod statement_logging_diesel {
    #[path = "../../checks"]
    mod right_finish_query {
        use level1::answers::statement_logging_diesel::right_finish_query as answer;
        #[path = "statement_logging_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_cache_query_event {
        use level1::answers::statement_logging_diesel::wrong_cache_query_event as answer;
        #[path = "statement_logging_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_debug {
        use level1::answers::statement_logging_diesel::wrong_debug as answer;
        #[path = "statement_logging_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_no_sql_in_message {
        use level1::answers::statement_logging_diesel::wrong_no_sql_in_message as answer;
        #[path = "statement_logging_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_println {
        use level1::answers::statement_logging_diesel::wrong_println as answer;
        #[path = "statement_logging_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_warn {
        use level1::answers::statement_logging_diesel::wrong_warn as answer;
        #[path = "statement_logging_diesel.rs"]
        mod checks;
    }
}

mod statement_logging_sqlx {
    #[path = "../../checks"]
    mod right_from_url {
        use level1::answers::statement_logging_sqlx::right_from_url as answer;
        #[path = "statement_logging_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_bad_url_becomes_defaults {
        use level1::answers::statement_logging_sqlx::wrong_bad_url_becomes_defaults as answer;
        #[path = "statement_logging_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_disabled {
        use level1::answers::statement_logging_sqlx::wrong_disabled as answer;
        #[path = "statement_logging_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_left_at_debug {
        use level1::answers::statement_logging_sqlx::wrong_left_at_debug as answer;
        #[path = "statement_logging_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_trace {
        use level1::answers::statement_logging_sqlx::wrong_trace as answer;
        #[path = "statement_logging_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_warn {
        use level1::answers::statement_logging_sqlx::wrong_warn as answer;
        #[path = "statement_logging_sqlx.rs"]
        mod checks;
    }
}
