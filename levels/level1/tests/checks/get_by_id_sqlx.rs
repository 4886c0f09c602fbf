//! Checks for the exercise `get_by_id_sqlx`.

use_answer!(level1::get_by_id_sqlx);
use answer::get_user;

use crate::shared::lookup;
use crate::support::{LEVEL, check};

const EXERCISE: &str = "get_by_id_sqlx";

#[test]
fn finds_a_user_by_id() {
    check(&LEVEL, |db| async move {
        let pool = db.pool().await;
        let call = async |id: i64| get_user(&pool, id).await;
        lookup::finds_a_user_by_id(EXERCISE, &pool, call).await;
    });
}

#[test]
fn a_missing_id_is_none() {
    check(&LEVEL, |db| async move {
        let pool = db.pool().await;
        let call = async |id: i64| get_user(&pool, id).await;
        lookup::a_missing_id_is_none(EXERCISE, &pool, call).await;
    });
}

#[test]
fn a_real_failure_is_an_error() {
    check(&LEVEL, |db| async move {
        let pool = db.pool().await;
        let call = async || get_user(&pool, 3).await;
        lookup::a_real_failure_is_an_error(EXERCISE, "get_user(3)", &pool, call).await;
    });
}
