//! The wrong-answer set of this level, compiled into the level crate with `--features
//! answers` (see `cargo workbook verify`).
//!
//! Written by `cargo workbook sync` from the files in this folder: do not edit.

pub mod blocking_runtime {
    pub mod right_spawn_blocking_whole_hash;
    pub mod right_thread_and_oneshot;
    pub mod wrong_hash_before_spawn_blocking;
    pub mod wrong_hash_copied_without_sleep;
    pub mod wrong_hash_stored_later;
    pub mod wrong_thread_join;
    pub mod wrong_tokio_spawn;
    pub mod wrong_yield_before_hash;
}

pub mod cancellation_sqlx {
    pub mod right_set_config_local;
    pub mod wrong_lock_timeout_instead;
    pub mod wrong_session_set_on_the_connection;
    pub mod wrong_session_set_on_the_pool;
    pub mod wrong_set_local_outside_transaction;
    pub mod wrong_timeout_in_milliseconds;
}

pub mod escaped_transaction_diesel {
    pub mod right_begin_commit_by_hand;
    pub mod right_payment_first;
    pub mod wrong_compensating_delete;
    pub mod wrong_payment_error_ignored;
    pub mod wrong_second_connection_for_insert;
    pub mod wrong_second_connection_for_payment;
    pub mod wrong_two_transactions;
}

pub mod escaped_transaction_sqlx {
    pub mod right_one_statement;
    pub mod right_payment_first;
    pub mod wrong_commit_before_payment;
    pub mod wrong_commit_error_ignored;
    pub mod wrong_compensating_delete;
    pub mod wrong_insert_on_pool;
    pub mod wrong_payment_error_ignored;
    pub mod wrong_update_on_pool;
}

pub mod float_money_sqlx {
    pub mod right_decimals_summed_in_rust;
    pub mod right_integer_cents;
    pub mod wrong_decimals_added_as_floats;
    pub mod wrong_exact_sum_read_as_float;
    pub mod wrong_float_sum_in_sql;
    pub mod wrong_float_sum_rounded_to_cents;
    pub mod wrong_sum_without_coalesce;
}

pub mod forgotten_commit_sqlx {
    pub mod right_begin_on_acquired_connection;
    pub mod right_one_statement;
    pub mod wrong_autocommit_each_statement;
    pub mod wrong_commit_before_welcome_order;
    pub mod wrong_commit_error_ignored;
    pub mod wrong_compensating_delete;
    pub mod wrong_no_commit;
}

pub mod leaked_connection_diesel {
    pub mod right_explicit_drop;
    pub mod right_query_in_a_helper;
    pub mod wrong_drop_after_render;
    pub mod wrong_held_while_rendering;
    pub mod wrong_retry_get;
    pub mod wrong_taken_from_the_pool;
}

pub mod leaked_connection_sqlx {
    pub mod right_acquire_in_a_block;
    pub mod right_explicit_drop;
    pub mod wrong_detached_connection;
    pub mod wrong_drop_after_render;
    pub mod wrong_held_while_rendering;
    pub mod wrong_own_connection;
    pub mod wrong_retry_acquire;
}

pub mod lost_update_diesel {
    pub mod right_select_for_update;
    pub mod right_sql_query;
    pub mod wrong_lock_on_another_read;
    pub mod wrong_mutex_in_process;
    pub mod wrong_read_then_write;
    pub mod wrong_transaction_without_lock;
}

pub mod lost_update_sqlx {
    pub mod right_compare_and_set;
    pub mod right_repeatable_read_retry;
    pub mod right_select_for_update;
    pub mod wrong_lock_on_another_read;
    pub mod wrong_mutex_in_process;
    pub mod wrong_read_then_write;
    pub mod wrong_retry_until_it_adds_up;
    pub mod wrong_transaction_without_lock;
}

pub mod n_plus_one_diesel {
    pub mod right_eq_any_and_hashmap;
    pub mod right_left_join;
    pub mod wrong_batches_of_fifty;
    pub mod wrong_inner_join;
    pub mod wrong_orders_without_order;
    pub mod wrong_users_ordered_by_email;
    pub mod wrong_users_without_order;
}

pub mod n_plus_one_sqlx {
    pub mod right_left_join;
    pub mod right_snapshot_in_one_transaction;
    pub mod wrong_batches_of_fifty;
    pub mod wrong_inner_join;
    pub mod wrong_orders_without_order_by;
    pub mod wrong_per_user_queries_in_tasks;
    pub mod wrong_users_ordered_by_name;
    pub mod wrong_users_without_order_by;
}

pub mod self_deadlock_diesel {
    pub mod right_begin_commit_by_hand;
    pub mod right_one_statement;
    pub mod wrong_audit_after_transaction;
    pub mod wrong_audit_before_transaction;
    pub mod wrong_audit_error_ignored;
    pub mod wrong_audit_spawned;
    pub mod wrong_pool_inside_transaction;
}

pub mod self_deadlock_sqlx {
    pub mod right_acquired_connection;
    pub mod right_one_statement;
    pub mod wrong_audit_after_commit;
    pub mod wrong_audit_before_transaction;
    pub mod wrong_audit_error_ignored;
    pub mod wrong_audit_on_own_connection;
    pub mod wrong_audit_spawned;
    pub mod wrong_pool_inside_transaction;
}

pub mod sql_injection_diesel {
    pub mod right_sql_query_with_binds;
    pub mod wrong_email_still_pasted;
    pub mod wrong_name_still_pasted;
    pub mod wrong_quotes_escaped_by_hand;
    pub mod wrong_sql_query_instead_of_batch;
}

pub mod sql_injection_sqlx {
    pub mod right_insert_select_returning;
    pub mod right_query_builder;
    pub mod wrong_dollar_quoted;
    pub mod wrong_email_still_pasted;
    pub mod wrong_name_still_pasted;
    pub mod wrong_quotes_escaped_by_hand;
}

pub mod stale_connection_sqlx {
    pub mod right_default_check;
    pub mod right_ping_before_acquire;
    pub mod wrong_before_acquire_always_true;
    pub mod wrong_keep_a_warm_connection;
    pub mod wrong_ping_after_connect;
    pub mod wrong_tiny_idle_timeout;
    pub mod wrong_tiny_max_lifetime;
}

pub mod unawaited_future_diesel {
    pub mod right_in_a_transaction;
    pub mod right_sql_query;
    pub mod wrong_error_discarded;
    pub mod wrong_let_underscore;
    pub mod wrong_spawned_not_awaited;
    pub mod wrong_spawned_then_yield;
}

pub mod unawaited_future_sqlx {
    pub mod right_in_a_transaction;
    pub mod right_spawned_and_awaited;
    pub mod wrong_error_discarded;
    pub mod wrong_join_result_ignored;
    pub mod wrong_let_underscore;
    pub mod wrong_spawned_not_awaited;
    pub mod wrong_spawned_then_sleep;
}

pub mod unbounded_concurrency_sqlx {
    pub mod right_chunks_of_pool_size;
    pub mod right_sliding_window;
    pub mod wrong_failed_charges_ignored;
    pub mod wrong_pool_of_its_own;
    pub mod wrong_semaphore_sized_by_the_work;
    pub mod wrong_sequential_loop;
    pub mod wrong_tasks_not_awaited;
}
