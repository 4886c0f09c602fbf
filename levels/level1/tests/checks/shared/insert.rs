//! Inserting users: `insert_sqlx` and `insert_diesel`.
//!
//! The data is chosen so that near misses show: a user with a high id is stored before the
//! learner's insert, so "the largest id" or "the number of rows" is not the new user's id; a
//! name with an apostrophe breaks SQL built by pasting; a name too long for its column is a
//! database error that is not a duplicate email; and the SQL text the server received is read
//! back, so values pasted into it (even with quotes escaped by hand) are seen.

use harness::TestDb;
use harness::capture::StatementLog;
use level1::error::UserError;
use level1::models::User;
use sqlx::PgPool;

use crate::support::{rows_with_email, seed_users_with_ids, unless_it_panics};

/// The checks of `insert_*`, listed once for both tracks: one `#[test]` each, for the checks
/// file that calls `crate::insert_checks!();`. That file defines `EXERCISE`, `track(&db)` (its
/// `insert_user` as a callable) and `logged_track(&db, &log)` (the same, on a connection whose
/// statements `log` hears).
#[macro_export]
macro_rules! insert_checks {
    () => {
        harness::checks!(&$crate::support::LEVEL, $crate::shared::insert, |db| (EXERCISE, &db.pool().await, track(&db).await);
            alice_is_stored_and_her_id_comes_back,
            every_user_gets_their_own_id,
            a_duplicate_email_is_a_typed_error,
            other_errors_are_not_duplicates,
        );
        harness::checks!(&$crate::support::LEVEL, $crate::shared::insert, |db| (EXERCISE, &db, logged_track);
            values_are_bound_as_parameters,
            the_new_row_comes_back_from_the_insert_itself,
        );
    };
}

/// Call the learner's `insert_user`, failing with the check's words if it panics.
async fn call(
    exercise: &str,
    insert: &mut impl AsyncFnMut(&str, &str) -> Result<User, UserError>,
    name: &str,
    email: &str,
) -> Result<User, UserError> {
    unless_it_panics(
        exercise,
        &format!("insert_user(\"{name}\", \"{email}\")"),
        "insert_user returns its failures as errors (a duplicate email as \
         UserError::DuplicateEmail), it does not panic.",
        insert(name, email),
    )
    .await
}

/// Alice is stored, and the id that comes back is the one the database gave her (not the
/// largest id in the table, nor a count of rows: a user with a higher id is already there).
pub async fn alice_is_stored_and_her_id_comes_back(
    exercise: &str,
    pool: &PgPool,
    mut insert: impl AsyncFnMut(&str, &str) -> Result<User, UserError>,
) {
    seed_users_with_ids(pool, &[(1000, "Zed", "zed@example.com")]).await;
    let alice = call(exercise, &mut insert, "Alice", "alice@example.com")
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] insert_user failed: {e}"));
    let rows = rows_with_email(pool, "alice@example.com").await;
    assert!(
        rows.len() == 1,
        "[{exercise}] after insert_user returned, there are {} rows for alice@example.com, \
         expected 1. (None: did the insert future ever run? A future does nothing until it is \
         awaited.)",
        rows.len()
    );
    let (id, name, email) = &rows[0];
    assert!(
        (name.as_str(), email.as_str()) == ("Alice", "alice@example.com"),
        "[{exercise}] insert_user(\"Alice\", \"alice@example.com\") stored name {name:?} and \
         email {email:?}"
    );
    assert!(
        alice.id == *id,
        "[{exercise}] the returned user has id {}, but the database gave her id {id} (a user \
         with id 1000 was already there). Ask the INSERT itself for the generated id \
         (RETURNING); the largest id or a count of rows is someone else's.",
        alice.id
    );
    assert!(
        (alice.name.as_str(), alice.email.as_str()) == ("Alice", "alice@example.com"),
        "[{exercise}] the returned user has name {:?} and email {:?}, but Alice was stored",
        alice.name,
        alice.email
    );
}

