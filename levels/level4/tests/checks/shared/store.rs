//! The store's contract, checked on the store itself.
//!
//! Written the way a reviewer reads a store: the data is chosen so that a wrong answer cannot
//! pass by luck (users inserted out of id order, with names that do not sort like their ids, a
//! last page that is exactly full), a transfer is made to fail on each of its two UPDATEs in
//! turn, and transfers run a hundred at once with every UPDATE slowed down, so that a missing
//! row lock loses money every time rather than now and then.

use std::sync::Arc;

use harness::TestDb;
use level4::store::{StoreError, User, UserStore};
use rust_decimal::Decimal;
use sqlx::PgPool;

fn dec(text: &str) -> Decimal {
    text.parse().unwrap()
}

/// Run one of the store's calls; if it panics, fail with the check's words, quoting the panic.
async fn call<T>(exercise: &str, what: &str, future: impl std::future::Future<Output = T>) -> T {
    harness::catch_panic(future).await.unwrap_or_else(|panic| {
        panic!(
            "[{exercise}] {what} panicked ({panic}): a store answers with a `StoreError`, it \
             does not panic"
        )
    })
}

/// Run one of the store's calls that must succeed: a panic, or an error, fails the check in
/// its own words.
async fn must<T>(
    exercise: &str,
    what: &str,
    future: impl std::future::Future<Output = Result<T, StoreError>>,
) -> T {
    call(exercise, what, future)
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] {what} failed: {e}"))
}

/// Insert a user by plain SQL, with this id and balance.
async fn seed(pool: &PgPool, id: i64, name: &str, balance: &str) {
    sqlx::query("INSERT INTO users (id, name, email, balance) VALUES ($1, $2, $3, $4::numeric)")
        .bind(id)
        .bind(name)
        .bind(format!("{}@example.com", name.to_lowercase()))
        .bind(balance)
        .execute(pool)
        .await
        .expect("test setup: seeding a user");
}

/// Every balance, read through the test's own connection, by id.
async fn balances(pool: &PgPool) -> Vec<(i64, Decimal)> {
    sqlx::query_as("SELECT id, balance FROM users ORDER BY id")
        .fetch_all(pool)
        .await
        .expect("test: reading the balances")
}

pub async fn create_then_get(exercise: &str, store: impl UserStore) {
    let alice = call(
        exercise,
        "create",
        store.create("Alice", "alice@example.com"),
    )
    .await
    .unwrap_or_else(|e| panic!("[{exercise}] create failed: {e}"));
    assert!(
        (alice.name.as_str(), alice.email.as_str(), alice.balance)
            == ("Alice", "alice@example.com", Decimal::ZERO),
        "[{exercise}] create should return the stored user, with a zero balance; got {alice:?}"
    );
    let again = call(exercise, "get", store.get(alice.id))
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] get({}) failed: {e}", alice.id));
    assert!(
        again == alice,
        "[{exercise}] get should return what create stored: {alice:?}, got {again:?}"
    );
}

/// A taken email is `DuplicateEmail`, and the store goes on working: the next user with a new
/// email is created (a negative control for an answer that calls everything a duplicate).
pub async fn a_taken_email_is_duplicate_email(exercise: &str, store: impl UserStore) {
    must(
        exercise,
        "create(\"Alice\", \"alice@example.com\")",
        store.create("Alice", "alice@example.com"),
    )
    .await;
    match call(
        exercise,
        "create with a taken email",
        store.create("Other Alice", "alice@example.com"),
    )
    .await
    {
        Err(StoreError::DuplicateEmail { email }) => assert!(
            email == "alice@example.com",
            "[{exercise}] DuplicateEmail should name the taken email alice@example.com, \
             named {email:?}"
        ),
        other => panic!(
            "[{exercise}] a second user with a taken email should be DuplicateEmail, got {other:?}"
        ),
    }
    let bob = call(
        exercise,
        "create(\"Bob\", \"bob@example.com\")",
        store.create("Bob", "bob@example.com"),
    )
    .await;
    assert!(
        bob.is_ok(),
        "[{exercise}] after a duplicate email was refused, a user with a new email should be \
         created, got {bob:?}"
    );
}

