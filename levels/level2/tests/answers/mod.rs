//! The wrong-answer set of this level, compiled into the level crate with `--features
//! answers` (see `cargo workbook verify`).
//!
//! Written by `cargo workbook sync` from the files in this folder: do not edit.

pub mod pool_config_diesel {
    pub mod right_warm_in_tasks_lifetime_from_created;
    pub mod wrong_closes_before_idle_timeout;
    pub mod wrong_default_max_size;
    pub mod wrong_idle_closes_warm_too;
    pub mod wrong_lifetime_from_last_use;
    pub mod wrong_no_idle_task;
    pub mod wrong_no_wait_timeout;
    pub mod wrong_warm_one_at_a_time;
}

pub mod pool_config_sqlx {
    pub mod right_connect_with_parsed_options;
    pub mod wrong_default_acquire_timeout;
    pub mod wrong_default_max_connections;
    pub mod wrong_lifetime_and_idle_swapped;
    pub mod wrong_never_checks_connections;
    pub mod wrong_no_idle_timeout;
    pub mod wrong_no_warm_connections;
}

pub mod serializable_retry_diesel {
    pub mod right_set_transaction_in_sql;
    pub mod wrong_attempts_off_by_one;
    pub mod wrong_default_isolation;
    pub mod wrong_no_retry;
    pub mod wrong_refuses_at_the_cap;
    pub mod wrong_repeatable_read;
    pub mod wrong_retries_every_database_error;
    pub mod wrong_retry_inside_the_transaction;
}

pub mod serializable_retry_sqlx {
    pub mod right_begin_with_isolation_and_attempt_count;
    pub mod wrong_default_isolation;
    pub mod wrong_no_retry;
    pub mod wrong_refuses_at_the_cap;
    pub mod wrong_repeatable_read;
    pub mod wrong_retries_every_error;
    pub mod wrong_retries_forever;
    pub mod wrong_retry_in_the_same_transaction;
}

pub mod transfer_diesel {
    pub mod right_guarded_update;
    pub mod wrong_credit_after_the_transaction;
    pub mod wrong_credit_on_another_connection;
    pub mod wrong_lock_order_from_to;
    pub mod wrong_no_row_lock;
    pub mod wrong_update_error_as_unknown_account;
    pub mod wrong_whole_balance_refused;
}

pub mod transfer_sqlx {
    pub mod right_guarded_update;
    pub mod wrong_check_without_lock;
    pub mod wrong_commit_before_credit;
    pub mod wrong_commit_error_ignored;
    pub mod wrong_credit_on_the_pool;
    pub mod wrong_lock_order_from_to;
    pub mod wrong_no_row_lock;
    pub mod wrong_update_error_as_unknown_account;
    pub mod wrong_whole_balance_refused;
}
