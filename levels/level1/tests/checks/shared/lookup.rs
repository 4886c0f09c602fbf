//! Reading users back: `get_by_id_*`, `find_by_email_*` and `list_users_*`.

use std::fmt::Debug;

use level1::models::User;
use sqlx::PgPool;

use crate::support::{seed_user, seed_users_with_ids};

/// A stored user is found by id, with all her fields.
pub async fn finds_a_user_by_id<E: Debug>(
    exercise: &str,
    pool: &PgPool,
    mut get: impl AsyncFnMut(i64) -> Result<Option<User>, E>,
) {
    let alice = seed_user(pool, "Alice", "alice@example.com").await;
    seed_user(pool, "Bob", "bob@example.com").await;
    let found = get(alice)
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] get_user({alice}) failed: {e:?}"));
    let expected = User {
        id: alice,
        name: "Alice".into(),
        email: "alice@example.com".into(),
    };
    assert_eq!(
        found,
        Some(expected),
        "[{exercise}] get_user({alice}) should find Alice"
    );
}

/// An id nobody has is `Ok(None)`: a normal answer, not an error.
pub async fn a_missing_id_is_none<E: Debug>(
    exercise: &str,
    pool: &PgPool,
    mut get: impl AsyncFnMut(i64) -> Result<Option<User>, E>,
) {
    seed_user(pool, "Alice", "alice@example.com").await;
    match get(999_999).await {
        Ok(None) => {}
        Ok(Some(user)) => {
            panic!("[{exercise}] get_user(999999) found {user:?}, but no such id exists")
        }
        Err(e) => panic!(
            "[{exercise}] get_user(999999) returned an error: {e:?}. A missing row is an \
             ordinary answer, Ok(None), not an error: SQLAlchemy's session.get returns None too."
        ),
    }
}

/// A stored user is found by email.
pub async fn finds_a_user_by_email<E: Debug>(
    exercise: &str,
    pool: &PgPool,
    mut find: impl AsyncFnMut(&str) -> Result<Option<User>, E>,
) {
    seed_user(pool, "Alice", "alice@example.com").await;
    let bob = seed_user(pool, "Bob", "bob@example.com").await;
    let found = find("bob@example.com")
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] find_user_by_email failed: {e:?}"));
    let expected = User {
        id: bob,
        name: "Bob".into(),
        email: "bob@example.com".into(),
    };
    assert_eq!(
        found,
        Some(expected),
        "[{exercise}] find_user_by_email(\"bob@example.com\") should find Bob"
    );
}

/// An email nobody has is `Ok(None)`.
pub async fn an_unknown_email_is_none<E: Debug>(
    exercise: &str,
    pool: &PgPool,
    mut find: impl AsyncFnMut(&str) -> Result<Option<User>, E>,
) {
    seed_user(pool, "Alice", "alice@example.com").await;
    match find("nobody@example.com").await {
        Ok(None) => {}
        Ok(Some(user)) => {
            panic!("[{exercise}] find_user_by_email(\"nobody@example.com\") found {user:?}")
        }
        Err(e) => panic!(
            "[{exercise}] find_user_by_email returned an error for an email nobody has: {e:?}. \
             A missing row is an ordinary answer: return Ok(None), and keep errors for real \
             failures."
        ),
    }
}

/// Users stored out of id order are listed in id order.
pub async fn lists_everyone_in_id_order<E: Debug>(
    exercise: &str,
    pool: &PgPool,
    mut list: impl AsyncFnMut() -> Result<Vec<User>, E>,
) {
    seed_users_with_ids(
        pool,
        &[
            (3, "Carol", "carol@example.com"),
            (1, "Alice", "alice@example.com"),
            (2, "Bob", "bob@example.com"),
        ],
    )
    .await;
    let users = list()
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] list_users failed: {e:?}"));
    let ids: Vec<i64> = users.iter().map(|u| u.id).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        vec![1, 2, 3],
        "[{exercise}] list_users should return all three users, got ids {ids:?}"
    );
    assert_eq!(
        ids, sorted,
        "[{exercise}] list_users returned the users in the order {ids:?}, which is the order \
         they happen to be stored in. SQL promises no order at all without ORDER BY."
    );
    assert_eq!(
        users[0].name, "Alice",
        "[{exercise}] user 1 should be Alice"
    );
}

/// An empty table lists as an empty vector, not an error.
pub async fn an_empty_table_lists_nobody<E: Debug>(
    exercise: &str,
    mut list: impl AsyncFnMut() -> Result<Vec<User>, E>,
) {
    let users = list()
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] list_users failed on an empty table: {e:?}"));
    assert!(
        users.is_empty(),
        "[{exercise}] the table is empty, got {users:?}"
    );
}
