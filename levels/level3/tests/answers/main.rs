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

mod blocking_runtime {
    #[path = "../../checks"]
    mod right_spawn_blocking_whole_hash {
        use level3::answers::blocking_runtime::right_spawn_blocking_whole_hash as answer;
        #[path = "blocking_runtime.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_thread_and_oneshot {
        use level3::answers::blocking_runtime::right_thread_and_oneshot as answer;
        #[path = "blocking_runtime.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_hash_before_spawn_blocking {
        use level3::answers::blocking_runtime::wrong_hash_before_spawn_blocking as answer;
        #[path = "blocking_runtime.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_hash_copied_without_sleep {
        use level3::answers::blocking_runtime::wrong_hash_copied_without_sleep as answer;
        #[path = "blocking_runtime.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_hash_stored_later {
        use level3::answers::blocking_runtime::wrong_hash_stored_later as answer;
        #[path = "blocking_runtime.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_thread_join {
        use level3::answers::blocking_runtime::wrong_thread_join as answer;
        #[path = "blocking_runtime.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_tokio_spawn {
        use level3::answers::blocking_runtime::wrong_tokio_spawn as answer;
        #[path = "blocking_runtime.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_yield_before_hash {
        use level3::answers::blocking_runtime::wrong_yield_before_hash as answer;
        #[path = "blocking_runtime.rs"]
        mod checks;
    }
}

mod cancellation_sqlx {
    #[path = "../../checks"]
    mod right_set_config_local {
        use level3::answers::cancellation_sqlx::right_set_config_local as answer;
        #[path = "cancellation_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_lock_timeout_instead {
        use level3::answers::cancellation_sqlx::wrong_lock_timeout_instead as answer;
        #[path = "cancellation_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_session_set_on_the_connection {
        use level3::answers::cancellation_sqlx::wrong_session_set_on_the_connection as answer;
        #[path = "cancellation_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_session_set_on_the_pool {
        use level3::answers::cancellation_sqlx::wrong_session_set_on_the_pool as answer;
        #[path = "cancellation_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_set_local_outside_transaction {
        use level3::answers::cancellation_sqlx::wrong_set_local_outside_transaction as answer;
        #[path = "cancellation_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_timeout_in_milliseconds {
        use level3::answers::cancellation_sqlx::wrong_timeout_in_milliseconds as answer;
        #[path = "cancellation_sqlx.rs"]
        mod checks;
    }
}

mod escaped_transaction_diesel {
    #[path = "../../checks"]
    mod right_begin_commit_by_hand {
        use level3::answers::escaped_transaction_diesel::right_begin_commit_by_hand as answer;
        #[path = "escaped_transaction_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_payment_first {
        use level3::answers::escaped_transaction_diesel::right_payment_first as answer;
        #[path = "escaped_transaction_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_compensating_delete {
        use level3::answers::escaped_transaction_diesel::wrong_compensating_delete as answer;
        #[path = "escaped_transaction_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_payment_error_ignored {
        use level3::answers::escaped_transaction_diesel::wrong_payment_error_ignored as answer;
        #[path = "escaped_transaction_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_second_connection_for_insert {
        use level3::answers::escaped_transaction_diesel::wrong_second_connection_for_insert as answer;
        #[path = "escaped_transaction_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_second_connection_for_payment {
        use level3::answers::escaped_transaction_diesel::wrong_second_connection_for_payment as answer;
        #[path = "escaped_transaction_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_two_transactions {
        use level3::answers::escaped_transaction_diesel::wrong_two_transactions as answer;
        #[path = "escaped_transaction_diesel.rs"]
        mod checks;
    }
}

