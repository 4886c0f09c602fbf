//! Names stored as given: `sql_injection_*`.
//!
//! Two ways to get this wrong survive a check that only stores awkward names: pasting one of
//! the two values into the SQL and binding the other, and pasting both after escaping quotes by
//! hand (which stores O'Brien correctly). So the checks put awkward text in both values
//! (quotes, backslashes, `$1`, dollar quotes, a hostile statement, unicode), and one of them
//! looks at the SQL text sent to the server: a value must never be part of it. The texts come
//! from the client side (`harness::capture`), which sees every statement sqlx or diesel sends.

use std::sync::Arc;

use level3::error::PitfallError;
use sqlx::PgPool;

use crate::support::BoxFuture;

/// The checks of `sql_injection_*`, listed once for both tracks: one `#[test]` each, for the
/// checks file that calls `crate::sql_injection_checks!();`. That file defines `EXERCISE` and
/// `run` (a body's runner, which hands it the test pool, the learner's `add_user` and what it
/// sent).
#[macro_export]
macro_rules! sql_injection_checks {
    () => {
        #[test]
        fn a_name_with_a_quote_is_stored_as_given() {
            run(|pool, add, _| async move {
                $crate::shared::names::a_name_with_a_quote_is_stored_as_given(EXERCISE, &pool, add)
                    .await
            });
        }

        #[test]
        fn a_hostile_name_is_only_a_name() {
            run(|pool, add, _| async move {
                $crate::shared::names::a_hostile_name_is_only_a_name(EXERCISE, &pool, add).await
            });
        }

        #[test]
        fn awkward_names_and_emails_are_stored_exactly() {
            run(|pool, add, _| async move {
                $crate::shared::names::awkward_names_and_emails_are_stored_exactly(
                    EXERCISE, &pool, add,
                )
                .await
            });
        }

        #[test]
        fn the_values_travel_apart_from_the_sql() {
            run(|pool, add, sent| async move {
                $crate::shared::names::the_values_travel_apart_from_the_sql(
                    EXERCISE, &pool, add, sent,
                )
                .await
            });
        }
    };
}

/// A learner's `add_user(name, email)`.
pub type AddUserFn = Arc<dyn Fn(String, String) -> BoxFuture<()> + Send + Sync>;

/// The SQL texts sent so far by the learner's code (without bind values).
pub type SentFn = Arc<dyn Fn() -> Vec<String> + Send + Sync>;

const PASTED: &str = "Values belong in bind parameters ($1, $2, or diesel's query builder), never \
                      in the SQL text, not even with quotes escaped by hand.";

async fn stored(pool: &PgPool) -> Vec<(String, String)> {
    sqlx::query_as("SELECT name, email FROM users ORDER BY id")
        .fetch_all(pool)
        .await
        .expect("test: reading the users")
}

async fn orders_table_exists(pool: &PgPool) -> bool {
    sqlx::query_scalar::<_, Option<String>>("SELECT to_regclass('orders')::text")
        .fetch_one(pool)
        .await
        .expect("test: looking for the orders table")
        .is_some()
}

/// Call `add_user`; a panic fails the check, quoted in its own words.
async fn call(
    exercise: &str,
    add: &AddUserFn,
    name: &str,
    email: &str,
) -> Result<(), PitfallError> {
    harness::catch_panic(add(name.into(), email.into()))
        .await
        .unwrap_or_else(|panic| {
            panic!(
                "[{exercise}] adding the user {name:?} with the email {email:?} panicked: {panic}"
            )
        })
}

/// Whether the server refused the statement's text itself: a syntax error (SQLSTATE 42601: a
/// quote in a pasted value ended a string literal early, or a `;` in it added a second
/// command), or parameters that do not add up (a `$1` in a pasted value). What pasting a value
/// into the SQL does; a value sent as a bind parameter cannot.
fn broke_the_statement(error: &PitfallError) -> bool {
    let code = match error {
        PitfallError::Sqlx(sqlx::Error::Database(e)) => e.code().map(|c| c.into_owned()),
        _ => None,
    };
    let text = error.to_string();
    code.as_deref() == Some("42601")
        || text.contains("syntax error")
        || text.contains("unterminated")
        || text.contains("multiple commands")
        || text.contains("bind message supplies")
        || text.contains("could not determine data type of parameter")
}

/// Add one user; a failure or a panic fails the check.
async fn add_one(exercise: &str, add: &AddUserFn, name: &str, email: &str) {
    match call(exercise, add, name, email).await {
        Ok(()) => {}
        Err(e) if broke_the_statement(&e) => panic!(
            "[{exercise}] adding the user {name:?} with the email {email:?} failed: {e}. The \
             values were pasted into the SQL text, and what they hold (a quote, a `;`, a `$1`) \
             changed the statement. {PASTED}"
        ),
        Err(e) => panic!(
            "[{exercise}] adding the user {name:?} with the email {email:?} failed: {e}. A name \
             is only text: store it as given, do not refuse or change it."
        ),
    }
}

/// The rows of `users` as (name, email), for a message.
fn pairs(people: &[(&str, &str)]) -> Vec<(String, String)> {
    people
        .iter()
        .map(|(n, e)| (n.to_string(), e.to_string()))
        .collect()
}