/// Two users, two ids, each the stored one; a name with an apostrophe is just a name.
pub async fn every_user_gets_their_own_id(
    exercise: &str,
    pool: &PgPool,
    mut insert: impl AsyncFnMut(&str, &str) -> Result<User, UserError>,
) {
    let alice = call(exercise, &mut insert, "Alice", "alice@example.com")
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] insert_user failed: {e}"));
    let dana = call(exercise, &mut insert, "Dana O'Brien", "dana@example.com")
        .await
        .unwrap_or_else(|e| {
            panic!(
                "[{exercise}] insert_user(\"Dana O'Brien\", \"dana@example.com\") failed: {e}. \
                 An apostrophe is part of a name; with the values bound as parameters it never \
                 touches the SQL."
            )
        });
    assert!(
        alice.id != dana.id,
        "[{exercise}] two users came back with the same id, {}",
        alice.id
    );
    let stored = rows_with_email(pool, "dana@example.com").await;
    assert!(
        stored.first().map(|row| (row.0, row.1.as_str())) == Some((dana.id, "Dana O'Brien")),
        "[{exercise}] Dana came back as id {} named {:?}, but the table has {stored:?}",
        dana.id,
        dana.name
    );
}

/// A second user with a taken email is `UserError::DuplicateEmail`, and the first user is
/// left as she was.
pub async fn a_duplicate_email_is_a_typed_error(
    exercise: &str,
    pool: &PgPool,
    mut insert: impl AsyncFnMut(&str, &str) -> Result<User, UserError>,
) {
    call(exercise, &mut insert, "Alice", "alice@example.com")
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] insert_user failed: {e}"));
    match call(exercise, &mut insert, "Another Alice", "alice@example.com").await {
        Err(UserError::DuplicateEmail { email }) => assert!(
            email == "alice@example.com",
            "[{exercise}] DuplicateEmail should carry the email that was taken, \
             alice@example.com; it carries {email:?}"
        ),
        Err(other) => panic!(
            "[{exercise}] a duplicate email came back as {other:?}; the caller should be able \
             to match UserError::DuplicateEmail. Look at the database error's kind (a unique \
             violation), not its text."
        ),
        Ok(user) => panic!(
            "[{exercise}] a second user with the same email was accepted: {user:?}. The \
             UNIQUE rule should refuse it, and the caller should hear DuplicateEmail (an \
             INSERT ... ON CONFLICT that updates or ignores the row hides the conflict)."
        ),
    }
    let rows = rows_with_email(pool, "alice@example.com").await;
    assert!(
        rows.len() == 1 && rows[0].1 == "Alice",
        "[{exercise}] after the refused duplicate, the table should still hold the first \
         Alice unchanged; it holds {rows:?}"
    );
}

/// Any other failure comes back as itself, not as `DuplicateEmail`: a name too long for its
/// column (VARCHAR(50)) is a database error with nothing to do with the email. The negative
/// control: a good insert still succeeds afterwards.
pub async fn other_errors_are_not_duplicates(
    exercise: &str,
    pool: &PgPool,
    mut insert: impl AsyncFnMut(&str, &str) -> Result<User, UserError>,
) {
    let long_name = "L".repeat(60);
    match call(exercise, &mut insert, &long_name, "long@example.com").await {
        Err(UserError::DuplicateEmail { email }) => panic!(
            "[{exercise}] a 60-character name (the column holds 50) came back as \
             DuplicateEmail {{ email: {email:?} }}, but nobody has long@example.com: only a \
             unique violation is a duplicate email. Pass every other error on unchanged \
             (UserError::Sqlx / UserError::Diesel), or the caller tells a user their email is \
             taken when it is not."
        ),
        Err(_) => {}
        Ok(user) => panic!(
            "[{exercise}] a 60-character name was accepted into a VARCHAR(50) column: {user:?}"
        ),
    }
    assert!(
        rows_with_email(pool, "long@example.com").await.is_empty(),
        "[{exercise}] the refused user with the long name was stored anyway"
    );
    call(exercise, &mut insert, "Alice", "alice@example.com")
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] insert_user failed for a good user: {e}"));
}

