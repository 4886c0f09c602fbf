//! The wrong-answer set of this level, compiled into the level crate with `--features
//! answers` (see `cargo workbook verify`).
//!
//! Written by `cargo workbook sync` from the files in this folder: do not edit.

pub mod connect_diesel {
    pub mod right_pool_config;
    pub mod wrong_build_only;
    pub mod wrong_default_max_size;
    pub mod wrong_first_connection_error_ignored;
    pub mod wrong_no_wait_timeout;
    pub mod wrong_timeout_in_millis;
}

pub mod connect_sqlx {
    pub mod right_connect_with_options;
    pub mod wrong_connect_lazy;
    pub mod wrong_default_acquire_timeout;
    pub mod wrong_default_pool_size;
    pub mod wrong_first_connection_error_ignored;
    pub mod wrong_min_connections;
    pub mod wrong_timeout_in_millis;
}

pub mod find_by_email_diesel {
    pub mod right_match_not_found;
    pub mod wrong_catch_all_is_none;
    pub mod wrong_contains;
    pub mod wrong_ilike;
    pub mod wrong_like;
    pub mod wrong_lower_both_sides;
    pub mod wrong_ok_hides_errors;
    pub mod wrong_unwrap_panics;
}

pub mod find_by_email_sqlx {
    pub mod right_fetch_all_first;
    pub mod wrong_catch_all_is_none;
    pub mod wrong_contains;
    pub mod wrong_ilike;
    pub mod wrong_like;
    pub mod wrong_lower_both_sides;
    pub mod wrong_ok_hides_errors;
    pub mod wrong_unwrap_panics;
}

pub mod get_by_id_diesel {
    pub mod right_filter_and_load;
    pub mod wrong_catch_all_is_none;
    pub mod wrong_no_find;
    pub mod wrong_no_optional;
    pub mod wrong_ok_hides_errors;
    pub mod wrong_unwrap_panics;
}

pub mod get_by_id_sqlx {
    pub mod right_fetch_one_row_not_found;
    pub mod wrong_catch_all_is_none;
    pub mod wrong_fetch_one;
    pub mod wrong_no_where;
    pub mod wrong_ok_hides_errors;
    pub mod wrong_unwrap_panics;
}

pub mod insert_diesel {
    pub mod right_tuple_values_and_matches;
    pub mod wrong_any_database_error_is_duplicate;
    pub mod wrong_every_error_is_duplicate;
    pub mod wrong_insert_then_select;
    pub mod wrong_largest_id;
    pub mod wrong_on_conflict_do_nothing;
    pub mod wrong_sql_pasted;
    pub mod wrong_upsert;
}

pub mod insert_sqlx {
    pub mod right_sqlstate_and_scalar_id;
    pub mod wrong_any_database_error_is_duplicate;
    pub mod wrong_every_error_is_duplicate;
    pub mod wrong_insert_then_select;
    pub mod wrong_largest_id;
    pub mod wrong_on_conflict_do_nothing;
    pub mod wrong_quotes_escaped_by_hand;
    pub mod wrong_upsert;
}

pub mod list_users_diesel {
    pub mod right_order_by_asc;
    pub mod right_sorted_in_rust;
    pub mod wrong_limit_left_in;
    pub mod wrong_no_order;
    pub mod wrong_order_by_email;
    pub mod wrong_order_by_id_desc;
    pub mod wrong_order_by_name;
}

pub mod list_users_sqlx {
    pub mod right_sorted_in_rust;
    pub mod wrong_limit_left_in;
    pub mod wrong_no_order_by;
    pub mod wrong_order_by_email;
    pub mod wrong_order_by_id_as_text;
    pub mod wrong_order_by_id_desc;
    pub mod wrong_order_by_name;
}

pub mod migrate_diesel {
    pub mod right_one_at_a_time;
    pub mod wrong_create_if_not_exists;
    pub mod wrong_migration_sql_run_by_hand;
    pub mod wrong_panics_on_failure;
    pub mod wrong_result_ignored;
    pub mod wrong_revert_then_run;
}

pub mod migrate_sqlx {
    pub mod right_migrator_from_folder;
    pub mod wrong_create_if_not_exists;
    pub mod wrong_future_not_awaited;
    pub mod wrong_migration_sql_run_by_hand;
    pub mod wrong_result_ignored;
    pub mod wrong_undo_then_run;
}

pub mod statement_logging_diesel {
    pub mod right_finish_query;
    pub mod wrong_cache_query_event;
    pub mod wrong_debug;
    pub mod wrong_no_sql_in_message;
    pub mod wrong_println;
    pub mod wrong_warn;
}

pub mod statement_logging_sqlx {
    pub mod right_from_url;
    pub mod wrong_bad_url_becomes_defaults;
    pub mod wrong_disabled;
    pub mod wrong_left_at_debug;
    pub mod wrong_trace;
    pub mod wrong_warn;
}
