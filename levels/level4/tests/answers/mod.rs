//! The wrong-answer set of this level, compiled into the level crate with `--features
//! answers` (see `cargo workbook verify`).
//!
//! Written by `cargo workbook sync` from the files in this folder: do not edit.

pub mod store_diesel {
    pub mod right_boxed_and_guarded;
    pub mod wrong_delete_ignores_the_count;
    pub mod wrong_list_off_by_one;
    pub mod wrong_list_order_by_name;
    pub mod wrong_set_balance_every_error_is_not_found;
    pub mod wrong_transfer_no_row_lock;
    pub mod wrong_transfer_outside_transaction;
    pub mod wrong_transfer_refuses_a_whole_balance;
}

pub mod store_sqlx {
    pub mod right_guarded_updates;
    pub mod wrong_create_every_error_is_duplicate;
    pub mod wrong_get_every_error_is_not_found;
    pub mod wrong_list_no_order_by;
    pub mod wrong_list_off_by_one;
    pub mod wrong_transfer_no_row_lock;
    pub mod wrong_transfer_outside_transaction;
    pub mod wrong_transfer_overflow_is_internal;
    pub mod wrong_transfer_refuses_a_whole_balance;
}

pub mod transfer_handler {
    pub mod right_match_and_map;
    pub mod wrong_amount_only_positive;
    pub mod wrong_every_store_error_is_not_found;
    pub mod wrong_ignores_the_store_error;
    pub mod wrong_moves_the_money_itself;
    pub mod wrong_other_errors_are_500;
    pub mod wrong_same_user_allowed;
}