pub async fn a_missing_user_is_not_found(exercise: &str, store: impl UserStore) {
    let missing = 424_242;
    let get = call(exercise, "get of a missing user", store.get(missing)).await;
    assert!(
        matches!(get, Err(StoreError::NotFound { id }) if id == missing),
        "[{exercise}] get of a missing user should be NotFound {{ id: {missing} }}, got {get:?}: \
         a missing row is an ordinary answer"
    );
    let set = call(
        exercise,
        "set_balance of a missing user",
        store.set_balance(missing, dec("1.00")),
    )
    .await;
    assert!(
        matches!(set, Err(StoreError::NotFound { id }) if id == missing),
        "[{exercise}] set_balance of a missing user should be NotFound {{ id: {missing} }}, \
         got {set:?}"
    );
    let delete = call(exercise, "delete of a missing user", store.delete(missing)).await;
    assert!(
        matches!(delete, Err(StoreError::NotFound { id }) if id == missing),
        "[{exercise}] delete of a missing user should be NotFound {{ id: {missing} }}, got \
         {delete:?}: check how many rows the DELETE removed"
    );
}

/// One page asked for: what it is, `limit`, `after`, the ids it must hold, its `next_cursor`.
type PageCase = (&'static str, u32, Option<i64>, Vec<i64>, Option<i64>);

/// Keyset pages, on users inserted out of id order (so the table's physical order is not the
/// id order) whose names do not sort like their ids: only `ORDER BY id` gives these pages.
/// Pages of 2 over five users, then a last page that is exactly full, which must have no
/// `next_cursor` (an answer that fetches `limit` rows instead of `limit + 1` cannot tell).
pub async fn list_pages_in_id_order(exercise: &str, db: &TestDb, store: impl UserStore) {
    let pool = db.pool().await;
    for (id, name) in [
        (40, "Ann"),
        (10, "Zoe"),
        (50, "Bea"),
        (20, "Yann"),
        (30, "Cy"),
    ] {
        seed(&pool, id, name, "0").await;
    }
    let page = async |limit: u32, after: Option<i64>| {
        let page = call(exercise, "list", store.list(limit, after))
            .await
            .unwrap_or_else(|e| panic!("[{exercise}] list({limit}, {after:?}) failed: {e}"));
        (
            page.users.iter().map(|u| u.id).collect::<Vec<i64>>(),
            page.next_cursor,
        )
    };
    #[rustfmt::skip]
    let cases: Vec<PageCase> = vec![
        ("the first page of 2", 2, None, vec![10, 20], Some(20)),
        ("the page of 2 after 20", 2, Some(20), vec![30, 40], Some(40)),
        ("the last page (one user left)", 2, Some(40), vec![50], None),
        ("the page of 2 after 30, exactly full with nobody after it", 2, Some(30), vec![40, 50], None),
        ("a page of 5 holding all five users", 5, None, vec![10, 20, 30, 40, 50], None),
        ("a page of 4 with one user after it", 4, None, vec![10, 20, 30, 40], Some(40)),
        ("a page of 10 after the last user", 10, Some(50), vec![], None),
    ];
    for (what, limit, after, ids, next) in cases {
        let (got, cursor) = page(limit, after).await;
        assert!(
            got == ids,
            "[{exercise}] with users 10, 20, 30, 40, 50 (inserted out of order, names not in \
             id order), {what} should hold users {ids:?} in id order, lowest first; it held \
             {got:?}"
        );
        assert!(
            cursor == next,
            "[{exercise}] {what} (users {ids:?}) should have next_cursor {next:?}, had \
             {cursor:?}: the cursor is the last id of a page followed by more users, and None \
             when nothing follows, even when the page is exactly full"
        );
    }
}

/// Alice and Bob, created through the store under check.
async fn alice_and_bob(exercise: &str, store: &impl UserStore) -> (User, User) {
    let alice = must(
        exercise,
        "create(\"Alice\", \"alice@example.com\")",
        store.create("Alice", "alice@example.com"),
    )
    .await;
    let bob = must(
        exercise,
        "create(\"Bob\", \"bob@example.com\")",
        store.create("Bob", "bob@example.com"),
    )
    .await;
    (alice, bob)
}

pub async fn set_balance_then_delete(exercise: &str, store: impl UserStore) {
    let (alice, bob) = alice_and_bob(exercise, &store).await;
    let updated = call(
        exercise,
        "set_balance",
        store.set_balance(alice.id, dec("100.00")),
    )
    .await
    .unwrap_or_else(|e| panic!("[{exercise}] set_balance failed: {e}"));
    assert!(
        updated.balance == dec("100.00") && updated.id == alice.id,
        "[{exercise}] set_balance(alice, 100.00) should return Alice with the new balance, \
         got {updated:?}"
    );
    let (a, b) = (
        must(exercise, "get(alice)", store.get(alice.id))
            .await
            .balance,
        must(exercise, "get(bob)", store.get(bob.id)).await.balance,
    );
    assert!(
        (a, b) == (dec("100.00"), Decimal::ZERO),
        "[{exercise}] after set_balance(alice, 100.00), Alice should hold 100.00 and Bob 0; \
         they hold {a} and {b}"
    );
    call(exercise, "delete", store.delete(alice.id))
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] delete failed: {e}"));
    let gone = call(exercise, "get of a deleted user", store.get(alice.id)).await;
    assert!(
        matches!(gone, Err(StoreError::NotFound { .. })),
        "[{exercise}] a deleted user should be gone (NotFound), got {gone:?}"
    );
    let r = call(exercise, "get(bob)", store.get(bob.id)).await;
    assert!(
        r.is_ok(),
        "[{exercise}] after deleting Alice, get(bob) returned {r:?}; Bob should still be there"
    );
}

