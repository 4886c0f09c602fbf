//! Checks for the exercise `find_by_email_diesel`.

use_answer!(level1::find_by_email_diesel);
use answer::find_user_by_email;

use crate::shared::lookup;
use crate::support::{LEVEL, check, diesel_connection};

const EXERCISE: &str = "find_by_email_diesel";

#[test]
fn finds_a_user_by_email() {
    check(&LEVEL, |db| async move {
        let (pool, mut conn) = (db.pool().await, diesel_connection(&db).await);
        let call = async |email: &str| find_user_by_email(&mut conn, email).await;
        lookup::finds_a_user_by_email(EXERCISE, &pool, call).await;
    });
}

#[test]
fn an_unknown_email_is_none() {
    check(&LEVEL, |db| async move {
        let (pool, mut conn) = (db.pool().await, diesel_connection(&db).await);
        let call = async |email: &str| find_user_by_email(&mut conn, email).await;
        lookup::an_unknown_email_is_none(EXERCISE, &pool, call).await;
    });
}

#[test]
fn a_real_failure_is_an_error() {
    check(&LEVEL, |db| async move {
        let (pool, mut conn) = (db.pool().await, diesel_connection(&db).await);
        let call = async || find_user_by_email(&mut conn, "alice@example.com").await;
        let what = "find_user_by_email(\"alice@example.com\")";
        lookup::a_real_failure_is_an_error(EXERCISE, what, &pool, call).await;
    });
}
