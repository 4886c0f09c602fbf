//! Checks for the exercise `insert_diesel`.

use diesel_async::AsyncConnection;
use harness::capture::StatementLog;

use_answer!(level1::insert_diesel);
use answer::insert_user;

use crate::shared::insert;
use crate::support::{LEVEL, check, diesel_connection};

const EXERCISE: &str = "insert_diesel";

#[test]
fn alice_is_stored_and_her_id_comes_back() {
    check(&LEVEL, |db| async move {
        let (pool, mut conn) = (db.pool().await, diesel_connection(&db).await);
        let call = async |name: &str, email: &str| insert_user(&mut conn, name, email).await;
        insert::alice_is_stored_and_her_id_comes_back(EXERCISE, &pool, call).await;
    });
}

#[test]
fn every_user_gets_their_own_id() {
    check(&LEVEL, |db| async move {
        let (pool, mut conn) = (db.pool().await, diesel_connection(&db).await);
        let call = async |name: &str, email: &str| insert_user(&mut conn, name, email).await;
        insert::every_user_gets_their_own_id(EXERCISE, &pool, call).await;
    });
}

#[test]
fn a_duplicate_email_is_a_typed_error() {
    check(&LEVEL, |db| async move {
        let (pool, mut conn) = (db.pool().await, diesel_connection(&db).await);
        let call = async |name: &str, email: &str| insert_user(&mut conn, name, email).await;
        insert::a_duplicate_email_is_a_typed_error(EXERCISE, &pool, call).await;
    });
}

#[test]
fn other_errors_are_not_duplicates() {
    check(&LEVEL, |db| async move {
        let (pool, mut conn) = (db.pool().await, diesel_connection(&db).await);
        let call = async |name: &str, email: &str| insert_user(&mut conn, name, email).await;
        insert::other_errors_are_not_duplicates(EXERCISE, &pool, call).await;
    });
}

#[test]
fn values_are_bound_as_parameters() {
    check(&LEVEL, |db| async move {
        // The connection tells the log about every statement it starts: its SQL, then its
        // bind values after `-- binds:`.
        let log = StatementLog::new();
        let mut conn = diesel_connection(&db).await;
        conn.set_instrumentation(log.diesel_instrumentation());
        let call = async |name: &str, email: &str| insert_user(&mut conn, name, email).await;
        insert::values_are_bound_as_parameters(EXERCISE, &log, call).await;
    });
}

#[test]
fn the_new_row_comes_back_from_the_insert_itself() {
    check(&LEVEL, |db| async move {
        // The connection tells the log about every statement it starts: its SQL, then its
        // bind values after `-- binds:`.
        let log = StatementLog::new();
        let mut conn = diesel_connection(&db).await;
        conn.set_instrumentation(log.diesel_instrumentation());
        let call = async |name: &str, email: &str| insert_user(&mut conn, name, email).await;
        insert::the_new_row_comes_back_from_the_insert_itself(EXERCISE, &log, call).await;
    });
}