mod escaped_transaction_sqlx {
    #[path = "../../checks"]
    mod right_one_statement {
        use level3::answers::escaped_transaction_sqlx::right_one_statement as answer;
        #[path = "escaped_transaction_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_payment_first {
        use level3::answers::escaped_transaction_sqlx::right_payment_first as answer;
        #[path = "escaped_transaction_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_commit_before_payment {
        use level3::answers::escaped_transaction_sqlx::wrong_commit_before_payment as answer;
        #[path = "escaped_transaction_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_commit_error_ignored {
        use level3::answers::escaped_transaction_sqlx::wrong_commit_error_ignored as answer;
        #[path = "escaped_transaction_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_compensating_delete {
        use level3::answers::escaped_transaction_sqlx::wrong_compensating_delete as answer;
        #[path = "escaped_transaction_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_insert_on_pool {
        use level3::answers::escaped_transaction_sqlx::wrong_insert_on_pool as answer;
        #[path = "escaped_transaction_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_payment_error_ignored {
        use level3::answers::escaped_transaction_sqlx::wrong_payment_error_ignored as answer;
        #[path = "escaped_transaction_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_update_on_pool {
        use level3::answers::escaped_transaction_sqlx::wrong_update_on_pool as answer;
        #[path = "escaped_transaction_sqlx.rs"]
        mod checks;
    }
}

mod float_money_sqlx {
    #[path = "../../checks"]
    mod right_decimals_summed_in_rust {
        use level3::answers::float_money_sqlx::right_decimals_summed_in_rust as answer;
        #[path = "float_money_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_integer_cents {
        use level3::answers::float_money_sqlx::right_integer_cents as answer;
        #[path = "float_money_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_decimals_added_as_floats {
        use level3::answers::float_money_sqlx::wrong_decimals_added_as_floats as answer;
        #[path = "float_money_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_exact_sum_read_as_float {
        use level3::answers::float_money_sqlx::wrong_exact_sum_read_as_float as answer;
        #[path = "float_money_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_float_sum_in_sql {
        use level3::answers::float_money_sqlx::wrong_float_sum_in_sql as answer;
        #[path = "float_money_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_float_sum_rounded_to_cents {
        use level3::answers::float_money_sqlx::wrong_float_sum_rounded_to_cents as answer;
        #[path = "float_money_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_sum_without_coalesce {
        use level3::answers::float_money_sqlx::wrong_sum_without_coalesce as answer;
        #[path = "float_money_sqlx.rs"]
        mod checks;
    }
}

mod forgotten_commit_sqlx {
    #[path = "../../checks"]
    mod right_begin_on_acquired_connection {
        use level3::answers::forgotten_commit_sqlx::right_begin_on_acquired_connection as answer;
        #[path = "forgotten_commit_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_one_statement {
        use level3::answers::forgotten_commit_sqlx::right_one_statement as answer;
        #[path = "forgotten_commit_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_autocommit_each_statement {
        use level3::answers::forgotten_commit_sqlx::wrong_autocommit_each_statement as answer;
        #[path = "forgotten_commit_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_commit_before_welcome_order {
        use level3::answers::forgotten_commit_sqlx::wrong_commit_before_welcome_order as answer;
        #[path = "forgotten_commit_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_commit_error_ignored {
        use level3::answers::forgotten_commit_sqlx::wrong_commit_error_ignored as answer;
        #[path = "forgotten_commit_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_compensating_delete {
        use level3::answers::forgotten_commit_sqlx::wrong_compensating_delete as answer;
        #[path = "forgotten_commit_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_no_commit {
        use level3::answers::forgotten_commit_sqlx::wrong_no_commit as answer;
        #[path = "forgotten_commit_sqlx.rs"]
        mod checks;
    }
}