/// A statement log, and the learner's `insert_user` on a connection it hears. sqlx reports
/// every statement to `tracing`, heard because the log listens on this thread, where the test
/// body (and so the query) runs; diesel reports to the instrumentation `logged_track` gives
/// the connection (its SQL, then its bind values after `-- binds:`). Keep the guard while the
/// code runs.
async fn listening<F>(
    db: &TestDb,
    logged_track: impl AsyncFnOnce(&TestDb, &StatementLog) -> F,
) -> (StatementLog, tracing::subscriber::DefaultGuard, F) {
    let log = StatementLog::new();
    let capture = tracing::subscriber::set_default(log.subscriber());
    let insert = logged_track(db, &log).await;
    (log, capture, insert)
}

/// The values reach the server as bound parameters, never inside the SQL text. The log
/// captures the statements the learner's connection sends; for diesel the captured text is the
/// SQL followed by `-- binds: [...]`, which is not part of the SQL.
pub async fn values_are_bound_as_parameters<F>(
    exercise: &str,
    db: &TestDb,
    logged_track: impl AsyncFnOnce(&TestDb, &StatementLog) -> F,
) where
    F: AsyncFnMut(&str, &str) -> Result<User, UserError>,
{
    let (log, _capture, mut insert) = listening(db, logged_track).await;
    let (name, email) = ("Dana O'Brien", "dana.obrien@example.com");
    log.clear();
    call(exercise, &mut insert, name, email)
        .await
        .unwrap_or_else(|e| {
            panic!("[{exercise}] insert_user(\"{name}\", \"{email}\") failed: {e}")
        });
    let sent: Vec<String> = log
        .statements()
        .into_iter()
        .map(|text| match text.split_once("-- binds:") {
            Some((sql, _binds)) => sql.trim().to_string(),
            None => text,
        })
        .collect();
    assert!(
        sent.iter().any(|sql| sql.to_uppercase().contains("INSERT")),
        "[{exercise}] no INSERT was seen going to the server while insert_user ran (seen: \
         {sent:?})"
    );
    let pasted: Vec<&String> = sent
        .iter()
        .filter(|sql| sql.contains("obrien") || sql.contains("Brien"))
        .collect();
    assert!(
        pasted.is_empty(),
        "[{exercise}] the values were written into its SQL text: the server received\n  \
         {}\nPass them as bound parameters ($1, $2), so no name or email can change the \
         statement. Escaping quotes by hand is not enough: the next odd character gets \
         through.",
        pasted
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n  ")
    );
}

/// The new row, id included, comes back from the INSERT itself (RETURNING): one statement, not
/// an INSERT followed by a second trip to learn the id (a SELECT by email, `max(id)`,
/// `lastval()`), which is the Python tutorial's `refresh()`. The log captures the statements the
/// learner's connection sends; transaction control (BEGIN, COMMIT, ...) does not count.
pub async fn the_new_row_comes_back_from_the_insert_itself<F>(
    exercise: &str,
    db: &TestDb,
    logged_track: impl AsyncFnOnce(&TestDb, &StatementLog) -> F,
) where
    F: AsyncFnMut(&str, &str) -> Result<User, UserError>,
{
    let (log, _capture, mut insert) = listening(db, logged_track).await;
    log.clear();
    call(exercise, &mut insert, "Alice", "alice@example.com")
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] insert_user failed: {e}"));
    let control = ["BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"];
    let sent: Vec<String> = log
        .statements()
        .into_iter()
        .map(|text| match text.split_once("-- binds:") {
            Some((sql, _binds)) => sql.trim().to_string(),
            None => text.trim().to_string(),
        })
        .filter(|sql| {
            let upper = sql.to_uppercase();
            !control.iter().any(|word| upper.starts_with(word))
        })
        .collect();
    assert!(
        sent.len() == 1,
        "[{exercise}] insert_user sent {} statements to insert one user:\n  {}\nOne is \
         enough: RETURNING hands the new row back from the INSERT itself, generated id \
         included, with no second round trip (the Python tutorial's refresh()).",
        sent.len(),
        sent.join("\n  ")
    );
}
