//! Reading users back: `get_by_id_*`, `find_by_email_*` and `list_users_*`.
//!
//! The data is chosen so that the usual near misses give a different answer from a right one:
//! rows stored out of id order, ids with gaps and of different widths (2, 9, 10, 100), names and
//! emails that sort in neither id order nor each other's, two emails that differ only in case,
//! and emails with the characters LIKE reads as wildcards. Every call into the learner's code
//! goes through `unless_it_panics`, so a panic there (an `unwrap()` on a missing row) still ends
//! with the check's explanation.

use std::fmt::Debug;

use level1::models::User;
use sqlx::PgPool;

use crate::support::{
    ids_in_storage_order, move_users_table_away, seed_users_with_ids, unless_it_panics,
};

/// The checks of `get_by_id_*`, listed once for both tracks: one `#[test]` each, for the
/// checks file that calls `crate::get_by_id_checks!();`. That file defines `EXERCISE` and
/// `track(&db)`, its `get_user` as a callable.
#[macro_export]
macro_rules! get_by_id_checks {
    () => {
        harness::checks!(&$crate::support::LEVEL, $crate::shared::lookup::get_by_id, |db| (EXERCISE, &db.pool().await, track(&db).await);
            finds_a_user_by_id,
            a_missing_id_is_none,
            a_real_failure_is_an_error,
        );
    };
}

/// The checks of `find_by_email_*`, listed once for both tracks: one `#[test]` each, for the
/// checks file that calls `crate::find_by_email_checks!();`. That file defines `EXERCISE` and
/// `track(&db)`, its `find_user_by_email` as a callable.
#[macro_export]
macro_rules! find_by_email_checks {
    () => {
        harness::checks!(&$crate::support::LEVEL, $crate::shared::lookup::find_by_email, |db| (EXERCISE, &db.pool().await, track(&db).await);
            finds_a_user_by_email,
            an_unknown_email_is_none,
            a_real_failure_is_an_error,
        );
    };
}

/// The checks of `list_users_*`, listed once for both tracks: one `#[test]` each, for the
/// checks file that calls `crate::list_users_checks!();`. That file defines `EXERCISE` and
/// `track(&db)`, its `list_users` as a callable.
#[macro_export]
macro_rules! list_users_checks {
    () => {
        harness::checks!(&$crate::support::LEVEL, $crate::shared::lookup::list_users, |db| (EXERCISE, &db.pool().await, track(&db).await);
            lists_everyone_in_id_order,
            lists_every_one_of_many,
        );
        harness::checks!(&$crate::support::LEVEL, $crate::shared::lookup::list_users, |db| (EXERCISE, track(&db).await);
            an_empty_table_lists_nobody,
        );
    };
}

/// The checks of `get_by_id_*`.
pub mod get_by_id {
    use std::fmt::Debug;

    use level1::models::User;
    use sqlx::PgPool;

    pub use super::{a_missing_id_is_none, finds_a_user_by_id};

    /// A real failure is an error, not "no such user", when looking up user 3 by id.
    pub async fn a_real_failure_is_an_error<E: Debug>(
        exercise: &str,
        pool: &PgPool,
        mut get: impl AsyncFnMut(i64) -> Result<Option<User>, E>,
    ) {
        let lookup = async || get(3).await;
        super::a_real_failure_is_an_error(exercise, "get_user(3)", pool, lookup).await;
    }
}

/// The checks of `find_by_email_*`.
pub mod find_by_email {
    use std::fmt::Debug;

    use level1::models::User;
    use sqlx::PgPool;

    pub use super::{an_unknown_email_is_none, finds_a_user_by_email};

    /// A real failure is an error, not "no such user", when looking up Alice by her email.
    pub async fn a_real_failure_is_an_error<E: Debug>(
        exercise: &str,
        pool: &PgPool,
        mut find: impl AsyncFnMut(&str) -> Result<Option<User>, E>,
    ) {
        let lookup = async || find("alice@example.com").await;
        let call = "find_user_by_email(\"alice@example.com\")";
        super::a_real_failure_is_an_error(exercise, call, pool, lookup).await;
    }
}