mod leaked_connection_diesel {
    #[path = "../../checks"]
    mod right_explicit_drop {
        use level3::answers::leaked_connection_diesel::right_explicit_drop as answer;
        #[path = "leaked_connection_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_query_in_a_helper {
        use level3::answers::leaked_connection_diesel::right_query_in_a_helper as answer;
        #[path = "leaked_connection_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_drop_after_render {
        use level3::answers::leaked_connection_diesel::wrong_drop_after_render as answer;
        #[path = "leaked_connection_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_held_while_rendering {
        use level3::answers::leaked_connection_diesel::wrong_held_while_rendering as answer;
        #[path = "leaked_connection_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_retry_get {
        use level3::answers::leaked_connection_diesel::wrong_retry_get as answer;
        #[path = "leaked_connection_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_taken_from_the_pool {
        use level3::answers::leaked_connection_diesel::wrong_taken_from_the_pool as answer;
        #[path = "leaked_connection_diesel.rs"]
        mod checks;
    }
}

mod leaked_connection_sqlx {
    #[path = "../../checks"]
    mod right_acquire_in_a_block {
        use level3::answers::leaked_connection_sqlx::right_acquire_in_a_block as answer;
        #[path = "leaked_connection_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_explicit_drop {
        use level3::answers::leaked_connection_sqlx::right_explicit_drop as answer;
        #[path = "leaked_connection_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_detached_connection {
        use level3::answers::leaked_connection_sqlx::wrong_detached_connection as answer;
        #[path = "leaked_connection_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_drop_after_render {
        use level3::answers::leaked_connection_sqlx::wrong_drop_after_render as answer;
        #[path = "leaked_connection_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_held_while_rendering {
        use level3::answers::leaked_connection_sqlx::wrong_held_while_rendering as answer;
        #[path = "leaked_connection_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_own_connection {
        use level3::answers::leaked_connection_sqlx::wrong_own_connection as answer;
        #[path = "leaked_connection_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_retry_acquire {
        use level3::answers::leaked_connection_sqlx::wrong_retry_acquire as answer;
        #[path = "leaked_connection_sqlx.rs"]
        mod checks;
    }
}

mod lost_update_diesel {
    #[path = "../../checks"]
    mod right_select_for_update {
        use level3::answers::lost_update_diesel::right_select_for_update as answer;
        #[path = "lost_update_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_sql_query {
        use level3::answers::lost_update_diesel::right_sql_query as answer;
        #[path = "lost_update_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_lock_on_another_read {
        use level3::answers::lost_update_diesel::wrong_lock_on_another_read as answer;
        #[path = "lost_update_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_mutex_in_process {
        use level3::answers::lost_update_diesel::wrong_mutex_in_process as answer;
        #[path = "lost_update_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_read_then_write {
        use level3::answers::lost_update_diesel::wrong_read_then_write as answer;
        #[path = "lost_update_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_transaction_without_lock {
        use level3::answers::lost_update_diesel::wrong_transaction_without_lock as answer;
        #[path = "lost_update_diesel.rs"]
        mod checks;
    }
}

mod lost_update_sqlx {
    #[path = "../../checks"]
    mod right_compare_and_set {
        use level3::answers::lost_update_sqlx::right_compare_and_set as answer;
        #[path = "lost_update_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_repeatable_read_retry {
        use level3::answers::lost_update_sqlx::right_repeatable_read_retry as answer;
        #[path = "lost_update_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_select_for_update {
        use level3::answers::lost_update_sqlx::right_select_for_update as answer;
        #[path = "lost_update_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_lock_on_another_read {
        use level3::answers::lost_update_sqlx::wrong_lock_on_another_read as answer;
        #[path = "lost_update_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_mutex_in_process {
        use level3::answers::lost_update_sqlx::wrong_mutex_in_process as answer;
        #[path = "lost_update_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_read_then_write {
        use level3::answers::lost_update_sqlx::wrong_read_then_write as answer;
        #[path = "lost_update_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_retry_until_it_adds_up {
        use level3::answers::lost_update_sqlx::wrong_retry_until_it_adds_up as answer;
        #[path = "lost_update_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_transaction_without_lock {
        use level3::answers::lost_update_sqlx::wrong_transaction_without_lock as answer;
        #[path = "lost_update_sqlx.rs"]
        mod checks;
    }
}

