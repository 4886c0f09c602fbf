//! The diesel schema of level 3, matching `migrations/`.

diesel::table! {
    users (id) {
        id -> Int8,
        #[max_length = 100]
        name -> Varchar,
        #[max_length = 100]
        email -> Varchar,
        balance -> Numeric,
        password_hash -> Nullable<Text>,
    }
}

diesel::table! {
    orders (id) {
        id -> Int8,
        user_id -> Int8,
        #[max_length = 100]
        item -> Varchar,
        amount -> Numeric,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Int8,
        user_id -> Int8,
        event -> Text,
        at -> Timestamptz,
    }
}

diesel::joinable!(orders -> users (user_id));
diesel::joinable!(audit_log -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(users, orders, audit_log);
