//! The diesel schema of level 4, matching `migrations/`.

diesel::table! {
    users (id) {
        id -> Int8,
        #[max_length = 50]
        name -> Varchar,
        #[max_length = 100]
        email -> Varchar,
        balance -> Numeric,
    }
}
