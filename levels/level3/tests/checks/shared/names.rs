//! Names stored as given: `sql_injection_*`.

use std::sync::Arc;

use sqlx::PgPool;

use crate::support::BoxFuture;

/// A learner's `add_user(name, email)`.
pub type AddUserFn = Arc<dyn Fn(String, String) -> BoxFuture<()> + Send + Sync>;

async fn names(pool: &PgPool) -> Vec<String> {
    sqlx::query_scalar("SELECT name FROM users ORDER BY id")
        .fetch_all(pool)
        .await
        .unwrap()
}

pub async fn a_name_with_a_quote_is_stored_as_given(exercise: &str, pool: &PgPool, add: AddUserFn) {
    if let Err(e) = add("Siobhan O'Brien".into(), "obrien@example.com".into()).await {
        panic!(
            "[{exercise}] adding Siobhan O'Brien failed: {e}. Her name was pasted into the SQL \
             text, and its quote ended the string literal early. Values belong in bind \
             parameters, never in the SQL text."
        );
    }
    assert_eq!(names(pool).await, vec!["Siobhan O'Brien".to_string()]);
}

pub async fn a_hostile_name_is_only_a_name(exercise: &str, pool: &PgPool, add: AddUserFn) {
    let hostile = "x', 'x@evil.example'); DROP TABLE orders; --";
    let result = add(hostile.into(), "mallory@example.com".into()).await;
    let orders_table: Option<String> = sqlx::query_scalar("SELECT to_regclass('orders')::text")
        .fetch_one(pool)
        .await
        .unwrap();
    assert!(
        orders_table.is_some(),
        "[{exercise}] after adding a user named {hostile:?}, the orders table is gone: the \
         name was pasted into the SQL text, and the database ran the DROP TABLE inside it. \
         Values belong in bind parameters, never in the SQL text."
    );
    if let Err(e) = result {
        panic!("[{exercise}] adding the user failed: {e}; a name is only text, store it");
    }
    assert_eq!(
        names(pool).await,
        vec![hostile.to_string()],
        "[{exercise}] the name should be stored exactly as given (and nothing else): it was \
         pasted into the SQL text"
    );
}