mod n_plus_one_diesel {
    #[path = "../../checks"]
    mod right_eq_any_and_hashmap {
        use level3::answers::n_plus_one_diesel::right_eq_any_and_hashmap as answer;
        #[path = "n_plus_one_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_left_join {
        use level3::answers::n_plus_one_diesel::right_left_join as answer;
        #[path = "n_plus_one_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_batches_of_fifty {
        use level3::answers::n_plus_one_diesel::wrong_batches_of_fifty as answer;
        #[path = "n_plus_one_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_inner_join {
        use level3::answers::n_plus_one_diesel::wrong_inner_join as answer;
        #[path = "n_plus_one_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_orders_without_order {
        use level3::answers::n_plus_one_diesel::wrong_orders_without_order as answer;
        #[path = "n_plus_one_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_users_ordered_by_email {
        use level3::answers::n_plus_one_diesel::wrong_users_ordered_by_email as answer;
        #[path = "n_plus_one_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_users_without_order {
        use level3::answers::n_plus_one_diesel::wrong_users_without_order as answer;
        #[path = "n_plus_one_diesel.rs"]
        mod checks;
    }
}

mod n_plus_one_sqlx {
    #[path = "../../checks"]
    mod right_left_join {
        use level3::answers::n_plus_one_sqlx::right_left_join as answer;
        #[path = "n_plus_one_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_snapshot_in_one_transaction {
        use level3::answers::n_plus_one_sqlx::right_snapshot_in_one_transaction as answer;
        #[path = "n_plus_one_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_batches_of_fifty {
        use level3::answers::n_plus_one_sqlx::wrong_batches_of_fifty as answer;
        #[path = "n_plus_one_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_inner_join {
        use level3::answers::n_plus_one_sqlx::wrong_inner_join as answer;
        #[path = "n_plus_one_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_orders_without_order_by {
        use level3::answers::n_plus_one_sqlx::wrong_orders_without_order_by as answer;
        #[path = "n_plus_one_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_per_user_queries_in_tasks {
        use level3::answers::n_plus_one_sqlx::wrong_per_user_queries_in_tasks as answer;
        #[path = "n_plus_one_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_users_ordered_by_name {
        use level3::answers::n_plus_one_sqlx::wrong_users_ordered_by_name as answer;
        #[path = "n_plus_one_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_users_without_order_by {
        use level3::answers::n_plus_one_sqlx::wrong_users_without_order_by as answer;
        #[path = "n_plus_one_sqlx.rs"]
        mod checks;
    }
}

mod self_deadlock_diesel {
    #[path = "../../checks"]
    mod right_begin_commit_by_hand {
        use level3::answers::self_deadlock_diesel::right_begin_commit_by_hand as answer;
        #[path = "self_deadlock_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_one_statement {
        use level3::answers::self_deadlock_diesel::right_one_statement as answer;
        #[path = "self_deadlock_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_audit_after_transaction {
        use level3::answers::self_deadlock_diesel::wrong_audit_after_transaction as answer;
        #[path = "self_deadlock_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_audit_before_transaction {
        use level3::answers::self_deadlock_diesel::wrong_audit_before_transaction as answer;
        #[path = "self_deadlock_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_audit_error_ignored {
        use level3::answers::self_deadlock_diesel::wrong_audit_error_ignored as answer;
        #[path = "self_deadlock_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_audit_spawned {
        use level3::answers::self_deadlock_diesel::wrong_audit_spawned as answer;
        #[path = "self_deadlock_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_pool_inside_transaction {
        use level3::answers::self_deadlock_diesel::wrong_pool_inside_transaction as answer;
        #[path = "self_deadlock_diesel.rs"]
        mod checks;
    }
}

