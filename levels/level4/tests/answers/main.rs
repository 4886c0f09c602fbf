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

mod store_diesel {
    #[path = "../../checks"]
    mod right_boxed_and_guarded {
        use level4::answers::store_diesel::right_boxed_and_guarded as answer;
        #[path = "store_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_delete_ignores_the_count {
        use level4::answers::store_diesel::wrong_delete_ignores_the_count as answer;
        #[path = "store_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_list_off_by_one {
        use level4::answers::store_diesel::wrong_list_off_by_one as answer;
        #[path = "store_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_list_order_by_name {
        use level4::answers::store_diesel::wrong_list_order_by_name as answer;
        #[path = "store_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_set_balance_every_error_is_not_found {
        use level4::answers::store_diesel::wrong_set_balance_every_error_is_not_found as answer;
        #[path = "store_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_transfer_no_row_lock {
        use level4::answers::store_diesel::wrong_transfer_no_row_lock as answer;
        #[path = "store_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_transfer_outside_transaction {
        use level4::answers::store_diesel::wrong_transfer_outside_transaction as answer;
        #[path = "store_diesel.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_transfer_refuses_a_whole_balance {
        use level4::answers::store_diesel::wrong_transfer_refuses_a_whole_balance as answer;
        #[path = "store_diesel.rs"]
        mod checks;
    }
}

mod store_sqlx {
    #[path = "../../checks"]
    mod right_guarded_updates {
        use level4::answers::store_sqlx::right_guarded_updates as answer;
        #[path = "store_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_create_every_error_is_duplicate {
        use level4::answers::store_sqlx::wrong_create_every_error_is_duplicate as answer;
        #[path = "store_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_get_every_error_is_not_found {
        use level4::answers::store_sqlx::wrong_get_every_error_is_not_found as answer;
        #[path = "store_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_list_no_order_by {
        use level4::answers::store_sqlx::wrong_list_no_order_by as answer;
        #[path = "store_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_list_off_by_one {
        use level4::answers::store_sqlx::wrong_list_off_by_one as answer;
        #[path = "store_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_transfer_no_row_lock {
        use level4::answers::store_sqlx::wrong_transfer_no_row_lock as answer;
        #[path = "store_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_transfer_outside_transaction {
        use level4::answers::store_sqlx::wrong_transfer_outside_transaction as answer;
        #[path = "store_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_transfer_overflow_is_internal {
        use level4::answers::store_sqlx::wrong_transfer_overflow_is_internal as answer;
        #[path = "store_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_transfer_refuses_a_whole_balance {
        use level4::answers::store_sqlx::wrong_transfer_refuses_a_whole_balance as answer;
        #[path = "store_sqlx.rs"]
        mod checks;
    }
}

mod transfer_handler {
    #[path = "../../checks"]
    mod right_match_and_map {
        use level4::answers::transfer_handler::right_match_and_map as answer;
        #[path = "transfer_handler.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_amount_only_positive {
        use level4::answers::transfer_handler::wrong_amount_only_positive as answer;
        #[path = "transfer_handler.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_every_store_error_is_not_found {
        use level4::answers::transfer_handler::wrong_every_store_error_is_not_found as answer;
        #[path = "transfer_handler.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_ignores_the_store_error {
        use level4::answers::transfer_handler::wrong_ignores_the_store_error as answer;
        #[path = "transfer_handler.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_moves_the_money_itself {
        use level4::answers::transfer_handler::wrong_moves_the_money_itself as answer;
        #[path = "transfer_handler.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_other_errors_are_500 {
        use level4::answers::transfer_handler::wrong_other_errors_are_500 as answer;
        #[path = "transfer_handler.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_same_user_allowed {
        use level4::answers::transfer_handler::wrong_same_user_allowed as answer;
        #[path = "transfer_handler.rs"]
        mod checks;
    }
}
