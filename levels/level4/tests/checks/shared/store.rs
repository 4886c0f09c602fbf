//! The store's contract, checked on the store itself.

use level4::store::{StoreError, UserStore};
use rust_decimal::Decimal;

fn dec(text: &str) -> Decimal {
    text.parse().unwrap()
}

pub async fn create_then_get(exercise: &str, store: impl UserStore) {
    let alice = store
        .create("Alice", "alice@example.com")
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] create failed: {e}"));
    assert_eq!(
        (alice.name.as_str(), alice.email.as_str(), alice.balance),
        ("Alice", "alice@example.com", Decimal::ZERO),
        "[{exercise}] create should return the stored user, with a zero balance"
    );
    let again = store
        .get(alice.id)
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] get({}) failed: {e}", alice.id));
    assert_eq!(
        again, alice,
        "[{exercise}] get should return what create stored"
    );
}

pub async fn a_taken_email_is_duplicate_email(exercise: &str, store: impl UserStore) {
    store.create("Alice", "alice@example.com").await.unwrap();
    match store.create("Other Alice", "alice@example.com").await {
        Err(StoreError::DuplicateEmail { email }) => assert_eq!(email, "alice@example.com"),
        other => panic!(
            "[{exercise}] a second user with a taken email should be DuplicateEmail, got {other:?}"
        ),
    }
}

pub async fn a_missing_user_is_not_found(exercise: &str, store: impl UserStore) {
    let missing = 424_242;
    let get = store.get(missing).await;
    assert!(
        matches!(get, Err(StoreError::NotFound { id }) if id == missing),
        "[{exercise}] get of a missing user should be NotFound {{ id: {missing} }}, got {get:?}"
    );
    let set = store.set_balance(missing, dec("1.00")).await;
    assert!(
        matches!(set, Err(StoreError::NotFound { id }) if id == missing),
        "[{exercise}] set_balance of a missing user should be NotFound, got {set:?}"
    );
    let delete = store.delete(missing).await;
    assert!(
        matches!(delete, Err(StoreError::NotFound { id }) if id == missing),
        "[{exercise}] delete of a missing user should be NotFound, got {delete:?}"
    );
}

pub async fn list_pages_in_id_order(exercise: &str, store: impl UserStore) {
    let mut ids = Vec::new();
    for n in 0..5 {
        ids.push(
            store
                .create(&format!("User {n}"), &format!("u{n}@example.com"))
                .await
                .unwrap()
                .id,
        );
    }
    let first = store
        .list(2, None)
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] list failed: {e}"));
    let got: Vec<i64> = first.users.iter().map(|u| u.id).collect();
    assert_eq!(
        got,
        ids[..2],
        "[{exercise}] the first page of 2 should be the two lowest ids"
    );
    assert_eq!(
        first.next_cursor,
        Some(ids[1]),
        "[{exercise}] a page followed by more users should give the last id as next_cursor"
    );
    let second = store.list(2, first.next_cursor).await.unwrap();
    assert_eq!(
        second.users.iter().map(|u| u.id).collect::<Vec<_>>(),
        ids[2..4]
    );
    let third = store.list(2, second.next_cursor).await.unwrap();
    assert_eq!(
        third.users.iter().map(|u| u.id).collect::<Vec<_>>(),
        ids[4..]
    );
    assert_eq!(
        third.next_cursor, None,
        "[{exercise}] the last page should have no next_cursor"
    );
    let all = store.list(10, None).await.unwrap();
    assert_eq!(all.users.len(), 5);
    assert_eq!(
        all.next_cursor, None,
        "[{exercise}] everything fit: no next_cursor"
    );
}

pub async fn set_balance_then_delete(exercise: &str, store: impl UserStore) {
    let alice = store.create("Alice", "alice@example.com").await.unwrap();
    let updated = store
        .set_balance(alice.id, dec("100.00"))
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] set_balance failed: {e}"));
    assert_eq!(
        updated.balance,
        dec("100.00"),
        "[{exercise}] set_balance should return the new balance"
    );
    assert_eq!(store.get(alice.id).await.unwrap().balance, dec("100.00"));
    store
        .delete(alice.id)
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] delete failed: {e}"));
    assert!(
        matches!(store.get(alice.id).await, Err(StoreError::NotFound { .. })),
        "[{exercise}] a deleted user should be gone"
    );
}

pub async fn transfer_moves_money_or_says_why_not(exercise: &str, store: impl UserStore) {
    let alice = store.create("Alice", "alice@example.com").await.unwrap();
    let bob = store.create("Bob", "bob@example.com").await.unwrap();
    store.set_balance(alice.id, dec("100.00")).await.unwrap();
    store
        .transfer(alice.id, bob.id, dec("30.25"))
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] transfer failed: {e}"));
    assert_eq!(store.get(alice.id).await.unwrap().balance, dec("69.75"));
    assert_eq!(store.get(bob.id).await.unwrap().balance, dec("30.25"));

    let too_much = store.transfer(bob.id, alice.id, dec("30.26")).await;
    assert!(
        matches!(too_much, Err(StoreError::InsufficientFunds { id, .. }) if id == bob.id),
        "[{exercise}] Bob has 30.25 and sends 30.26: expected InsufficientFunds, got {too_much:?}"
    );
    let unknown = store.transfer(alice.id, 424_242, dec("1.00")).await;
    assert!(
        matches!(unknown, Err(StoreError::NotFound { id: 424_242 })),
        "[{exercise}] a transfer to a missing user: expected NotFound, got {unknown:?}"
    );
    assert_eq!(
        store.get(alice.id).await.unwrap().balance,
        dec("69.75"),
        "[{exercise}] a refused transfer changed a balance"
    );
}