mod self_deadlock_sqlx {
    #[path = "../../checks"]
    mod right_acquired_connection {
        use level3::answers::self_deadlock_sqlx::right_acquired_connection as answer;
        #[path = "self_deadlock_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_one_statement {
        use level3::answers::self_deadlock_sqlx::right_one_statement as answer;
        #[path = "self_deadlock_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_audit_after_commit {
        use level3::answers::self_deadlock_sqlx::wrong_audit_after_commit as answer;
        #[path = "self_deadlock_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_audit_before_transaction {
        use level3::answers::self_deadlock_sqlx::wrong_audit_before_transaction as answer;
        #[path = "self_deadlock_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_audit_error_ignored {
        use level3::answers::self_deadlock_sqlx::wrong_audit_error_ignored as answer;
        #[path = "self_deadlock_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_audit_on_own_connection {
        use level3::answers::self_deadlock_sqlx::wrong_audit_on_own_connection as answer;
        #[path = "self_deadlock_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_audit_spawned {
        use level3::answers::self_deadlock_sqlx::wrong_audit_spawned as answer;
        #[path = "self_deadlock_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_pool_inside_transaction {
        use level3::answers::self_deadlock_sqlx::wrong_pool_inside_transaction as answer;
        #[path = "self_deadlock_sqlx.rs"]
        mod checks;
    }
}

mod sql_injection_diesel {
    #[path = "../../checks"]
    mod right_sql_query_with_binds {
        use level3::answers::sql_injection_diesel::right_sql_query_with_binds as answer;
        #[path = "sql_injection_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_email_still_pasted {
        use level3::answers::sql_injection_diesel::wrong_email_still_pasted as answer;
        #[path = "sql_injection_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_name_still_pasted {
        use level3::answers::sql_injection_diesel::wrong_name_still_pasted as answer;
        #[path = "sql_injection_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_quotes_escaped_by_hand {
        use level3::answers::sql_injection_diesel::wrong_quotes_escaped_by_hand as answer;
        #[path = "sql_injection_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_sql_query_instead_of_batch {
        use level3::answers::sql_injection_diesel::wrong_sql_query_instead_of_batch as answer;
        #[path = "sql_injection_diesel.rs"]
        mod checks;
    }
}

mod sql_injection_sqlx {
    #[path = "../../checks"]
    mod right_insert_select_returning {
        use level3::answers::sql_injection_sqlx::right_insert_select_returning as answer;
        #[path = "sql_injection_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_query_builder {
        use level3::answers::sql_injection_sqlx::right_query_builder as answer;
        #[path = "sql_injection_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_dollar_quoted {
        use level3::answers::sql_injection_sqlx::wrong_dollar_quoted as answer;
        #[path = "sql_injection_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_email_still_pasted {
        use level3::answers::sql_injection_sqlx::wrong_email_still_pasted as answer;
        #[path = "sql_injection_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_name_still_pasted {
        use level3::answers::sql_injection_sqlx::wrong_name_still_pasted as answer;
        #[path = "sql_injection_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_quotes_escaped_by_hand {
        use level3::answers::sql_injection_sqlx::wrong_quotes_escaped_by_hand as answer;
        #[path = "sql_injection_sqlx.rs"]
        mod checks;
    }
}

mod stale_connection_sqlx {
    #[path = "../../checks"]
    mod right_default_check {
        use level3::answers::stale_connection_sqlx::right_default_check as answer;
        #[path = "stale_connection_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_ping_before_acquire {
        use level3::answers::stale_connection_sqlx::right_ping_before_acquire as answer;
        #[path = "stale_connection_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_before_acquire_always_true {
        use level3::answers::stale_connection_sqlx::wrong_before_acquire_always_true as answer;
        #[path = "stale_connection_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_keep_a_warm_connection {
        use level3::answers::stale_connection_sqlx::wrong_keep_a_warm_connection as answer;
        #[path = "stale_connection_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_ping_after_connect {
        use level3::answers::stale_connection_sqlx::wrong_ping_after_connect as answer;
        #[path = "stale_connection_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_tiny_idle_timeout {
        use level3::answers::stale_connection_sqlx::wrong_tiny_idle_timeout as answer;
        #[path = "stale_connection_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_tiny_max_lifetime {
        use level3::answers::stale_connection_sqlx::wrong_tiny_max_lifetime as answer;
        #[path = "stale_connection_sqlx.rs"]
        mod checks;
    }
}