pub async fn transfer_moves_money_or_says_why_not(exercise: &str, store: impl UserStore) {
    let (alice, bob) = alice_and_bob(exercise, &store).await;
    must(
        exercise,
        "set_balance(alice, 100.00)",
        store.set_balance(alice.id, dec("100.00")),
    )
    .await;
    call(
        exercise,
        "transfer",
        store.transfer(alice.id, bob.id, dec("30.25")),
    )
    .await
    .unwrap_or_else(|e| panic!("[{exercise}] transfer failed: {e}"));
    let (a, b) = (
        must(exercise, "get(alice)", store.get(alice.id))
            .await
            .balance,
        must(exercise, "get(bob)", store.get(bob.id)).await.balance,
    );
    assert!(
        (a, b) == (dec("69.75"), dec("30.25")),
        "[{exercise}] after Alice (100.00) sent Bob 30.25, Alice should hold 69.75 and Bob \
         30.25; they hold {a} and {b}"
    );

    let too_much = call(
        exercise,
        "transfer of too much",
        store.transfer(bob.id, alice.id, dec("30.26")),
    )
    .await;
    assert!(
        matches!(too_much, Err(StoreError::InsufficientFunds { id, .. }) if id == bob.id),
        "[{exercise}] Bob has 30.25 and sends 30.26: expected InsufficientFunds naming Bob, got \
         {too_much:?}"
    );
    // Exactly all of it is not too much: a balance may fall to zero.
    call(
        exercise,
        "transfer of a whole balance",
        store.transfer(bob.id, alice.id, dec("30.25")),
    )
    .await
    .unwrap_or_else(|e| {
        panic!(
            "[{exercise}] Bob has 30.25 and sends all of it: that must succeed (a balance may \
             fall to zero; only more than the balance is too much), but the transfer failed: {e}"
        )
    });
    for (what, from, to) in [("to", alice.id, 424_242), ("from", 424_242, alice.id)] {
        let unknown = call(
            exercise,
            "transfer with a missing user",
            store.transfer(from, to, dec("1.00")),
        )
        .await;
        assert!(
            matches!(unknown, Err(StoreError::NotFound { id: 424_242 })),
            "[{exercise}] a transfer {what} a missing user: expected NotFound {{ id: 424242 }}, \
             got {unknown:?}"
        );
    }
    let (a, b) = (
        must(exercise, "get(alice)", store.get(alice.id))
            .await
            .balance,
        must(exercise, "get(bob)", store.get(bob.id)).await.balance,
    );
    assert!(
        (a, b) == (dec("100.00"), dec("0.00")),
        "[{exercise}] after Bob sent his whole 30.25 back, Alice should hold 100.00 and Bob 0.00 \
         (the refused transfers changing nothing); they hold {a} and {b}"
    );
}