/// The checks of `list_users_*`.
pub mod list_users {
    pub use super::{
        an_empty_table_lists_nobody, lists_every_one_of_many, lists_everyone_in_id_order,
    };
}

/// What a missing row is, in the words every lookup check uses (and the manifest's
/// `fails_with` of the `find_by_email_*` exercises).
const MISSING_IS_NONE: &str = "A missing row is an ordinary answer: return Ok(None), not an \
    error and not a panic, and keep errors for real failures. SQLAlchemy's session.get returns \
    None too.";

/// Three users, stored out of id order, with a gap in the ids (so a "position" is not an id).
const THREE: [(i64, &str, &str); 3] = [
    (7, "Bob", "bob@example.com"),
    (3, "Alice", "alice@example.com"),
    (12, "Carol", "carol@example.com"),
];

fn user((id, name, email): (i64, &str, &str)) -> User {
    User {
        id,
        name: name.into(),
        email: email.into(),
    }
}

fn describe(user: &Option<User>) -> String {
    match user {
        Some(u) => format!("user {} ({}, {})", u.id, u.name, u.email),
        None => "nobody (None)".into(),
    }
}

/// Every stored user is found by her id, with all her fields, whatever order the rows are
/// stored in.
pub async fn finds_a_user_by_id<E: Debug>(
    exercise: &str,
    pool: &PgPool,
    mut get: impl AsyncFnMut(i64) -> Result<Option<User>, E>,
) {
    seed_users_with_ids(pool, &THREE).await;
    for row in THREE {
        let id = row.0;
        let found = unless_it_panics(
            exercise,
            &format!("get_user({id})"),
            &format!("User {id} exists and should be found."),
            get(id),
        )
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] get_user({id}) failed: {e:?}"));
        let expected = Some(user(row));
        assert!(
            found == expected,
            "[{exercise}] get_user({id}) should find {}, but found {}. Is the WHERE clause on \
             the id, with the id bound as a parameter?",
            describe(&expected),
            describe(&found)
        );
    }
}

/// An id nobody has is `Ok(None)`: a normal answer, not an error and not a panic.
pub async fn a_missing_id_is_none<E: Debug>(
    exercise: &str,
    pool: &PgPool,
    mut get: impl AsyncFnMut(i64) -> Result<Option<User>, E>,
) {
    seed_users_with_ids(pool, &THREE).await;
    // One id far past the others, one in a gap between them.
    for id in [999_999, 5] {
        let outcome = unless_it_panics(
            exercise,
            &format!("get_user({id}) for an id nobody has"),
            MISSING_IS_NONE,
            get(id),
        )
        .await;
        match outcome {
            Ok(None) => {}
            Ok(Some(found)) => panic!(
                "[{exercise}] get_user({id}) found {}, but no user has id {id}: expected None",
                describe(&Some(found))
            ),
            Err(e) => panic!(
                "[{exercise}] get_user({id}) returned an error for an id nobody has: {e:?}. \
                 {MISSING_IS_NONE}"
            ),
        }
    }
}

/// A real failure (the table is gone) is an error, not "no such user". The negative control
/// first: the same lookup works while the table is there.
async fn a_real_failure_is_an_error<E: Debug>(
    exercise: &str,
    call: &str,
    pool: &PgPool,
    mut lookup: impl AsyncFnMut() -> Result<Option<User>, E>,
) {
    seed_users_with_ids(pool, &THREE).await;
    let before = unless_it_panics(
        exercise,
        call,
        "The user exists and should be found.",
        lookup(),
    )
    .await
    .unwrap_or_else(|e| panic!("[{exercise}] {call} failed while everything was fine: {e:?}"));
    assert!(
        before.is_some(),
        "[{exercise}] {call} found nobody, but the user is there"
    );

    move_users_table_away(pool).await;
    let after = unless_it_panics(
        exercise,
        &format!("{call}, with the users table gone,"),
        "A real failure should come back as Err, for the caller to handle.",
        lookup(),
    )
    .await;
    match after {
        Err(_) => {}
        Ok(None) => panic!(
            "[{exercise}] with the users table gone, {call} returned Ok(None): a real failure \
             was turned into \"no such user\", and the caller will answer 404 while the \
             database is broken. Only an empty result is None; every other error stays an Err \
             (`.ok()` or a catch-all `Err(_) => Ok(None)` throws it away)."
        ),
        Ok(Some(found)) => panic!(
            "[{exercise}] with the users table gone, {call} still returned {}: expected an error",
            describe(&Some(found))
        ),
    }
}

