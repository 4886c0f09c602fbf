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

mod pool_config_diesel {
    #[path = "../../checks"]
    mod right_warm_in_tasks_lifetime_from_created {
        use level2::answers::pool_config_diesel::right_warm_in_tasks_lifetime_from_created as answer;
        #[path = "pool_config_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_closes_before_idle_timeout {
        use level2::answers::pool_config_diesel::wrong_closes_before_idle_timeout as answer;
        #[path = "pool_config_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_default_max_size {
        use level2::answers::pool_config_diesel::wrong_default_max_size as answer;
        #[path = "pool_config_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_idle_closes_warm_too {
        use level2::answers::pool_config_diesel::wrong_idle_closes_warm_too as answer;
        #[path = "pool_config_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_lifetime_from_last_use {
        use level2::answers::pool_config_diesel::wrong_lifetime_from_last_use as answer;
        #[path = "pool_config_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_no_idle_task {
        use level2::answers::pool_config_diesel::wrong_no_idle_task as answer;
        #[path = "pool_config_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_no_wait_timeout {
        use level2::answers::pool_config_diesel::wrong_no_wait_timeout as answer;
        #[path = "pool_config_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_warm_one_at_a_time {
        use level2::answers::pool_config_diesel::wrong_warm_one_at_a_time as answer;
        #[path = "pool_config_diesel.rs"]
        mod checks;
    }
}

mod pool_config_sqlx {
    #[path = "../../checks"]
    mod right_connect_with_parsed_options {
        use level2::answers::pool_config_sqlx::right_connect_with_parsed_options as answer;
        #[path = "pool_config_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_default_acquire_timeout {
        use level2::answers::pool_config_sqlx::wrong_default_acquire_timeout as answer;
        #[path = "pool_config_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_default_max_connections {
        use level2::answers::pool_config_sqlx::wrong_default_max_connections as answer;
        #[path = "pool_config_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_lifetime_and_idle_swapped {
        use level2::answers::pool_config_sqlx::wrong_lifetime_and_idle_swapped as answer;
        #[path = "pool_config_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_never_checks_connections {
        use level2::answers::pool_config_sqlx::wrong_never_checks_connections as answer;
        #[path = "pool_config_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_no_idle_timeout {
        use level2::answers::pool_config_sqlx::wrong_no_idle_timeout as answer;
        #[path = "pool_config_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_no_warm_connections {
        use level2::answers::pool_config_sqlx::wrong_no_warm_connections as answer;
        #[path = "pool_config_sqlx.rs"]
        mod checks;
    }
}

mod serializable_retry_diesel {
    #[path = "../../checks"]
    mod right_set_transaction_in_sql {
        use level2::answers::serializable_retry_diesel::right_set_transaction_in_sql as answer;
        #[path = "serializable_retry_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_attempts_off_by_one {
        use level2::answers::serializable_retry_diesel::wrong_attempts_off_by_one as answer;
        #[path = "serializable_retry_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_default_isolation {
        use level2::answers::serializable_retry_diesel::wrong_default_isolation as answer;
        #[path = "serializable_retry_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_no_retry {
        use level2::answers::serializable_retry_diesel::wrong_no_retry as answer;
        #[path = "serializable_retry_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_refuses_at_the_cap {
        use level2::answers::serializable_retry_diesel::wrong_refuses_at_the_cap as answer;
        #[path = "serializable_retry_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_repeatable_read {
        use level2::answers::serializable_retry_diesel::wrong_repeatable_read as answer;
        #[path = "serializable_retry_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_retries_every_database_error {
        use level2::answers::serializable_retry_diesel::wrong_retries_every_database_error as answer;
        #[path = "serializable_retry_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_retry_inside_the_transaction {
        use level2::answers::serializable_retry_diesel::wrong_retry_inside_the_transaction as answer;
        #[path = "serializable_retry_diesel.rs"]
        mod checks;
    }
}

mod serializable_retry_sqlx {
    #[path = "../../checks"]
    mod right_begin_with_isolation_and_attempt_count {
        use level2::answers::serializable_retry_sqlx::right_begin_with_isolation_and_attempt_count as answer;
        #[path = "serializable_retry_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_default_isolation {
        use level2::answers::serializable_retry_sqlx::wrong_default_isolation as answer;
        #[path = "serializable_retry_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_no_retry {
        use level2::answers::serializable_retry_sqlx::wrong_no_retry as answer;
        #[path = "serializable_retry_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_refuses_at_the_cap {
        use level2::answers::serializable_retry_sqlx::wrong_refuses_at_the_cap as answer;
        #[path = "serializable_retry_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_repeatable_read {
        use level2::answers::serializable_retry_sqlx::wrong_repeatable_read as answer;
        #[path = "serializable_retry_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_retries_every_error {
        use level2::answers::serializable_retry_sqlx::wrong_retries_every_error as answer;
        #[path = "serializable_retry_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_retries_forever {
        use level2::answers::serializable_retry_sqlx::wrong_retries_forever as answer;
        #[path = "serializable_retry_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_retry_in_the_same_transaction {
        use level2::answers::serializable_retry_sqlx::wrong_retry_in_the_same_transaction as answer;
        #[path = "serializable_retry_sqlx.rs"]
        mod checks;
    }
}

mod transfer_diesel {
    #[path = "../../checks"]
    mod right_guarded_update {
        use level2::answers::transfer_diesel::right_guarded_update as answer;
        #[path = "transfer_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_credit_after_the_transaction {
        use level2::answers::transfer_diesel::wrong_credit_after_the_transaction as answer;
        #[path = "transfer_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_credit_on_another_connection {
        use level2::answers::transfer_diesel::wrong_credit_on_another_connection as answer;
        #[path = "transfer_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_lock_order_from_to {
        use level2::answers::transfer_diesel::wrong_lock_order_from_to as answer;
        #[path = "transfer_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_no_row_lock {
        use level2::answers::transfer_diesel::wrong_no_row_lock as answer;
        #[path = "transfer_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_update_error_as_unknown_account {
        use level2::answers::transfer_diesel::wrong_update_error_as_unknown_account as answer;
        #[path = "transfer_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_whole_balance_refused {
        use level2::answers::transfer_diesel::wrong_whole_balance_refused as answer;
        #[path = "transfer_diesel.rs"]
        mod checks;
    }
}

mod transfer_sqlx {
    #[path = "../../checks"]
    mod right_guarded_update {
        use level2::answers::transfer_sqlx::right_guarded_update as answer;
        #[path = "transfer_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_check_without_lock {
        use level2::answers::transfer_sqlx::wrong_check_without_lock as answer;
        #[path = "transfer_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_commit_before_credit {
        use level2::answers::transfer_sqlx::wrong_commit_before_credit as answer;
        #[path = "transfer_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_commit_error_ignored {
        use level2::answers::transfer_sqlx::wrong_commit_error_ignored as answer;
        #[path = "transfer_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_credit_on_the_pool {
        use level2::answers::transfer_sqlx::wrong_credit_on_the_pool as answer;
        #[path = "transfer_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_lock_order_from_to {
        use level2::answers::transfer_sqlx::wrong_lock_order_from_to as answer;
        #[path = "transfer_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_no_row_lock {
        use level2::answers::transfer_sqlx::wrong_no_row_lock as answer;
        #[path = "transfer_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_update_error_as_unknown_account {
        use level2::answers::transfer_sqlx::wrong_update_error_as_unknown_account as answer;
        #[path = "transfer_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_whole_balance_refused {
        use level2::answers::transfer_sqlx::wrong_whole_balance_refused as answer;
        #[path = "transfer_sqlx.rs"]
        mod checks;
    }
}