/// A transfer whose UPDATE of Bob's row fails (a trigger the test installs) changes nothing,
/// in both directions, so the failure hits the first UPDATE in one and the second in the
/// other, whichever order the answer runs them in. The error is the database's, not a
/// `NotFound` or `InsufficientFunds` (both users exist and can pay). Then, as a negative
/// control, a transfer that does not touch Bob still goes through.
pub async fn a_failed_transfer_changes_nothing(exercise: &str, db: &TestDb, store: impl UserStore) {
    let pool = db.pool().await;
    seed(&pool, 1, "Alice", "100.00").await;
    seed(&pool, 2, "Bob", "100.00").await;
    seed(&pool, 3, "Carol", "100.00").await;
    sqlx::raw_sql(
        "CREATE FUNCTION injected_failure() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             RAISE EXCEPTION 'injected failure: this UPDATE of Bob fails on purpose';
         END $$;
         CREATE TRIGGER injected_failure BEFORE UPDATE ON users
             FOR EACH ROW WHEN (OLD.name = 'Bob') EXECUTE FUNCTION injected_failure();",
    )
    .execute(&pool)
    .await
    .expect("test setup: installing the failing trigger");
    let before = balances(&pool).await;

    for (what, from, to) in [("Alice to Bob", 1, 2), ("Bob to Alice", 2, 1)] {
        let result = call(exercise, "transfer", store.transfer(from, to, dec("30.00"))).await;
        assert!(
            matches!(
                result,
                Err(StoreError::Internal(_)
                    | StoreError::Unavailable(_)
                    | StoreError::InvalidInput(_))
            ),
            "[{exercise}] a transfer of 30.00 from {what}, where the UPDATE of Bob's row fails \
             (the test made it fail), should return the database's error, got {result:?}: \
             both users exist and can pay, so neither NotFound nor InsufficientFunds (and not \
             Ok) is the truth"
        );
        let after = balances(&pool).await;
        assert!(
            after == before,
            "[{exercise}] a transfer of 30.00 from {what} failed on the UPDATE of Bob's row, yet \
             the balances changed from {before:?} to {after:?}: the other UPDATE stayed. Both \
             UPDATEs must run in one transaction, so a failure of either rolls back both"
        );
    }
    let control = call(exercise, "transfer", store.transfer(1, 3, dec("30.00"))).await;
    let after = balances(&pool).await;
    assert!(
        control.is_ok() && after == vec![(1, dec("70.00")), (2, dec("100.00")), (3, dec("130.00"))],
        "[{exercise}] after the failed transfers, Alice sends Carol 30.00: it should succeed and \
         leave Alice 70.00 and Carol 130.00; it returned {control:?} and left {after:?}"
    );
}

/// A transfer that would take the recipient past what NUMERIC(12,2) holds is the client's
/// request refused (`InvalidInput`: a 422), not a server fault (a 500), and moves nothing.
pub async fn a_transfer_past_the_largest_balance_is_refused(
    exercise: &str,
    db: &TestDb,
    store: impl UserStore,
) {
    let pool = db.pool().await;
    seed(&pool, 1, "Alice", "100.00").await;
    seed(&pool, 2, "Carol", "9999999999.00").await;
    let before = balances(&pool).await;
    let result = call(exercise, "transfer", store.transfer(1, 2, dec("50.00"))).await;
    assert!(
        matches!(result, Err(StoreError::InvalidInput(_))),
        "[{exercise}] Alice sends 50.00 to Carol, who holds 9999999999.00: her balance would pass          what NUMERIC(12,2) holds, and PostgreSQL refuses the UPDATE (SQLSTATE 22003, numeric          field overflow). That is the client asking for the impossible, so InvalidInput (a 422),          got {result:?}. The store's `From<sqlx::Error>` (and `From<diesel::result::Error>`)          mapping says so when the error reaches it through `?`"
    );
    let after = balances(&pool).await;
    assert!(
        after == before,
        "[{exercise}] the refused transfer changed the balances from {before:?} to {after:?}:          the debit must roll back with the credit that failed"
    );
}