mod unawaited_future_diesel {
    #[path = "../../checks"]
    mod right_in_a_transaction {
        use level3::answers::unawaited_future_diesel::right_in_a_transaction as answer;
        #[path = "unawaited_future_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_sql_query {
        use level3::answers::unawaited_future_diesel::right_sql_query as answer;
        #[path = "unawaited_future_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_error_discarded {
        use level3::answers::unawaited_future_diesel::wrong_error_discarded as answer;
        #[path = "unawaited_future_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_let_underscore {
        use level3::answers::unawaited_future_diesel::wrong_let_underscore as answer;
        #[path = "unawaited_future_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_spawned_not_awaited {
        use level3::answers::unawaited_future_diesel::wrong_spawned_not_awaited as answer;
        #[path = "unawaited_future_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_spawned_then_yield {
        use level3::answers::unawaited_future_diesel::wrong_spawned_then_yield as answer;
        #[path = "unawaited_future_diesel.rs"]
        mod checks;
    }
}

mod unawaited_future_sqlx {
    #[path = "../../checks"]
    mod right_in_a_transaction {
        use level3::answers::unawaited_future_sqlx::right_in_a_transaction as answer;
        #[path = "unawaited_future_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_spawned_and_awaited {
        use level3::answers::unawaited_future_sqlx::right_spawned_and_awaited as answer;
        #[path = "unawaited_future_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_error_discarded {
        use level3::answers::unawaited_future_sqlx::wrong_error_discarded as answer;
        #[path = "unawaited_future_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_join_result_ignored {
        use level3::answers::unawaited_future_sqlx::wrong_join_result_ignored as answer;
        #[path = "unawaited_future_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_let_underscore {
        use level3::answers::unawaited_future_sqlx::wrong_let_underscore as answer;
        #[path = "unawaited_future_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_spawned_not_awaited {
        use level3::answers::unawaited_future_sqlx::wrong_spawned_not_awaited as answer;
        #[path = "unawaited_future_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_spawned_then_sleep {
        use level3::answers::unawaited_future_sqlx::wrong_spawned_then_sleep as answer;
        #[path = "unawaited_future_sqlx.rs"]
        mod checks;
    }
}

mod unbounded_concurrency_sqlx {
    #[path = "../../checks"]
    mod right_chunks_of_pool_size {
        use level3::answers::unbounded_concurrency_sqlx::right_chunks_of_pool_size as answer;
        #[path = "unbounded_concurrency_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod right_sliding_window {
        use level3::answers::unbounded_concurrency_sqlx::right_sliding_window as answer;
        #[path = "unbounded_concurrency_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_failed_charges_ignored {
        use level3::answers::unbounded_concurrency_sqlx::wrong_failed_charges_ignored as answer;
        #[path = "unbounded_concurrency_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_pool_of_its_own {
        use level3::answers::unbounded_concurrency_sqlx::wrong_pool_of_its_own as answer;
        #[path = "unbounded_concurrency_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_semaphore_sized_by_the_work {
        use level3::answers::unbounded_concurrency_sqlx::wrong_semaphore_sized_by_the_work as answer;
        #[path = "unbounded_concurrency_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_sequential_loop {
        use level3::answers::unbounded_concurrency_sqlx::wrong_sequential_loop as answer;
        #[path = "unbounded_concurrency_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_tasks_not_awaited {
        use level3::answers::unbounded_concurrency_sqlx::wrong_tasks_not_awaited as answer;
        #[path = "unbounded_concurrency_sqlx.rs"]
        mod checks;
    }
}