/// Every stored user is found by her exact email; two emails that differ only in case are two
/// users.
pub async fn finds_a_user_by_email<E: Debug>(
    exercise: &str,
    pool: &PgPool,
    mut find: impl AsyncFnMut(&str) -> Result<Option<User>, E>,
) {
    let users = [
        THREE[0],
        THREE[1],
        THREE[2],
        // The same address with another case: a second user as far as the UNIQUE rule (and
        // the mail server's local part) is concerned. Stored after Bob, so a lookup that
        // ignores case finds Bob first.
        (4, "Bobby", "BOB@example.com"),
    ];
    seed_users_with_ids(pool, &users).await;
    for row in users {
        let email = row.2;
        let found = unless_it_panics(
            exercise,
            &format!("find_user_by_email(\"{email}\")"),
            "That user exists and should be found.",
            find(email),
        )
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] find_user_by_email(\"{email}\") failed: {e:?}"));
        let expected = Some(user(row));
        assert!(
            found == expected,
            "[{exercise}] find_user_by_email(\"{email}\") should find {}, but found {}: only \
             the exact email should match. Compare with =, not LIKE or ILIKE, and not \
             lower() on both sides (another user's email may differ only in case).",
            describe(&expected),
            describe(&found)
        );
    }
}

/// An email nobody has is `Ok(None)`, including ones that look like a stored email to a
/// pattern match (LIKE wildcards, a part of an address) or to a case-blind comparison.
pub async fn an_unknown_email_is_none<E: Debug>(
    exercise: &str,
    pool: &PgPool,
    mut find: impl AsyncFnMut(&str) -> Result<Option<User>, E>,
) {
    seed_users_with_ids(pool, &THREE).await;
    let nobody_has = [
        "nobody@example.com",
        "CAROL@EXAMPLE.COM",
        "b_b@example.com",
        "%@example.com",
        "ob@example.com",
        "alice@example",
    ];
    for email in nobody_has {
        let outcome = unless_it_panics(
            exercise,
            &format!("find_user_by_email(\"{email}\") for an email nobody has"),
            MISSING_IS_NONE,
            find(email),
        )
        .await;
        match outcome {
            Ok(None) => {}
            Ok(Some(found)) => panic!(
                "[{exercise}] find_user_by_email(\"{email}\") found {}, but nobody has that \
                 email: only the exact email should match. LIKE and ILIKE read % and _ as \
                 wildcards, ILIKE and lower() ignore case, and '%' || $1 || '%' matches part \
                 of an address: compare with =.",
                describe(&Some(found))
            ),
            Err(e) => panic!(
                "[{exercise}] find_user_by_email(\"{email}\") returned an error for an email \
                 nobody has: {e:?}. {MISSING_IS_NONE}"
            ),
        }
    }
}

/// Five users, stored in an order that is none of: id order, highest id first, name order,
/// email order, or id order read as text. So each of those mistakes lists them differently,
/// and the check can say which one it saw.
const FIVE: [(i64, &str, &str); 5] = [
    (10, "Carol", "a.carol@example.com"),
    (2, "Zed", "m.zed@example.com"),
    (100, "Alice", "z.alice@example.com"),
    (9, "Bob", "b.bob@example.com"),
    (11, "Mallory", "c.mallory@example.com"),
];

