//! The diesel schema of level 1, matching `migrations/` by hand (what `diesel print-schema`
//! would write). A test in `tests/checks/schema_matches.rs` compares it with the real table.

diesel::table! {
    users (id) {
        id -> Int8,
        #[max_length = 50]
        name -> Varchar,
        #[max_length = 100]
        email -> Varchar,
    }
}