/// A hundred transfers at once through the store, in pairs of opposite directions between the
/// same two users, with every row UPDATE slowed down so they really overlap: no money made or
/// lost, no balance below zero, and no error but `InsufficientFunds` (or `Unavailable`: on a
/// loaded machine a transfer may wait longer for a connection than the pool allows).
pub async fn concurrent_transfers_conserve_money(
    exercise: &str,
    db: &TestDb,
    store: impl UserStore,
) {
    let pool = db.pool().await;
    let ids: Vec<i64> = (1..=10).collect();
    for id in &ids {
        seed(&pool, *id, &format!("User{id}"), "100.00").await;
    }
    harness::inject::slow_down_updates_of_users(&pool)
        .await
        .expect("test setup: installing the slow trigger");
    harness::inject::quick_deadlock_detection(&pool).await;

    let start = Arc::new(tokio::sync::Barrier::new(100));
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..50usize {
        let (a, b) = (ids[i % 10], ids[(i * 3 + 1) % 10]);
        let (a, b) = if a == b {
            (a, ids[(i + 5) % 10])
        } else {
            (a, b)
        };
        let amount = Decimal::new(500 + (i as i64 * 37) % 2500, 2); // 5.00 to 29.99
        for (from, to) in [(a, b), (b, a)] {
            let (store, start) = (store.clone(), start.clone());
            tasks.spawn(async move {
                start.wait().await;
                let result = harness::catch_panic(store.transfer(from, to, amount)).await;
                (from, to, result)
            });
        }
    }
    // Every result first, then the verdict: money made or lost is the worse news, so it is
    // told first (an answer without row locks often deadlocks too).
    let mut failures = Vec::new();
    let mut moved = 0;
    while let Some(joined) = tasks.join_next().await {
        let (from, to, result) = match joined {
            Ok(done) => done,
            Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            Err(e) => panic!("[{exercise}] a transfer task did not finish: {e}"),
        };
        match result {
            Ok(Ok(())) => moved += 1,
            // No connection in time: on a loaded machine a fair answer (the service's 503).
            Ok(Err(StoreError::InsufficientFunds { .. } | StoreError::Unavailable(_))) => {}
            Err(panic) => panic!(
                "[{exercise}] a transfer {from} -> {to} panicked under load ({panic}): a store \
                 answers with a `StoreError`"
            ),
            Ok(Err(error)) => failures.push((from, to, error)),
        }
    }
    let after = balances(&pool).await;
    let total: Decimal = after.iter().map(|(_, b)| *b).sum();
    assert!(
        total == dec("1000.00"),
        "[{exercise}] ten users held 1000.00 together; after 100 transfers at once they hold \
         {total}. Money was made or lost: a balance read before the update was stale (lock the \
         rows you read, FOR UPDATE) or an update escaped its transaction"
    );
    let negative: Vec<_> = after.iter().filter(|(_, b)| *b < Decimal::ZERO).collect();
    assert!(
        negative.is_empty(),
        "[{exercise}] balances went below zero: {negative:?}"
    );
    if moved == 0 {
        let first = failures
            .first()
            .map(|(from, to, error)| {
                format!(": the first to fail, {from} -> {to}, returned {error:?}")
            })
            .unwrap_or_default();
        panic!(
            "[{exercise}] of 100 transfers at once, none went through ({} failed with an error, \
             the rest were refused: InsufficientFunds or Unavailable){first}",
            failures.len()
        );
    }
    if let Some((from, to, error)) = failures.first() {
        let text = error.to_string();
        if text.contains("40P01") || text.to_lowercase().contains("deadlock") {
            panic!(
                "[{exercise}] a transfer {from} -> {to} failed with a deadlock ({} of 100 \
                 transfers failed): two transfers each held one row and waited for the other's. \
                 Lock the two rows in the same order every time (lowest id first). {error}",
                failures.len()
            );
        }
        // A balance pushed below zero is what the table's CHECK (balance_not_negative,
        // SQLSTATE 23514) refuses: only then did a transfer act on a stale balance.
        let debug = format!("{error:?}");
        if debug.contains("23514") || debug.contains("balance_not_negative") {
            panic!(
                "[{exercise}] a transfer {from} -> {to} failed under load: {error:?} ({} of 100 \
                 transfers failed). Two transfers at once from one user must not fail: lock the \
                 rows you read (FOR UPDATE), so the second waits for the first and sees its \
                 balance",
                failures.len()
            );
        }
        panic!(
            "[{exercise}] a transfer {from} -> {to} failed under load: {error:?} ({} of 100 \
             transfers failed); under load a transfer may only succeed or be refused \
             (InsufficientFunds, Unavailable).",
            failures.len()
        );
    }
}