/// Users stored out of id order are listed in id order, lowest first.
pub async fn lists_everyone_in_id_order<E: Debug>(
    exercise: &str,
    pool: &PgPool,
    mut list: impl AsyncFnMut() -> Result<Vec<User>, E>,
) {
    seed_users_with_ids(pool, &FIVE).await;
    let users = unless_it_panics(exercise, "list_users()", "Five users are stored.", list())
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] list_users failed: {e:?}"));
    let ids: Vec<i64> = users.iter().map(|u| u.id).collect();
    let mut expected: Vec<User> = FIVE.into_iter().map(user).collect();
    expected.sort_by_key(|u| u.id);
    let expected_ids: Vec<i64> = expected.iter().map(|u| u.id).collect();

    let mut listed = ids.clone();
    listed.sort_unstable();
    assert!(
        listed == expected_ids,
        "[{exercise}] list_users should return all five stored users, ids {expected_ids:?} in \
         some order, but returned ids {ids:?}"
    );

    if ids != expected_ids {
        let by = |key: fn(&User) -> String| {
            let mut sorted = expected.clone();
            sorted.sort_by_key(key);
            sorted.iter().map(|u| u.id).collect::<Vec<_>>()
        };
        let mut highest_first = expected_ids.clone();
        highest_first.reverse();
        // Storage order first: it is what a query without ORDER BY (or with a constant one,
        // ORDER BY 'id') returns from a table this small.
        let seen = if ids == ids_in_storage_order(pool).await {
            "in the order they happen to be stored in. SQL promises no order at all without \
             ORDER BY: a table often reads back in insertion order, until an UPDATE or a VACUUM \
             moves rows"
        } else if ids == highest_first {
            "highest id first; lowest id first was asked (ORDER BY id is ascending unless told \
             DESC)"
        } else if ids == by(|u| u.name.clone()) {
            "sorted by name, not by id"
        } else if ids == by(|u| u.email.clone()) {
            "sorted by email, not by id"
        } else if ids == by(|u| u.id.to_string()) {
            "sorted by the ids read as text (\"10\" before \"2\"), not as numbers"
        } else {
            "in an order that is not id order"
        };
        panic!(
            "[{exercise}] list_users returned the users {seen}: ids {ids:?}, expected \
             {expected_ids:?}."
        );
    }
    assert!(
        users == expected,
        "[{exercise}] list_users has the ids in the right order, but not the stored names and \
         emails: expected {expected:?}, found {users:?}"
    );
}

/// Every user is listed, however many there are: no LIMIT left in from a page of results.
pub async fn lists_every_one_of_many<E: Debug>(
    exercise: &str,
    pool: &PgPool,
    mut list: impl AsyncFnMut() -> Result<Vec<User>, E>,
) {
    const MANY: i64 = 1500;
    // Ids 1..=1500 stored in a shuffled order (a fixed permutation: 7 and 1500 share no
    // factor, so i * 7 mod 1500 visits every residue once).
    sqlx::query(
        "INSERT INTO users (id, name, email) \
         SELECT (i * 7) % $1 + 1, 'User ' || i, 'user' || i || '@example.com' \
         FROM generate_series(1, $1) AS i",
    )
    .bind(MANY)
    .execute(pool)
    .await
    .expect("test setup: seeding many users");
    let users = unless_it_panics(exercise, "list_users()", "1500 users are stored.", list())
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] list_users failed with 1500 users: {e:?}"));
    assert!(
        users.len() as i64 == MANY,
        "[{exercise}] 1500 users are stored, list_users returned {}: every user should be \
         listed (is a LIMIT left in the query?)",
        users.len()
    );
    let in_order = users.windows(2).all(|w| w[0].id < w[1].id);
    assert!(
        in_order,
        "[{exercise}] with 1500 users, list_users did not return them lowest id first (first \
         ids: {:?}). SQL promises no order at all without ORDER BY, and the order asked for is \
         by id, ascending.",
        users.iter().take(8).map(|u| u.id).collect::<Vec<_>>()
    );
}

/// An empty table lists as an empty vector, not an error.
pub async fn an_empty_table_lists_nobody<E: Debug>(
    exercise: &str,
    mut list: impl AsyncFnMut() -> Result<Vec<User>, E>,
) {
    let users = unless_it_panics(
        exercise,
        "list_users() on an empty table",
        "An empty table is an empty list.",
        list(),
    )
    .await
    .unwrap_or_else(|e| panic!("[{exercise}] list_users failed on an empty table: {e:?}"));
    assert!(
        users.is_empty(),
        "[{exercise}] the table is empty, but list_users returned {} users",
        users.len()
    );
}
