//! Inserting users: `insert_sqlx` and `insert_diesel`.

use level1::error::UserError;
use level1::models::User;
use sqlx::PgPool;

use crate::support::rows_with_email;

/// Alice is stored, and the id that comes back is the one the database gave her.
pub async fn alice_is_stored_and_her_id_comes_back(
    exercise: &str,
    pool: &PgPool,
    mut insert: impl AsyncFnMut(&str, &str) -> Result<User, UserError>,
) {
    let alice = insert("Alice", "alice@example.com")
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] insert_user failed: {e}"));
    let rows = rows_with_email(pool, "alice@example.com").await;
    assert_eq!(
        rows.len(),
        1,
        "[{exercise}] no row for alice@example.com after insert_user returned: did the insert \
         future ever run? A future does nothing until it is awaited."
    );
    let (id, name, email) = &rows[0];
    assert_eq!(
        (name.as_str(), email.as_str()),
        ("Alice", "alice@example.com"),
        "[{exercise}] the stored row has other values than were passed in"
    );
    assert_eq!(
        alice.id, *id,
        "[{exercise}] the returned user has id {}, but the database gave her id {id}. Ask the \
         INSERT to hand the generated id back (RETURNING).",
        alice.id
    );
    assert_eq!(
        (alice.name.as_str(), alice.email.as_str()),
        ("Alice", "alice@example.com"),
        "[{exercise}] the returned user has other values than were stored"
    );
}

/// Two users, two ids, each the stored one.
pub async fn every_user_gets_their_own_id(
    exercise: &str,
    pool: &PgPool,
    mut insert: impl AsyncFnMut(&str, &str) -> Result<User, UserError>,
) {
    let alice = insert("Alice", "alice@example.com")
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] insert_user failed: {e}"));
    let bob = insert("Bob", "bob@example.com")
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] insert_user failed for a second user: {e}"));
    assert_ne!(
        alice.id, bob.id,
        "[{exercise}] two users came back with the same id"
    );
    let stored = rows_with_email(pool, "bob@example.com").await;
    assert_eq!(
        Some(bob.id),
        stored.first().map(|row| row.0),
        "[{exercise}] Bob's returned id is not his stored id"
    );
}

/// A second user with a taken email is `UserError::DuplicateEmail`, and nothing is stored.
pub async fn a_duplicate_email_is_a_typed_error(
    exercise: &str,
    pool: &PgPool,
    mut insert: impl AsyncFnMut(&str, &str) -> Result<User, UserError>,
) {
    insert("Alice", "alice@example.com")
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] insert_user failed: {e}"));
    match insert("Another Alice", "alice@example.com").await {
        Err(UserError::DuplicateEmail { email }) => assert_eq!(
            email, "alice@example.com",
            "[{exercise}] DuplicateEmail should carry the email that was taken"
        ),
        Err(other) => panic!(
            "[{exercise}] a duplicate email came back as {other:?}; the caller should be able \
             to match UserError::DuplicateEmail. Look at the database error's kind (a unique \
             violation), not its text."
        ),
        Ok(user) => {
            panic!("[{exercise}] a second user with the same email was accepted: {user:?}")
        }
    }
    assert_eq!(
        rows_with_email(pool, "alice@example.com").await.len(),
        1,
        "[{exercise}] there should still be exactly one alice@example.com"
    );
}
