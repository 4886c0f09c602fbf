//! Checks for the exercise `insert_diesel`.

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
