//! Checks for the exercise `find_by_email_sqlx`.

use_answer!(level1::find_by_email_sqlx);
use answer::find_user_by_email;

use crate::shared::lookup;
use crate::support::{LEVEL, check};

const EXERCISE: &str = "find_by_email_sqlx";

#[test]
fn finds_a_user_by_email() {
    check(&LEVEL, |db| async move {
        let pool = db.pool().await;
        let call = async |email: &str| find_user_by_email(&pool, email).await;
        lookup::finds_a_user_by_email(EXERCISE, &pool, call).await;
    });
}

#[test]
fn an_unknown_email_is_none() {
    check(&LEVEL, |db| async move {
        let pool = db.pool().await;
        let call = async |email: &str| find_user_by_email(&pool, email).await;
        lookup::an_unknown_email_is_none(EXERCISE, &pool, call).await;
    });
}

#[test]
fn a_real_failure_is_an_error() {
    check(&LEVEL, |db| async move {
        let pool = db.pool().await;
        let call = async || find_user_by_email(&pool, "alice@example.com").await;
        let what = "find_user_by_email(\"alice@example.com\")";
        lookup::a_real_failure_is_an_error(EXERCISE, what, &pool, call).await;
    });
}