pub async fn a_name_with_a_quote_is_stored_as_given(exercise: &str, pool: &PgPool, add: AddUserFn) {
    let (name, email) = ("Siobhan O'Brien", "obrien@example.com");
    match call(exercise, &add, name, email).await {
        Ok(()) => {}
        Err(e) if broke_the_statement(&e) => panic!(
            "[{exercise}] adding Siobhan O'Brien failed: {e}. Her name was pasted into the SQL \
             text, and its quote ended the string literal early. {PASTED}"
        ),
        Err(e) => panic!(
            "[{exercise}] adding the user {name:?} with the email {email:?} failed: {e}. A name \
             is only text: store it as given, do not refuse or change it."
        ),
    }
    let users = stored(pool).await;
    let expected = pairs(&[(name, email)]);
    assert!(
        users == expected,
        "[{exercise}] after adding Siobhan O'Brien (obrien@example.com), the users table holds \
         {users:?}, expected {expected:?}: the values were changed on the way (pasted into the \
         SQL text, escaped by hand, or the two swapped?). {PASTED}"
    );
}

pub async fn a_hostile_name_is_only_a_name(exercise: &str, pool: &PgPool, add: AddUserFn) {
    let hostile = "x', 'x@evil.example'); DROP TABLE orders; --";
    let email = "mallory@example.com";
    let result = call(exercise, &add, hostile, email).await;
    assert!(
        orders_table_exists(pool).await,
        "[{exercise}] after adding a user named {hostile:?}, the orders table is gone: the \
         name was pasted into the SQL text, and the database ran the DROP TABLE inside it. \
         {PASTED}"
    );
    match result {
        Ok(()) => {}
        Err(e) if broke_the_statement(&e) => panic!(
            "[{exercise}] adding the user {hostile:?} failed: {e}; a name is only text, store \
             it. It was pasted into the SQL text. {PASTED}"
        ),
        Err(e) => panic!(
            "[{exercise}] adding the user {hostile:?} with the email {email:?} failed: {e}. A \
             name is only text: store it as given, do not refuse or change it."
        ),
    }
    let users = stored(pool).await;
    let expected = pairs(&[(hostile, email)]);
    assert!(
        users == expected,
        "[{exercise}] the name should be stored exactly as given, and nothing else; the users \
         table holds {users:?}, expected {expected:?}: the name was changed on the way (pasted \
         into the SQL text, escaped by hand, or the two values swapped?). {PASTED}"
    );
}

/// Awkward text in both values, each stored exactly as given: a quote in the email, a hostile
/// email, backslashes (which `E'...'` strings or hand escaping mangle), `$1` and dollar quotes
/// (which break a `$$`-quoted paste), unicode.
pub async fn awkward_names_and_emails_are_stored_exactly(
    exercise: &str,
    pool: &PgPool,
    add: AddUserFn,
) {
    let people: [(&str, &str); 7] = [
        ("Siobhan Ní Bhriain", "o'brien@example.com"),
        ("Mallory", "m@evil.example'); DROP TABLE orders; --"),
        (r"C:\Users\Ann\ \' \\", r"ann\\'@example.com"),
        ("$1 and $2", "dollar$1@example.com"),
        ("$$ dollar $q$ quotes", "$q$@example.com"),
        ("Zoë Ünal 李小龙 🚀", "zoë@exämple.com"),
        ("Robert'); --", "bobby@example.com"),
    ];
    for (name, email) in people {
        add_one(exercise, &add, name, email).await;
    }
    assert!(
        orders_table_exists(pool).await,
        "[{exercise}] after adding a user whose email holds a DROP TABLE, the orders table is \
         gone: the email was pasted into the SQL text. {PASTED}"
    );
    let users = stored(pool).await;
    let added = pairs(&people);
    let differ: Vec<&(String, String)> = users.iter().filter(|u| !added.contains(u)).collect();
    for (name, email) in people {
        assert!(
            users.iter().any(|(n, e)| n == name && e == email),
            "[{exercise}] the user {name:?} with the email {email:?} was not stored as given: no \
             stored user is exactly ({name:?}, {email:?}); the rows that differ from what was \
             added: {differ:?}. The values were changed on the way (pasted into the SQL text, \
             escaped by hand, or the two swapped?). {PASTED}"
        );
    }
    assert!(
        users.len() == people.len(),
        "[{exercise}] {} users were added and the table holds {}; the rows that differ from \
         what was added: {differ:?}",
        people.len(),
        users.len()
    );
}

/// The values never appear in the SQL text sent to the server (`sent`), whatever is done to
/// them on the way: quoted, escaped by hand, dollar-quoted. A negative control first: the
/// capture saw the INSERT, so silence is not taken for innocence.
pub async fn the_values_travel_apart_from_the_sql(
    exercise: &str,
    pool: &PgPool,
    add: AddUserFn,
    sent: SentFn,
) {
    let (name, email) = ("Ada Quotewright", "ada.quotewright@example.com");
    add_one(exercise, &add, name, email).await;
    // Before the test's own queries, which a sqlx capture would see too.
    let texts = sent();
    let users = stored(pool).await;
    assert!(
        users == [(name.to_string(), email.to_string())],
        "[{exercise}] after adding {name:?} ({email:?}) the users table holds {users:?}, \
         expected only ({name:?}, {email:?})"
    );
    assert!(
        texts.iter().any(|t| t.to_lowercase().contains("users")),
        "[{exercise}] the test could not see the statement that stored the user (it saw \
         {texts:?}); send it through the pool it gives you"
    );
    for (what, value, mark) in [
        ("name", name, "Quotewright"),
        ("email", email, "ada.quotewright@"),
    ] {
        if let Some(text) = texts.iter().find(|t| t.contains(mark)) {
            panic!(
                "[{exercise}] the {what} {value:?} was pasted into the SQL text sent to the \
                 server: {text}. The statement stored it, but text that is part of the SQL can \
                 change the SQL. {PASTED}"
            );
        }
    }
}