/// The database answers a statement with an error (here: the test renames the users table
/// away, so every statement fails with "relation does not exist"). Each call must pass that
/// error on (`Internal`, the service's 500), never dress it up as a refusal the client would
/// believe: `NotFound`, `DuplicateEmail`, `InsufficientFunds`. An answer that maps every error
/// of a query to one variant (`.map_err(|_| ...)`, `.ok()`) fails here, whether or not the
/// pool's own errors went through `?` first.
pub async fn a_database_error_is_not_a_refusal(exercise: &str, db: &TestDb, store: impl UserStore) {
    let pool = db.pool().await;
    seed(&pool, 1, "Alice", "100.00").await;
    seed(&pool, 2, "Bob", "100.00").await;
    sqlx::query("ALTER TABLE users RENAME TO users_elsewhere")
        .execute(&pool)
        .await
        .expect("test setup: renaming the table");
    let hundred = dec("100.00");
    let show = |result: Result<String, StoreError>| match result {
        Err(StoreError::Internal(_) | StoreError::Unavailable(_)) => None,
        other => Some(format!("{other:?}")),
    };
    let results = [
        (
            "create(carol)",
            show(
                call(
                    exercise,
                    "create",
                    store.create("Carol", "carol@example.com"),
                )
                .await
                .map(|u| format!("{u:?}")),
            ),
        ),
        (
            "get(1)",
            show(
                call(exercise, "get", store.get(1))
                    .await
                    .map(|u| format!("{u:?}")),
            ),
        ),
        (
            "list(10, None)",
            show(
                call(exercise, "list", store.list(10, None))
                    .await
                    .map(|p| format!("{p:?}")),
            ),
        ),
        (
            "set_balance(1, 100.00)",
            show(
                call(exercise, "set_balance", store.set_balance(1, hundred))
                    .await
                    .map(|u| format!("{u:?}")),
            ),
        ),
        (
            "delete(2)",
            show(
                call(exercise, "delete", store.delete(2))
                    .await
                    .map(|()| "()".into()),
            ),
        ),
        (
            "transfer(1, 2, 100.00)",
            show(
                call(exercise, "transfer", store.transfer(1, 2, hundred))
                    .await
                    .map(|()| "()".into()),
            ),
        ),
    ];
    for (what, got) in results {
        if let Some(got) = got {
            panic!(
                "[{exercise}] with the users table gone (the test renamed it), {what} returned \
                 {got}: the database answered with an error, and the store must pass it on \
                 (StoreError::Internal, a 500), not turn it into an answer about the request. \
                 Handle the cases you mean (no row, a unique violation) and let `?` or \
                 `.into()` map the rest"
            );
        }
    }
}
